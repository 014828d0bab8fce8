import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import YAML from 'yaml'
import { controlPlaneDocument, npayApiDocument, operationIndex } from '../src/index.ts'
import { deref, type Json, resolvePointer } from './fidelity/schema-walk.ts'
import { checkStructure, listOperations } from './structure.ts'

const npay = npayApiDocument as unknown as Json
const controlPlane = controlPlaneDocument as unknown as Json
const schemas = (npay.components as Json).schemas as Record<string, Json>

const P = '/v1/pay-order/mall/product-orders'
const CLAIM = `${P}/{productOrderId}/claim`
const EXPECTED_OPERATIONS = [
  ['issueToken', 'POST', '/v1/oauth2/token'],
  ['getLastChangedStatuses', 'GET', `${P}/last-changed-statuses`],
  ['queryProductOrders', 'POST', `${P}/query`],
  ['getProductOrderIds', 'GET', '/v1/pay-order/mall/orders/{orderId}/product-order-ids'],
  ['searchProductOrders', 'GET', P],
  ['confirmProductOrders', 'POST', `${P}/confirm`],
  ['delayDispatch', 'POST', `${P}/{productOrderId}/delay`],
  ['dispatchProductOrders', 'POST', `${P}/dispatch`],
  ['requestCancel', 'POST', `${CLAIM}/cancel/request`],
  ['approveCancel', 'POST', `${CLAIM}/cancel/approve`],
  ['requestReturn', 'POST', `${CLAIM}/return/request`],
  ['approveReturn', 'POST', `${CLAIM}/return/approve`],
  ['rejectReturn', 'POST', `${CLAIM}/return/reject`],
  ['holdbackReturn', 'POST', `${CLAIM}/return/holdback`],
  ['releaseReturnHoldback', 'POST', `${CLAIM}/return/holdback/release`],
  ['completeExchangeCollect', 'POST', `${CLAIM}/exchange/collect/complete`],
  ['redeliverExchange', 'POST', `${CLAIM}/exchange/dispatch`],
  ['rejectExchange', 'POST', `${CLAIM}/exchange/reject`],
  ['holdbackExchange', 'POST', `${CLAIM}/exchange/holdback`],
  ['releaseExchangeHoldback', 'POST', `${CLAIM}/exchange/holdback/release`],
  ['getReviews', 'GET', '/v1/pay-order/mall/reviews'],
  ['getSettleCases', 'GET', '/v1/pay-settle-mall/settle/case'],
  ['getSettleDaily', 'GET', '/v1/pay-settle-mall/settle/daily'],
  ['getCommissionDetails', 'GET', '/v1/pay-settle-mall/settle/commission-details'],
  ['getVatCases', 'GET', '/v1/pay-settle-mall/vat/case'],
  ['getVatDaily', 'GET', '/v1/pay-settle-mall/vat/daily'],
] as const

// Value counts from the facts sheet (§9, §11) and the official docs.
const ENUM_COUNTS: Record<string, number> = {
  ProductOrderStatus: 9,
  ClaimType: 5,
  ClaimStatus: 19,
  LastChangedType: 13,
  PlaceOrderStatus: 3,
  GiftReceivingStatus: 2,
  // The facts sheet announces 35 but lists 34, matching the official table.
  ClaimReason: 34,
  CancelRequestReason: 7,
  ReturnRequestReason: 11,
  DeliveryMethod: 11,
  HoldbackClassType: 14,
  HoldbackStatus: 2,
  DelayedDispatchReason: 6,
  DeliveryStatus: 10,
  CollectStatus: 10,
  // 203 codes of the current docs plus FRESH from an older version.
  DeliveryCompanyCode: 204,
  RangeType: 9,
  TaxType: 3,
  StorageType: 3,
  CommissionPrePayStatus: 3,
  SellerBurdenMultiplePurchaseDiscountType: 2,
  AddressType: 2,
  PickupLocationType: 4,
  EntryMethod: 4,
  ClaimDeliveryFeeSupportType: 2,
  PayLocationType: 2,
  DeliveryAttributeType: 12,
  DeliveryTagType: 6,
  PaymentMeans: 9,
  SettleProductOrderType: 24,
  SettleType: 7,
  SettlePeriodType: 5,
  SettleDecisionType: 3,
  CommissionType: 14,
  SellingInterlockCommissionType: 128,
  PayMeansType: 16,
  BankType: 64,
  SettleMethodType: 2,
  VatDetailType: 11,
  VatStatus: 4,
}

