/**
 * Claim and delivery blocks carry the fields their state implies (facts §8.4–§8.7, §9.7, §9.9, §9.11):
 * addresses, collect logistics, claim money, refund standby, images, the completed-claims history and the
 * carrier's pick-up. Expectations come from the facts and the docs package, not from the engine's tables.
 */
import { describe, expect, test } from 'vitest'
import { HOUR, ok, sandbox } from './support.ts'

const KST = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00$/
const ms = (kst: string | undefined) => Date.parse(kst!)

/** A delivered product order of a fresh sandbox. */
function delivered(s = sandbox(), order = {}) {
  const id = s.order(order)
  expect(s.ship(id)).toEqual(ok(id))
  s.tenant.advance(HOUR)
  expect(s.run(id, 'deliver').ok).toBe(true)
  return id
}

const ADDRESS_FIELDS = [
  'addressType',
  'name',
  'tel1',
  'zipCode',
  'baseAddress',
  'detailedAddress',
  'city',
  'state',
  'country',
  'isRoadNameAddress',
] as const

describe('returnReceiveAddress (facts §8.4)', () => {
  test('a return goes to the merchant taking address, with a logistics centre id', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return')
    const taking = s.detail(id).productOrder!.takingAddress!
    const receive = s.detail(id).currentClaim?.return?.returnReceiveAddress
    for (const field of ADDRESS_FIELDS) expect(receive?.[field]).toEqual(taking[field])
    expect(receive?.logisticsCenterId).toEqual(expect.any(String))
  })

  test('an exchange carries it too, as the docs example shows', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-exchange')
    expect(s.detail(id).currentClaim?.exchange?.returnReceiveAddress).toMatchObject({
      baseAddress: s.detail(id).productOrder!.takingAddress?.baseAddress,
    })
  })
})

describe('collect logistics (facts §7.10, §9.8, §9.11)', () => {
  test('a designated pick-up gets the carrier and a tracking number once the carrier has the item', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return')
    const requested = s.detail(id).currentClaim?.return
    expect(requested).toMatchObject({ collectDeliveryMethod: 'RETURN_DESIGNATED' })
    expect(requested?.collectTrackingNumber).toBeUndefined()
    s.run(id, 'collect')
    const collecting = s.detail(id).currentClaim?.return
    expect(collecting).toMatchObject({ collectStatus: 'DELIVERING', collectDeliveryCompany: 'CJGLS' })
    expect(collecting?.collectTrackingNumber).toMatch(/^\d{8,20}$/)
  })

  test('the generated tracking number is the same for the same seed', () => {
    const number = () => {
      const s = sandbox({ seed: 7 })
      const id = delivered(s)
      s.run(id, 'buyer-return')
      s.run(id, 'collect-done')
      return s.detail(id).currentClaim?.return?.collectTrackingNumber
    }
    expect(number()).toMatch(/^\d{8,20}$/)
    expect(number()).toBe(number())
  })

  test('an item the buyer sends back carries what was given, and nothing is invented', () => {
    const s = sandbox()
    const given = delivered(s)
    const body = {
      returnReason: 'INTENT_CHANGED',
      collectDeliveryMethod: 'RETURN_INDIVIDUAL',
      collectDeliveryCompany: 'HANJIN',
      collectTrackingNumber: '412345678901',
    }
    expect(s.act('requestReturn', given, body)).toEqual(ok(given))
    s.run(given, 'collect-done')
    expect(s.detail(given).currentClaim?.return).toMatchObject({
      collectDeliveryMethod: 'RETURN_INDIVIDUAL',
      collectDeliveryCompany: 'HANJIN',
      collectTrackingNumber: '412345678901',
      collectStatus: 'DELIVERED',
    })
    const bare = delivered(s)
    const individual = { returnReason: 'INTENT_CHANGED', collectDeliveryMethod: 'RETURN_INDIVIDUAL' }
    s.act('requestReturn', bare, individual)
    s.run(bare, 'collect-done')
    const claim = s.detail(bare).currentClaim?.return
    expect(claim?.collectDeliveryCompany).toBeUndefined()
    expect(claim?.collectTrackingNumber).toBeUndefined()
  })
})

