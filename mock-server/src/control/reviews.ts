/**
 * The buyer writes a purchase review (`POST /__sandbox/product-orders/{id}/reviews`): the only way a
 * review comes into being, since the real API can only read them (facts §12).
 */
import { writeReview } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * writeReview, acting for the merchant that owns the product order.
 * @example mountControl(app, engine, { ...reviewHandlers(), … }) // POST /__sandbox/product-orders/{id}/reviews {"score":4}
 */
export function reviewHandlers() {
  return {
    writeReview: {
      tenant: 'owner',
      handle: ({ tenant, path, body }, c) => {
        tenant.tick()
        const review = writeReview(tenant, path.productOrderId, body, () => tenant.newId())
        return json(c, review, 201)
      },
    },
  } satisfies ControlHandlers
}