const patternOf = (name: string) => new RegExp(String(schemas?.[name]?.pattern))

describe('npay-api.yaml', () => {
  test('is structurally valid OpenAPI 3.1 with every $ref resolving', () => {
    expect(checkStructure(npay)).toEqual([])
  })

  test('has exactly the 26 operations at the mall paths', () => {
    const ops = listOperations(npay).map((op) => [op.operationId, op.method, op.path])
    expect(ops.sort()).toEqual(EXPECTED_OPERATIONS.map((op) => [...op]).sort())
  })

  test('keeps every path under the mall layout', () => {
    for (const path of Object.keys(npay.paths as Json)) {
      expect(path).toMatch(/^\/v1\/(oauth2\/token$|pay-order\/mall\/|pay-settle-mall\/)/)
    }
  })

  test('lists the three servers', () => {
    expect((npay.servers as { url: string }[]).map((s) => s.url)).toEqual([
      'https://sandbox-api.pay.naver.com/npay/partner',
      'https://api.pay.naver.com/npay/partner',
      'http://127.0.0.1:8787/npay/partner',
    ])
  })

  test('requires a bearer token everywhere except issueToken', () => {
    expect(npay.security).toEqual([{ bearerAuth: [] }])
    const open = listOperations(npay).filter((op) => Array.isArray(op.operation.security))
    expect(open.map((op) => [op.operationId, op.operation.security])).toEqual([['issueToken', []]])
  })

  test('declares the gateway and service errors on every protected operation', () => {
    for (const op of listOperations(npay).filter((o) => o.operationId !== 'issueToken')) {
      expect(Object.keys(op.operation.responses as Json).sort(), op.operationId).toEqual(
        ['200', '400', '401', '403', '404', '429', '500', '503', '504'].sort(),
      )
    }
  })

  test.each(Object.entries(ENUM_COUNTS))('enum %s has %i values with a meaning for each', (name, count) => {
    const schema = schemas?.[name]
    expect(schema?.type).toBe('string')
    expect(schema?.enum).toHaveLength(count)
    expect(new Set(schema?.enum as string[]).size).toBe(count)
    expect(schema?.['x-enum-descriptions']).toHaveLength(count)
    expect(String(schema?.description).length).toBeGreaterThan(5)
  })

  test('keeps the odd real spellings', () => {
    expect(schemas?.DeliveryCompanyCode?.enum).toEqual(
      expect.arrayContaining(['GS더프레시', 'FRESH', 'KURLY']),
    )
    expect(schemas?.HoldbackClassType?.enum).toContain('EXTRAFEEE')
    expect(Object.keys(schemas?.ProductOrder?.properties as Json)).toEqual(
      expect.arrayContaining(['productImediateDiscountAmount', 'sellerBurdenImediateDiscountAmount']),
    )
    expect(Object.keys(schemas?.LastChangedStatusesData?.properties as Json)).toContain('lastChangeStatuses')
    expect(Object.keys(schemas?.CommissionDetail?.properties as Json)).toContain('orderNo')
    expect(Object.keys(schemas?.VatCase?.properties as Json)).toContain('cashInComeDeductionAmount')
  })

  test('marks the top-level claim copies of a product order detail deprecated', () => {
    const props = schemas?.ProductOrderDetail?.properties as Record<string, Json>
    expect(['cancel', 'return', 'exchange'].map((k) => props[k]?.deprecated)).toEqual([true, true, true])
    expect(props.currentClaim?.deprecated).toBeUndefined()
  })

  test('accepts 1–3 fraction digits and requires an offset on date-time input', () => {
    const input = patternOf('DateTimeInput')
    for (const ok of [
      '2024-06-07T19:00:00.000+09:00',
      '2023-03-28T21:04:34.0+09:00',
      '2024-06-07T10:00:00.12Z',
    ]) {
      expect(input.test(ok), ok).toBe(true)
    }
    for (const bad of ['2024-06-07T19:00:00.000', '2024-06-07T19:00:00+09:00', '2024-06-07T19:00:00.0000Z']) {
      expect(input.test(bad), bad).toBe(false)
    }
  })

  test('writes response date-times as KST with exactly three fraction digits', () => {
    const kst = patternOf('KstDateTime')
    expect(kst.test('2023-01-16T17:14:51.794+09:00')).toBe(true)
    expect(kst.test('2023-01-16T08:14:51.794Z')).toBe(false)
    expect(kst.test('2023-01-16T17:14:51.7+09:00')).toBe(false)
    expect(patternOf('LocalDate').test('2022-01-01')).toBe(true)
  })

  test('omits data from last-changed only, where an empty result has none', () => {
    expect(schemas?.LastChangedStatusesResponse?.required).toEqual(['timestamp', 'traceId'])
    expect(schemas?.ClaimActionResponse?.required).toEqual(['timestamp', 'traceId', 'data'])
  })

  test('marks every review name as a guess', () => {
    for (const name of ['Review', 'ReviewsData']) {
      for (const [prop, sub] of Object.entries(schemas?.[name]?.properties as Record<string, Json>)) {
        expect(String(sub.description), `${name}.${prop}`).toMatch(/REC/)
      }
    }
  })

  test('is what the committed generated document holds', () => {
    const source = YAML.parse(readFileSync(new URL('../openapi/npay-api.yaml', import.meta.url), 'utf8'))
    expect(npayApiDocument).toEqual(source)
  })

  test('operationIndex lists the same operations, with the collect/approve alias', () => {
    const fromDoc = listOperations(npay).map((op) => `${op.method} ${op.path} ${op.operationId}`)
    expect(operationIndex.map((op) => `${op.method} ${op.path} ${op.operationId}`)).toEqual(fromDoc)
    const collect = operationIndex.find((op) => op.operationId === 'completeExchangeCollect')
    expect(collect?.aliases).toEqual([`${CLAIM}/exchange/collect/approve`])
    expect(operationIndex.filter((op) => op.aliases.length > 0)).toHaveLength(1)
  })
})

