/**
 * New orders carry the documented productOrder / order fields of what the emulator emulates (facts §8.1–8.4,
 * §9.13, §9.15), with amounts that add up as the docs define them (query.POST.md: quantity 최초 수량,
 * totalProductAmount 할인 적용 전, totalPaymentAmount 할인 적용 후) at every state.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { describe, expect, test } from 'vitest'
import { queryProductOrders, SandboxError, searchProductOrders } from '../src/index.ts'
import { DAY, HOUR, START, sandbox, step } from './support.ts'

type Detail = ReturnType<ReturnType<typeof sandbox>['detail']>
type PO = NonNullable<Detail['productOrder']>

/** A sample of generated orders of one or two lines, as a documented-semantics query returns them. */
function sample(count = 150, seed = 7) {
  const s = sandbox({ seed })
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    ids.push(...s.tenant.createOrder(i % 3 === 0 ? { items: [{}, { quantity: 3 }] } : {}).productOrderIds)
  }
  const details = queryProductOrders(s.tenant, ids, { ...s.engine.options, quantityClaimCompatibility: true })
  return { s, ids, details }
}

const n = (v: number | undefined) => v ?? 0

/** The identities of facts §8.2 and the docs' field definitions, for one product order. */
function expectLineIdentities(po: PO) {
  expect(po.totalProductAmount).toBe((po.unitPrice! + po.optionPrice!) * po.quantity!)
  expect(po.productDiscountAmount).toBe(
    n(po.productImediateDiscountAmount) +
      n(po.productProductDiscountAmount) +
      n(po.productMultiplePurchaseDiscountAmount),
  )
  expect(po.totalPaymentAmount).toBe(
    po.totalProductAmount! -
      po.productDiscountAmount! -
      po.sellerBurdenStoreDiscountAmount! +
      po.deliveryFeeAmount! -
      po.deliveryDiscountAmount!,
  )
  expect([po.initialQuantity, po.initialProductAmount, po.initialPaymentAmount]).toEqual([
    po.quantity,
    po.totalProductAmount,
    po.totalPaymentAmount,
  ])
  expect(po.initialProductImmediateDiscountAmount).toBe(po.productImediateDiscountAmount)
  expect(po.initialProductProductDiscountAmount).toBe(po.productProductDiscountAmount)
  expect(po.initialProductDiscountAmount).toBe(po.productDiscountAmount)
  expect(po.sellerBurdenDiscountAmount).toBe(
    n(po.sellerBurdenImediateDiscountAmount) +
      n(po.sellerBurdenProductDiscountAmount) +
      n(po.sellerBurdenMultiplePurchaseDiscountAmount) +
      n(po.sellerBurdenStoreDiscountAmount),
  )
  expect(po.sellerBurdenImediateDiscountAmount).toBeLessThanOrEqual(po.productImediateDiscountAmount!)
  expect(po.sellerBurdenProductDiscountAmount).toBeLessThanOrEqual(po.productProductDiscountAmount!)
  const coupons = po.appliedCoupons ?? []
  expect(coupons.reduce((sum, c) => sum + c.couponDiscountAmount!, 0)).toBe(po.productProductDiscountAmount)
  expect(po.deliveryDiscountAmount).toBeLessThanOrEqual(po.deliveryFeeAmount!)
  expect(po.sectionDeliveryFee).toBeLessThanOrEqual(po.deliveryFeeAmount!)
}

