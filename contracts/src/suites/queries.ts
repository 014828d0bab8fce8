/** Query, product order ids, conditional query and reviews (facts §7.2–§7.4, §12; reviews: mall API only). */
import assert from 'node:assert/strict'
import { formatKst } from '@npay-sandbox/protocol'
import { type ContractClient, defineSuite } from '../suite.ts'
import { MAX_PAGES, paymentTime } from './reads.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Every product order id a conditional search finds, following pages. */
async function searchAll(api: ContractClient, query: Parameters<ContractClient['searchProductOrders']>[0]) {
  const ids: string[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.searchProductOrders({ ...query, page })
    ids.push(...(data?.contents ?? []).map((c) => c.productOrderId ?? ''))
    if (!data?.pagination?.hasNext) break
  }
  return ids
}

export const queries = defineSuite({
  id: 'queries',
  title: 'Query, product order ids, conditional query, reviews',
  cases: [
    {
      name: 'a query returns the detail of a paid product order',
      operations: ['queryProductOrders'],
      needs: ['a paid product order'],
      async run(context) {
        const { productOrderId, orderId } = await context.state('a paid product order')
        const { data } = await context.api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
        assert.equal(data?.length, 1)
        assert.equal(data?.[0]?.productOrder?.productOrderId, productOrderId)
        assert.equal(data?.[0]?.order?.orderId, orderId)
        assert.equal(data?.[0]?.productOrder?.productOrderStatus, 'PAYED')
      },
    },
    {
      name: 'a query answers in the order the ids were asked',
      operations: ['queryProductOrders'],
      needs: ['a paid product order', 'a delivered product order'],
      async run(context) {
        const paid = (await context.state('a paid product order')).productOrderId
        const delivered = (await context.state('a delivered product order')).productOrderId
        const { data } = await context.api.queryProductOrders({
          body: { productOrderIds: [delivered, paid] },
        })
        assert.deepEqual(
          data?.map((d) => d.productOrder?.productOrderId),
          [delivered, paid],
        )
      },
    },
    {
      name: 'the product order ids of an order include its product order',
      operations: ['getProductOrderIds'],
      needs: ['a paid product order'],
      async run(context) {
        const { productOrderId, orderId } = await context.state('a paid product order')
        const { data } = await context.api.getProductOrderIds({ orderId })
        assert.ok(data?.includes(productOrderId), `${productOrderId} is listed`)
      },
    },
    {
      name: 'a conditional query by payment time finds a paid product order',
      operations: ['searchProductOrders'],
      needs: ['a paid product order'],
      // The window holds every order of the merchant, not only this case's.
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const paid = await paymentTime(context.api, productOrderId)
        const ids = await searchAll(context.api, {
          from: formatKst(paid - MINUTE),
          to: formatKst(paid + MINUTE),
          rangeType: 'PAYED_DATETIME',
        })
        assert.ok(ids.includes(productOrderId), `${productOrderId} is found`)
      },
    },
    {
      name: 'a conditional query filtered by status returns only that status',
      operations: ['searchProductOrders'],
      needs: ['a dispatched product order'],
      // The window holds every order of the merchant, not only this case's.
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const paid = await paymentTime(context.api, productOrderId)
        const { data } = await context.api.searchProductOrders({
          from: formatKst(paid - MINUTE),
          to: formatKst(paid + MINUTE),
          rangeType: 'PAYED_DATETIME',
          productOrderStatuses: ['DELIVERING'],
        })
        const contents = data?.contents ?? []
        assert.ok(
          contents.some((c) => c.productOrderId === productOrderId),
          `${productOrderId} is found`,
        )
        for (const c of contents) assert.equal(c.content?.productOrder?.productOrderStatus, 'DELIVERING')
      },
    },
    {
      name: 'a conditional query pages with hasNext and never repeats a product order',
      operations: ['searchProductOrders'],
      needs: ['a paid product order', 'a delivered product order'],
      dataDependent: true,
      async run(context) {
        await context.state('a paid product order')
        await context.state('a delivered product order')
        // The whole day up to an hour from now: orders paid a moment ago are surely inside.
        const from = (await context.now()) - 23 * HOUR
        const window = {
          from: formatKst(from),
          to: formatKst(from + 24 * HOUR),
          rangeType: 'PAYED_DATETIME' as const,
        }
        const first = await context.api.searchProductOrders({ ...window, pageSize: 1, page: 1 })
        if (!first.data?.pagination?.hasNext)
          context.skip('fewer than two product orders were paid in the last day')
        const second = await context.api.searchProductOrders({ ...window, pageSize: 1, page: 2 })
        assert.equal(first.data?.contents?.length, 1)
        assert.equal(second.data?.contents?.length, 1)
        assert.equal(second.data?.pagination?.page, 2)
        assert.notEqual(second.data?.contents?.[0]?.productOrderId, first.data?.contents?.[0]?.productOrderId)
      },
    },
    {
      name: 'reviews of the last hour answer the documented shape',
      operations: ['getReviews'],
      dataDependent: true,
      async run(context) {
        const now = await context.now()
        const body = await context.apiOf('npay').getReviews({
          inquiryTimeFrom: formatKst(now - HOUR),
          inquiryTimeTo: formatKst(now),
        })
        assert.equal(typeof body.timestamp, 'string')
      },
    },
  ],
})
