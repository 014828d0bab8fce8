import { expect, test } from 'vitest'
import { commissionDetails, settleCases, settleDaily, type Tenant, vatCases, vatDaily } from '../src/index.ts'
import { body, DAY, newEngine, npayError, reach } from './support.ts'

const DECIDED = ['dispatchProductOrders', 'deliver', 'decide-purchase'] as const
const ORDER = { items: [{ unitPrice: 10_000, deliveryFeeAmount: 3_000 }], paymentMeans: '신용카드' }

function decidedOrders(n: number): { tenant: Tenant; ids: string[] } {
  const tenant = newEngine().tenant()
  const ids = Array.from({ length: n }, () => reach(tenant, [...DECIDED], ORDER))
  return { tenant, ids }
}

test('paging returns every row exactly once with the page echoed', () => {
  const { tenant } = decidedOrders(4)
  const pages = [1, 2, 3].map((pageNumber) =>
    settleCases(tenant, { searchDate: '2024-05-16', pageNumber, pageSize: 3 }),
  )
  expect(pages.map((p) => p.pagination)).toEqual([
    { page: 1, size: 3, totalPages: 3, totalElements: 8 },
    { page: 2, size: 3, totalPages: 3, totalElements: 8 },
    { page: 3, size: 3, totalPages: 3, totalElements: 8 },
  ])
  const all = settleCases(tenant, { searchDate: '2024-05-16', pageNumber: 1, pageSize: 1000 }).elements
  expect(pages.flatMap((p) => p.elements)).toEqual(all)
  expect(settleCases(tenant, { searchDate: '2024-05-16', pageNumber: 4, pageSize: 3 }).elements).toEqual([])
})