/** What a fully generated product order always carries (facts §8.2, the emulated features). */
const ALWAYS = [
  'productOrderId',
  'mallId',
  'merchantChannelId',
  'productId',
  'originalProductId',
  'productName',
  'productOption',
  'optionCode',
  'itemNo',
  'sellerProductCode',
  'optionManageCode',
  'sellerCustomCode1',
  'sellerCustomCode2',
  'productClass',
  'packageNumber',
  'inflowPath',
  'inflowPathAdd',
  'taxType',
  'quantity',
  'initialQuantity',
  'remainQuantity',
  'unitPrice',
  'optionPrice',
  'totalProductAmount',
  'initialProductAmount',
  'remainProductAmount',
  'productDiscountAmount',
  'initialProductDiscountAmount',
  'remainProductDiscountAmount',
  'totalPaymentAmount',
  'initialPaymentAmount',
  'remainPaymentAmount',
  'productImediateDiscountAmount',
  'initialProductImmediateDiscountAmount',
  'remainProductImmediateDiscountAmount',
  'productProductDiscountAmount',
  'initialProductProductDiscountAmount',
  'remainProductProductDiscountAmount',
  'productMultiplePurchaseDiscountAmount',
  'sellerBurdenDiscountAmount',
  'sellerBurdenImediateDiscountAmount',
  'initialSellerBurdenImmediateDiscountAmount',
  'remainSellerBurdenImmediateDiscountAmount',
  'sellerBurdenProductDiscountAmount',
  'initialSellerBurdenProductDiscountAmount',
  'remainSellerBurdenProductDiscountAmount',
  'sellerBurdenMultiplePurchaseDiscountAmount',
  'sellerBurdenStoreDiscountAmount',
  'deliveryFeeAmount',
  'deliveryDiscountAmount',
  'sectionDeliveryFee',
  'paymentCommission',
  'knowledgeShoppingSellingInterlockCommission',
  'expectedSettlementAmount',
  'expectedDeliveryMethod',
  'deliveryPolicyType',
  'shippingFeeType',
  'deliveryAttributeType',
  'expectedDeliveryCompany',
  'shippingAddress',
  'takingAddress',
  'shippingDueDate',
  'commissionRatingType',
  'commissionPrePayStatus',
] as const

/** What only some product orders carry, each on some generated ones and not on others. */
const SOMETIMES = [
  'groupProductId',
  'freeGift',
  'individualCustomUniqueCode',
  'sellerBurdenMultiplePurchaseDiscountType',
  'deliveryTagType',
  'arrivalGuaranteeDate',
  'appliedCoupons',
  'appliedCardPromotion',
] as const

