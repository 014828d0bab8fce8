/**
 * The inspection names, for each merchant action the state does not allow, what must happen first (read
 * from the state table), so the dashboard can say why an action is unavailable instead of only hiding it.
 */
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

interface Inspection {
  allowedActions: string[]
  prerequisites: Record<string, string[] | null>
}

async function inspect(h: ReturnType<typeof harness>, id: string) {
  const res = await h.control('GET', `/__sandbox/product-orders/${id}`)
  expect(res.status).toBe(200)
  return (await res.json()) as Inspection
}

test('a paid product order: a return approval first needs dispatch and a return request', async () => {
  const h = harness()
  const id = (await h.order()).productOrderIds[0]!
  const { allowedActions, prerequisites } = await inspect(h, id)
  // Facts §10.3 R1: a return is requested from DELIVERING or DELIVERED, so after dispatch; the merchant's
  // own return/request comes before the buyer's among equally short runs.
  expect(prerequisites.approveReturn).toEqual(['dispatchProductOrders', 'requestReturn'])
  // Allowed actions have no prerequisites; every other merchant action is listed.
  for (const action of allowedActions) expect(prerequisites).not.toHaveProperty(action)
  expect(allowedActions).toContain('dispatchProductOrders')
  expect(Object.keys(prerequisites)).toContain('redeliverExchange')
})

test('after the purchase decision no claim can be opened any more: the return request has none', async () => {
  const h = harness()
  const id = (await h.order()).productOrderIds[0]!
  await h.dispatch(id)
  for (const event of ['deliver', 'decide-purchase']) {
    const res = await h.control('POST', `/__sandbox/product-orders/${id}/events/${event}`, {})
    expect(res.status, await res.text()).toBe(200)
  }
  const { prerequisites } = await inspect(h, id)
  // Facts §10.1 N9: PURCHASE_DECIDED ends the flow; no cancel, return or exchange follows.
  expect(prerequisites.requestReturn).toBeNull()
  expect(prerequisites.requestCancel).toBeNull()
})
