// generated — do not edit. Source: openapi/profiles/commerce-api.yaml over npay-api.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export const commerceApiOperationIndex = [
  {
    "operationId": "issueToken",
    "method": "POST",
    "path": "/v1/oauth2/token",
    "aliases": []
  },
  {
    "operationId": "getLastChangedStatuses",
    "method": "GET",
    "path": "/v1/pay-order/seller/product-orders/last-changed-statuses",
    "aliases": []
  },
  {
    "operationId": "queryProductOrders",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/query",
    "aliases": []
  },
  {
    "operationId": "getProductOrderIds",
    "method": "GET",
    "path": "/v1/pay-order/seller/orders/{orderId}/product-order-ids",
    "aliases": []
  },
  {
    "operationId": "searchProductOrders",
    "method": "GET",
    "path": "/v1/pay-order/seller/product-orders",
    "aliases": []
  },
  {
    "operationId": "confirmProductOrders",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/confirm",
    "aliases": []
  },
  {
    "operationId": "delayDispatch",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/delay",
    "aliases": []
  },
  {
    "operationId": "dispatchProductOrders",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/dispatch",
    "aliases": []
  },
  {
    "operationId": "requestCancel",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/request",
    "aliases": []
  },
  {
    "operationId": "approveCancel",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/approve",
    "aliases": []
  },
  {
    "operationId": "requestReturn",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/request",
    "aliases": []
  },
  {
    "operationId": "approveReturn",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/approve",
    "aliases": []
  },
  {
    "operationId": "rejectReturn",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/reject",
    "aliases": []
  },
  {
    "operationId": "holdbackReturn",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback",
    "aliases": []
  },
  {
    "operationId": "releaseReturnHoldback",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback/release",
    "aliases": []
  },
  {
    "operationId": "completeExchangeCollect",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve",
    "aliases": []
  },
  {
    "operationId": "redeliverExchange",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/dispatch",
    "aliases": []
  },
  {
    "operationId": "rejectExchange",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/reject",
    "aliases": []
  },
  {
    "operationId": "holdbackExchange",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback",
    "aliases": []
  },
  {
    "operationId": "releaseExchangeHoldback",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback/release",
    "aliases": []
  },
  {
    "operationId": "getSettleCases",
    "method": "GET",
    "path": "/v1/pay-settle/settle/case",
    "aliases": []
  },
  {
    "operationId": "getSettleDaily",
    "method": "GET",
    "path": "/v1/pay-settle/settle/daily",
    "aliases": []
  },
  {
    "operationId": "getCommissionDetails",
    "method": "GET",
    "path": "/v1/pay-settle/settle/commission-details",
    "aliases": []
  },
  {
    "operationId": "getVatCases",
    "method": "GET",
    "path": "/v1/pay-settle/vat/case",
    "aliases": []
  },
  {
    "operationId": "getVatDaily",
    "method": "GET",
    "path": "/v1/pay-settle/vat/daily",
    "aliases": []
  },
  {
    "operationId": "changeHopeDelivery",
    "method": "POST",
    "path": "/v1/pay-order/seller/product-orders/{productOrderId}/hope-delivery/change",
    "aliases": []
  }
] as const
