// generated — do not edit. Source: openapi/control-plane.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export const controlPlaneOperationIndex = [
  {
    "operationId": "listMerchants",
    "method": "GET",
    "path": "/__sandbox/merchants",
    "aliases": []
  },
  {
    "operationId": "createMerchant",
    "method": "POST",
    "path": "/__sandbox/merchants",
    "aliases": []
  },
  {
    "operationId": "getMerchant",
    "method": "GET",
    "path": "/__sandbox/merchants/{clientId}",
    "aliases": []
  },
  {
    "operationId": "updateMerchant",
    "method": "PATCH",
    "path": "/__sandbox/merchants/{clientId}",
    "aliases": []
  },
  {
    "operationId": "issueMerchantToken",
    "method": "POST",
    "path": "/__sandbox/merchants/{clientId}/token",
    "aliases": []
  },
  {
    "operationId": "createOrder",
    "method": "POST",
    "path": "/__sandbox/orders",
    "aliases": []
  },
  {
    "operationId": "listProductOrders",
    "method": "GET",
    "path": "/__sandbox/product-orders",
    "aliases": []
  },
  {
    "operationId": "applyBulkEvent",
    "method": "POST",
    "path": "/__sandbox/product-orders/events",
    "aliases": []
  },
  {
    "operationId": "inspectProductOrder",
    "method": "GET",
    "path": "/__sandbox/product-orders/{productOrderId}",
    "aliases": []
  },
  {
    "operationId": "applyEvent",
    "method": "POST",
    "path": "/__sandbox/product-orders/{productOrderId}/events/{event}",
    "aliases": []
  },
  {
    "operationId": "writeReview",
    "method": "POST",
    "path": "/__sandbox/product-orders/{productOrderId}/reviews",
    "aliases": []
  },
  {
    "operationId": "getClock",
    "method": "GET",
    "path": "/__sandbox/clock",
    "aliases": []
  },
  {
    "operationId": "advanceClock",
    "method": "POST",
    "path": "/__sandbox/clock/advance",
    "aliases": []
  },
  {
    "operationId": "previewClock",
    "method": "GET",
    "path": "/__sandbox/clock/preview",
    "aliases": []
  },
  {
    "operationId": "listSnapshots",
    "method": "GET",
    "path": "/__sandbox/merchants/{clientId}/snapshots",
    "aliases": []
  },
  {
    "operationId": "takeSnapshot",
    "method": "POST",
    "path": "/__sandbox/merchants/{clientId}/snapshots",
    "aliases": []
  },
  {
    "operationId": "deleteSnapshot",
    "method": "DELETE",
    "path": "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}",
    "aliases": []
  },
  {
    "operationId": "restoreSnapshot",
    "method": "POST",
    "path": "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}/restore",
    "aliases": []
  },
  {
    "operationId": "getSettlementOptions",
    "method": "GET",
    "path": "/__sandbox/settlement",
    "aliases": []
  },
  {
    "operationId": "putSettlementOptions",
    "method": "PUT",
    "path": "/__sandbox/settlement",
    "aliases": []
  },
  {
    "operationId": "listRequests",
    "method": "GET",
    "path": "/__sandbox/requests",
    "aliases": []
  },
  {
    "operationId": "getRequest",
    "method": "GET",
    "path": "/__sandbox/requests/{id}",
    "aliases": []
  },
  {
    "operationId": "getFaults",
    "method": "GET",
    "path": "/__sandbox/faults",
    "aliases": []
  },
  {
    "operationId": "putFaults",
    "method": "PUT",
    "path": "/__sandbox/faults",
    "aliases": []
  },
  {
    "operationId": "deleteFaults",
    "method": "DELETE",
    "path": "/__sandbox/faults",
    "aliases": []
  },
  {
    "operationId": "getLint",
    "method": "GET",
    "path": "/__sandbox/lint",
    "aliases": []
  },
  {
    "operationId": "getStateMachine",
    "method": "GET",
    "path": "/__sandbox/state-machine",
    "aliases": []
  },
  {
    "operationId": "listStateNodes",
    "method": "GET",
    "path": "/__sandbox/state-machine/nodes",
    "aliases": []
  },
  {
    "operationId": "createOrderInState",
    "method": "POST",
    "path": "/__sandbox/orders/in-state",
    "aliases": []
  },
  {
    "operationId": "listScenarios",
    "method": "GET",
    "path": "/__sandbox/scenarios",
    "aliases": []
  },
  {
    "operationId": "applyScenario",
    "method": "POST",
    "path": "/__sandbox/scenarios/{name}",
    "aliases": []
  },
  {
    "operationId": "getCoverage",
    "method": "GET",
    "path": "/__sandbox/coverage",
    "aliases": []
  },
  {
    "operationId": "listScenarioExamples",
    "method": "GET",
    "path": "/__sandbox/scenario-examples",
    "aliases": []
  },
  {
    "operationId": "runScenarioFile",
    "method": "POST",
    "path": "/__sandbox/scenario-runs",
    "aliases": []
  },
  {
    "operationId": "reset",
    "method": "POST",
    "path": "/__sandbox/reset",
    "aliases": []
  },
  {
    "operationId": "health",
    "method": "GET",
    "path": "/__sandbox/health",
    "aliases": []
  },
  {
    "operationId": "exportState",
    "method": "GET",
    "path": "/__sandbox/state",
    "aliases": []
  },
  {
    "operationId": "importState",
    "method": "PUT",
    "path": "/__sandbox/state",
    "aliases": []
  }
] as const
