/**
 * Validation errors and limits (facts §7, Appendix B): 300 ids per query, 30 per confirm and dispatch,
 * limitCount clamped at 300, 24-hour windows, page sizes, malformed date-times and missing fields.
 * Every request here is refused before any product order is read, so the ids are synthetic.
 */
import assert from 'node:assert/strict'
import { formatKst } from '@npay-sandbox/protocol'
import type { CaseContext } from '../suite.ts'
import { defineSuite } from '../suite.ts'
import { expectApiError, failCodes, invalidNames } from './expect.ts'
import { syntheticId, syntheticIds } from './synthetic.ts'

const HOUR = 3_600_000

/**
 * The documented limits (facts Appendix B), written as the docs state them rather than read from the
 * protocol constants the emulator checks, so a wrong constant fails here.
 */
const MAX_QUERY_PRODUCT_ORDER_IDS = 300
const MAX_CONFIRM_PRODUCT_ORDER_IDS = 30
const MAX_DISPATCH_PRODUCT_ORDERS = 30
const MAX_LAST_CHANGED_LIMIT = 300
const MAX_QUERY_WINDOW_MS = 24 * HOUR
const MAX_SEARCH_PAGE_SIZE = 300

/** Dispatch items of product orders nobody has, each with its own tracking number. */
async function syntheticDispatch(context: CaseContext, count: number) {
  const dispatchDate = formatKst(await context.now())
  return syntheticIds(count).map((productOrderId, i) => ({
    productOrderId,
    deliveryMethod: 'DELIVERY' as const,
    deliveryCompanyCode: 'CJGLS',
    trackingNumber: String(650_000_000_000 + i),
    dispatchDate,
  }))
}

/** A 400 `4000` whose invalidInputs name `field`. */
async function invalid(call: Promise<unknown>, field: string) {
  const error = await expectApiError(call, { status: 400, code: '4000', family: 'order' })
  assert.ok(invalidNames(error).includes(field), `invalidInputs name ${field}: ${invalidNames(error)}`)
}

/** A window of `span` ending an hour ago. */
async function windowOf(context: CaseContext, span: number) {
  const to = (await context.now()) - HOUR
  return { from: formatKst(to - span), to: formatKst(to) }
}

