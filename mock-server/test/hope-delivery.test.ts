/**
 * 희망일배송 (hope delivery) on the Commerce API: a product order placed with a hope day carries
 * `productOrder.hopeDelivery` (facts §8.2 [DOC]); `POST /external/v1/pay-order/seller/product-orders/{id}/
 * hope-delivery/change` (facts §7.0 [DOC]) moves it before dispatch, appends a HOPE_DELIVERY_INFO_CHANGED
 * row (facts §9.4 [DOC]) that the conditional query's HOPE_DELIVERY_INFO_CHANGED_DATETIME finds (§9.14),
 * and refuses with the page's own codes. A mall app has neither the block nor the operation.
 */
import { formatKst, kstCompactDate } from '@npay-sandbox/protocol'
import { beforeEach, describe, expect, test } from 'vitest'
import { harness, ORIGIN, tokenForm } from './harness.ts'

const COMMERCE = `${ORIGIN}/external`
const SELLER = `${COMMERCE}/v1/pay-order/seller`
const DAY = 86_400_000

/** The codes of the change's docs page (오류 코드 정의) the emulator answers, with their descriptions. */
const DOCUMENTED = {
  '104441': '희망일배송 상품 또는 N희망일배송 상품이 아님',
  '104442': '상품 주문 상태 확인 필요',
  '104444': '배송 희망일 날짜가 유효하지 않음',
  '104445': '배송 희망일 변경 가능 날짜 초과',
  '104446': '기존과 동일한 희망일 배송일시',
  '104449': '배송 희망일 변경 가능 기간 아님',
  '104450': 'N희망일배송 상품은 배송희망시간, 지역 입력 불가',
}

// biome-ignore lint/suspicious/noExplicitAny: bodies are read field by field
type Loose = Record<string, any>

let h: ReturnType<typeof harness>
let app: { clientId: string; clientSecret: string }
let token: string

