/**
 * Compares what a step expected with what happened. Every difference names the field, the expected and
 * the actual value, so the report reads as a diff; nothing is checked that the file did not ask for,
 * except that requests succeed and items do not fail unless the file says they should.
 */
import type { Outcome } from './act.ts'
import type { Expectation } from './format.ts'
import type { Names } from './refs.ts'
import type { ScenarioSession } from './session.ts'

export interface Difference {
  what: string
  expected: unknown
  actual: unknown
}

const STATE_FIELDS = ['productOrderStatus', 'placeOrderStatus', 'claimType', 'claimStatus'] as const

/** Differences between an expected subset and an actual value (objects by key, arrays by position). */
export function subsetDiffs(expected: unknown, actual: unknown, what: string): Difference[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ what, expected, actual }]
    return expected.flatMap((e, i) => subsetDiffs(e, actual[i], `${what}[${i}]`))
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return [{ what, expected, actual }]
    return Object.entries(expected).flatMap(([k, e]) =>
      subsetDiffs(e, (actual as Record<string, unknown>)[k], what ? `${what}.${k}` : k),
    )
  }
  return Object.is(expected, actual) || (expected === null && actual === undefined)
    ? []
    : [{ what, expected, actual }]
}

type Fail = { productOrderId?: string; code?: string; message?: string }

function requestDiffs(e: Expectation, outcome: Outcome, names: Names): Difference[] {
  const diffs: Difference[] = []
  const failures = new Map<string, Fail>()
  for (const [i, a] of outcome.answers.entries()) {
    const where = outcome.answers.length > 1 ? ` (request ${i + 1})` : ''
    if (e.status !== undefined ? a.status !== e.status : a.status >= 300)
      diffs.push({
        what: `status${where}`,
        expected: e.status ?? '2xx',
        actual: `${a.status}${a.code ? ` ${a.code}` : ''}`,
      })
    if (e.code !== undefined && a.code !== e.code)
      diffs.push({ what: `code${where}`, expected: e.code, actual: a.code })
    const data = (a.body as { data?: { failProductOrderInfos?: Fail[] } } | undefined)?.data
    for (const f of data?.failProductOrderInfos ?? []) failures.set(f.productOrderId ?? '', f)
  }
  const expected = new Map(Object.entries(e.failures ?? {}).map(([ref, code]) => [names.one(ref), code]))
  for (const [id, code] of expected) {
    const got = failures.get(id)
    if (got?.code !== code)
      diffs.push({ what: `failures.${names.label(id)}`, expected: code, actual: got?.code ?? 'success' })
  }
  for (const [id, f] of failures)
    if (!expected.has(id))
      diffs.push({
        what: `failures.${names.label(id)}`,
        expected: 'success',
        actual: `${f.code} ${f.message ?? ''}`.trim(),
      })
  return diffs
}

/** Differences of the product order's state, read through product-orders/query. */
async function stateDiffs(
  e: Expectation,
  id: string,
  session: ScenarioSession,
  names: Names,
): Promise<Difference[]> {
  const wanted = STATE_FIELDS.some((f) => f in e) || 'holdbackStatus' in e || e.detail !== undefined
  if (!wanted) return []
  const detail = (await session.api.queryProductOrders({ body: { productOrderIds: [id] } })).data?.[0]
  if (!detail) return [{ what: `product order ${names.label(id)}`, expected: 'found', actual: 'not found' }]
  const po = detail.productOrder as Record<string, unknown> | undefined
  const claim = detail.currentClaim
  const actual: Record<string, unknown> = {
    ...Object.fromEntries(STATE_FIELDS.map((f) => [f, po?.[f]])),
    holdbackStatus: claim?.return?.holdbackStatus ?? claim?.exchange?.holdbackStatus,
  }
  const diffs: Difference[] = []
  for (const f of [...STATE_FIELDS, 'holdbackStatus'] as const)
    if (f in e) diffs.push(...subsetDiffs(e[f], actual[f], f))
  if (e.detail) diffs.push(...subsetDiffs(e.detail, detail, 'detail'))
  return diffs
}

/**
 * Every difference between the step's expectation and its outcome.
 * @example await differences(expect, outcome, { session, names, target, emitted }) // [{ what: 'claimStatus', … }]
 */
export async function differences(
  e: Expectation,
  outcome: Outcome,
  c: { session: ScenarioSession; names: Names; target: string | undefined; emitted: string[] | undefined },
): Promise<Difference[]> {
  const diffs = requestDiffs(e, outcome, c.names)
  if (e.response !== undefined)
    diffs.push(...subsetDiffs(e.response, outcome.answers.at(-1)?.body, 'response'))
  if (c.emitted && e.lastChangedTypes)
    diffs.push(...subsetDiffs(e.lastChangedTypes, c.emitted, 'lastChangedTypes'))
  if (c.target) diffs.push(...(await stateDiffs(e, c.target, c.session, c.names)))
  else if (STATE_FIELDS.some((f) => f in e))
    diffs.push({
      what: 'productOrder',
      expected: 'a product order to check',
      actual: 'none: name one with expect.productOrder',
    })
  return diffs
}
