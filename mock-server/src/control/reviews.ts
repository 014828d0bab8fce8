/**
 * The buyer writes a purchase review (`POST /__sandbox/product-orders/{id}/reviews`): the only way a
 * review comes into being, since the real API can only read them (facts §12).
 */
import { type Engine, SandboxError, writeReview } from '@npay-sandbox/engine'
import { json } from '../respond.ts'
import type { Register } from './index.ts'

type ReviewInput = Parameters<typeof writeReview>[2]

/**
 * Registers the review-writing route.
 * @example reviewRoutes(register, engine) // POST /__sandbox/product-orders/{id}/reviews {"score":4}
 */
export function reviewRoutes(register: Register, engine: Engine) {
  register('POST', '/__sandbox/product-orders/:productOrderId/reviews', 'writeReview', (c, req) => {
    const id = req.path.productOrderId!
    const tenant = engine.ownerOfProductOrder(id)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no product order ${id}`)
    c.set('tenant', tenant)
    tenant.tick()
    const review = writeReview(tenant, id, (req.body ?? {}) as ReviewInput, () => tenant.newId())
    return json(c, review, 201)
  })
}
