/**
 * Validation errors and limits (facts §7, Appendix B): 300 ids per query, 30 per confirm and dispatch,
 * limitCount clamped at 300, 24-hour windows, page sizes, malformed date-times and missing fields.
 * Every request here is refused before any product order is read, so the ids are synthetic.
 */
import assert from 'node:assert/strict'
import {
  formatKst,
  MAX_CONFIRM_PRODUCT_ORDER_IDS,
  MAX_DISPATCH_PRODUCT_ORDERS,
  MAX_LAST_CHANGED_LIMIT,
  MAX_QUERY_PRODUCT_ORDER_IDS,
  MAX_QUERY_WINDOW_MS,
  MAX_SEARCH_PAGE_SIZE,
} from '@npay-sandbox/protocol'
import type { CaseContext } from '../suite.ts'
import { defineSuite } from '../suite.ts'
import { expectApiError, invalidNames } from './expect.ts'
import { syntheticId, syntheticIds } from './synthetic.ts'

const HOUR = 3_600_000

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
      name: `a dispatch of ${MAX_DISPATCH_PRODUCT_ORDERS + 1} items is a 400 4000 naming dispatchProductOrders`,
      operations: ['dispatchProductOrders'],
      async run(context) {
        const dispatchDate = formatKst(await context.now())
        const dispatchProductOrders = syntheticIds(MAX_DISPATCH_PRODUCT_ORDERS + 1).map(
          (productOrderId, i) => ({
            productOrderId,
            deliveryMethod: 'DELIVERY' as const,
            deliveryCompanyCode: 'CJGLS',
            trackingNumber: String(650_000_000_000 + i),
            dispatchDate,
          }),
        )
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
        const response = await context.raw(
          'POST',
          `/v1/pay-order/mall/product-orders/${syntheticId()}/claim/cancel/request`,
          {
            body: {},
          },
        )
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
