/**
 * Deferred product orders (product-order-map.ts): a state whose product orders are heads with a reader,
 * as the `--state-file` store loads them, imports without reading any record; the change log, the
 * conditional search, the unsettled-by-pay-date settlement view and the due timers work from the heads,
 * each record is read once, when something first needs it, and the sandbox then answers as the one the
 * state was exported from.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import {
  DeferredProductOrder,
  type Engine,
  lastChangedStatuses,
  type ProductOrderRecord,
  productOrderHead,
  type SandboxState,
  searchProductOrders,
  settleCases,
  stateOf,
} from '../src/index.ts'
import { DAY, HOUR, START, sandbox } from './support.ts'

/** Orders in several states: paid, awaiting payment (deposit deadline), delivered (decision timer), exchanged. */
function source() {
  const s = sandbox({ seed: 7 })
  const paid = s.order()
  const unpaid = s.order({ paid: false })
  const delivered = s.order()
  s.ship(delivered)
  s.run(delivered, 'deliver')
  const exchanged = s.order()
  s.ship(exchanged)
  s.run(exchanged, 'deliver')
  s.run(exchanged, 'buyer-exchange')
  s.tenant.advance(HOUR)
  return { s, ids: { paid, unpaid, delivered, exchanged } }
}

/** The state as a store would hand it over: every product order a head and a reader that counts its reads. */
function deferred(state: SandboxState) {
  const reads: string[] = []
  const copy = JSON.parse(JSON.stringify(state)) as SandboxState
  const tenants = copy.tenants.map((t) => ({
    ...t,
    productOrders: t.productOrders.map((record) => {
      const text = JSON.stringify(record)
      return new DeferredProductOrder(productOrderHead(record), () => {
        reads.push(record.productOrderId)
        return JSON.parse(text) as ProductOrderRecord
      })
    }),
  }))
  return { state: { ...copy, tenants }, reads }
}

/** A second engine of the same seed that imported the first one's state, deferred. */
function restored(from: Engine) {
  const { state, reads } = deferred(from.exportState())
  const engine = sandbox({ seed: 7 }).engine
  engine.importState(state, { adopt: true })
  const tenant = engine.tenant()
  const lastChanged = () => lastChangedStatuses(tenant, { lastChangedFrom: formatKst(START) }, engine.options)
  return {
    s: { engine, tenant, lastChanged, state: (id: string) => stateOf(tenant.productOrder(id)!) },
    reads,
  }
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value))

test('an import of deferred product orders reads none of them; counts, ids and the change log are there', () => {
  const { s: a, ids } = source()
  const { s: b, reads } = restored(a.engine)
  expect(b.tenant.counts()).toEqual(a.tenant.counts())
  expect(b.lastChanged()).toEqual(a.lastChanged())
  expect(reads).toEqual([])
  // The ids the records hold are taken: the same seed hands out none of them again.
  const taken = new Set(
    json(a.engine.exportState()).tenants[0].productOrders.flatMap((r: ProductOrderRecord) => [
      r.productOrderId,
      r.productOrder.packageNumber,
      r.claim?.claimId,
    ]),
  )
  const fresh = b.tenant.createOrder({}).productOrderIds[0]!
  const record = b.tenant.productOrder(fresh)!
  expect(taken.has(fresh)).toBe(false)
  expect(taken.has(record.productOrder.packageNumber)).toBe(false)
  expect(reads).toEqual([])
  expect(Object.values(ids).every((id) => b.tenant.productOrder(id) !== undefined)).toBe(true)
})

test('the conditional search filters on heads and reads only the product orders of its page', () => {
  const { s: a, ids } = source()
  const { s: b, reads } = restored(a.engine)
  const q = {
    from: formatKst(START),
    rangeType: 'DISPATCHED_DATETIME' as const,
    productOrderStatuses: ['DELIVERED' as const],
  }
  const expected = json(searchProductOrders(a.tenant, q, a.engine.options))
  expect(json(searchProductOrders(b.tenant, q, b.engine.options))).toEqual(expected)
  // Both are DELIVERED: one with an exchange requested.
  const hits = expected.contents.map((c: { productOrderId: string }) => c.productOrderId)
  expect(hits.sort()).toEqual([ids.delivered, ids.exchanged].sort())
  expect(reads.sort()).toEqual(hits)
})

test('the unsettled view by pay date comes from the heads, and the records of its lines are read', () => {
  const { s: a } = source()
  const { s: b, reads } = restored(a.engine)
  const q = {
    searchDate: formatKst(START).slice(0, 10),
    periodType: 'SETTLE_CASEBYCASE_PAY_DATE',
    settleDecisionType: 'UNSETTLED',
    pageNumber: 1,
    pageSize: 100,
  }
  const expected = json(settleCases(a.tenant, q))
  expect(expected.elements.length).toBeGreaterThan(0)
  expect(json(settleCases(b.tenant, q))).toEqual(expected)
  expect(reads.length).toBeGreaterThan(0)
})

test('due timers run from the heads: the deposit deadline and purchase decision fire as in the original', () => {
  const { s: a, ids } = source()
  const { s: b, reads } = restored(a.engine)
  expect(b.tenant.upcoming(30 * DAY)).toEqual(a.tenant.upcoming(30 * DAY))
  const firedA = a.tenant.advance(30 * DAY)
  const firedB = b.tenant.advance(30 * DAY)
  expect(firedB).toEqual(firedA)
  expect(firedA.map((f) => f.productOrderId).sort()).toEqual([ids.unpaid, ids.delivered].sort())
  // Records are read for the timers queued only: the exchanged order's decision timer, stale now, is checked.
  expect(reads).not.toContain(ids.paid)
  expect(reads).toEqual(expect.arrayContaining([ids.unpaid, ids.delivered]))
  expect(b.state(ids.delivered).productOrderStatus).toBe('PURCHASE_DECIDED')
})

test('an export reads each deferred record once and equals the original', () => {
  const { s: a } = source()
  const { s: b, reads } = restored(a.engine)
  const exportOf = (engine: Engine) => ({ ...json(engine.exportState()), savedAt: 0 })
  expect(exportOf(b.engine)).toEqual(exportOf(a.engine))
  expect(reads.length).toBe(a.tenant.counts().productOrders)
  expect(new Set(reads).size).toBe(reads.length)
  exportOf(b.engine)
  expect(reads.length).toBe(a.tenant.counts().productOrders)
})

test('a reader that gives back another product order fails loudly instead of mixing records up', () => {
  const { s: a, ids } = source()
  const state = json(a.engine.exportState()) as SandboxState
  const records = state.tenants[0]!.productOrders
  const other = records.find((r) => r.productOrderId !== ids.paid)!
  state.tenants[0]!.productOrders = records.map((r) =>
    r.productOrderId === ids.paid ? (new DeferredProductOrder(productOrderHead(r), () => other) as never) : r,
  )
  const b = sandbox({ seed: 7 }).engine
  b.importState(state, { adopt: true })
  expect(() => b.tenant().productOrder(ids.paid)).toThrow(/read back as/)
})