beforeEach(async () => {
  h = harness()
  app = (await (await h.control('POST', '/__sandbox/merchants', { api: 'commerce' })).json()) as typeof app
  const res = await h.sandbox.app.request(`${COMMERCE}/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenForm(app.clientId, app.clientSecret),
  })
  token = ((await res.json()) as { access_token: string }).access_token
})

const now = () => h.sandbox.engine.findTenant(app.clientId)!.now()
/** The `yyyyMMdd` of the merchant's KST day plus `days`. */
const day = (days: number) => kstCompactDate(now() + days * DAY)

async function order(body: Loose): Promise<string> {
  const res = await h.control('POST', '/__sandbox/orders', { clientId: app.clientId, ...body })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { productOrderIds: string[] }).productOrderIds[0]!
}

const hopeOrder = (hopeDelivery: Loose, item: Loose = {}) => order({ items: [{ ...item, hopeDelivery }] })

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Loose }> {
  const res = await h.sandbox.app.request(`${SELLER}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as Loose }
}

const change = (id: string, body: Loose) => api('POST', `/product-orders/${id}/hope-delivery/change`, body)

async function productOrder(id: string): Promise<Loose> {
  const { json } = await api('POST', '/product-orders/query', { productOrderIds: [id] })
  return json.data[0].productOrder
}

describe('a Commerce order placed with a hope day', () => {
  test('carries the buyer’s choice as productOrder.hopeDelivery, as 희망일배송, with nothing changed yet', async () => {
    const hope = {
      hopeDeliveryYmd: day(3),
      hopeDeliveryHm: '1400',
      region: '서울 강남구',
      additionalFee: 3000,
    }
    const po = await productOrder(await hopeOrder(hope))
    expect(po.hopeDelivery).toEqual(hope)
    expect(po.deliveryAttributeType).toBe('HOPE')
  })

  test('as N희망일배송 is guaranteed to arrive by the end of the hope day', async () => {
    const id = await hopeOrder(
      { hopeDeliveryYmd: day(4) },
      { deliveryAttributeType: 'HOPE_SELLER_GUARANTEE' },
    )
    const po = await productOrder(id)
    expect(po.deliveryTagType).toBe('HOPE')
    expect(po.arrivalGuaranteeDate).toBe(
      `${day(4).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')}T23:59:59.000+09:00`,
    )
  })

  test('order-level hopeDelivery applies to every item without its own', async () => {
    const res = await h.control('POST', '/__sandbox/orders', {
      clientId: app.clientId,
      hopeDelivery: { hopeDeliveryYmd: day(2) },
      items: [{}, { hopeDelivery: { hopeDeliveryYmd: day(5) } }],
    })
    const ids = ((await res.json()) as { productOrderIds: string[] }).productOrderIds
    expect((await productOrder(ids[0]!)).hopeDelivery).toEqual({ hopeDeliveryYmd: day(2) })
    expect((await productOrder(ids[1]!)).hopeDelivery).toEqual({ hopeDeliveryYmd: day(5) })
  })

  test.each([
    ['a day that does not exist', { hopeDeliveryYmd: '20240230' }, 'items[0].hopeDelivery.hopeDeliveryYmd'],
    ['a day before the order', { hopeDeliveryYmd: '20240514' }, 'items[0].hopeDelivery.hopeDeliveryYmd'],
    [
      'a time that is not HHmm',
      { hopeDeliveryYmd: '20240520', hopeDeliveryHm: '2460' },
      'items[0].hopeDelivery.hopeDeliveryHm',
    ],
  ])('is refused with 400 for %s', async (_what, hopeDelivery, field) => {
    const res = await h.control('POST', '/__sandbox/orders', {
      clientId: app.clientId,
      items: [{ hopeDelivery }],
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Loose).invalidInputs.map((i: Loose) => i.name)).toContain(field)
  })

  test('is refused for a mall merchant: the mall API has no hope delivery', async () => {
    const res = await h.control('POST', '/__sandbox/orders', {
      items: [{ hopeDelivery: { hopeDeliveryYmd: day(3) } }],
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as Loose).invalidInputs[0].name).toBe('items[0].hopeDelivery')
  })
})

describe('changing the hope day', () => {
  test('writes the new day, time and region, the reason and the changer, and one HOPE_DELIVERY_INFO_CHANGED row', async () => {
    const id = await hopeOrder({ hopeDeliveryYmd: day(3), hopeDeliveryHm: '1400', additionalFee: 3000 })
    const before = now()
    const res = await change(id, {
      hopeDeliveryYmd: day(5),
      hopeDeliveryHm: '1000',
      region: '서울 마포구',
      changeReason: '구매자 요청으로 변경',
    })
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual({ successProductOrderIds: [id], failProductOrderInfos: [] })
    // changer: the docs name 구매자/판매자/판매자 API; a change through the API is the last [REC].
    expect((await productOrder(id)).hopeDelivery).toEqual({
      region: '서울 마포구',
      additionalFee: 3000,
      hopeDeliveryYmd: day(5),
      hopeDeliveryHm: '1000',
      changeReason: '구매자 요청으로 변경',
      changer: '판매자 API',
    })
    const from = encodeURIComponent(formatKst(before - 1))
    const changed = await api('GET', `/product-orders/last-changed-statuses?lastChangedFrom=${from}`)
    const rows = changed.json.data.lastChangeStatuses as Loose[]
    // The placement's row, then the change's one.
    expect(rows.filter((r) => r.productOrderId === id).map((r) => r.lastChangedType)).toEqual([
      'PAYED',
      'HOPE_DELIVERY_INFO_CHANGED',
    ])
  })

  test('keeps the time and region a change leaves out', async () => {
    const id = await hopeOrder({ hopeDeliveryYmd: day(3), hopeDeliveryHm: '1400', region: '부산' })
    await change(id, { hopeDeliveryYmd: day(6), changeReason: '일정 변경' })
    const hope = (await productOrder(id)).hopeDelivery
    expect([hope.hopeDeliveryYmd, hope.hopeDeliveryHm, hope.region]).toEqual([day(6), '1400', '부산'])
  })

  test('is found by the conditional query’s HOPE_DELIVERY_INFO_CHANGED_DATETIME at the instant of its row', async () => {
    const changed = await hopeOrder({ hopeDeliveryYmd: day(3) })
    const untouched = await hopeOrder({ hopeDeliveryYmd: day(3) })
    h.sandbox.engine.findTenant(app.clientId)!.clock.advance(3_600_000)
    await change(changed, { hopeDeliveryYmd: day(4), changeReason: '변경' })
    const rows = (
      await api(
        'GET',
        `/product-orders/last-changed-statuses?lastChangedFrom=${encodeURIComponent(formatKst(now() - 60_000))}`,
      )
    ).json.data.lastChangeStatuses as Loose[]
    const at = Date.parse(rows.find((r) => r.productOrderId === changed)!.lastChangedDate)
    const search = async (from: number, to: number) => {
      const q = new URLSearchParams({
        from: formatKst(from),
        to: formatKst(to),
        rangeType: 'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
      })
      const { json } = await api('GET', `/product-orders?${q}`)
      return (json.data.contents as Loose[]).map((c) => c.productOrderId)
    }
    expect(await search(at, at)).toEqual([changed])
    expect(await search(at - 12 * 3_600_000, at - 1)).toEqual([])
    expect(await search(at - 12 * 3_600_000, at + 1)).not.toContain(untouched)
  })

  test('is refused after dispatch with 104442, and changes nothing', async () => {
    const id = await hopeOrder({ hopeDeliveryYmd: day(3) })
    const dispatch = {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: '612345678901',
          dispatchDate: formatKst(now()),
        },
      ],
    }
    expect(
      (await api('POST', '/product-orders/dispatch', dispatch)).json.data.successProductOrderIds,
    ).toEqual([id])
    const before = await productOrder(id)
    const res = await change(id, { hopeDeliveryYmd: day(4), changeReason: '변경' })
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual({
      successProductOrderIds: [],
      failProductOrderInfos: [{ productOrderId: id, code: '104442', message: DOCUMENTED['104442'] }],
    })
    expect(await productOrder(id)).toEqual(before)
  })

  test('is refused for an open cancel request (104442) and allowed after a confirmation', async () => {
    const id = await hopeOrder({ hopeDeliveryYmd: day(3) })
    expect((await api('POST', '/product-orders/confirm', { productOrderIds: [id] })).status).toBe(200)
    expect(
      (await change(id, { hopeDeliveryYmd: day(4), changeReason: '변경' })).json.data.successProductOrderIds,
    ).toEqual([id])
    await h.control('POST', `/__sandbox/product-orders/${id}/events/buyer-cancel`, {
      reason: 'INTENT_CHANGED',
    })
    const res = await change(id, { hopeDeliveryYmd: day(5), changeReason: '변경' })
    expect(res.json.data.failProductOrderInfos.map((f: Loose) => f.code)).toEqual(['104442'])
  })

  const refusals: [string, Loose, Loose, Loose, keyof typeof DOCUMENTED][] = [
    ['a product order placed without a hope day', {}, {}, { hopeDeliveryYmd: 'D+4' }, '104441'],
    [
      'N희망일배송 with a time',
      { hopeDeliveryYmd: 'D+3' },
      { deliveryAttributeType: 'HOPE_SELLER_GUARANTEE' },
      { hopeDeliveryYmd: 'D+4', hopeDeliveryHm: '1000' },
      '104450',
    ],
    [
      'N희망일배송 with a region',
      { hopeDeliveryYmd: 'D+3' },
      { deliveryAttributeType: 'HOPE_SELLER_GUARANTEE' },
      { hopeDeliveryYmd: 'D+4', region: '서울' },
      '104450',
    ],
    ['a day that does not exist', { hopeDeliveryYmd: 'D+3' }, {}, { hopeDeliveryYmd: '20240231' }, '104444'],
    ['a day in the past', { hopeDeliveryYmd: 'D+3' }, {}, { hopeDeliveryYmd: 'D-1' }, '104444'],
    ['a day too far ahead', { hopeDeliveryYmd: 'D+3' }, {}, { hopeDeliveryYmd: 'D+90' }, '104445'],
    [
      'the same day and time',
      { hopeDeliveryYmd: 'D+3', hopeDeliveryHm: '1400' },
      {},
      { hopeDeliveryYmd: 'D+3', hopeDeliveryHm: '1400' },
      '104446',
    ],
    [
      'the same day, the time left out',
      { hopeDeliveryYmd: 'D+3', hopeDeliveryHm: '1400' },
      {},
      { hopeDeliveryYmd: 'D+3' },
      '104446',
    ],
    ['a hope day that is today', { hopeDeliveryYmd: 'D+0' }, {}, { hopeDeliveryYmd: 'D+2' }, '104449'],
  ]
  const dated = (v: Loose) =>
    Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        typeof x === 'string' && x.startsWith('D') ? day(Number(x.slice(1))) : x,
      ]),
    )

  test.each(refusals)('is refused for %s', async (_what, hope, item, body, code) => {
    const id = Object.keys(hope).length ? await hopeOrder(dated(hope), item) : await order({})
    const res = await change(id, { ...dated(body), changeReason: '변경' })
    expect(res.status).toBe(200)
    expect(res.json.data.failProductOrderInfos).toEqual([
      { productOrderId: id, code, message: DOCUMENTED[code] },
    ])
  })

  test('a body without changeReason is a 400 4000 naming it', async () => {
    const id = await hopeOrder({ hopeDeliveryYmd: day(3) })
    const res = await change(id, { hopeDeliveryYmd: day(4) })
    expect(res.status).toBe(400)
    expect(res.json.code).toBe('4000')
    expect(res.json.invalidInputs.map((i: Loose) => i.name)).toContain('changeReason')
  })

  test('an unknown product order answers 100001', async () => {
    const res = await change('2024051500000001', { hopeDeliveryYmd: day(4), changeReason: '변경' })
    expect(res.json.data.failProductOrderInfos[0].code).toBe('100001')
  })

  test('does not exist on the mall API (404 GW.NOT_FOUND)', async () => {
    const id = (await h.order()).productOrderIds[0]
    const res = await h.call('POST', `/v1/pay-order/mall/product-orders/${id}/hope-delivery/change`, {
      token: await h.token(),
      body: { hopeDeliveryYmd: day(4), changeReason: '변경' },
    })
    expect(res.status).toBe(404)
    expect(((await res.json()) as Loose).code).toBe('GW.NOT_FOUND')
  })
})