describe('generated orders', () => {
  const { details } = sample()
  const pos = details.map((d) => d.productOrder!)

  test.each(ALWAYS)('every product order carries %s', (field) => {
    for (const po of pos) expect(po[field], po.productOrderId).toBeDefined()
  })

  test.each(SOMETIMES)('some product orders carry %s and some do not', (field) => {
    const carrying = pos.filter((po) => po[field] !== undefined).length
    expect(carrying).toBeGreaterThan(0)
    expect(carrying).toBeLessThan(pos.length)
  })

  test('some product orders carry each kind of discount, and the amounts add up on all of them', () => {
    for (const field of [
      'productImediateDiscountAmount',
      'productProductDiscountAmount',
      'productMultiplePurchaseDiscountAmount',
      'sellerBurdenStoreDiscountAmount',
      'deliveryDiscountAmount',
      'sectionDeliveryFee',
      'optionPrice',
    ] as const) {
      expect(
        pos.some((po) => n(po[field]) > 0),
        field,
      ).toBe(true)
    }
    for (const po of pos) expectLineIdentities(po)
  })

  test('the payment columns add up to what the lines paid (after their share of the order discount), in the column of the means', () => {
    const byOrder = new Map<string, Detail[]>()
    for (const d of details) byOrder.set(d.order!.orderId!, [...(byOrder.get(d.order!.orderId!) ?? []), d])
    const means = new Set<string>()
    for (const lines of byOrder.values()) {
      const o = lines[0]!.order!
      means.add(o.paymentMeans!)
      const due = lines.reduce((sum, d) => sum + d.productOrder!.totalPaymentAmount!, 0)
      const columns = {
        general: o.generalPaymentAmount!,
        points: o.naverMileagePaymentAmount! + o.chargeAmountPaymentAmount!,
        accumulation: o.checkoutAccumulationPaymentAmount!,
        later: o.payLaterPaymentAmount!,
      }
      expect(columns.general + columns.points + columns.accumulation + columns.later).toBe(due)
      const expected =
        o.paymentMeans === '포인트/머니결제' ? 'points' : o.paymentMeans === '후불결제' ? 'later' : 'general'
      for (const [column, amount] of Object.entries(columns))
        if (column !== expected) expect(amount, `${o.paymentMeans} ${column}`).toBe(0)
      // The order discount is the seller's store discount, shared over the lines.
      expect(lines.reduce((sum, d) => sum + d.productOrder!.sellerBurdenStoreDiscountAmount!, 0)).toBe(
        o.orderDiscountAmount,
      )
    }
    for (const m of ['신용카드', '포인트/머니결제', '후불결제']) expect(means).toContain(m)
  })

  test('delivery tags come with an arrival-guaranteed attribute and an arrival date (§9.15)', () => {
    const attributes = new Set(pos.map((po) => po.deliveryAttributeType))
    expect(attributes).toContain('NORMAL')
    for (const po of pos) {
      if (po.deliveryTagType === undefined) {
        expect(po.arrivalGuaranteeDate).toBeUndefined()
        continue
      }
      expect(['ARRIVAL_GUARANTEE', 'SELLER_GUARANTEE', 'HOPE_SELLER_GUARANTEE']).toContain(
        po.deliveryAttributeType,
      )
      expect(po.arrivalGuaranteeDate! > formatKst(START)).toBe(true)
    }
  })

  test('card promotions appear only on card orders', () => {
    for (const d of details) {
      if (!d.productOrder!.appliedCardPromotion) continue
      expect(['신용카드', '신용카드 간편결제']).toContain(d.order!.paymentMeans)
      expect(d.productOrder!.appliedCardPromotion).toEqual({
        promotionName: expect.any(String),
        cardCompanyName: expect.any(String),
        promotionApplyAmount: expect.any(Number),
        brandCompanyBurdenRatio: expect.any(Number),
      })
    }
  })

  test('codes have their documented forms', () => {
    for (const po of pos) {
      // itemNo: "OptionCode와 동일한 값을 입력합니다" (query.POST.md).
      expect(po.itemNo).toBe(po.optionCode)
      if (po.individualCustomUniqueCode) expect(po.individualCustomUniqueCode).toMatch(/^P\d{12}$/)
      if (po.groupProductId !== undefined) expect(Number.isSafeInteger(po.groupProductId)).toBe(true)
      for (const c of po.appliedCoupons ?? []) {
        expect(['NMP_PRD_DCNT', 'NMP_PRD_DUP_DCNT']).toContain(c.couponClassCode)
        expect(c.naverBurdenRatio).toBeGreaterThanOrEqual(0)
        expect(c.naverBurdenRatio).toBeLessThanOrEqual(100)
      }
    }
    expect(new Set(pos.map((po) => po.merchantChannelId)).size).toBe(1)
  })

  test('receivers have domestic addresses in Korea, some with a second phone and pickup instructions', () => {
    const addresses = pos.map((po) => po.shippingAddress!)
    for (const a of addresses) {
      expect(a).toMatchObject({ addressType: 'DOMESTIC', city: '', state: '', isRoadNameAddress: true })
      expect(Number(a.zipCode)).toBeGreaterThanOrEqual(1000)
      expect(Number(a.zipCode)).toBeLessThanOrEqual(63644)
      expect(a.buildingManagementNo).toMatch(/^\d{25}$/)
      expect(Number(a.latitude)).toBeGreaterThan(33)
      expect(Number(a.latitude)).toBeLessThan(38.7)
      expect(Number(a.longitude)).toBeGreaterThan(124.5)
      expect(Number(a.longitude)).toBeLessThan(132)
      expect(Boolean(a.pickupLocationType)).toBe(Boolean(a.entryMethod))
    }
    expect(addresses.some((a) => a.tel2)).toBe(true)
    expect(addresses.some((a) => a.pickupLocationType)).toBe(true)
    expect(addresses.some((a) => !a.tel2 && !a.pickupLocationType)).toBe(true)
  })

  test('the same seed gives the same orders; another seed other ones', () => {
    expect(JSON.stringify(sample(40, 7).details)).toBe(JSON.stringify(sample(40, 7).details))
    expect(JSON.stringify(sample(40, 8).details)).not.toBe(JSON.stringify(sample(40, 7).details))
  })
})