export const limits = defineSuite({
  id: 'limits',
  title: 'Validation errors and limits',
  cases: [
    {
      name: `a query of ${MAX_QUERY_PRODUCT_ORDER_IDS + 1} ids is a 400 4000 naming productOrderIds`,
      operations: ['queryProductOrders'],
      run: (context) =>
        invalid(
          context.api.queryProductOrders({
            body: { productOrderIds: syntheticIds(MAX_QUERY_PRODUCT_ORDER_IDS + 1) },
          }),
          'productOrderIds',
        ),
    },
    {
      name: `a query of exactly ${MAX_QUERY_PRODUCT_ORDER_IDS} ids answers 200`,
      operations: ['queryProductOrders'],
      async run(context) {
        const productOrderIds = syntheticIds(MAX_QUERY_PRODUCT_ORDER_IDS)
        const { data } = await context.api.queryProductOrders({ body: { productOrderIds } })
        assert.deepEqual(data ?? [], [])
      },
    },
    {
      name: 'a query of no ids is a 400 4000 naming productOrderIds',
      operations: ['queryProductOrders'],
      run: (context) =>
        invalid(context.api.queryProductOrders({ body: { productOrderIds: [] } }), 'productOrderIds'),
    },
    {
      name: 'a query of ids nobody has answers 200 without them',
      operations: ['queryProductOrders'],
      async run(context) {
        const { data } = await context.api.queryProductOrders({ body: { productOrderIds: syntheticIds(2) } })
        assert.deepEqual(data ?? [], [])
      },
    },
    {
      name: `a confirm of ${MAX_CONFIRM_PRODUCT_ORDER_IDS + 1} ids is a 400 4000 naming productOrderIds`,
      operations: ['confirmProductOrders'],
      run: (context) =>
        invalid(
          context.api.confirmProductOrders({
            body: { productOrderIds: syntheticIds(MAX_CONFIRM_PRODUCT_ORDER_IDS + 1) },
          }),
          'productOrderIds',
        ),
    },
    {
      name: `a confirm of exactly ${MAX_CONFIRM_PRODUCT_ORDER_IDS} ids answers 200 with each failure in the list`,
      operations: ['confirmProductOrders'],
      async run(context) {
        const productOrderIds = syntheticIds(MAX_CONFIRM_PRODUCT_ORDER_IDS)
        const result = await context.api.confirmProductOrders({ body: { productOrderIds } })
        assert.deepEqual(
          failCodes(result),
          productOrderIds.map(() => '100001'),
        )
      },
    },
    {
      name: `a dispatch of exactly ${MAX_DISPATCH_PRODUCT_ORDERS} items answers 200 with each failure in the list`,
      operations: ['dispatchProductOrders'],
      async run(context) {
        const dispatchProductOrders = await syntheticDispatch(context, MAX_DISPATCH_PRODUCT_ORDERS)
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders } })
        assert.deepEqual(
          failCodes(result),
          dispatchProductOrders.map(() => '100001'),
        )
      },
    },
    {
      name: `a dispatch of ${MAX_DISPATCH_PRODUCT_ORDERS + 1} items is a 400 4000 naming dispatchProductOrders`,
      operations: ['dispatchProductOrders'],
      async run(context) {
        const dispatchProductOrders = await syntheticDispatch(context, MAX_DISPATCH_PRODUCT_ORDERS + 1)
        await invalid(
          context.api.dispatchProductOrders({ body: { dispatchProductOrders } }),
          'dispatchProductOrders',
        )
      },
    },
    {
      name: `a last-changed limitCount above ${MAX_LAST_CHANGED_LIMIT} is clamped, not refused`,
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        const { from } = await windowOf(context, HOUR)
        const page = await context.api.getLastChangedStatuses({ lastChangedFrom: from, limitCount: 1_000 })
        assert.ok((page.data?.count ?? 0) <= MAX_LAST_CHANGED_LIMIT, 'at most 300 rows')
      },
    },
    {
      name: 'a last-changed window over 24 hours is a 400 104139',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const { from, to } = await windowOf(context, MAX_QUERY_WINDOW_MS + 1)
        const call = context.api.getLastChangedStatuses({ lastChangedFrom: from, lastChangedTo: to })
        await expectApiError(call, { status: 400, code: '104139', family: 'order' })
      },
    },
    {
      name: 'a last-changed lastChangedFrom without milliseconds is a 400 4000 naming lastChangedFrom',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const from = (await windowOf(context, HOUR)).from.replace(/\.\d{3}/, '')
        await invalid(context.api.getLastChangedStatuses({ lastChangedFrom: from }), 'lastChangedFrom')
      },
    },
    {
      name: 'a conditional query over 24 hours is a 400 4000',
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, MAX_QUERY_WINDOW_MS + HOUR)
        const call = context.api.searchProductOrders({ from, to, rangeType: 'PAYED_DATETIME' })
        await expectApiError(call, { status: 400, code: '4000', family: 'order' })
      },
    },
    {
      name: `a conditional query pageSize of ${MAX_SEARCH_PAGE_SIZE + 1} is a 400 4000 naming pageSize`,
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, HOUR)
        const call = context.api.searchProductOrders({ from, to, pageSize: MAX_SEARCH_PAGE_SIZE + 1 })
        await invalid(call, 'pageSize')
      },
    },
    {
      name: 'a conditional query page 0 is a 400 4000 naming page',
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, HOUR)
        await invalid(context.api.searchProductOrders({ from, to, page: 0 }), 'page')
      },
    },
    {
      name: 'a cancel request without its reason is a 400 4000 naming cancelReason',
      operations: ['requestCancel'],
      async run(context) {
        const path = context.path('requestCancel', { productOrderId: syntheticId() })
        const response = await context.raw('POST', path, { body: {} })
        assert.equal(response.status, 400)
        const body = response.body as { code?: string; invalidInputs?: { name: string }[] }
        assert.equal(body.code, '4000')
        assert.ok(
          body.invalidInputs?.some((i) => i.name === 'cancelReason'),
          'invalidInputs name cancelReason',
        )
      },
    },
    {
      name: 'the product order ids of an order nobody has are a 400 100003',
      operations: ['getProductOrderIds'],
      async run(context) {
        const call = context.api.getProductOrderIds({ orderId: syntheticId() })
        await expectApiError(call, { status: 400, code: '100003', family: 'order' })
      },
    },
  ],
})