test('searchDate refers to the date periodType names; the expected date by default', () => {
  const { tenant } = decidedOrders(1)
  const count = (q: Record<string, unknown>) =>
    settleCases(tenant, { pageNumber: 1, pageSize: 100, ...q }).pagination.totalElements
  expect(count({ searchDate: '2024-05-16' })).toBe(2)
  expect(count({ searchDate: '2024-05-15' })).toBe(0)
  expect(count({ searchDate: '2024-05-15', periodType: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE' })).toBe(2)
  expect(count({ searchDate: '2024-05-15', periodType: 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE' })).toBe(2)
  expect(count({ searchDate: '2024-05-15', periodType: 'SETTLE_CASEBYCASE_PAY_DATE' })).toBe(2)
  expect(count({ searchDate: '2024-05-16', periodType: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE' })).toBe(2)
  expect(count({ searchDate: '2024-05-16', periodType: 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE' })).toBe(0)
})

test('settleDecisionType splits a pay date into settled, unsettled and cancelled-before-settlement', () => {
  const tenant = newEngine().tenant()
  const settled = reach(tenant, [...DECIDED], ORDER)
  const waiting = reach(tenant, ['dispatchProductOrders'], ORDER)
  const cancelled = reach(tenant, ['buyer-cancel'], ORDER)
  const ids = (settleDecisionType: string) =>
    settleCases(tenant, {
      searchDate: '2024-05-15',
      periodType: 'SETTLE_CASEBYCASE_PAY_DATE',
      settleDecisionType,
      pageNumber: 1,
      pageSize: 100,
    }).elements.map((e) => [e.productOrderId, e.productOrderType, e.settleBasisDate])
  expect(ids('SETTLED').map((e) => e[1])).toEqual(['PROD_ORDER', 'DELIVERY'])
  expect(ids('SETTLED')[0]![0]).toBe(settled)
  // Not decided yet: what it would settle now, with no dates, and nothing stored.
  expect(ids('UNSETTLED')).toEqual([
    [waiting, 'PROD_ORDER', null],
    [waiting, 'DELIVERY', null],
  ])
  expect(ids('BEFORE_CANCEL')).toEqual([[cancelled, 'PROD_ORDER', '2024-05-15']])
})

test('orderId, productOrderId (or a delivery-fee number) and settleType filter the rows', () => {
  const { tenant, ids } = decidedOrders(2)
  const q = { pageNumber: 1, pageSize: 100 }
  const fee = settleCases(tenant, { ...q, productOrderId: ids[0], settleType: 'NORMAL_SETTLE_ORIGINAL' })
    .elements[1]!
  expect(fee.productOrderType).toBe('DELIVERY')
  expect(settleCases(tenant, { ...q, productOrderId: fee.productOrderId! }).elements).toEqual([fee])
  expect(settleCases(tenant, { ...q, orderId: fee.orderId! }).pagination.totalElements).toBe(2)
  expect(
    settleCases(tenant, { ...q, searchDate: '2024-05-16', orderId: fee.orderId! }).pagination.totalElements,
  ).toBe(2)
  expect(settleCases(tenant, { ...q, settleType: 'NORMAL_SETTLE_AFTER_CANCEL' }).elements).toEqual([])
  expect(commissionDetails(tenant, { ...q, orderId: fee.orderId! }).pagination.totalElements).toBe(3)
})

test('settle/daily lists only days with rows, in date order, over any range', () => {
  const tenant = newEngine().tenant()
  reach(tenant, [...DECIDED], ORDER)
  tenant.advance(7 * DAY)
  reach(tenant, [...DECIDED], ORDER)
  const days = (startDate: string, endDate: string) =>
    settleDaily(tenant, { startDate, endDate, pageNumber: 1, pageSize: 100 }).elements.map(
      (d) => d.settleExpectDate,
    )
  expect(days('2024-05-01', '2024-05-31')).toEqual(['2024-05-16', '2024-05-23'])
  expect(days('2024-05-17', '2024-05-23')).toEqual(['2024-05-23'])
  expect(days('1900-01-01', '2999-12-31')).toEqual(['2024-05-16', '2024-05-23'])
})

const t = () => newEngine().tenant()
const PAGE = { pageNumber: 1, pageSize: 10 }
const MAY = { startDate: '2024-05-01', endDate: '2024-05-02' }
const NOT_NULL = '널이어서는 안됩니다'
const BAD = '잘못된 값입니다.'

// biome-ignore format: one case per line reads as a table
const badRequests: [string, () => unknown, { name: string; type: string; message: string }[]][] = [
  ['no paging', () => settleCases(t(), {}), [{ name: 'pageNumber', type: 'NotNull', message: NOT_NULL }, { name: 'pageSize', type: 'NotNull', message: NOT_NULL }]],
  ['page 0 of size 1001', () => settleCases(t(), { pageNumber: 0, pageSize: 1001 }), [{ name: 'pageNumber', type: 'Min', message: '1 이상이어야 합니다' }, { name: 'pageSize', type: 'Max', message: '1000 이하여야 합니다' }]],
  ['settleDecisionType without the pay-date period', () => settleCases(t(), { ...PAGE, searchDate: '2024-05-15', settleDecisionType: 'SETTLED' }), [{ name: 'settleDecisionType', type: 'Invalid', message: BAD }]],
  ['a periodType without searchDate', () => settleCases(t(), { ...PAGE, periodType: 'SETTLE_CASEBYCASE_PAY_DATE' }), [{ name: 'searchDate', type: 'NotNull', message: NOT_NULL }]],
  ['a malformed searchDate and an unknown settleType', () => commissionDetails(t(), { ...PAGE, searchDate: '2024-5-1', settleType: 'REFUND' }), [{ name: 'searchDate', type: 'typeMismatch', message: BAD }, { name: 'settleType', type: 'typeMismatch', message: BAD }]],
  ['an end before the start', () => settleDaily(t(), { ...PAGE, startDate: '2024-05-02', endDate: '2024-05-01' }), [{ name: 'endDate', type: 'Invalid', message: BAD }]],
  ['VAT of the current month', () => vatCases(t(), { ...PAGE, ...MAY }), [{ name: 'endDate', type: 'Max', message: BAD }]],
  ['VAT without dates', () => vatDaily(t(), PAGE), [{ name: 'startDate', type: 'NotNull', message: NOT_NULL }, { name: 'endDate', type: 'NotNull', message: NOT_NULL }]],
]

test.each(badRequests)('%s is a settlement 400 BAD_REQUEST naming the fields', (_, call, invalidInputs) => {
  const error = npayError(call)
  expect(error.status).toBe(400)
  expect(body(error)).toEqual({ ...body(npayError(() => settleCases(t(), {}))), invalidInputs })
})

test('the settlement error body is the documented one', () => {
  expect(body(npayError(() => vatCases(t(), { ...PAGE, ...MAY })))).toMatchInlineSnapshot(`
    {
      "code": "BAD_REQUEST",
      "invalidInputs": [
        {
          "message": "잘못된 값입니다.",
          "name": "endDate",
          "type": "Max",
        },
      ],
      "message": "잘못된 요청",
      "timestamp": "2024-05-15T10:00:00.000+09:00",
      "traceId": "test^1715734800000^1",
    }
  `)
})

test('VAT can be read up to the last day of the previous month on the tenant clock', () => {
  const tenant = newEngine().tenant()
  const q = { startDate: '2024-04-01', endDate: '2024-04-30', pageNumber: 1, pageSize: 10 }
  expect(vatDaily(tenant, q).elements).toEqual([])
  expect(() => vatDaily(tenant, { ...q, endDate: '2024-05-01' })).toThrow()
})