describe('exchange re-delivery (facts §7.16, §8.6)', () => {
  test('the replacement goes to the buyer address it was collected from, with every re-dispatch field', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-exchange')
    s.act('completeExchangeCollect', id)
    s.tenant.advance(HOUR)
    const body = {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'HANJIN',
      reDeliveryTrackingNumber: '512345678901',
    }
    expect(s.act('redeliverExchange', id, body)).toEqual(ok(id))
    const detail = s.detail(id)
    const exchange = detail.currentClaim?.exchange
    for (const field of ADDRESS_FIELDS)
      expect(exchange?.reDeliveryAddress?.[field]).toEqual(detail.productOrder!.shippingAddress?.[field])
    expect(exchange?.reDeliveryAddress).toEqual(exchange?.collectAddress)
    expect(exchange).toMatchObject({
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'HANJIN',
      reDeliveryTrackingNumber: '512345678901',
      reDeliveryStatus: 'DELIVERING',
      reDeliveryOperationDate: expect.stringMatching(KST),
    })
    expect(ms(exchange?.reDeliveryOperationDate)).toBeGreaterThan(ms(exchange?.collectCompletedDate))
  })
})

describe('claim money (facts §8.6, §9.7, §9.9)', () => {
  test('a change of mind costs the buyer the claim delivery fee', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return', { reason: 'INTENT_CHANGED' })
    const claim = s.detail(id).currentClaim?.return
    expect(claim?.claimDeliveryFeeDemandAmount).toBeGreaterThan(0)
    expect(claim).toMatchObject({
      claimDeliveryFeePayMeans: expect.any(String),
      claimDeliveryFeePayMethod: expect.any(String),
      claimDeliveryFeeProductOrderIds: id,
      claimDeliveryFeeDiscountAmount: 0,
      remoteAreaCostChargeAmount: 0,
    })
    expect(claim?.etcFeeDemandAmount).toBeUndefined()
  })

  test('an exchange for another size is charged as well; a broken item is not', () => {
    const s = sandbox()
    const exchange = delivered(s)
    s.run(exchange, 'buyer-exchange', { reason: 'COLOR_AND_SIZE' })
    expect(s.detail(exchange).currentClaim?.exchange?.claimDeliveryFeeDemandAmount).toBeGreaterThan(0)
    const broken = delivered(s)
    s.run(broken, 'buyer-return', { reason: 'BROKEN' })
    const claim = s.detail(broken).currentClaim?.return
    expect(claim?.claimDeliveryFeeDemandAmount).toBeUndefined()
    expect(claim?.claimDeliveryFeePayMethod).toBeUndefined()
  })

  test('a collection from Jeju adds the remote-area cost', () => {
    const s = sandbox()
    const shippingAddress = { zipCode: '63122', baseAddress: '제주특별자치도 제주시 중앙로 12' }
    const id = delivered(s, { shippingAddress })
    s.run(id, 'buyer-return', { reason: 'INTENT_CHANGED' })
    expect(s.detail(id).currentClaim?.return?.remoteAreaCostChargeAmount).toBeGreaterThan(0)
  })

  test('a return shipping fee holdback puts its amount into the claim delivery fee, not other fees', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return', { reason: 'BROKEN' })
    const body = {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '반품 배송비 미입금',
      extraReturnFeeAmount: 3000,
    }
    expect(s.act('holdbackReturn', id, body)).toEqual(ok(id))
    const claim = s.detail(id).currentClaim?.return
    expect(claim).toMatchObject({ claimDeliveryFeeDemandAmount: 3000, claimDeliveryFeeProductOrderIds: id })
    expect(claim?.etcFeeDemandAmount).toBeUndefined()
  })

  test('an extra-fee holdback is another fee', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-exchange', { reason: 'WRONG_OPTION' })
    const body = {
      holdbackClassType: 'EXCHANGE_EXTRAFEE',
      holdbackExchangeDetailReason: '포장 훼손 추가 비용',
      extraExchangeFeeAmount: 5000,
    }
    expect(s.act('holdbackExchange', id, body)).toEqual(ok(id))
    const claim = s.detail(id).currentClaim?.exchange
    expect(claim).toMatchObject({ etcFeeDemandAmount: 5000, etcFeePayMethod: expect.any(String) })
    expect(claim?.claimDeliveryFeeDemandAmount).toBeUndefined()
  })
})

