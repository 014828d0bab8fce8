/**
 * An OpenAPI path template as a Hono route path: `{productOrderId}` becomes `:productOrderId`.
 * @example honoPath('/v1/pay-order/mall/orders/{orderId}/product-order-ids') // '/v1/pay-order/mall/orders/:orderId/product-order-ids'
 */
export const honoPath = (template: string): string => template.replace(/\{(\w+)\}/g, ':$1')
