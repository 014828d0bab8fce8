export declare const controlPlaneOperationIndex: readonly [{
    readonly operationId: "listMerchants";
    readonly method: "GET";
    readonly path: "/__sandbox/merchants";
    readonly aliases: readonly [];
}, {
    readonly operationId: "createMerchant";
    readonly method: "POST";
    readonly path: "/__sandbox/merchants";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getMerchant";
    readonly method: "GET";
    readonly path: "/__sandbox/merchants/{clientId}";
    readonly aliases: readonly [];
}, {
    readonly operationId: "issueMerchantToken";
    readonly method: "POST";
    readonly path: "/__sandbox/merchants/{clientId}/token";
    readonly aliases: readonly [];
}, {
    readonly operationId: "createOrder";
    readonly method: "POST";
    readonly path: "/__sandbox/orders";
    readonly aliases: readonly [];
}, {
    readonly operationId: "listProductOrders";
    readonly method: "GET";
    readonly path: "/__sandbox/product-orders";
    readonly aliases: readonly [];
}, {
    readonly operationId: "inspectProductOrder";
    readonly method: "GET";
    readonly path: "/__sandbox/product-orders/{productOrderId}";
    readonly aliases: readonly [];
}, {
    readonly operationId: "applyEvent";
    readonly method: "POST";
    readonly path: "/__sandbox/product-orders/{productOrderId}/events/{event}";
    readonly aliases: readonly [];
}, {
    readonly operationId: "writeReview";
    readonly method: "POST";
    readonly path: "/__sandbox/product-orders/{productOrderId}/reviews";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getClock";
    readonly method: "GET";
    readonly path: "/__sandbox/clock";
    readonly aliases: readonly [];
}, {
    readonly operationId: "advanceClock";
    readonly method: "POST";
    readonly path: "/__sandbox/clock/advance";
    readonly aliases: readonly [];
}, {
    readonly operationId: "listRequests";
    readonly method: "GET";
    readonly path: "/__sandbox/requests";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getRequest";
    readonly method: "GET";
    readonly path: "/__sandbox/requests/{id}";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getFaults";
    readonly method: "GET";
    readonly path: "/__sandbox/faults";
    readonly aliases: readonly [];
}, {
    readonly operationId: "putFaults";
    readonly method: "PUT";
    readonly path: "/__sandbox/faults";
    readonly aliases: readonly [];
}, {
    readonly operationId: "deleteFaults";
    readonly method: "DELETE";
    readonly path: "/__sandbox/faults";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getLint";
    readonly method: "GET";
    readonly path: "/__sandbox/lint";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getStateMachine";
    readonly method: "GET";
    readonly path: "/__sandbox/state-machine";
    readonly aliases: readonly [];
}, {
    readonly operationId: "listScenarios";
    readonly method: "GET";
    readonly path: "/__sandbox/scenarios";
    readonly aliases: readonly [];
}, {
    readonly operationId: "applyScenario";
    readonly method: "POST";
    readonly path: "/__sandbox/scenarios/{name}";
    readonly aliases: readonly [];
}, {
    readonly operationId: "getCoverage";
    readonly method: "GET";
    readonly path: "/__sandbox/coverage";
    readonly aliases: readonly [];
}, {
    readonly operationId: "listScenarioExamples";
    readonly method: "GET";
    readonly path: "/__sandbox/scenario-examples";
    readonly aliases: readonly [];
}, {
    readonly operationId: "runScenarioFile";
    readonly method: "POST";
    readonly path: "/__sandbox/scenario-runs";
    readonly aliases: readonly [];
}, {
    readonly operationId: "reset";
    readonly method: "POST";
    readonly path: "/__sandbox/reset";
    readonly aliases: readonly [];
}, {
    readonly operationId: "health";
    readonly method: "GET";
    readonly path: "/__sandbox/health";
    readonly aliases: readonly [];
}, {
    readonly operationId: "exportState";
    readonly method: "GET";
    readonly path: "/__sandbox/state";
    readonly aliases: readonly [];
}, {
    readonly operationId: "importState";
    readonly method: "PUT";
    readonly path: "/__sandbox/state";
    readonly aliases: readonly [];
}];