describe('control-plane.yaml', () => {
  test('is structurally valid and self-contained', () => {
    expect(checkStructure(controlPlane)).toEqual([])
  })

  test('has the control-plane operations under /__sandbox', () => {
    const ops = listOperations(controlPlane)
    expect(ops.every((op) => op.path.startsWith('/__sandbox/'))).toBe(true)
    expect(ops.map((op) => op.operationId).sort()).toEqual(
      [
        'createMerchant',
        'updateMerchant',
        'getSettlementOptions',
        'putSettlementOptions',
        'listMerchants',
        'getMerchant',
        'createOrder',
        'listProductOrders',
        'inspectProductOrder',
        'applyEvent',
        'writeReview',
        'getClock',
        'advanceClock',
        'previewClock',
        'listRequests',
        'getRequest',
        'issueMerchantToken',
        'getStateMachine',
        'reset',
        'health',
        'exportState',
        'importState',
        'putFaults',
        'getFaults',
        'deleteFaults',
        'getLint',
        'listScenarios',
        'applyScenario',
        'getCoverage',
        'listScenarioExamples',
        'runScenarioFile',
        'takeSnapshot',
        'listSnapshots',
        'restoreSnapshot',
        'deleteSnapshot',
        'applyBulkEvent',
        'listStateNodes',
        'createOrderInState',
      ].sort(),
    )
  })

  test('shares the real ProductOrderDetail schema', () => {
    const cpSchemas = (controlPlane.components as Json).schemas as Record<string, unknown>
    expect(cpSchemas.ProductOrderDetail).toEqual(schemas?.ProductOrderDetail)
    const inspection = deref(
      controlPlane,
      resolvePointer(controlPlane, '#/components/schemas/ProductOrderInspection'),
    )
    expect((inspection?.properties as Json | undefined)?.detail).toEqual({
      $ref: '#/components/schemas/ProductOrderDetail',
    })
  })
})