/** A line with every kind of discount in amounts that 5 units do not divide evenly. */
const AWKWARD = {
  unitPrice: 10_000,
  optionPrice: 1_000,
  quantity: 5,
  deliveryFeeAmount: 3_000,
  deliveryDiscountAmount: 1_000,
  immediateDiscountAmount: 1_001,
  sellerBurdenImmediateDiscountAmount: 501,
  multiplePurchaseDiscountAmount: 700,
  multiplePurchaseDiscountType: 'IGNORE_QUANTITY' as const,
  appliedCoupons: [
    { couponDiscountAmount: 999, naverBurdenRatio: 30, couponClassCode: 'NMP_PRD_DUP_DCNT' as const },
  ],
}

describe('quantity claims', () => {
  // A copy: details share the stored product order, which later claims change.
  const documented = (s: ReturnType<typeof sandbox>, id: string) =>
    structuredClone(
      queryProductOrders(s.tenant, [id], { ...s.engine.options, quantityClaimCompatibility: true })[0]!
        .productOrder!,
    )

  test('the given amounts are honoured and add up', () => {
    const s = sandbox()
    const po = documented(s, s.order({ items: [AWKWARD] }))
    expect(po).toMatchObject({
      quantity: 5,
      totalProductAmount: 55_000,
      productImediateDiscountAmount: 1_001,
      productProductDiscountAmount: 999,
      productMultiplePurchaseDiscountAmount: 700,
      productDiscountAmount: 2_700,
      sellerBurdenImediateDiscountAmount: 501,
      // 999 won with Naver bearing 30 %: the seller's 70 %, rounded down.
      sellerBurdenProductDiscountAmount: 699,
      sellerBurdenMultiplePurchaseDiscountAmount: 700,
      sellerBurdenMultiplePurchaseDiscountType: 'IGNORE_QUANTITY',
      sellerBurdenDiscountAmount: 501 + 699 + 700,
      deliveryFeeAmount: 3_000,
      deliveryDiscountAmount: 1_000,
      totalPaymentAmount: 55_000 - 2_700 + 3_000 - 1_000,
    })
    expect(po.appliedCoupons).toEqual([
      {
        couponPublishNumber: expect.stringMatching(/^\d+$/),
        couponClassCode: 'NMP_PRD_DUP_DCNT',
        couponDiscountAmount: 999,
        naverBurdenRatio: 30,
      },
    ])
    expectLineIdentities(po)
  })

  test('a partial cancel and a partial return keep quantity and the totals as ordered and shrink the remainders', () => {
    const s = sandbox()
    const id = s.order({ items: [AWKWARD] })
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })
    const afterCancel = documented(s, id)
    expect(afterCancel).toMatchObject({
      quantity: 5,
      initialQuantity: 5,
      remainQuantity: 4,
      remainProductAmount: 44_000,
    })
    expectLineIdentities(afterCancel)
    const remainDiscount =
      afterCancel.remainProductImmediateDiscountAmount! + afterCancel.remainProductProductDiscountAmount!
    expect(afterCancel.remainProductDiscountAmount! - remainDiscount).toBeGreaterThan(0)
    expect(afterCancel.remainPaymentAmount).toBe(
      afterCancel.remainProductAmount! - afterCancel.remainProductDiscountAmount! + 3_000 - 1_000,
    )

    s.ship(id)
    step(s.tenant, id, 'deliver')
    s.act('requestReturn', id, {
      returnReason: 'BROKEN',
      collectDeliveryMethod: 'RETURN_DESIGNATED',
      returnQuantity: 2,
    })
    s.act('approveReturn', id)
    const afterReturn = documented(s, id)
    expect(afterReturn).toMatchObject({ quantity: 5, remainQuantity: 2, remainProductAmount: 22_000 })
    expectLineIdentities(afterReturn)
    expect(afterReturn.remainProductImmediateDiscountAmount).toBeLessThan(
      afterCancel.remainProductImmediateDiscountAmount!,
    )
  })

  test('a line cancelled in two parts keeps no remainder', () => {
    const s = sandbox()
    const id = s.order({ items: [AWKWARD] })
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelQuantity: 2 })
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT' })
    const all = documented(s, id)
    expect(all).toMatchObject({
      productOrderStatus: 'CANCELED',
      quantity: 5,
      totalProductAmount: 55_000,
      remainQuantity: 0,
      remainProductAmount: 0,
      remainProductDiscountAmount: 0,
      remainProductImmediateDiscountAmount: 0,
      remainProductProductDiscountAmount: 0,
      remainSellerBurdenImmediateDiscountAmount: 0,
      remainSellerBurdenProductDiscountAmount: 0,
      remainPaymentAmount: 0,
    })
    expectLineIdentities(all)
  })

  test('two partial cancels leave what one cancel of the same units leaves (no rounding drift)', () => {
    const s = sandbox()
    const twice = s.order({ items: [AWKWARD] })
    const once = s.order({ items: [AWKWARD] })
    s.act('requestCancel', twice, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })
    s.act('requestCancel', twice, { cancelReason: 'SOLD_OUT', cancelQuantity: 2 })
    s.act('requestCancel', once, { cancelReason: 'SOLD_OUT', cancelQuantity: 3 })
    const remain = (po: PO) => Object.fromEntries(Object.entries(po).filter(([k]) => k.startsWith('remain')))
    expect(remain(documented(s, twice))).toEqual(remain(documented(s, once)))
    expect(documented(s, once).remainQuantity).toBe(2)
  })

  test('without quantityClaimCompatibility a partly claimed product order shows the units still held, as before quantity claims', () => {
    const s = sandbox()
    const id = s.order({
      items: [{ unitPrice: 10_000, optionPrice: 1_000, quantity: 3, deliveryFeeAmount: 0 }],
    })
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })
    const legacy = queryProductOrders(s.tenant, [id], s.engine.options)[0]!.productOrder!
    expect(legacy).toMatchObject({
      quantity: 2,
      totalProductAmount: 22_000,
      totalPaymentAmount: 22_000,
      initialQuantity: 3,
      remainQuantity: 2,
      initialProductAmount: 33_000,
    })
    expect(legacy.totalProductAmount).toBe((legacy.unitPrice! + legacy.optionPrice!) * legacy.quantity!)
    expect(documented(s, id)).toMatchObject({ quantity: 3, totalProductAmount: 33_000, remainQuantity: 2 })
    // The conditional query reads the flag from its own parameters.
    const search = (flag?: boolean) =>
      searchProductOrders(
        s.tenant,
        {
          from: formatKst(START),
          rangeType: 'PAYED_DATETIME',
          ...(flag === undefined ? {} : { quantityClaimCompatibility: flag }),
        },
        s.engine.options,
      ).contents![0]!.content!.productOrder!.quantity
    expect([search(), search(false), search(true)]).toEqual([2, 2, 3])
    // A fully claimed product order shows what was ordered in both views.
    s.act('requestCancel', id, { cancelReason: 'SOLD_OUT' })
    expect(queryProductOrders(s.tenant, [id], s.engine.options)[0]!.productOrder).toMatchObject({
      quantity: 3,
      remainQuantity: 0,
      productOrderStatus: 'CANCELED',
    })
  })

  test('the customs code is not shown once the trade is over (its definition in query.POST.md)', () => {
    const s = sandbox()
    const id = s.order({ items: [{ individualCustomUniqueCode: 'P123456789012' }] })
    expect(s.detail(id).productOrder?.individualCustomUniqueCode).toBe('P123456789012')
    s.ship(id)
    step(s.tenant, id, 'deliver')
    step(s.tenant, id, 'decide-purchase')
    expect(s.detail(id).productOrder).not.toHaveProperty('individualCustomUniqueCode')
  })
})

