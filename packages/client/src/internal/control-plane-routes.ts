import type { ControlPlaneOperations, ControlPlanePaths } from '@npay-sandbox/schema'
import type { Route } from './operation-types.ts'

/**
 * Where each control-plane operation is served. Checked against the generated types: every
 * operationId appears once and every path exists in `ControlPlanePaths`.
 */
export const CONTROL_PLANE_ROUTES = {
  createMerchant: { method: 'POST', path: '/__sandbox/merchants' },
  listMerchants: { method: 'GET', path: '/__sandbox/merchants' },
  getMerchant: { method: 'GET', path: '/__sandbox/merchants/{clientId}' },
  createOrder: { method: 'POST', path: '/__sandbox/orders' },
  listProductOrders: { method: 'GET', path: '/__sandbox/product-orders' },
  inspectProductOrder: { method: 'GET', path: '/__sandbox/product-orders/{productOrderId}' },
  applyEvent: { method: 'POST', path: '/__sandbox/product-orders/{productOrderId}/events/{event}' },
  getClock: { method: 'GET', path: '/__sandbox/clock' },
  advanceClock: { method: 'POST', path: '/__sandbox/clock/advance' },
  listRequests: { method: 'GET', path: '/__sandbox/requests' },
  getRequest: { method: 'GET', path: '/__sandbox/requests/{id}' },
  reset: { method: 'POST', path: '/__sandbox/reset' },
  health: { method: 'GET', path: '/__sandbox/health' },
} as const satisfies Record<keyof ControlPlaneOperations, Route<keyof ControlPlanePaths>>

export type ControlPlaneRoutes = typeof CONTROL_PLANE_ROUTES
