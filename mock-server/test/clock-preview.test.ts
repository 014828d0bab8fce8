/**
 * `GET /__sandbox/clock/preview?by=…` says what an advance would fire — the same events at the same
 * instants as the advance then fires — and changes nothing.
 */
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const DAY = 86_400_000

interface Fired {
  at: string
  productOrderId: string
  event: string
  description: string
}

async function preview(h: ReturnType<typeof harness>, by: string) {
  const res = await h.control('GET', `/__sandbox/clock/preview?by=${by}`)
  return { status: res.status, body: (await res.json()) as { now: string; until: string; due: Fired[] } }
}

async function delivered(h: ReturnType<typeof harness>) {
  const id = (await h.order()).productOrderIds[0]!
  await h.dispatch(id)
  expect((await h.control('POST', `/__sandbox/product-orders/${id}/events/deliver`, {})).status).toBe(200)
  return id
}

test('the preview of 8 days lists the automatic purchase decision the advance then fires, and moves nothing', async () => {
  const h = harness()
  const id = await delivered(h)
  const clock = async () =>
    ((await (await h.control('GET', '/__sandbox/clock')).json()) as { now: string }).now
  const before = await clock()
  // Facts §10.1 N10 [INF]: the purchase is decided automatically 8 days after delivery (option default 8).
  expect((await preview(h, '7d')).body.due).toEqual([])
  const { status, body } = await preview(h, '8d')
  expect(status).toBe(200)
  expect(body.due).toEqual([
    { at: expect.any(String), productOrderId: id, event: 'decide-purchase', description: expect.any(String) },
  ])
  const deliveredAt = h.sandbox.engine.tenant().productOrder(id)!.delivery!.deliveredDate!
  expect(Date.parse(body.due[0]!.at) - Date.parse(deliveredAt)).toBe(8 * DAY)
  // Nothing moved: same clock, same state.
  expect(await clock()).toBe(before)
  expect(h.sandbox.engine.tenant().productOrder(id)!.productOrder.productOrderStatus).toBe('DELIVERED')
  const advanced = await (await h.control('POST', '/__sandbox/clock/advance', { by: '8d' })).json()
  expect(advanced.fired).toEqual(body.due)
})

test('an unpaid order shows its deposit deadline; a bad duration is a 400', async () => {
  const h = harness()
  const id = (await h.order({ paid: false })).productOrderIds[0]!
  // Facts §10.1 N4: the deposit deadline cancels an unpaid order (default 3 days).
  expect((await preview(h, '3d')).body.due.map((f) => [f.productOrderId, f.event])).toEqual([
    [id, 'expire-payment'],
  ])
  expect((await preview(h, 'soon')).status).toBe(400)
})