describe('refund standby (facts §8.6; values unknown, Q13)', () => {
  test('a return refund waits until the return is done, held back while the holdback lasts', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return')
    // The detail shares the stored block: copy what is compared after later changes.
    const open = structuredClone(s.detail(id).currentClaim?.return)
    expect(open?.refundStandbyStatus).toEqual(expect.any(String))
    expect(open?.refundStandbyReason).toEqual(expect.any(String))
    const body = {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '반품 배송비 미입금',
      extraReturnFeeAmount: 3000,
    }
    s.act('holdbackReturn', id, body)
    const held = s.detail(id).currentClaim?.return
    expect(held?.refundStandbyStatus).not.toBe(open?.refundStandbyStatus)
    // The docs' label of RETURN_DELIVERYFEE.
    expect(held?.refundStandbyReason).toBe('반품 배송비 청구')
    s.act('releaseReturnHoldback', id)
    expect(s.detail(id).currentClaim?.return?.refundStandbyStatus).toBe(open?.refundStandbyStatus)
    s.act('approveReturn', id)
    const done = s.detail(id).currentClaim?.return
    expect(done?.refundStandbyStatus).toBeUndefined()
    expect(done?.refundExpectedDate).toMatch(KST)
  })

  test('an exchange refunds nothing and has no refund standby', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-exchange')
    expect(s.detail(id).currentClaim?.exchange).not.toHaveProperty('refundStandbyStatus')
  })
})

