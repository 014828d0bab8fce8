/** Facts of the state machine seen through HTTP: who the control plane says did what, and review paging. */
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

const json = async <T>(res: Response): Promise<T> => {
  expect(res.status, await res.clone().text()).toBeLessThan(300)
  return (await res.json()) as T
}

async function dispatched() {
  const h = harness()
  const token = await h.token()
  const id = (await h.order()).productOrderIds[0]!
  const item = {
    productOrderId: id,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: '412345678901',
    dispatchDate: '2024-05-15T10:00:00.000+09:00',
  }
  await json(
    await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', {
      token,
      body: { dispatchProductOrders: [item] },
    }),
  )
  return { h, token, id }
}

test('the control plane records each event as done by the actor the facts name (§10.1 N9, §10.3 R1–R3)', async () => {
  const { h, id } = await dispatched()
  for (const event of ['deliver', 'buyer-return', 'collect', 'collect-done'])
    await json(await h.control('POST', `/__sandbox/product-orders/${id}/events/${event}`, {}))
  const { history } = await json<{ history: { event: string; actor: string }[] }>(
    await h.control('GET', `/__sandbox/product-orders/${id}`),
  )
  expect(history.map((e) => [e.event, e.actor])).toEqual([
    ['place-order', 'buyer'],
    ['dispatchProductOrders', 'merchant'],
    ['deliver', 'carrier'],
    ['buyer-return', 'buyer'],
    ['collect', 'carrier'],
    ['collect-done', 'carrier'],
  ])
})

test('reviews come 300 a page when pageSize is not given (the API document’s default)', async () => {
  const { h, token, id } = await dispatched()
  await json(await h.control('POST', `/__sandbox/product-orders/${id}/events/deliver`, {}))
  for (let i = 0; i < 301; i++)
    await json(await h.control('POST', `/__sandbox/product-orders/${id}/reviews`, { score: 5 }))
  const from = encodeURIComponent('2024-05-15T00:00:00.000+09:00')
  const page = async (query: string) =>
    (
      await json<{ data: { count: number; hasNext: boolean } }>(
        await h.call('GET', `/v1/pay-order/mall/reviews?inquiryTimeFrom=${from}${query}`, { token }),
      )
    ).data
  expect(await page('')).toMatchObject({ count: 300, hasNext: true })
  expect(await page('&page=2')).toMatchObject({ count: 1, hasNext: false })
})