describe('given codes and attributes', () => {
  test('merchant codes, gift, customs code and delivery attributes are kept as given', () => {
    const s = sandbox()
    const given = {
      sellerProductCode: 'MY-SKU-1',
      optionManageCode: 'MY-SKU-1-RED',
      sellerCustomCode1: 'BIN-9',
      sellerCustomCode2: 'ERP-9',
      itemNo: '77',
      originalProductId: '9000000001',
      groupProductId: 9_007_199_254_740_991,
      merchantChannelId: '500000001',
      freeGift: '머그컵 증정',
      individualCustomUniqueCode: 'P000000000001',
      inflowPath: '밴드',
      inflowPathAdd: '공동구매',
      deliveryAttributeType: 'SELLER_GUARANTEE' as const,
      deliveryTagType: 'DAWN' as const,
      expectedDeliveryCompany: 'HANJIN',
    }
    const po = s.detail(s.order({ items: [given] })).productOrder
    // An order placed 2024-05-15 10:00 KST with dawn delivery arrives by 07:00 the next morning.
    expect(po).toMatchObject({ ...given, arrivalGuaranteeDate: formatKst(START + DAY - 3 * HOUR) })
  })

  test('points and money split as given; the order discount comes off what was paid', () => {
    const s = sandbox()
    const id = s.order({
      paymentMeans: '포인트/머니결제',
      naverMileagePaymentAmount: 1_500,
      orderDiscountAmount: 2_000,
      items: [
        { unitPrice: 10_000, deliveryFeeAmount: 3_000 },
        { unitPrice: 5_000, deliveryFeeAmount: 0 },
      ],
    })
    expect(s.detail(id).order).toMatchObject({
      orderDiscountAmount: 2_000,
      naverMileagePaymentAmount: 1_500,
      chargeAmountPaymentAmount: 18_000 - 2_000 - 1_500,
      generalPaymentAmount: 0,
      payLaterPaymentAmount: 0,
    })
  })

  test.each([
    [
      {
        items: [
          { unitPrice: 1_000, immediateDiscountAmount: 800, appliedCoupons: [{ couponDiscountAmount: 300 }] },
        ],
      },
      'items[0].immediateDiscountAmount',
    ],
    [
      { items: [{ immediateDiscountAmount: 100, sellerBurdenImmediateDiscountAmount: 101 }] },
      'items[0].sellerBurdenImmediateDiscountAmount',
    ],
    [{ items: [{ deliveryFeeAmount: 0, deliveryDiscountAmount: 1 }] }, 'items[0].deliveryDiscountAmount'],
    [
      { paymentMeans: '후불결제', items: [{ appliedCardPromotion: { promotionApplyAmount: 100 } }] },
      'items[0].appliedCardPromotion',
    ],
    [
      { items: [{ appliedCoupons: [{ couponDiscountAmount: 100, naverBurdenRatio: 101 }] }] },
      'items[0].appliedCoupons[0].naverBurdenRatio',
    ],
    [{ items: [{ individualCustomUniqueCode: '123' }] }, 'items[0].individualCustomUniqueCode'],
    [
      { items: [{ deliveryAttributeType: 'NORMAL' as const, deliveryTagType: 'TODAY' as const }] },
      'items[0].deliveryTagType',
    ],
    [{ paymentMeans: '신용카드', naverMileagePaymentAmount: 100 }, 'naverMileagePaymentAmount'],
    [
      { items: [{ unitPrice: 1_000, deliveryFeeAmount: 0 }], orderDiscountAmount: 1_001 },
      'orderDiscountAmount',
    ],
    [{ items: [{ quantity: 0 }] }, 'items[0].quantity'],
  ])('%j is refused naming %s', (input, name) => {
    const s = sandbox()
    const before = s.tenant.counts()
    let error: unknown
    try {
      s.tenant.createOrder(input)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SandboxError)
    expect(error).toMatchObject({ status: 400, details: { invalidInputs: [{ name }] } })
    expect(s.tenant.counts()).toEqual(before)
  })
})
