/**
 * A merchant's settlement options over the control plane (`/__sandbox/settlement`), and what they make
 * the settlement endpoints answer over HTTP: with the trigger at payment or dispatch a cancel or return
 * after settlement appends NORMAL_SETTLE_AFTER_CANCEL rows (facts §11.0, §11.1) and VOUCH_CANCEL VAT
 * rows (§11.4), and the product order's commission fields follow the money (§8.2).
 *
 * Amounts are the documented default rates [INF, options.ts]: card 3.63 % on the product part and on
 * the delivery fee separately, sales-interlock 2 % on the product part.
 */
import { expect, test } from 'vitest'
import { BASE, harness } from './harness.ts'
import { validating } from './validating-fetch.ts'

const PAGE = 'pageNumber=1&pageSize=100'
const MAY = `startDate=2024-05-01&endDate=2024-05-31&${PAGE}`
const card = (amount: number) => Math.round(amount * 0.0363)
const interlock = (amount: number) => Math.round(amount * 0.02)

type Json = Record<string, unknown> & { elements: Record<string, unknown>[] }

function setup() {
  const h = harness()
  const checked = validating((request) => h.sandbox.app.request(request))
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await checked.fetch(
      new Request(`${BASE}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await h.token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    )
    return { status: res.status, body: (await res.json()) as Json }
  }
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await h.control(method, path, body)
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const event = async (id: string, name: string, body: unknown = {}) => {
    const res = await control('POST', `/__sandbox/product-orders/${id}/events/${name}`, body)
    expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200)
  }
  const fields = async (id: string) => {
    const res = await api('POST', '/v1/pay-order/mall/product-orders/query', { productOrderIds: [id] })
    const po = (res.body.data as { productOrder: Record<string, number> }[])[0]!.productOrder
    return [po.paymentCommission, po.knowledgeShoppingSellingInterlockCommission, po.expectedSettlementAmount]
  }
  const dispatch = async (id: string) => {
    const res = await api('POST', '/v1/pay-order/mall/product-orders/dispatch', {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '612345678901',
          dispatchDate: '2024-05-15T10:00:00.000+09:00',
        },
      ],
    })
    expect(res.status).toBe(200)
  }
  return { h, api, control, event, fields, dispatch, problems: checked.problems }
}

const summary = (elements: Record<string, unknown>[]) =>
  elements.map((e) => [e.settleType, e.productOrderType, e.paySettleAmount, e.totalPayCommissionAmount])

test('settlement options read back as the defaults and PUT replaces them', async () => {
  const s = setup()
  const before = await s.control('GET', '/__sandbox/settlement')
  expect(before.status).toBe(200)
  expect(before.body.options).toMatchObject({
    trigger: 'purchase-decision',
    cycle: { kind: 'daily', businessDays: 1 },
    benefitInCase: false,
  })
  const put = await s.control('PUT', '/__sandbox/settlement', { trigger: 'dispatch', rounding: 'floor' })
  expect(put.status).toBe(200)
  expect(put.body.options).toMatchObject({ trigger: 'dispatch', rounding: 'floor' })
  // Omitted fields go back to the defaults rather than keeping the last PUT.
  const again = await s.control('PUT', '/__sandbox/settlement', { trigger: 'payment' })
  expect(again.body.options).toMatchObject({ trigger: 'payment', rounding: 'round' })
  expect((await s.control('GET', '/__sandbox/settlement')).body).toEqual(again.body)
})

test('bad settlement options answer 400 and leave the options alone', async () => {
  const s = setup()
  const trigger = await s.control('PUT', '/__sandbox/settlement', { trigger: 'never' })
  expect(trigger.status).toBe(400)
  const means = await s.control('PUT', '/__sandbox/settlement', {
    payCommissionRates: { PAYMEANS_TYPE_FOO: 0.01 },
  })
  expect(means.status).toBe(400)
  expect(means.body).toMatchObject({ code: 'BAD_REQUEST' })
  expect(String(means.body.message)).toContain('PAYMEANS_TYPE_FOO')
  const unknown = await s.control('PUT', '/__sandbox/settlement', { clientId: 'nobody', trigger: 'payment' })
  expect(unknown.status).toBe(404)
  expect(
    ((await s.control('GET', '/__sandbox/settlement')).body.options as { trigger: string }).trigger,
  ).toBe('purchase-decision')
})

test('new rates move the commission fields of product orders not settled yet', async () => {
  const s = setup()
  const { productOrderIds } = await s.h.order({
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  })
  const id = productOrderIds[0]!
  const commission = card(21_000) + card(3_000)
  expect(await s.fields(id)).toEqual([commission, interlock(21_000), 24_000 - commission - interlock(21_000)])
  await s.control('PUT', '/__sandbox/settlement', {
    payCommissionRates: { PAYMEANS_TYPE_CCARD: 0.03 },
    sellingInterlockCommissionRate: 0,
  })
  expect(await s.fields(id)).toEqual([630 + 90, 0, 24_000 - 720])
})

test('with trigger payment a cancel after settlement appends after-cancel rows and VOUCH_CANCEL VAT rows', async () => {
  const s = setup()
  expect((await s.control('PUT', '/__sandbox/settlement', { trigger: 'payment' })).status).toBe(200)
  const { productOrderIds } = await s.h.order({
    items: [{ unitPrice: 21_000, deliveryFeeAmount: 3_000 }],
    paymentMeans: '신용카드',
  })
  const id = productOrderIds[0]!
  const byOrder = `/v1/pay-settle-mall/settle/case?productOrderId=${id}&${PAGE}`
  expect(summary((await s.api('GET', byOrder)).body.elements)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 21_000, -card(21_000)],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, -card(3_000)],
  ])
  const paid = 24_000 - card(21_000) - card(3_000) - interlock(21_000)
  expect(await s.fields(id)).toEqual([card(21_000) + card(3_000), interlock(21_000), paid])

  await s.control('POST', '/__sandbox/clock/advance', { by: '1d' })
  const cancel = await s.api('POST', `/v1/pay-order/mall/product-orders/${id}/claim/cancel/request`, {
    cancelReason: 'SOLD_OUT',
  })
  expect(cancel.status).toBe(200)
  const cases = (await s.api('GET', byOrder)).body.elements
  expect(summary(cases)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 21_000, -card(21_000)],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, -card(3_000)],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'PROD_ORDER', -21_000, card(21_000)],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'DELIVERY', -3_000, card(3_000)],
  ])
  expect(cases[2]).toMatchObject({
    settleBasisDate: '2024-05-16',
    sellingInterlockCommissionAmount: interlock(21_000),
  })
  expect(cases[3]!.productOrderId).toBe(cases[1]!.productOrderId)
  expect(await s.fields(id)).toEqual([0, 0, 0])

  // VAT of May can be read once May is the previous month.
  await s.control('POST', '/__sandbox/clock/advance', { by: '20d' })
  const vat = (await s.api('GET', `/v1/pay-settle-mall/vat/case?${MAY}`)).body.elements
  expect(vat.map((v) => [v.settleBasisDate, v.status, v.totalSalesAmount, v.creditCardAmount])).toEqual([
    ['2024-05-15', 'VOUCH_PUBLICATION', 21_000, 21_000],
    ['2024-05-15', 'VOUCH_PUBLICATION', 3_000, 3_000],
    ['2024-05-16', 'VOUCH_CANCEL', -21_000, -21_000],
    ['2024-05-16', 'VOUCH_CANCEL', -3_000, -3_000],
  ])
  const vatDaily = (await s.api('GET', `/v1/pay-settle-mall/vat/daily?${MAY}`)).body.elements
  expect(vatDaily.map((d) => [d.settleBasisDate, d.totalSalesAmount])).toEqual([
    ['2024-05-15', 24_000],
    ['2024-05-16', -24_000],
  ])
  const after = await s.api(
    'GET',
    `/v1/pay-settle-mall/settle/case?settleType=NORMAL_SETTLE_AFTER_CANCEL&${PAGE}`,
  )
  expect(after.body.elements).toHaveLength(2)
  expect(s.problems).toEqual([])
})

test('with trigger dispatch a partial and a full return after settlement reverse what was returned', async () => {
  const s = setup()
  await s.control('PUT', '/__sandbox/settlement', { trigger: 'dispatch' })
  const { productOrderIds } = await s.h.order({
    items: [
      { unitPrice: 10_000, quantity: 3, deliveryFeeAmount: 3_000 },
      { unitPrice: 5_000, quantity: 1, deliveryFeeAmount: 0 },
    ],
    paymentMeans: '신용카드',
  })
  const [partial, full] = productOrderIds as [string, string]
  const casesOf = async (id: string) =>
    (await s.api('GET', `/v1/pay-settle-mall/settle/case?productOrderId=${id}&${PAGE}`)).body.elements
  expect(await casesOf(partial)).toEqual([])
  for (const id of [partial, full]) {
    await s.dispatch(id)
    await s.event(id, 'deliver')
  }
  await s.event(partial, 'buyer-return', { reason: 'BROKEN', quantity: 1 })
  await s.event(full, 'buyer-return', { reason: 'BROKEN' })
  for (const id of [partial, full]) {
    const approved = await s.api('POST', `/v1/pay-order/mall/product-orders/${id}/claim/return/approve`)
    expect(approved.status).toBe(200)
  }

  // Two units remain: their commissions, the delivery fee's, and what the merchant still gets.
  const kept = card(20_000) + card(3_000)
  expect(await s.fields(partial)).toEqual([kept, interlock(20_000), 23_000 - kept - interlock(20_000)])
  const cases = await casesOf(partial)
  expect(summary(cases)).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 30_000, -card(30_000)],
    ['NORMAL_SETTLE_ORIGINAL', 'DELIVERY', 3_000, -card(3_000)],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'PROD_ORDER', -10_000, card(30_000) - card(20_000)],
  ])
  const sum = (rows: Record<string, unknown>[], key: string) =>
    rows.reduce((t, c) => t + (c[key] as number), 0)
  expect(-sum(cases, 'totalPayCommissionAmount')).toBe(kept)
  expect(sum(cases, 'settleExpectAmount')).toBe(23_000 - kept - interlock(20_000))

  expect(await s.fields(full)).toEqual([0, 0, 0])
  expect(summary(await casesOf(full))).toEqual([
    ['NORMAL_SETTLE_ORIGINAL', 'PROD_ORDER', 5_000, -card(5_000)],
    ['NORMAL_SETTLE_AFTER_CANCEL', 'PROD_ORDER', -5_000, card(5_000)],
  ])
  await s.control('POST', '/__sandbox/clock/advance', { by: '20d' })
  const vat = (await s.api('GET', `/v1/pay-settle-mall/vat/case?${MAY}`)).body.elements
  expect(
    vat.filter((v) => v.status === 'VOUCH_CANCEL').map((v) => [v.productOrderId, v.totalSalesAmount]),
  ).toEqual([
    [partial, -10_000],
    [full, -5_000],
  ])
  expect(s.problems).toEqual([])
})