describe('claim images (facts §8.6 returnImageUrl / exchangeImageUrl)', () => {
  test('a buyer returning a broken item attaches photos; the same seed gives the same URLs', () => {
    const urls = () => {
      const s = sandbox({ seed: 11 })
      const id = delivered(s)
      s.run(id, 'buyer-return', { reason: 'BROKEN' })
      return s.detail(id).currentClaim?.return?.returnImageUrl
    }
    const first = urls()
    expect(first?.length).toBeGreaterThan(0)
    for (const url of first!) expect(url).toMatch(/^https:\/\/[a-z-]+\.pstatic\.net\/.+\.jpg$/)
    expect(urls()).toEqual(first)
  })

  test('a buyer exchanging a wrong option attaches photos; a merchant-requested return has none', () => {
    const s = sandbox()
    const exchange = delivered(s)
    s.run(exchange, 'buyer-exchange', { reason: 'WRONG_OPTION' })
    expect(s.detail(exchange).currentClaim?.exchange?.exchangeImageUrl?.length).toBeGreaterThan(0)
    const merchant = delivered(s)
    s.act('requestReturn', merchant, { returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' })
    expect(s.detail(merchant).currentClaim?.return?.returnImageUrl).toBeUndefined()
  })
})

describe('completedClaims (facts §8.7)', () => {
  const HOLDBACK = {
    holdbackClassType: 'RETURN_DELIVERYFEE',
    holdbackReturnDetailReason: '반품 배송비 미입금',
    extraReturnFeeAmount: 3000,
  }

  test('a finished return keeps every field it had, in causal order, on a clock that never moved', () => {
    const s = sandbox()
    const id = s.order()
    s.ship(id)
    s.run(id, 'deliver')
    s.run(id, 'buyer-return', { reason: 'INTENT_CHANGED' })
    s.run(id, 'collect')
    s.run(id, 'collect-done')
    s.act('holdbackReturn', id, HOLDBACK)
    s.act('releaseReturnHoldback', id)
    expect(s.act('approveReturn', id)).toEqual(ok(id))
    const [entry] = s.detail(id).completedClaims!
    expect(Object.values(entry!)).not.toContain(undefined)
    expect(entry).toMatchObject({
      claimType: 'RETURN',
      claimStatus: 'RETURN_DONE',
      claimRequestReason: 'INTENT_CHANGED',
      collectDeliveryMethod: 'RETURN_DESIGNATED',
      collectDeliveryCompany: 'CJGLS',
      collectTrackingNumber: expect.stringMatching(/^\d{8,20}$/),
      claimDeliveryFeeDemandAmount: 3000,
      claimDeliveryFeeProductOrderIds: id,
      holdbackStatus: 'RELEASED',
      holdbackReason: 'RETURN_DELIVERYFEE',
      holdbackConfigurer: expect.any(String),
      holdbackReleaser: expect.any(String),
      returnReceiveAddress: expect.objectContaining({ logisticsCenterId: expect.any(String) }),
      collectAddress: expect.objectContaining({ baseAddress: expect.any(String) }),
      // Typed as plain strings; the docs size them at 8 bytes, like hopeDelivery's yyyymmdd and HHmm.
      collectOperationDate: expect.stringMatching(/^\d{8}$/),
      collectStartTime: expect.stringMatching(/^\d{4}$/),
      collectEndTime: expect.stringMatching(/^\d{4}$/),
    })
    const order = [
      entry!.claimRequestDate,
      entry!.collectCompletedDate,
      entry!.holdbackConfigDate,
      entry!.holdbackReleaseDate,
      entry!.claimRequestAdmissionDate,
    ].map(ms)
    for (const [i, t] of order.entries()) if (i > 0) expect(t).toBeGreaterThan(order[i - 1]!)
    expect(ms(entry!.claimCompleteOperationDate)).toBeGreaterThanOrEqual(ms(entry!.claimRequestAdmissionDate))
    expect(entry!.collectOperationDate).toBe(entry!.claimRequestDate!.slice(0, 10).replaceAll('-', ''))
    expect(Number(entry!.collectEndTime)).toBeGreaterThan(Number(entry!.collectStartTime))
  })

  test('a finished exchange keeps its re-delivery address and re-dispatch', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-exchange', { reason: 'COLOR_AND_SIZE' })
    s.act('completeExchangeCollect', id)
    const body = {
      reDeliveryMethod: 'DELIVERY',
      reDeliveryCompany: 'CJGLS',
      reDeliveryTrackingNumber: '612345678901',
    }
    s.act('redeliverExchange', id, body)
    s.run(id, 'redeliver-done')
    const [entry] = s.detail(id).completedClaims!
    expect(Object.values(entry!)).not.toContain(undefined)
    expect(entry).toMatchObject({
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_DONE',
      reDeliveryAddress: expect.objectContaining({ baseAddress: expect.any(String) }),
      reDeliveryTrackingNumber: '612345678901',
      reDeliveryStatus: 'DELIVERY_COMPLETION',
      claimDeliveryFeeDemandAmount: expect.any(Number),
      claimRequestAdmissionDate: expect.stringMatching(KST),
    })
    expect(ms(entry!.claimRequestAdmissionDate)).toBeGreaterThan(ms(entry!.claimRequestDate))
  })

  test('a refused claim was never admitted', () => {
    const s = sandbox()
    const id = delivered(s)
    s.run(id, 'buyer-return')
    s.act('rejectReturn', id, { rejectReturnReason: '사용 흔적' })
    const [entry] = s.detail(id).completedClaims!
    expect(entry).toMatchObject({ claimStatus: 'RETURN_REJECT' })
    expect(entry).not.toHaveProperty('claimRequestAdmissionDate')
    expect(entry).not.toHaveProperty('refundStandbyStatus')
  })
})

describe('delivery (facts §8.5)', () => {
  test('the carrier picks the parcel up strictly between dispatch and delivery', () => {
    const s = sandbox()
    const id = s.order()
    s.ship(id)
    expect(s.detail(id).delivery).toMatchObject({ isWrongTrackingNumber: false })
    expect(s.detail(id).delivery?.pickupDate).toBeUndefined()
    s.tenant.advance(30 * HOUR)
    s.run(id, 'deliver')
    const d = s.detail(id).delivery!
    expect(ms(d.pickupDate)).toBeGreaterThan(ms(d.sendDate))
    expect(ms(d.pickupDate)).toBeLessThan(ms(d.deliveredDate))
    expect(d.isWrongTrackingNumber).toBe(false)
  })

  test('even a delivery reported in the dispatch instant has a pick-up between the two', () => {
    const s = sandbox()
    const id = s.order()
    s.ship(id)
    s.run(id, 'deliver')
    const d = s.detail(id).delivery!
    expect(ms(d.pickupDate)).toBeGreaterThan(ms(d.sendDate))
    expect(ms(d.deliveredDate)).toBeGreaterThan(ms(d.pickupDate))
  })
})
