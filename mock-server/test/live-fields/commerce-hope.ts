/**
 * The answers only a Commerce API merchant gives: its 희망일배송 product orders carry
 * `productOrder.hopeDelivery` (a mall merchant's never do). A Commerce app of the same sandbox places a
 * hope-delivery order (one line with time, region and fee, one N희망일배송 line), changes one line's day
 * through `/external`, and reads both through product-orders/query and the conditional query
 * (HOPE_DELIVERY_INFO_CHANGED_DATETIME), for the coverage test to count with the mall's answers.
 */
import { formatKst, kstCompactDate } from '@npay-sandbox/protocol'
import { ORIGIN, tokenForm } from '../harness.ts'
import type { Loose, Session } from './session.ts'

const SELLER = `${ORIGIN}/external/v1/pay-order/seller`
const DAY = 86_400_000
const HOUR = 3_600_000

/**
 * Places, changes and reads the Commerce merchant's hope-delivery orders; refusals go to `s.problems`.
 * @example const { query, conditional } = await commerceHopeBodies(session)
 */
export async function commerceHopeBodies(s: Session): Promise<{ query: Loose[]; conditional: Loose[] }> {
  const app = (await s.control('POST', '/__sandbox/merchants', { api: 'commerce', name: '희망일 상점' })).json
  const form = tokenForm(app.clientId, app.clientSecret)
  const token = (
    await s.request(`${ORIGIN}/external/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    })
  ).json?.access_token as string
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await s.request(`${SELLER}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const failed = res.json?.data?.failProductOrderInfos?.length
    if (res.status !== 200 || failed)
      s.problems.push(`commerce ${method} ${path}: ${JSON.stringify(res.json)}`)
    return res.json
  }
  const now = (await s.control('GET', `/__sandbox/clock?clientId=${app.clientId}`)).json.epochMillis as number
  const day = (days: number) => kstCompactDate(now + days * DAY)

  const placed = await s.control('POST', '/__sandbox/orders', {
    clientId: app.clientId,
    items: [
      {
        hopeDelivery: {
          hopeDeliveryYmd: day(3),
          hopeDeliveryHm: '1400',
          region: '서울 강남구',
          additionalFee: 3000,
        },
      },
      { deliveryAttributeType: 'HOPE_SELLER_GUARANTEE', hopeDelivery: { hopeDeliveryYmd: day(4) } },
    ],
  })
  if (placed.status !== 201) s.problems.push(`commerce hope order: ${JSON.stringify(placed.json)}`)
  const ids = (placed.json?.productOrderIds ?? []) as string[]
  await call('POST', `/product-orders/${ids[0]}/hope-delivery/change`, {
    hopeDeliveryYmd: day(5),
    hopeDeliveryHm: '1000',
    region: '서울 마포구',
    changeReason: '구매자 요청으로 배송 희망일 변경',
  })

  const query = [await call('POST', '/product-orders/query', { productOrderIds: ids })]
  const window = new URLSearchParams({
    from: formatKst(now - 12 * HOUR),
    to: formatKst(now + 12 * HOUR),
    rangeType: 'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
  })
  const conditional = [await call('GET', `/product-orders?${window}`)]
  if (conditional[0]?.data?.contents?.length !== 1)
    s.problems.push(
      `commerce: the changed hope day is not found by its rangeType: ${JSON.stringify(conditional[0])}`,
    )
  return { query, conditional }
}
