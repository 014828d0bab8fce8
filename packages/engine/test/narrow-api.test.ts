/**
 * What the engine's public API hands out of a tenant's records is read-only, and the record maps are not
 * reachable from it. The `@ts-expect-error` lines are the test: `pnpm typecheck` fails if one compiles.
 */
import { expect, test } from 'vitest'
import type { Tenant } from '../src/index.ts'
import { newEngine } from './support.ts'

/** Never called: it only has to typecheck. */
function attempts(tenant: Tenant, id: string) {
  const record = tenant.productOrder(id)!
  const { productOrderStatus } = record.productOrder
  // @ts-expect-error a record's blocks are read-only
  record.productOrder.productOrderStatus = productOrderStatus
  // @ts-expect-error so is its history
  record.history.push(record.history[0]!)
  // @ts-expect-error and its milestones
  record.times.lastChanged = Date.now()
  const order = tenant.order(record.orderId)!
  const { orderDate } = order.order
  // @ts-expect-error an order's product order ids are read-only
  order.productOrderIds.push(id)
  // @ts-expect-error the order block too
  order.order.orderDate = orderDate
  for (const r of tenant.productOrderRecords()) {
    // @ts-expect-error records from the listing are read-only
    r.receiverAddressChanged = true
  }
  // @ts-expect-error the maps are private
  tenant.productOrders.clear()
  // @ts-expect-error the maps are private
  tenant.orders.clear()
  // @ts-expect-error reviews are private
  tenant.reviews.length = 0
  const review = tenant.reviewRecords()[0]!
  // @ts-expect-error a review from the listing is read-only
  review.at = Date.now()
}

test('the read methods see what createOrder stored', () => {
  expect(attempts).toBeTypeOf('function')
  const tenant = newEngine().tenant()
  const { orderId, productOrderIds } = tenant.createOrder({ items: [{}, {}] })
  expect(tenant.order(orderId)?.productOrderIds).toEqual(productOrderIds)
  expect(tenant.productOrder(productOrderIds[0]!)?.orderId).toBe(orderId)
  expect([...tenant.productOrderRecords()].map((r) => r.productOrderId)).toEqual(productOrderIds)
  expect(tenant.counts()).toEqual({ orders: 1, productOrders: 2, reviews: 0 })
})
