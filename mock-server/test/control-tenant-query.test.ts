/**
 * The merchant of a control-plane operation comes from where the control-plane document puts `clientId`:
 * the query string of reads (`GET /__sandbox/faults?clientId=…`), the JSON body of writes
 * (`PUT /__sandbox/faults`, `PUT /__sandbox/settlement`, `POST /__sandbox/reset`, …). A `clientId` in the
 * query of an operation that takes it from the body used to be ignored, so the write went to the default
 * merchant (a reset, to every merchant); it is refused with a 400 naming the body field, before anything
 * changes.
 */
import { createEngine } from '@npay-sandbox/engine'
import { controlPlaneDocument, controlPlaneOperationIndex } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { controlHandlers } from '../src/control/index.ts'
import { type Harness, harness } from './harness.ts'

type Parameter = { name?: string; in?: string; $ref?: string }
type Operation = { operationId?: string; parameters?: Parameter[] }
const doc = controlPlaneDocument as unknown as {
  paths: Record<string, Record<string, Operation> & { parameters?: Parameter[] }>
  components: { parameters?: Record<string, Parameter> }
}

/** Whether the control-plane document gives an operation a `clientId` query parameter. */
function hasQueryClientId(operationId: string): boolean {
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item)) {
      if (typeof op !== 'object' || op === null || (op as Operation).operationId !== operationId) continue
      const params = [...(item.parameters ?? []), ...((op as Operation).parameters ?? [])].map((p) =>
        p.$ref ? doc.components.parameters?.[p.$ref.split('/').pop()!] : p,
      )
      return params.some((p) => p?.in === 'query' && p.name === 'clientId')
    }
  throw new Error(`no operation ${operationId} in the control-plane document`)
}

const handlers = controlHandlers(createEngine(), () => () => new Response())
const byMerchant = controlPlaneOperationIndex.filter((op) => {
  const source = (handlers as Record<string, { tenant: string } | undefined>)[op.operationId]?.tenant
  return source === 'merchant' || source === 'merchant-or-all'
})
const bodyOnly = byMerchant.filter((op) => !hasQueryClientId(op.operationId))

async function second(h: Harness): Promise<string> {
  const res = await h.control('POST', '/__sandbox/merchants', { name: 'B' })
  expect(res.status).toBe(201)
  return ((await res.json()) as { clientId: string }).clientId
}

/** The state document but its `savedAt` (the wall-clock instant of the export). */
async function state(h: Harness): Promise<unknown> {
  const { savedAt: _, ...rest } = (await (await h.control('GET', '/__sandbox/state')).json()) as Record<
    string,
    unknown
  >
  return rest
}

test('the operations that take clientId from the body include the writes of faults, settlement, clock and reset', () => {
  const ids = bodyOnly.map((op) => op.operationId)
  for (const id of ['putFaults', 'putSettlementOptions', 'advanceClock', 'createOrder', 'reset'])
    expect(ids).toContain(id)
  // Reads keep taking it from the query.
  expect(ids).not.toContain('getFaults')
  expect(ids).not.toContain('getSettlementOptions')
})

test.each(bodyOnly.map((op) => [op.operationId, op] as const))(
  '%s refuses clientId in the query with 400 naming the body field, changing nothing',
  async (operationId, op) => {
    const h = harness()
    const clientId = await second(h)
    await h.order()
    const before = await state(h)
    const path = op.path.replace(/\{(\w+)\}/g, (_, name) => (name === 'name' ? 'happy-path' : 'x'))
    const res = await h.sandbox.app.request(
      `http://emulator.test${path}?clientId=${encodeURIComponent(clientId)}`,
      {
        method: op.method.toUpperCase(),
        headers: { 'content-type': 'application/json' },
        ...(op.method.toUpperCase() === 'GET' ? {} : { body: '{}' }),
      },
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as { code: string; message: string; invalidInputs: { name: string }[] }
    expect(body.code).toBe('BAD_REQUEST')
    expect(body.message).toContain(operationId)
    expect(body.message).toContain('JSON body')
    expect(body.invalidInputs.map((i) => i.name)).toEqual(['clientId'])
    expect(await state(h)).toEqual(before)
  },
)

test('PUT /__sandbox/faults and /__sandbox/settlement with clientId in the body act for that merchant only', async () => {
  const h = harness()
  const clientId = await second(h)
  const rules = [{ operationId: 'getReviews', kind: 'gateway', code: 'GW.TIMEOUT.01' }]
  expect((await h.control('PUT', '/__sandbox/faults', { clientId, rules })).status).toBe(200)
  const settlement = { clientId, trigger: 'dispatch', rounding: 'floor' }
  expect((await h.control('PUT', '/__sandbox/settlement', settlement)).status).toBe(200)
  const read = async (path: string, id?: string) =>
    (await (await h.control('GET', id ? `${path}?clientId=${id}` : path)).json()) as Record<string, unknown>
  expect((await read('/__sandbox/faults', clientId)).rules).toHaveLength(1)
  expect((await read('/__sandbox/faults')).rules).toHaveLength(0)
  const changed = { options: { trigger: 'dispatch', rounding: 'floor' } }
  expect(await read('/__sandbox/settlement', clientId)).toMatchObject({ clientId, ...changed })
  expect(await read('/__sandbox/settlement')).not.toMatchObject(changed)
})

test('operations that declare clientId in the query still take it there', async () => {
  const h = harness()
  const clientId = await second(h)
  const res = await h.control('GET', `/__sandbox/faults?clientId=${clientId}`)
  expect(res.status).toBe(200)
  expect(((await res.json()) as { clientId: string }).clientId).toBe(clientId)
  expect((await h.control('DELETE', `/__sandbox/faults?clientId=${clientId}`)).status).toBe(200)
})
