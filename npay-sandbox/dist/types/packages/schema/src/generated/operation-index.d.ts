export declare const operationIndex: readonly [{
    readonly operationId: "issueToken";
    readonly method: "POST";
    readonly path: "/v1/oauth2/token";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getLastChangedStatuses";
    readonly method: "GET";
    readonly path: "/v1/pay-order/mall/product-orders/last-changed-statuses";
    readonly aliases: readonly [];
}, {
    readonly operationId: "queryProductOrders";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/query";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getProductOrderIds";
    readonly method: "GET";
    readonly path: "/v1/pay-order/mall/orders/{orderId}/product-order-ids";
    readonly aliases: readonly [];
}, {
    readonly operationId: "searchProductOrders";
    readonly method: "GET";
    readonly path: "/v1/pay-order/mall/product-orders";
    readonly aliases: readonly [];
}, {
    readonly operationId: "confirmProductOrders";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/confirm";
    readonly aliases: readonly [];
}, {
    readonly operationId: "delayDispatch";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/delay";
    readonly aliases: readonly [];
}, {
    readonly operationId: "dispatchProductOrders";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/dispatch";
    readonly aliases: readonly [];
}, {
    readonly operationId: "requestCancel";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/request";
    readonly aliases: readonly [];
}, {
    readonly operationId: "approveCancel";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/approve";
    readonly aliases: readonly [];
}, {
    readonly operationId: "requestReturn";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/request";
    readonly aliases: readonly [];
}, {
    readonly operationId: "approveReturn";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/approve";
    readonly aliases: readonly [];
}, {
    readonly operationId: "rejectReturn";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/reject";
    readonly aliases: readonly [];
}, {
    readonly operationId: "holdbackReturn";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback";
    readonly aliases: readonly [];
}, {
    readonly operationId: "releaseReturnHoldback";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback/release";
    readonly aliases: readonly [];
}, {
    readonly operationId: "completeExchangeCollect";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/complete";
    readonly aliases: readonly ["/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/approve"];
}, {
    readonly operationId: "redeliverExchange";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/dispatch";
    readonly aliases: readonly [];
}, {
    readonly operationId: "rejectExchange";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/reject";
    readonly aliases: readonly [];
}, {
    readonly operationId: "holdbackExchange";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback";
    readonly aliases: readonly [];
}, {
    readonly operationId: "releaseExchangeHoldback";
    readonly method: "POST";
    readonly path: "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback/release";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getReviews";
    readonly method: "GET";
    readonly path: "/v1/pay-order/mall/reviews";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getSettleCases";
    readonly method: "GET";
    readonly path: "/v1/pay-settle-mall/settle/case";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getSettleDaily";
    readonly method: "GET";
    readonly path: "/v1/pay-settle-mall/settle/daily";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getCommissionDetails";
    readonly method: "GET";
    readonly path: "/v1/pay-settle-mall/settle/commission-details";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getVatCases";
    readonly method: "GET";
    readonly path: "/v1/pay-settle-mall/vat/case";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getVatDaily";
    readonly method: "GET";
    readonly path: "/v1/pay-settle-mall/vat/daily";
    readonly aliases: readonly [];
}];
