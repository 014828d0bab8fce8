export declare const controlPlaneDocument: {
    readonly openapi: "3.1.0";
    readonly info: {
        readonly title: "npay-sandbox control plane";
        readonly version: "1.0.0";
        readonly summary: "Test-only operations of the npay-sandbox emulator, under /__sandbox.";
        readonly description: "The emulator's own API, in the spirit of Stripe's test helpers: it does what only a test may do — create\nmerchant apps, place orders as a buyer, play the carrier and the platform, move a merchant's virtual\nclock, read the request journal and reset state. None of this exists on the real Naver Pay API.\n\nEverything is JSON. Operations that act on one merchant take an optional `clientId`; without it the\ndefault merchant is used. Errors use the `SandboxError` body, never the real API's envelopes.\n\nSchemas named like the real API's (`ProductOrderDetail`, `ClaimReason`, …) are copied from\n`npay-api.yaml` when the documents are generated, so both documents describe the same shapes.\n";
    };
    readonly servers: readonly [{
        readonly url: "http://127.0.0.1:8787";
        readonly description: "Local npay-sandbox emulator";
    }];
    readonly tags: readonly [{
        readonly name: "merchants";
    }, {
        readonly name: "orders";
    }, {
        readonly name: "clock";
    }, {
        readonly name: "journal";
    }, {
        readonly name: "faults";
    }, {
        readonly name: "lint";
    }, {
        readonly name: "machine";
    }, {
        readonly name: "scenarios";
    }, {
        readonly name: "admin";
    }];
    readonly paths: {
        readonly "/__sandbox/merchants": {
            readonly post: {
                readonly operationId: "createMerchant";
                readonly tags: readonly ["merchants"];
                readonly summary: "Register a merchant app (tenant)";
                readonly description: "Creates a merchant app with its own data, clock, faults and journal. Omitted fields are generated.";
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/CreateMerchantRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "201": {
                        readonly description: "The merchant, including its secret.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/MerchantCredentials";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "409": {
                        readonly $ref: "#/components/responses/Conflict";
                    };
                };
            };
            readonly get: {
                readonly operationId: "listMerchants";
                readonly tags: readonly ["merchants"];
                readonly summary: "List merchant apps";
                readonly responses: {
                    readonly "200": {
                        readonly description: "Every merchant, without secrets.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["merchants"];
                                    readonly properties: {
                                        readonly merchants: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly $ref: "#/components/schemas/MerchantSummary";
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/merchants/{clientId}": {
            readonly get: {
                readonly operationId: "getMerchant";
                readonly tags: readonly ["merchants"];
                readonly summary: "Read one merchant app, including its secret";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdPath";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The merchant.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/Merchant";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/merchants/{clientId}/token": {
            readonly post: {
                readonly operationId: "issueMerchantToken";
                readonly tags: readonly ["merchants"];
                readonly summary: "Issue an access token for a merchant app, signed by the server";
                readonly description: "Runs the token endpoint's own checks (signature, timestamp window, reuse of a token with at least\n30 minutes left) with a `client_secret_sign` the emulator computes from the merchant's secret. Lets a\nbrowser page such as the dashboard call the real API paths without computing bcrypt itself. The\nissue is not journalled; the API calls made with the token are.\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdPath";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The token, as the real token endpoint answers it.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/MerchantToken";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/orders": {
            readonly post: {
                readonly operationId: "createOrder";
                readonly tags: readonly ["orders"];
                readonly summary: "Place an order as a buyer";
                readonly description: "Creates one order with one product order per item, by running the engine's own transitions. With\n`paid: false` the order waits for a deposit (`PAYMENT_WAITING`, 무통장입금); otherwise it is paid at once.\n";
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/CreateOrderRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "201": {
                        readonly description: "The new order's IDs.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/CreateOrderResponse";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/product-orders": {
            readonly get: {
                readonly operationId: "listProductOrders";
                readonly tags: readonly ["orders"];
                readonly summary: "List a merchant's product orders";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }, {
                    readonly name: "productOrderStatus";
                    readonly in: "query";
                    readonly required: false;
                    readonly schema: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                    };
                }, {
                    readonly name: "claimType";
                    readonly in: "query";
                    readonly required: false;
                    readonly schema: {
                        readonly $ref: "#/components/schemas/ClaimType";
                    };
                }, {
                    readonly $ref: "#/components/parameters/Limit";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "Product orders, newest first.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["productOrders"];
                                    readonly properties: {
                                        readonly productOrders: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly $ref: "#/components/schemas/SandboxProductOrderSummary";
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/product-orders/{productOrderId}": {
            readonly get: {
                readonly operationId: "inspectProductOrder";
                readonly tags: readonly ["orders"];
                readonly summary: "Inspect a product order, its history and what may happen next";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderIdPath";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/Inspection";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/product-orders/{productOrderId}/events/{event}": {
            readonly post: {
                readonly operationId: "applyEvent";
                readonly tags: readonly ["orders"];
                readonly summary: "Make something happen to a product order (buyer, carrier, platform or clock)";
                readonly description: "Applies one outside event through the state machine, exactly as the real world would cause it.\nAn event that the current state does not allow answers 409 `EVENT_NOT_ALLOWED` with the events that are.\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderIdPath";
                }, {
                    readonly name: "event";
                    readonly in: "path";
                    readonly required: true;
                    readonly schema: {
                        readonly $ref: "#/components/schemas/SandboxEvent";
                    };
                }];
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/ApplyEventRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/Inspection";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "409": {
                        readonly description: "The event is not allowed in the current state.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/EventNotAllowedError";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/product-orders/{productOrderId}/reviews": {
            readonly post: {
                readonly operationId: "writeReview";
                readonly tags: readonly ["orders"];
                readonly summary: "Write a purchase review as the buyer";
                readonly description: "The buyer reviews a delivered, exchanged or purchase-decided product order; the review then shows in\nthe real `GET /v1/pay-order/mall/reviews` (whose names are [REC] guesses, facts §12). Defaults: score 5,\nclass `GENERAL`, a stock title; `content` only for `PREMIUM` reviews, as in the SOAP contract.\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderIdPath";
                }];
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/WriteReviewRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "201": {
                        readonly description: "The review as the reviews API returns it.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/Review";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "409": {
                        readonly description: "The product order has not been delivered yet, or was cancelled or returned (`EVENT_NOT_ALLOWED`).";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/SandboxError";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/clock": {
            readonly get: {
                readonly operationId: "getClock";
                readonly tags: readonly ["clock"];
                readonly summary: "Read a merchant's virtual clock";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The clock.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/Clock";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/clock/advance": {
            readonly post: {
                readonly operationId: "advanceClock";
                readonly tags: readonly ["clock"];
                readonly summary: "Move a merchant's virtual clock forward and fire what falls due";
                readonly description: "Advances the clock and runs every timed event that falls due on the way (deposit deadlines, delivery\ncompletion, automatic purchase decision, token expiry), in time order.\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/AdvanceClockRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly description: "The clock after advancing, and what fired.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/AdvanceClockResponse";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/requests": {
            readonly get: {
                readonly operationId: "listRequests";
                readonly tags: readonly ["journal"];
                readonly summary: "Read the request journal";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }, {
                    readonly $ref: "#/components/parameters/Limit";
                }, {
                    readonly name: "status";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Only entries with this HTTP status.";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 100;
                        readonly maximum: 599;
                    };
                }, {
                    readonly name: "path";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Only entries whose path contains this text.";
                    readonly schema: {
                        readonly type: "string";
                    };
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "Journal entries, newest first.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["requests"];
                                    readonly properties: {
                                        readonly requests: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly $ref: "#/components/schemas/RequestSummary";
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                };
            };
        };
        readonly "/__sandbox/requests/{id}": {
            readonly get: {
                readonly operationId: "getRequest";
                readonly tags: readonly ["journal"];
                readonly summary: "Read one journal entry with headers and bodies";
                readonly parameters: readonly [{
                    readonly name: "id";
                    readonly in: "path";
                    readonly required: true;
                    readonly schema: {
                        readonly type: "string";
                    };
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The entry.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/RequestDetail";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/faults": {
            readonly put: {
                readonly operationId: "putFaults";
                readonly tags: readonly ["faults"];
                readonly summary: "Replace a merchant's fault rules";
                readonly description: "Makes the API answer as the real gateway or service does when things go wrong, for one merchant app.\nEach rule matches requests by `method`, `path` (a pattern under the base URL: `{name}` or `:name` is\none path segment, `*` is anything, e.g. `/v1/pay-order/mall/product-orders/*`) and/or\n`operationId`, and fires on every matching call, with a `probability` (drawn from a PRNG seeded with\n`seed`, so a run is repeatable), on the `nth` matching call only, or for the next `times` calls.\n\nKinds: `gateway` answers a catalogue gateway error (`code` such as `GW.TIMEOUT.01`, `GW.PROXY.03`,\n`GW.BLOCK.02`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`) with its real status, body and headers; `business`\nanswers an order-service code (`9999`, `104119`, …) or a settlement code in the real envelope;\n`latency` delays the request (fixed, uniform or exponential, at most 120 s) and then answers it\nnormally; `drop` closes the connection without an answer (over TCP the socket is destroyed;\nin-process the response is `Response.error()`, which fetch under MSW turns into a network error);\n`expire-token` expires the caller's access token and answers 401 `GW.AUTHN`, as if it ran out\nmid-flow. Rules are checked in order: latencies add up, and the first other fault that fires\nanswers the request (later rules do not see it). Faulted responses carry `X-Npay-Sandbox-Fault`.\n\nOne request can force one fault with the request header `X-Npay-Sandbox-Fault`: a gateway code\n(`GW.TIMEOUT.01`), a business code (`9999`), `drop`, `expire-token` or `latency=2s`.\nPutting rules resets their counters and the PRNG. Injected faults are the only 5xx the sandbox sends.\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/PutFaultsRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly description: "The rules now in force.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/FaultSet";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
            readonly get: {
                readonly operationId: "getFaults";
                readonly tags: readonly ["faults"];
                readonly summary: "Read a merchant's fault rules and how often each matched and fired";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The rules in force.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/FaultSet";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
            readonly delete: {
                readonly operationId: "deleteFaults";
                readonly tags: readonly ["faults"];
                readonly summary: "Remove every fault rule of a merchant";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The (now empty) rule set.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/FaultSet";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/lint": {
            readonly get: {
                readonly operationId: "getLint";
                readonly tags: readonly ["lint"];
                readonly summary: "What this merchant's client does that the real gateway would penalise or that breaks in production";
                readonly description: "Findings of the client-behaviour lint, newest first, each saying what to change: tokens requested\nwhile the current one still has 30 minutes or more (`excess-token-issuance`, which the real gateway\npunishes with `GW.QUOTA_LIMIT`), last-changed windows reaching within 5 s of now\n(`last-changed-no-margin`), an unencoded `+` in a date-time query value (`unencoded-plus`), `more`\npaging not followed (`more-ignored`), dispatch re-sent for an item already on its way\n(`dispatch-resent`), requests faster than the gateway rate limit even when limiting is off\n(`faster-than-rate-limit`), and body fields the API does not know (`unknown-body-fields`).\nConsecutive findings of one rule on one operation are counted in one entry. Each API request's\nfindings also appear in its journal entry (`lint`).\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }, {
                    readonly $ref: "#/components/parameters/Limit";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "Findings and a count per rule.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/LintReport";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/state-machine": {
            readonly get: {
                readonly operationId: "getStateMachine";
                readonly tags: readonly ["machine"];
                readonly summary: "The order/claim state machine as data";
                readonly description: "The transition table (rows), every state reachable from order placement, the edges between them\n(one per state and row), the inputs of each merchant action and control-plane event as flat form\nfields read from the API documents, and the Korean descriptions of the state enums. The dashboard\ndraws its diagram and builds its action forms from this.\n";
                readonly responses: {
                    readonly "200": {
                        readonly description: "The state machine.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/StateMachine";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/scenarios": {
            readonly get: {
                readonly operationId: "listScenarios";
                readonly tags: readonly ["scenarios"];
                readonly summary: "List the named seeds";
                readonly description: "Every named seed with its one-line description, the state it promises and its parameters.";
                readonly responses: {
                    readonly "200": {
                        readonly description: "The seeds.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["scenarios"];
                                    readonly properties: {
                                        readonly scenarios: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly $ref: "#/components/schemas/ScenarioSummary";
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/scenarios/{name}": {
            readonly post: {
                readonly operationId: "applyScenario";
                readonly tags: readonly ["scenarios"];
                readonly summary: "Seed a merchant with a named scenario";
                readonly description: "Creates `count` orders and drives them through the engine's own transitions (never by writing state)\nto the state the seed promises, with seeded Korean fake data. Returns the IDs it created. `busy-shop`\nsimulates days of traffic and moves the merchant's virtual clock forward by `params.days`.\n";
                readonly parameters: readonly [{
                    readonly name: "name";
                    readonly in: "path";
                    readonly required: true;
                    readonly schema: {
                        readonly type: "string";
                    };
                    readonly description: "Seed name, e.g. `return-on-holdback` (see listScenarios).";
                }];
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/ApplyScenarioRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "201": {
                        readonly description: "What the seed created.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/ApplyScenarioResponse";
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "409": {
                        readonly description: "A step of the seed was refused by the state machine (`SEED_STEP_REFUSED`).";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/SandboxError";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/coverage": {
            readonly get: {
                readonly operationId: "getCoverage";
                readonly tags: readonly ["scenarios"];
                readonly summary: "Transition coverage of a merchant's traffic";
                readonly description: "Which rows of the state table (by id, e.g. `N8`, `R6`) the merchant's product orders went through and\nwhich they never did, and which business error codes of the merchant actions its recent requests (the\nrequest journal) received. Like code coverage, for the state machine.\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ClientIdQuery";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly description: "The coverage report.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/Coverage";
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/scenario-examples": {
            readonly get: {
                readonly operationId: "listScenarioExamples";
                readonly tags: readonly ["scenarios"];
                readonly summary: "List the shipped example scenario files";
                readonly description: "The QA scenario files of `scenarios/examples`, by file name with the scenario's `name` as title.";
                readonly responses: {
                    readonly "200": {
                        readonly description: "The example files.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["examples"];
                                    readonly properties: {
                                        readonly examples: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly type: "object";
                                                readonly required: readonly ["name", "title"];
                                                readonly properties: {
                                                    readonly name: {
                                                        readonly type: "string";
                                                        readonly description: "File name, e.g. `return-rejected.yaml`.";
                                                    };
                                                    readonly title: {
                                                        readonly type: "string";
                                                    };
                                                };
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/scenario-runs": {
            readonly post: {
                readonly operationId: "runScenarioFile";
                readonly tags: readonly ["scenarios"];
                readonly summary: "Run a QA scenario file in process";
                readonly description: "Runs a scenario file (YAML, see scenarios/README.md) on a fresh, isolated engine with a frozen clock,\nnever on this server's merchants, and answers with the per-step report (what was sent, what came back,\nthe differences of a failed step) and the transition coverage of the run. Send the file text as `yaml`\n(with an optional file `name`), or `example` to run one of listScenarioExamples. A file that is not\nYAML or does not follow the scenario schema is a 400 whose `details.problems` lists each problem.\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly type: "object";
                                readonly properties: {
                                    readonly yaml: {
                                        readonly type: "string";
                                        readonly description: "The scenario file's text.";
                                    };
                                    readonly name: {
                                        readonly type: "string";
                                        readonly description: "The uploaded file's name, for the report.";
                                    };
                                    readonly example: {
                                        readonly type: "string";
                                        readonly description: "File name of a shipped example, instead of `yaml`.";
                                    };
                                };
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly description: "The run's report (a failing scenario is still a 200 with `passed` false).";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["file", "name", "passed", "durationMs", "totals", "steps", "coverage"];
                                    readonly properties: {
                                        readonly file: {
                                            readonly type: "string";
                                        };
                                        readonly name: {
                                            readonly type: "string";
                                        };
                                        readonly passed: {
                                            readonly type: "boolean";
                                        };
                                        readonly durationMs: {
                                            readonly type: "integer";
                                        };
                                        readonly totals: {
                                            readonly type: "object";
                                            readonly required: readonly ["passed", "failed", "skipped"];
                                            readonly properties: {
                                                readonly passed: {
                                                    readonly type: "integer";
                                                };
                                                readonly failed: {
                                                    readonly type: "integer";
                                                };
                                                readonly skipped: {
                                                    readonly type: "integer";
                                                };
                                            };
                                        };
                                        readonly steps: {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly type: "object";
                                                readonly required: readonly ["index", "title", "status", "sent", "received", "differences"];
                                                readonly properties: {
                                                    readonly index: {
                                                        readonly type: "integer";
                                                    };
                                                    readonly line: {
                                                        readonly type: "integer";
                                                    };
                                                    readonly title: {
                                                        readonly type: "string";
                                                    };
                                                    readonly status: {
                                                        readonly type: "string";
                                                        readonly enum: readonly ["passed", "failed", "skipped"];
                                                    };
                                                    readonly sent: {
                                                        readonly type: "array";
                                                        readonly description: "The request of each answer (method, path, body, status), null when none.";
                                                        readonly items: {};
                                                    };
                                                    readonly received: {
                                                        readonly type: "array";
                                                        readonly description: "Each answer's status, body and error code.";
                                                        readonly items: {
                                                            readonly type: "object";
                                                        };
                                                    };
                                                    readonly differences: {
                                                        readonly type: "array";
                                                        readonly items: {
                                                            readonly type: "object";
                                                            readonly required: readonly ["what", "text"];
                                                            readonly properties: {
                                                                readonly what: {
                                                                    readonly type: "string";
                                                                };
                                                                readonly expected: {};
                                                                readonly actual: {};
                                                                readonly text: {
                                                                    readonly type: "string";
                                                                    readonly description: "`field: expected …, got …`";
                                                                };
                                                            };
                                                        };
                                                    };
                                                    readonly error: {
                                                        readonly type: "string";
                                                    };
                                                };
                                            };
                                        };
                                        readonly coverage: {
                                            readonly type: "object";
                                            readonly description: "As getCoverage (without clientId), plus `exercised` rows of `total`.";
                                            readonly required: readonly ["exercised", "total", "percent", "covered", "uncovered", "errorCodes"];
                                            readonly properties: {
                                                readonly exercised: {
                                                    readonly type: "integer";
                                                };
                                                readonly total: {
                                                    readonly type: "integer";
                                                };
                                                readonly percent: {
                                                    readonly type: "number";
                                                };
                                                readonly covered: {
                                                    readonly type: "array";
                                                    readonly items: {
                                                        readonly type: "string";
                                                    };
                                                };
                                                readonly uncovered: {
                                                    readonly type: "array";
                                                    readonly items: {
                                                        readonly type: "string";
                                                    };
                                                };
                                                readonly errorCodes: {
                                                    readonly type: "array";
                                                    readonly description: "Each business error code of the merchant actions with how often it was received.";
                                                    readonly items: {
                                                        readonly type: "object";
                                                    };
                                                };
                                            };
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/reset": {
            readonly post: {
                readonly operationId: "reset";
                readonly tags: readonly ["admin"];
                readonly summary: "Forget a merchant's data (or every merchant's)";
                readonly description: "With `clientId`, resets that merchant only; without it, resets the whole sandbox.";
                readonly requestBody: {
                    readonly required: false;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly type: "object";
                                readonly properties: {
                                    readonly clientId: {
                                        readonly type: "string";
                                    };
                                };
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly description: "Reset done.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["reset"];
                                    readonly properties: {
                                        readonly reset: {
                                            readonly type: "boolean";
                                            readonly const: true;
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                };
            };
        };
        readonly "/__sandbox/health": {
            readonly get: {
                readonly operationId: "health";
                readonly tags: readonly ["admin"];
                readonly summary: "Liveness and version";
                readonly responses: {
                    readonly "200": {
                        readonly description: "The sandbox is up.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/Health";
                                };
                            };
                        };
                    };
                };
            };
        };
        readonly "/__sandbox/state": {
            readonly get: {
                readonly operationId: "exportState";
                readonly tags: readonly ["admin"];
                readonly summary: "Export the whole sandbox";
                readonly description: "Every merchant with its credentials, virtual clock, current tokens, orders, product orders,\nchange log and reviews, as one JSON document (format `npay-sandbox-state`, version 1). The request\njournal is not included. `PUT` the same document to restore it.\n";
                readonly responses: {
                    readonly "200": {
                        readonly description: "The whole sandbox.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly $ref: "#/components/schemas/SandboxState";
                                };
                            };
                        };
                    };
                };
            };
            readonly put: {
                readonly operationId: "importState";
                readonly tags: readonly ["admin"];
                readonly summary: "Replace the whole sandbox with an exported document";
                readonly description: "A malformed document is refused with 400 and changes nothing.";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/SandboxState";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly description: "The document replaced the sandbox.";
                        readonly content: {
                            readonly "application/json": {
                                readonly schema: {
                                    readonly type: "object";
                                    readonly required: readonly ["imported", "merchants"];
                                    readonly properties: {
                                        readonly imported: {
                                            readonly type: "boolean";
                                            readonly const: true;
                                        };
                                        readonly merchants: {
                                            readonly type: "integer";
                                        };
                                    };
                                };
                            };
                        };
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/BadRequest";
                    };
                };
            };
        };
    };
    readonly components: {
        readonly parameters: {
            readonly ClientIdPath: {
                readonly name: "clientId";
                readonly in: "path";
                readonly required: true;
                readonly schema: {
                    readonly type: "string";
                };
            };
            readonly ClientIdQuery: {
                readonly name: "clientId";
                readonly in: "query";
                readonly required: false;
                readonly description: "Merchant app; the default merchant when omitted.";
                readonly schema: {
                    readonly type: "string";
                };
            };
            readonly ProductOrderIdPath: {
                readonly name: "productOrderId";
                readonly in: "path";
                readonly required: true;
                readonly schema: {
                    readonly type: "string";
                };
            };
            readonly Limit: {
                readonly name: "limit";
                readonly in: "query";
                readonly required: false;
                readonly description: "Maximum number of entries.";
                readonly schema: {
                    readonly type: "integer";
                    readonly minimum: 1;
                    readonly maximum: 1000;
                    readonly default: 100;
                };
            };
        };
        readonly responses: {
            readonly Inspection: {
                readonly description: "The product order as the real API shows it, its history and what may happen next.";
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ProductOrderInspection";
                        };
                    };
                };
            };
            readonly BadRequest: {
                readonly description: "Malformed request.";
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SandboxError";
                        };
                    };
                };
            };
            readonly NotFound: {
                readonly description: "Unknown merchant, order, product order or journal entry (`NOT_FOUND`).";
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SandboxError";
                        };
                    };
                };
            };
            readonly Conflict: {
                readonly description: "A merchant with this clientId already exists.";
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SandboxError";
                        };
                    };
                };
            };
        };
        readonly schemas: {
            readonly SandboxState: {
                readonly type: "object";
                readonly description: "The whole sandbox (see packages/engine/src/persistence.ts for the structure).";
                readonly required: readonly ["format", "version", "savedAt", "tenants", "usedTrackingNumbers"];
                readonly properties: {
                    readonly format: {
                        readonly type: "string";
                        readonly const: "npay-sandbox-state";
                    };
                    readonly version: {
                        readonly type: "integer";
                        readonly const: 1;
                    };
                    readonly savedAt: {
                        readonly type: "integer";
                        readonly description: "Epoch milliseconds (wall clock) of the export.";
                    };
                    readonly tenants: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly items: {
                            readonly type: "object";
                            readonly additionalProperties: true;
                        };
                    };
                    readonly usedTrackingNumbers: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                    };
                };
            };
            readonly SandboxError: {
                readonly type: "object";
                readonly description: "Error body of every control-plane operation.";
                readonly required: readonly ["code", "message"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly description: "Machine-readable code such as `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`.";
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly allowedEvents: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly details: {
                        readonly description: "Extra context, e.g. validation failures.";
                    };
                };
            };
            readonly EventNotAllowedError: {
                readonly type: "object";
                readonly required: readonly ["code", "message", "allowedEvents"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly const: "EVENT_NOT_ALLOWED";
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly allowedEvents: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SandboxEvent";
                        };
                    };
                };
            };
            readonly CreateMerchantRequest: {
                readonly type: "object";
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                        readonly description: "Display name.";
                    };
                    readonly mallId: {
                        readonly type: "string";
                        readonly description: "Merchant ID, `np_` followed by letters/digits like the real 페이센터ID.";
                        readonly pattern: "^np_[A-Za-z0-9_]+$";
                    };
                    readonly clientId: {
                        readonly type: "string";
                        readonly description: "Application ID; generated when omitted.";
                        readonly minLength: 1;
                    };
                    readonly clientSecret: {
                        readonly type: "string";
                        readonly description: "A bcrypt salt such as `$2a$04$` + 22 characters of `./A-Za-z0-9`; generated when omitted.";
                        readonly pattern: "^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{22}$";
                    };
                };
            };
            readonly MerchantCredentials: {
                readonly type: "object";
                readonly required: readonly ["clientId", "clientSecret", "mallId", "name"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly clientSecret: {
                        readonly type: "string";
                    };
                    readonly mallId: {
                        readonly type: "string";
                    };
                    readonly name: {
                        readonly type: "string";
                    };
                };
            };
            readonly MerchantSummary: {
                readonly type: "object";
                readonly required: readonly ["clientId", "mallId", "name", "isDefault"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly mallId: {
                        readonly type: "string";
                    };
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly isDefault: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly Merchant: {
                readonly type: "object";
                readonly required: readonly ["clientId", "clientSecret", "mallId", "name", "isDefault"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly clientSecret: {
                        readonly type: "string";
                    };
                    readonly mallId: {
                        readonly type: "string";
                    };
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly isDefault: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly CreateOrderItem: {
                readonly type: "object";
                readonly description: "One product order to create; omitted fields are generated.";
                readonly properties: {
                    readonly productName: {
                        readonly type: "string";
                    };
                    readonly productId: {
                        readonly type: "string";
                    };
                    readonly optionName: {
                        readonly type: "string";
                    };
                    readonly unitPrice: {
                        readonly type: "integer";
                        readonly minimum: 0;
                    };
                    readonly quantity: {
                        readonly type: "integer";
                        readonly minimum: 1;
                    };
                    readonly taxType: {
                        readonly $ref: "#/components/schemas/TaxType";
                    };
                    readonly deliveryFeeAmount: {
                        readonly type: "integer";
                        readonly minimum: 0;
                    };
                };
            };
            readonly CreateOrderRequest: {
                readonly type: "object";
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                        readonly description: "Merchant app; the default merchant when omitted.";
                    };
                    readonly items: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly items: {
                            readonly $ref: "#/components/schemas/CreateOrderItem";
                        };
                    };
                    readonly paymentMeans: {
                        readonly $ref: "#/components/schemas/PaymentMeans";
                    };
                    readonly paid: {
                        readonly type: "boolean";
                        readonly default: true;
                        readonly description: "`false` leaves the order waiting for a deposit (PAYMENT_WAITING).";
                    };
                    readonly ordererName: {
                        readonly type: "string";
                    };
                    readonly ordererTel: {
                        readonly type: "string";
                    };
                    readonly shippingAddress: {
                        readonly $ref: "#/components/schemas/ShippingAddress";
                    };
                };
            };
            readonly CreateOrderResponse: {
                readonly type: "object";
                readonly required: readonly ["orderId", "productOrderIds"];
                readonly properties: {
                    readonly orderId: {
                        readonly type: "string";
                    };
                    readonly productOrderIds: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly SandboxProductOrderSummary: {
                readonly type: "object";
                readonly required: readonly ["productOrderId", "orderId", "productOrderStatus", "placeOrderStatus", "productName", "totalPaymentAmount", "orderDate", "lastChangedDate"];
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                    };
                    readonly orderId: {
                        readonly type: "string";
                    };
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                    };
                    readonly placeOrderStatus: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                    };
                    readonly productName: {
                        readonly type: "string";
                    };
                    readonly totalPaymentAmount: {
                        readonly type: "integer";
                    };
                    readonly orderDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly paymentDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly lastChangedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                };
            };
            readonly StateSnapshot: {
                readonly type: "object";
                readonly description: "The state-machine tuple of a product order at one moment.";
                readonly required: readonly ["productOrderStatus", "placeOrderStatus"];
                readonly properties: {
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                    };
                    readonly placeOrderStatus: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                    };
                };
            };
            readonly HistoryEntry: {
                readonly type: "object";
                readonly description: "One applied transition. `from` is absent for the row that placed the order.";
                readonly required: readonly ["at", "actor", "event", "to"];
                readonly properties: {
                    readonly at: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly actor: {
                        readonly $ref: "#/components/schemas/Actor";
                    };
                    readonly event: {
                        readonly type: "string";
                        readonly description: "Transition event name, e.g. `DISPATCHED`, `RETURN_REQUESTED`.";
                    };
                    readonly rowId: {
                        readonly type: "string";
                        readonly description: "Id of the transition-table row that made this step (`N8`, `R6`, …; see getStateMachine).";
                    };
                    readonly lastChangedType: {
                        readonly $ref: "#/components/schemas/LastChangedType";
                    };
                    readonly from: {
                        readonly $ref: "#/components/schemas/StateSnapshot";
                    };
                    readonly to: {
                        readonly $ref: "#/components/schemas/StateSnapshot";
                    };
                };
            };
            readonly Actor: {
                readonly type: "string";
                readonly description: "Who caused a transition.";
                readonly enum: readonly ["buyer", "carrier", "platform", "merchant", "clock"];
            };
            readonly ProductOrderInspection: {
                readonly type: "object";
                readonly required: readonly ["detail", "history", "allowedEvents", "allowedActions"];
                readonly properties: {
                    readonly detail: {
                        readonly $ref: "#/components/schemas/ProductOrderDetail";
                    };
                    readonly history: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/HistoryEntry";
                        };
                    };
                    readonly allowedEvents: {
                        readonly type: "array";
                        readonly description: "Control-plane events the current state allows.";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SandboxEvent";
                        };
                    };
                    readonly allowedActions: {
                        readonly type: "array";
                        readonly description: "operationIds of real-API merchant actions the current state allows.";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly SandboxEvent: {
                readonly type: "string";
                readonly description: "Outside events a test can cause: pay (deposit received), expire-payment (deposit deadline passed),\nbuyer-cancel, buyer-return, buyer-exchange, change-address (buyer changes the shipping address),\ndeliver (carrier reports delivery; for an exchange, the re-delivered item), collect (collection\nstarts), collect-done (item collected), redeliver-done (re-delivered exchange item arrives),\ndecide-purchase (buyer confirms purchase), admin-cancel (Naver 직권 취소).\n";
                readonly enum: readonly ["pay", "expire-payment", "buyer-cancel", "buyer-return", "buyer-exchange", "change-address", "deliver", "collect", "collect-done", "redeliver-done", "decide-purchase", "admin-cancel"];
            };
            readonly WriteReviewRequest: {
                readonly type: "object";
                readonly description: "A buyer's review; everything is optional.";
                readonly properties: {
                    readonly score: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 5;
                        readonly description: "Star score (default 5).";
                    };
                    readonly classType: {
                        readonly $ref: "#/components/schemas/PurchaseReviewClassType";
                    };
                    readonly title: {
                        readonly type: "string";
                        readonly maxLength: 100;
                    };
                    readonly content: {
                        readonly type: "string";
                        readonly maxLength: 2000;
                        readonly description: "Text of a PREMIUM review (ignored for GENERAL ones).";
                    };
                };
            };
            readonly ApplyEventRequest: {
                readonly type: "object";
                readonly properties: {
                    readonly reason: {
                        readonly $ref: "#/components/schemas/ClaimReason";
                    };
                    readonly detailedReason: {
                        readonly type: "string";
                    };
                    readonly quantity: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly description: "Claim quantity; the whole remaining quantity when omitted.";
                    };
                    readonly shippingAddress: {
                        readonly $ref: "#/components/schemas/ShippingAddress";
                    };
                };
            };
            readonly Clock: {
                readonly type: "object";
                readonly required: readonly ["clientId", "now", "epochMillis", "offsetMillis"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly now: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly epochMillis: {
                        readonly type: "integer";
                    };
                    readonly offsetMillis: {
                        readonly type: "integer";
                        readonly description: "How far the virtual clock runs ahead of the real one.";
                    };
                };
            };
            readonly AdvanceClockRequest: {
                readonly type: "object";
                readonly required: readonly ["by"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly by: {
                        readonly description: "A duration such as `8d`, `90m`, `1h30m`, or a number of milliseconds.";
                        readonly oneOf: readonly [{
                            readonly type: "string";
                            readonly pattern: "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?$";
                            readonly minLength: 2;
                        }, {
                            readonly type: "integer";
                            readonly minimum: 0;
                        }];
                    };
                };
            };
            readonly FiredEvent: {
                readonly type: "object";
                readonly required: readonly ["at", "event", "description"];
                readonly properties: {
                    readonly at: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly productOrderId: {
                        readonly type: "string";
                    };
                    readonly event: {
                        readonly type: "string";
                    };
                    readonly description: {
                        readonly type: "string";
                    };
                };
            };
            readonly AdvanceClockResponse: {
                readonly type: "object";
                readonly required: readonly ["clientId", "now", "epochMillis", "offsetMillis", "fired"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly now: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly epochMillis: {
                        readonly type: "integer";
                    };
                    readonly offsetMillis: {
                        readonly type: "integer";
                    };
                    readonly fired: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FiredEvent";
                        };
                    };
                };
            };
            readonly RequestSummary: {
                readonly type: "object";
                readonly required: readonly ["id", "at", "method", "path", "status", "latencyMillis"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                    };
                    readonly at: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly method: {
                        readonly type: "string";
                    };
                    readonly path: {
                        readonly type: "string";
                    };
                    readonly status: {
                        readonly type: "integer";
                    };
                    readonly code: {
                        readonly type: "string";
                        readonly description: "Error code of the response body, when there is one.";
                    };
                    readonly latencyMillis: {
                        readonly type: "number";
                    };
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly diagnostic: {
                        readonly type: "string";
                        readonly description: "Why the emulator answered as it did, in plain English (e.g. which signature check failed).";
                    };
                    readonly lint: {
                        readonly type: "array";
                        readonly description: "Client-behaviour lint findings of this request (see getLint).";
                        readonly items: {
                            readonly $ref: "#/components/schemas/LintNote";
                        };
                    };
                };
            };
            readonly RequestDetail: {
                readonly allOf: readonly [{
                    readonly $ref: "#/components/schemas/RequestSummary";
                }, {
                    readonly type: "object";
                    readonly required: readonly ["request", "response"];
                    readonly properties: {
                        readonly request: {
                            readonly type: "object";
                            readonly required: readonly ["headers", "query"];
                            readonly properties: {
                                readonly headers: {
                                    readonly type: "object";
                                    readonly additionalProperties: {
                                        readonly type: "string";
                                    };
                                };
                                readonly query: {
                                    readonly type: "object";
                                    readonly additionalProperties: {
                                        readonly oneOf: readonly [{
                                            readonly type: "string";
                                        }, {
                                            readonly type: "array";
                                            readonly items: {
                                                readonly type: "string";
                                            };
                                        }];
                                    };
                                };
                                readonly body: {};
                            };
                        };
                        readonly response: {
                            readonly type: "object";
                            readonly required: readonly ["headers"];
                            readonly properties: {
                                readonly headers: {
                                    readonly type: "object";
                                    readonly additionalProperties: {
                                        readonly type: "string";
                                    };
                                };
                                readonly body: {};
                            };
                        };
                    };
                }];
            };
            readonly FaultKind: {
                readonly type: "string";
                readonly description: "What the fault does (see putFaults).";
                readonly enum: readonly ["gateway", "business", "latency", "drop", "expire-token"];
            };
            readonly FaultLatency: {
                readonly type: "object";
                readonly description: "`fixed` waits `ms`; `uniform` draws from [minMs, maxMs]; `exponential` has mean `meanMs`, capped at `maxMs`.";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly distribution: {
                        readonly type: "string";
                        readonly enum: readonly ["fixed", "uniform", "exponential"];
                        readonly default: "fixed";
                    };
                    readonly ms: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 120000;
                    };
                    readonly minMs: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 120000;
                    };
                    readonly maxMs: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 120000;
                    };
                    readonly meanMs: {
                        readonly type: "integer";
                        readonly minimum: 0;
                        readonly maximum: 120000;
                    };
                };
            };
            readonly FaultRule: {
                readonly type: "object";
                readonly required: readonly ["kind"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly maxLength: 100;
                        readonly description: "Name of the rule (`r1`, `r2`, … when omitted).";
                    };
                    readonly method: {
                        readonly type: "string";
                        readonly description: "HTTP method to match (any when omitted or `*`).";
                        readonly pattern: "^([A-Za-z]{1,10}|\\*)$";
                    };
                    readonly path: {
                        readonly type: "string";
                        readonly maxLength: 500;
                        readonly description: "Path pattern under the base URL, e.g. `/v1/pay-order/mall/product-orders/{productOrderId}/claim/*`.";
                    };
                    readonly operationId: {
                        readonly type: "string";
                        readonly description: "operationId of the real API to match, e.g. `dispatchProductOrders`.";
                    };
                    readonly kind: {
                        readonly $ref: "#/components/schemas/FaultKind";
                    };
                    readonly code: {
                        readonly type: "string";
                        readonly description: "For `gateway`, a `GW.*` code; for `business`, an order-service or settlement code.";
                    };
                    readonly latency: {
                        readonly $ref: "#/components/schemas/FaultLatency";
                    };
                    readonly headers: {
                        readonly type: "object";
                        readonly description: "Extra response headers, e.g. other `GNCP-GW-Quota-*` values.";
                        readonly maxProperties: 20;
                        readonly additionalProperties: {
                            readonly type: "string";
                            readonly maxLength: 1000;
                        };
                    };
                    readonly probability: {
                        readonly type: "number";
                        readonly minimum: 0;
                        readonly maximum: 1;
                        readonly description: "Fire with this probability (seeded PRNG).";
                    };
                    readonly nth: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly description: "Fire on the nth matching call only.";
                    };
                    readonly times: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly description: "Fire on the next N matching calls, then stop.";
                    };
                };
            };
            readonly PutFaultsRequest: {
                readonly type: "object";
                readonly required: readonly ["rules"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly seed: {
                        readonly type: "integer";
                        readonly description: "Seed of the PRNG behind `probability` and latency distributions (default the sandbox seed).";
                    };
                    readonly rules: {
                        readonly type: "array";
                        readonly maxItems: 50;
                        readonly items: {
                            readonly allOf: readonly [{
                                readonly $ref: "#/components/schemas/FaultRule";
                            }];
                            readonly unevaluatedProperties: false;
                        };
                    };
                };
            };
            readonly FaultRuleState: {
                readonly allOf: readonly [{
                    readonly $ref: "#/components/schemas/FaultRule";
                }, {
                    readonly type: "object";
                    readonly required: readonly ["id", "matched", "fired"];
                    readonly properties: {
                        readonly id: {
                            readonly type: "string";
                        };
                        readonly matched: {
                            readonly type: "integer";
                            readonly description: "Calls that matched the rule.";
                        };
                        readonly fired: {
                            readonly type: "integer";
                            readonly description: "Calls the rule answered (or delayed).";
                        };
                    };
                }];
            };
            readonly FaultSet: {
                readonly type: "object";
                readonly required: readonly ["clientId", "seed", "rules"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly seed: {
                        readonly type: "integer";
                    };
                    readonly rules: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FaultRuleState";
                        };
                    };
                };
            };
            readonly LintRule: {
                readonly type: "string";
                readonly enum: readonly ["excess-token-issuance", "last-changed-no-margin", "unencoded-plus", "more-ignored", "dispatch-resent", "faster-than-rate-limit", "unknown-body-fields"];
            };
            readonly LintNote: {
                readonly type: "object";
                readonly description: "One finding as the journal shows it.";
                readonly required: readonly ["rule", "message", "advice"];
                readonly properties: {
                    readonly rule: {
                        readonly $ref: "#/components/schemas/LintRule";
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly description: "What the client did.";
                    };
                    readonly advice: {
                        readonly type: "string";
                        readonly description: "What to change.";
                    };
                };
            };
            readonly LintFinding: {
                readonly allOf: readonly [{
                    readonly $ref: "#/components/schemas/LintNote";
                }, {
                    readonly type: "object";
                    readonly required: readonly ["method", "path", "firstAt", "lastAt", "count"];
                    readonly properties: {
                        readonly operationId: {
                            readonly type: "string";
                        };
                        readonly method: {
                            readonly type: "string";
                        };
                        readonly path: {
                            readonly type: "string";
                        };
                        readonly firstAt: {
                            readonly $ref: "#/components/schemas/KstDateTime";
                        };
                        readonly lastAt: {
                            readonly $ref: "#/components/schemas/KstDateTime";
                        };
                        readonly count: {
                            readonly type: "integer";
                            readonly description: "Consecutive occurrences counted in this entry.";
                        };
                    };
                }];
            };
            readonly LintReport: {
                readonly type: "object";
                readonly required: readonly ["clientId", "findings", "summary"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly findings: {
                        readonly type: "array";
                        readonly description: "Newest first.";
                        readonly items: {
                            readonly $ref: "#/components/schemas/LintFinding";
                        };
                    };
                    readonly summary: {
                        readonly type: "array";
                        readonly description: "One line per rule that fired, with the total count and the advice.";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["rule", "count", "advice"];
                            readonly properties: {
                                readonly rule: {
                                    readonly $ref: "#/components/schemas/LintRule";
                                };
                                readonly count: {
                                    readonly type: "integer";
                                };
                                readonly advice: {
                                    readonly type: "string";
                                };
                            };
                        };
                    };
                };
            };
            readonly ScenarioParam: {
                readonly type: "object";
                readonly required: readonly ["name", "description", "default", "minimum", "maximum"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly description: {
                        readonly type: "string";
                    };
                    readonly default: {
                        readonly type: "integer";
                    };
                    readonly minimum: {
                        readonly type: "integer";
                    };
                    readonly maximum: {
                        readonly type: "integer";
                    };
                };
            };
            readonly ScenarioPromise: {
                readonly type: "object";
                readonly description: "The state every product order the seed returns is left in.";
                readonly required: readonly ["productOrderStatus"];
                readonly properties: {
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                    };
                    readonly placeOrderStatus: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                    };
                };
            };
            readonly ScenarioSummary: {
                readonly type: "object";
                readonly required: readonly ["name", "description", "defaultCount", "movesClock", "params"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly description: {
                        readonly type: "string";
                    };
                    readonly promise: {
                        readonly $ref: "#/components/schemas/ScenarioPromise";
                    };
                    readonly defaultCount: {
                        readonly type: "integer";
                    };
                    readonly movesClock: {
                        readonly type: "boolean";
                        readonly description: "Whether applying it moves the merchant's virtual clock (busy-shop).";
                    };
                    readonly params: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ScenarioParam";
                        };
                    };
                };
            };
            readonly ApplyScenarioRequest: {
                readonly type: "object";
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                        readonly description: "Merchant app; the default merchant when omitted.";
                    };
                    readonly count: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 100000;
                        readonly description: "Orders to create (default 1; busy-shop 200).";
                    };
                    readonly seed: {
                        readonly type: "integer";
                        readonly description: "Seed of the fake data (default 1).";
                    };
                    readonly params: {
                        readonly type: "object";
                        readonly description: "The seed's own parameters (see listScenarios), e.g. `{\"days\": 14}`.";
                        readonly additionalProperties: {
                            readonly type: "integer";
                        };
                    };
                };
            };
            readonly ApplyScenarioResponse: {
                readonly type: "object";
                readonly required: readonly ["scenario", "clientId", "seed", "count", "params", "orders", "productOrderIds", "states", "refused", "clock"];
                readonly properties: {
                    readonly scenario: {
                        readonly type: "string";
                    };
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly seed: {
                        readonly type: "integer";
                    };
                    readonly count: {
                        readonly type: "integer";
                    };
                    readonly params: {
                        readonly type: "object";
                        readonly additionalProperties: {
                            readonly type: "integer";
                        };
                    };
                    readonly orders: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/CreateOrderResponse";
                        };
                    };
                    readonly productOrderIds: {
                        readonly type: "array";
                        readonly description: "The product orders the promise is about (every product order created).";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly states: {
                        readonly type: "object";
                        readonly description: "Product orders per state label, e.g. `DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK`.";
                        readonly additionalProperties: {
                            readonly type: "integer";
                        };
                    };
                    readonly refused: {
                        readonly type: "integer";
                        readonly description: "Orders whose plan a refused transition cut short (busy-shop); 0 normally.";
                    };
                    readonly clock: {
                        readonly type: "object";
                        readonly required: readonly ["from", "to"];
                        readonly properties: {
                            readonly from: {
                                readonly $ref: "#/components/schemas/KstDateTime";
                            };
                            readonly to: {
                                readonly $ref: "#/components/schemas/KstDateTime";
                            };
                        };
                    };
                };
            };
            readonly Coverage: {
                readonly type: "object";
                readonly required: readonly ["clientId", "rows", "covered", "uncovered", "percent", "errorCodes", "uncoveredErrorCodes"];
                readonly properties: {
                    readonly clientId: {
                        readonly type: "string";
                    };
                    readonly rows: {
                        readonly type: "array";
                        readonly description: "Every row of the state table with how often it fired.";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["id", "event", "actor", "count"];
                            readonly properties: {
                                readonly id: {
                                    readonly type: "string";
                                };
                                readonly event: {
                                    readonly type: "string";
                                };
                                readonly actor: {
                                    readonly $ref: "#/components/schemas/Actor";
                                };
                                readonly count: {
                                    readonly type: "integer";
                                };
                            };
                        };
                    };
                    readonly covered: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly uncovered: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly percent: {
                        readonly type: "number";
                        readonly description: "Share of rows covered, 0–100.";
                    };
                    readonly errorCodes: {
                        readonly type: "array";
                        readonly description: "Business codes a merchant action can answer, with how often the journal saw each.";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["code", "message", "count"];
                            readonly properties: {
                                readonly code: {
                                    readonly type: "string";
                                };
                                readonly message: {
                                    readonly type: "string";
                                };
                                readonly count: {
                                    readonly type: "integer";
                                };
                            };
                        };
                    };
                    readonly uncoveredErrorCodes: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly Health: {
                readonly type: "object";
                readonly required: readonly ["status", "version", "uptimeSeconds", "merchants"];
                readonly properties: {
                    readonly status: {
                        readonly type: "string";
                        readonly const: "ok";
                    };
                    readonly version: {
                        readonly type: "string";
                    };
                    readonly uptimeSeconds: {
                        readonly type: "number";
                    };
                    readonly merchants: {
                        readonly type: "integer";
                        readonly description: "Number of registered merchant apps.";
                    };
                };
            };
            readonly MerchantToken: {
                readonly type: "object";
                readonly description: "The real token endpoint's success body (facts §3.4).";
                readonly required: readonly ["access_token", "expires_in", "token_type"];
                readonly properties: {
                    readonly access_token: {
                        readonly type: "string";
                    };
                    readonly expires_in: {
                        readonly type: "integer";
                        readonly description: "Seconds the token stays valid on the merchant's virtual clock.";
                    };
                    readonly token_type: {
                        readonly type: "string";
                        readonly const: "Bearer";
                    };
                };
            };
            readonly StatePattern: {
                readonly type: "object";
                readonly description: "What a state must look like for a row to apply; omitted parts match anything.";
                readonly properties: {
                    readonly productOrderStatus: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ProductOrderStatus";
                        };
                    };
                    readonly placeOrderStatus: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/PlaceOrderStatus";
                        };
                    };
                    readonly claim: {
                        readonly description: "`none`: no claim in progress; otherwise the open claim's type and statuses.";
                        readonly oneOf: readonly [{
                            readonly type: "string";
                            readonly const: "none";
                        }, {
                            readonly type: "object";
                            readonly required: readonly ["type", "status"];
                            readonly properties: {
                                readonly type: {
                                    readonly $ref: "#/components/schemas/ClaimType";
                                };
                                readonly status: {
                                    readonly type: "array";
                                    readonly items: {
                                        readonly $ref: "#/components/schemas/ClaimStatus";
                                    };
                                };
                            };
                        }];
                    };
                    readonly holdback: {
                        readonly type: "string";
                        readonly enum: readonly ["held", "not-held"];
                    };
                };
            };
            readonly TransitionRow: {
                readonly type: "object";
                readonly description: "One row of the transition table (packages/engine/src/machine/table.ts).";
                readonly required: readonly ["id", "event", "actor", "from", "to", "effects", "note"];
                readonly properties: {
                    readonly id: {
                        readonly type: "string";
                        readonly description: "Stable id after the facts file's numbering (N5, C4, R3, …).";
                    };
                    readonly event: {
                        readonly type: "string";
                        readonly description: "A merchant action's operationId, a control-plane event, or an internal follow-up step.";
                    };
                    readonly actor: {
                        readonly $ref: "#/components/schemas/Actor";
                    };
                    readonly from: {
                        readonly description: "`new` for order placement, otherwise the state pattern the row applies to.";
                        readonly oneOf: readonly [{
                            readonly type: "string";
                            readonly const: "new";
                        }, {
                            readonly $ref: "#/components/schemas/StatePattern";
                        }];
                    };
                    readonly guard: {
                        readonly type: "string";
                        readonly enum: readonly ["paidAtOnce", "awaitingDeposit", "wholeQuantity", "partQuantity"];
                    };
                    readonly to: {
                        readonly type: "object";
                        readonly description: "What the row changes; omitted parts stay as they are.";
                        readonly properties: {
                            readonly productOrderStatus: {
                                readonly $ref: "#/components/schemas/ProductOrderStatus";
                            };
                            readonly placeOrderStatus: {
                                readonly $ref: "#/components/schemas/PlaceOrderStatus";
                            };
                            readonly claimType: {
                                readonly $ref: "#/components/schemas/ClaimType";
                            };
                            readonly claimStatus: {
                                readonly $ref: "#/components/schemas/ClaimStatus";
                            };
                            readonly holdbackStatus: {
                                readonly $ref: "#/components/schemas/HoldbackStatus";
                            };
                        };
                    };
                    readonly emits: {
                        readonly $ref: "#/components/schemas/LastChangedType";
                    };
                    readonly effects: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly next: {
                        readonly type: "string";
                        readonly description: "A follow-up event the platform applies at once.";
                    };
                    readonly note: {
                        readonly type: "string";
                        readonly description: "Provenance of the row (facts labels).";
                    };
                };
            };
            readonly MachineStateView: {
                readonly type: "object";
                readonly description: "A reachable state and its one-line label.";
                readonly required: readonly ["key", "productOrderStatus", "placeOrderStatus", "openClaim"];
                readonly properties: {
                    readonly key: {
                        readonly type: "string";
                        readonly description: "One-line label of the state, e.g. `DELIVERED · OK · RETURN/RETURN_REQUEST · holdback HOLDBACK`.";
                    };
                    readonly openClaim: {
                        readonly type: "boolean";
                        readonly description: "Whether a claim is in progress (a finished or rejected claim no longer blocks actions).";
                    };
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                    };
                    readonly placeOrderStatus: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                    };
                };
            };
            readonly MachineEdge: {
                readonly type: "object";
                readonly required: readonly ["from", "to", "rowId"];
                readonly properties: {
                    readonly from: {
                        readonly type: "string";
                        readonly description: "`key` of the state before, or `new` for order placement.";
                    };
                    readonly to: {
                        readonly type: "string";
                        readonly description: "`key` of the state after.";
                    };
                    readonly rowId: {
                        readonly type: "string";
                    };
                };
            };
            readonly FormField: {
                readonly type: "object";
                readonly description: "One flat input of an action or event, read from the API document.";
                readonly required: readonly ["name", "type", "required"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly type: {
                        readonly type: "string";
                        readonly enum: readonly ["string", "integer", "number"];
                    };
                    readonly required: {
                        readonly type: "boolean";
                    };
                    readonly format: {
                        readonly type: "string";
                    };
                    readonly enum: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly labels: {
                        readonly type: "array";
                        readonly description: "Korean descriptions of `enum`, in the same order.";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly description: {
                        readonly type: "string";
                    };
                };
            };
            readonly MerchantActionForm: {
                readonly type: "object";
                readonly required: readonly ["operationId", "method", "path", "summary", "hasBody", "fields"];
                readonly properties: {
                    readonly operationId: {
                        readonly type: "string";
                    };
                    readonly method: {
                        readonly type: "string";
                    };
                    readonly path: {
                        readonly type: "string";
                        readonly description: "Path under `apiBasePath`, with `{productOrderId}` where the action takes one.";
                    };
                    readonly summary: {
                        readonly type: "string";
                    };
                    readonly listProperty: {
                        readonly type: "string";
                        readonly description: "Bulk operations carry the product order in this array property.";
                    };
                    readonly hasBody: {
                        readonly type: "boolean";
                    };
                    readonly fields: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FormField";
                        };
                    };
                };
            };
            readonly SandboxEventForm: {
                readonly type: "object";
                readonly required: readonly ["event", "actor", "fields"];
                readonly properties: {
                    readonly event: {
                        readonly $ref: "#/components/schemas/SandboxEvent";
                    };
                    readonly actor: {
                        readonly $ref: "#/components/schemas/Actor";
                    };
                    readonly fields: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FormField";
                        };
                    };
                };
            };
            readonly StateMachine: {
                readonly type: "object";
                readonly required: readonly ["apiBasePath", "rows", "states", "edges", "sandboxEvents", "merchantActions", "labels"];
                readonly properties: {
                    readonly apiBasePath: {
                        readonly type: "string";
                        readonly description: "Base path of the real API on this server (`/npay/partner`).";
                    };
                    readonly rows: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/TransitionRow";
                        };
                    };
                    readonly states: {
                        readonly type: "array";
                        readonly description: "Every state reachable from order placement.";
                        readonly items: {
                            readonly $ref: "#/components/schemas/MachineStateView";
                        };
                    };
                    readonly edges: {
                        readonly type: "array";
                        readonly description: "One edge per (state before, state after, row); a row that keeps the state is a loop.";
                        readonly items: {
                            readonly $ref: "#/components/schemas/MachineEdge";
                        };
                    };
                    readonly sandboxEvents: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SandboxEventForm";
                        };
                    };
                    readonly merchantActions: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/MerchantActionForm";
                        };
                    };
                    readonly labels: {
                        readonly type: "object";
                        readonly description: "Korean descriptions of enum values, by enum name (ProductOrderStatus, ClaimStatus, …).";
                        readonly additionalProperties: {
                            readonly type: "object";
                            readonly additionalProperties: {
                                readonly type: "string";
                            };
                        };
                    };
                };
            };
            readonly Address: {
                readonly type: "object";
                readonly description: "Address (takingAddress, collectAddress, reDeliveryAddress) [DOC].";
                readonly properties: {
                    readonly addressType: {
                        readonly $ref: "#/components/schemas/AddressType";
                        readonly description: "주소 유형";
                    };
                    readonly name: {
                        readonly type: "string";
                        readonly description: "이름";
                    };
                    readonly tel1: {
                        readonly type: "string";
                        readonly description: "연락처 1";
                    };
                    readonly tel2: {
                        readonly type: "string";
                        readonly description: "연락처 2";
                    };
                    readonly zipCode: {
                        readonly type: "string";
                        readonly description: "우편번호";
                    };
                    readonly baseAddress: {
                        readonly type: "string";
                        readonly description: "기본 주소";
                    };
                    readonly detailedAddress: {
                        readonly type: "string";
                        readonly description: "상세 주소";
                    };
                    readonly city: {
                        readonly type: "string";
                        readonly description: "도시 (empty string for domestic)";
                    };
                    readonly state: {
                        readonly type: "string";
                        readonly description: "주 (empty string for domestic)";
                    };
                    readonly country: {
                        readonly type: "string";
                        readonly description: "국가";
                    };
                    readonly isRoadNameAddress: {
                        readonly type: "boolean";
                        readonly description: "도로명 주소 여부";
                    };
                };
            };
            readonly AddressType: {
                readonly type: "string";
                readonly description: "주소 유형. [DOC]";
                readonly enum: readonly ["DOMESTIC", "FOREIGN"];
                readonly "x-enum-descriptions": readonly ["국내", "국외"];
            };
            readonly AppliedCardPromotion: {
                readonly type: "object";
                readonly description: "Applied card promotion [DOC].";
                readonly properties: {
                    readonly promotionName: {
                        readonly type: "string";
                        readonly description: "프로모션명";
                    };
                    readonly cardCompanyName: {
                        readonly type: "string";
                        readonly description: "카드사명";
                    };
                    readonly promotionApplyAmount: {
                        readonly type: "integer";
                        readonly description: "프로모션 적용 금액";
                    };
                    readonly brandCompanyBurdenRatio: {
                        readonly type: "integer";
                        readonly description: "브랜드사 부담 비율";
                    };
                };
            };
            readonly AppliedCoupon: {
                readonly type: "object";
                readonly description: "Applied coupon [DOC].";
                readonly properties: {
                    readonly couponPublishNumber: {
                        readonly type: "string";
                        readonly description: "쿠폰 발행 번호";
                    };
                    readonly couponClassCode: {
                        readonly $ref: "#/components/schemas/CouponClassCode";
                        readonly description: "쿠폰 유형";
                    };
                    readonly couponDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "쿠폰 할인 금액";
                    };
                    readonly naverBurdenRatio: {
                        readonly type: "integer";
                        readonly description: "네이버 부담 비율";
                    };
                };
            };
            readonly BeforeClaim: {
                readonly type: "object";
                readonly description: "Previous claim of the product order [DOC].";
                readonly properties: {
                    readonly exchange: {
                        readonly $ref: "#/components/schemas/ExchangeClaim";
                        readonly description: "이전 교환 클레임";
                    };
                };
            };
            readonly CancelClaim: {
                readonly type: "object";
                readonly description: "Cancel claim block [DOC].";
                readonly properties: {
                    readonly claimId: {
                        readonly type: "string";
                        readonly description: "클레임 번호";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "클레임 상태";
                    };
                    readonly claimRequestDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 요청 일시";
                    };
                    readonly requestChannel: {
                        readonly type: "string";
                        readonly description: "접수 채널 (Korean text; value set not public)";
                    };
                    readonly cancelReason: {
                        readonly $ref: "#/components/schemas/ClaimReason";
                        readonly description: "취소 사유";
                    };
                    readonly cancelDetailedReason: {
                        readonly type: "string";
                        readonly description: "취소 상세 사유";
                    };
                    readonly cancelApprovalDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "취소 승인 일시";
                    };
                    readonly cancelCompletedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "취소 완료 일시";
                    };
                    readonly refundExpectedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "환불 예정일";
                    };
                    readonly refundStandbyReason: {
                        readonly type: "string";
                        readonly description: "환불 대기 사유";
                    };
                    readonly refundStandbyStatus: {
                        readonly type: "string";
                        readonly description: "환불 대기 상태";
                    };
                    readonly requestQuantity: {
                        readonly type: "integer";
                        readonly description: "요청 수량";
                    };
                };
            };
            readonly ClaimDeliveryFeeSupportType: {
                readonly type: "string";
                readonly description: "클레임 배송비 지원 유형. [DOC]";
                readonly enum: readonly ["MEMBERSHIP_ARRIVAL_GUARANTEE", "MEMBERSHIP_KURLY"];
                readonly "x-enum-descriptions": readonly ["멤버십도착보장", "멤버십컬리N마트"];
            };
            readonly ClaimReason: {
                readonly type: "string";
                readonly description: "클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]";
                readonly enum: readonly ["INTENT_CHANGED", "COLOR_AND_SIZE", "WRONG_ORDER", "PRODUCT_UNSATISFIED", "DELAYED_DELIVERY", "SOLD_OUT", "DROPPED_DELIVERY", "NOT_YET_DELIVERY", "BROKEN", "INCORRECT_INFO", "WRONG_DELIVERY", "WRONG_OPTION", "SIMPLE_INTENT_CHANGED", "MISTAKE_ORDER", "ETC", "DELAYED_DELIVERY_BY_PURCHASER", "INCORRECT_INFO_BY_PURCHASER", "PRODUCT_UNSATISFIED_BY_PURCHASER", "NOT_YET_DISCUSSION", "OUT_OF_STOCK", "SALE_INTENT_CHANGED", "NOT_YET_PAYMENT", "NOT_YET_RECEIVE", "WRONG_DELAYED_DELIVERY", "BROKEN_AND_BAD", "RECEIVING_DUE_DATE_OVER", "RECEIVER_MISMATCHED", "GIFT_INTENT_CHANGED", "GIFT_REFUSAL", "MINOR_RESTRICTED", "RECEIVING_BLOCKED", "UNDER_QUANTITY", "ASYNC_FAIL_PAYMENT", "ASYNC_LONG_WAIT_PAYMENT"];
                readonly "x-enum-descriptions": readonly ["구매 의사 취소", "색상 및 사이즈 변경", "다른 상품 잘못 주문", "서비스 불만족", "배송 지연", "상품 품절", "배송 누락", "미배송", "상품 파손", "상품 정보 상이", "오배송", "색상 등 다른 상품 잘못 배송", "단순 변심", "주문 실수", "기타", "배송 지연", "상품 정보 상이", "서비스 불만족", "상호 협의가 완료되지 않은 주문 건", "재고 부족으로 인한 판매 불가", "판매 의사 변심으로 인한 거부", "구매자의 미결제로 인한 거부", "상품 미수취", "오배송 및 지연", "파손 및 불량", "수락 기한 만료", "수신인 불일치", "보내기 취소", "선물 거절", "상품 수신 불가", "상품 수신 불가", "주문 수량 미달", "결제 승인 실패", "결제 승인 실패"];
            };
            readonly ClaimStatus: {
                readonly type: "string";
                readonly description: "클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]";
                readonly enum: readonly ["CANCEL_REQUEST", "CANCELING", "CANCEL_DONE", "CANCEL_REJECT", "RETURN_REQUEST", "EXCHANGE_REQUEST", "COLLECTING", "COLLECT_DONE", "EXCHANGE_REDELIVERING", "RETURN_DONE", "EXCHANGE_DONE", "RETURN_REJECT", "EXCHANGE_REJECT", "PURCHASE_DECISION_HOLDBACK", "PURCHASE_DECISION_REQUEST", "PURCHASE_DECISION_HOLDBACK_RELEASE", "ADMIN_CANCELING", "ADMIN_CANCEL_DONE", "ADMIN_CANCEL_REJECT"];
                readonly "x-enum-descriptions": readonly ["취소 요청", "취소 처리 중", "취소 처리 완료", "취소 철회", "반품 요청", "교환 요청", "수거 처리 중", "수거 완료", "교환 재배송 중", "반품 완료", "교환 완료", "반품 철회", "교환 철회", "구매 확정 보류", "구매 확정 요청", "구매 확정 보류 해제", "직권 취소 중", "직권 취소 완료", "직권 취소 철회"];
            };
            readonly ClaimType: {
                readonly type: "string";
                readonly description: "클레임 구분 (claimType). [DOC]";
                readonly enum: readonly ["CANCEL", "RETURN", "EXCHANGE", "PURCHASE_DECISION_HOLDBACK", "ADMIN_CANCEL"];
                readonly "x-enum-descriptions": readonly ["취소", "반품", "교환", "구매 확정 보류", "직권 취소"];
            };
            readonly CollectStatus: {
                readonly type: "string";
                readonly description: "수거 상태 (return/exchange collectStatus). [DOC]";
                readonly enum: readonly ["NOT_REQUESTED", "COLLECT_REQUEST_TO_AGENT", "COLLECT_REQUEST_TO_DELIVERY_COMPANY", "COLLECT_WAITING", "DELIVERING", "DELIVERED", "DELIVERY_FAILED", "COLLECT_FAILED", "WRONG_INVOICE", "COLLECT_CANCELED"];
                readonly "x-enum-descriptions": readonly ["수거 미요청", "수거 지시 완료", "수거 요청", "택배사 수거 예정", "수거 진행 중", "수거 완료", "배송 실패", "수거 실패", "오류 송장", "수거 취소"];
            };
            readonly CommissionPrePayStatus: {
                readonly type: "string";
                readonly description: "수수료 선결제 상태. [DOC]";
                readonly enum: readonly ["GENERAL_PRD", "PRE_PAY_PRD_NO_PAY", "PRE_PAY_PRD_PAYED"];
                readonly "x-enum-descriptions": readonly ["일반 상품", "선차감(차감 전)", "선차감(차감 후)"];
            };
            readonly CompletedClaim: {
                readonly type: "object";
                readonly description: "Completed claim history entry (completedClaims[]) [DOC]. Includes the collect/holdback dates the official example shows.";
                readonly properties: {
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                        readonly description: "클레임 구분";
                    };
                    readonly claimId: {
                        readonly type: "string";
                        readonly description: "클레임 번호";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "클레임 상태";
                    };
                    readonly claimRequestDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 요청 일시";
                    };
                    readonly requestChannel: {
                        readonly type: "string";
                        readonly description: "접수 채널";
                    };
                    readonly claimRequestDetailContent: {
                        readonly type: "string";
                        readonly description: "클레임 요청 상세 사유";
                    };
                    readonly claimRequestReason: {
                        readonly $ref: "#/components/schemas/ClaimReason";
                        readonly description: "클레임 요청 사유";
                    };
                    readonly refundExpectedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "환불 예정일";
                    };
                    readonly refundStandbyReason: {
                        readonly type: "string";
                        readonly description: "환불 대기 사유";
                    };
                    readonly refundStandbyStatus: {
                        readonly type: "string";
                        readonly description: "환불 대기 상태";
                    };
                    readonly requestQuantity: {
                        readonly type: "integer";
                        readonly description: "요청 수량";
                    };
                    readonly claimDeliveryFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 청구액";
                    };
                    readonly claimDeliveryFeePayMeans: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 수단";
                    };
                    readonly claimDeliveryFeePayMethod: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 방법";
                    };
                    readonly returnReceiveAddress: {
                        readonly $ref: "#/components/schemas/ReturnReceiveAddress";
                        readonly description: "반품 수령지";
                    };
                    readonly collectAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "수거지 주소";
                    };
                    readonly collectStatus: {
                        readonly $ref: "#/components/schemas/CollectStatus";
                        readonly description: "수거 상태";
                    };
                    readonly collectDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "수거 방법";
                    };
                    readonly collectDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "수거 택배사 코드";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly collectTrackingNumber: {
                        readonly type: "string";
                        readonly description: "수거 송장 번호";
                    };
                    readonly collectCompletedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "수거 완료 일시";
                    };
                    readonly etcFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "기타 비용 청구액";
                    };
                    readonly etcFeePayMeans: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 수단";
                    };
                    readonly etcFeePayMethod: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 방법";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                        readonly description: "보류 상태";
                    };
                    readonly holdbackReason: {
                        readonly $ref: "#/components/schemas/HoldbackClassType";
                        readonly description: "보류 유형";
                    };
                    readonly holdbackDetailedReason: {
                        readonly type: "string";
                        readonly description: "보류 상세 사유";
                    };
                    readonly holdbackConfigDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 설정 일시";
                    };
                    readonly holdbackConfigurer: {
                        readonly type: "string";
                        readonly description: "보류 설정자";
                    };
                    readonly holdbackReleaseDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 해제 일시";
                    };
                    readonly holdbackReleaser: {
                        readonly type: "string";
                        readonly description: "보류 해제자";
                    };
                    readonly claimDeliveryFeeProductOrderIds: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 묶음 상품 주문 번호";
                    };
                    readonly claimDeliveryFeeDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 할인액";
                    };
                    readonly remoteAreaCostChargeAmount: {
                        readonly type: "integer";
                        readonly description: "도서산간 추가 비용";
                    };
                    readonly claimCompleteOperationDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 완료 처리 일시";
                    };
                    readonly claimRequestAdmissionDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 요청 승인 일시";
                    };
                    readonly collectOperationDate: {
                        readonly type: "string";
                        readonly description: "수거 처리일 (typed as a plain string in the docs)";
                    };
                    readonly collectStartTime: {
                        readonly type: "string";
                        readonly description: "수거 시작 시각";
                    };
                    readonly collectEndTime: {
                        readonly type: "string";
                        readonly description: "수거 종료 시각";
                    };
                    readonly collectSlotId: {
                        readonly type: "string";
                        readonly description: "수거 슬롯 ID";
                    };
                    readonly reDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "재배송 방법";
                    };
                    readonly reDeliveryStatus: {
                        readonly $ref: "#/components/schemas/DeliveryStatus";
                        readonly description: "재배송 상태";
                    };
                    readonly reDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "재배송 택배사 코드";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly reDeliveryTrackingNumber: {
                        readonly type: "string";
                        readonly description: "재배송 송장 번호";
                    };
                    readonly reDeliveryAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "재배송지 주소";
                    };
                    readonly reDeliveryOperationDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "재배송 처리 일시";
                    };
                    readonly membershipsArrivalGuaranteeClaimSupportingAmount: {
                        readonly type: "integer";
                        readonly description: "멤버십 도착 보장 클레임 지원 금액";
                    };
                    readonly claimDeliveryFeeSupportType: {
                        readonly $ref: "#/components/schemas/ClaimDeliveryFeeSupportType";
                        readonly description: "클레임 배송비 지원 유형";
                    };
                    readonly claimDeliveryFeeSupportAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 지원 금액";
                    };
                };
            };
            readonly CouponClassCode: {
                readonly type: "string";
                readonly description: "쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]";
                readonly enum: readonly ["NMP_PRD_DCNT", "NMP_PRD_DUP_DCNT"];
                readonly "x-enum-descriptions": readonly ["관리자 상품할인", "관리자/판매자 상품중복할인"];
            };
            readonly CurrentClaim: {
                readonly type: "object";
                readonly description: "Claim currently attached to the product order [DOC].";
                readonly properties: {
                    readonly cancel: {
                        readonly $ref: "#/components/schemas/CancelClaim";
                        readonly description: "취소";
                    };
                    readonly return: {
                        readonly $ref: "#/components/schemas/ReturnClaim";
                        readonly description: "반품";
                    };
                    readonly exchange: {
                        readonly $ref: "#/components/schemas/ExchangeClaim";
                        readonly description: "교환";
                    };
                };
            };
            readonly DelayedDispatchReason: {
                readonly type: "string";
                readonly description: "발송 지연 사유. [DOC]";
                readonly enum: readonly ["PRODUCT_PREPARE", "CUSTOMER_REQUEST", "CUSTOM_BUILD", "RESERVED_DISPATCH", "OVERSEA_DELIVERY", "ETC"];
                readonly "x-enum-descriptions": readonly ["상품 준비 중", "고객 요청", "주문 제작", "예약 발송", "해외 배송", "기타"];
            };
            readonly Delivery: {
                readonly type: "object";
                readonly description: "Delivery of a dispatched product order [DOC].";
                readonly properties: {
                    readonly deliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "배송 방법";
                    };
                    readonly deliveryCompany: {
                        readonly type: "string";
                        readonly description: "택배사 코드 (DeliveryCompanyCode)";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly trackingNumber: {
                        readonly type: "string";
                        readonly description: "송장 번호";
                    };
                    readonly sendDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "발송 일시 (the dispatchDate sent)";
                    };
                    readonly pickupDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "집화 일시";
                    };
                    readonly deliveredDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "배송 완료 일시";
                    };
                    readonly deliveryStatus: {
                        readonly $ref: "#/components/schemas/DeliveryStatus";
                        readonly description: "배송 상세 상태";
                    };
                    readonly isWrongTrackingNumber: {
                        readonly type: "boolean";
                        readonly description: "오류 송장 여부";
                    };
                    readonly wrongTrackingNumberRegisteredDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "오류 송장 등록 일시";
                    };
                    readonly wrongTrackingNumberType: {
                        readonly type: "string";
                        readonly description: "오류 송장 등록 구분 (value set not public)";
                    };
                };
            };
            readonly DeliveryAttributeType: {
                readonly type: "string";
                readonly description: "배송 속성 유형. [DOC]";
                readonly enum: readonly ["NORMAL", "TODAY", "OPTION_TODAY", "HOPE", "TODAY_ARRIVAL", "DAWN_ARRIVAL", "PRE_ORDER", "ARRIVAL_GUARANTEE", "SELLER_GUARANTEE", "HOPE_SELLER_GUARANTEE", "PICKUP", "QUICK"];
                readonly "x-enum-descriptions": readonly ["일반배송", "오늘출발", "옵션별 오늘출발", "희망일배송", "당일배송", "새벽배송", "예약구매", "N배송", "N판매자배송", "N희망일배송", "픽업", "즉시배달"];
            };
            readonly DeliveryMethod: {
                readonly type: "string";
                readonly description: "배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]";
                readonly enum: readonly ["DELIVERY", "GDFW_ISSUE_SVC", "VISIT_RECEIPT", "DIRECT_DELIVERY", "QUICK_SVC", "NOTHING", "RETURN_DESIGNATED", "RETURN_DELIVERY", "RETURN_INDIVIDUAL", "RETURN_MERCHANT", "UNKNOWN"];
                readonly "x-enum-descriptions": readonly ["택배, 등기, 소포", "굿스플로 송장 출력", "방문 수령", "직접 전달", "퀵서비스", "배송 없음", "지정 반품 택배", "일반 반품 택배", "직접 반송", "판매자 직접 수거(장보기 전용)", "알 수 없음(예외 처리에 사용)"];
            };
            readonly DeliveryStatus: {
                readonly type: "string";
                readonly description: "배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]";
                readonly enum: readonly ["COLLECT_REQUEST", "COLLECT_WAIT", "COLLECT_CARGO", "DELIVERY_COMPLETION", "DELIVERING", "DELIVERY_FAIL", "WRONG_INVOICE", "COLLECT_CARGO_FAIL", "COLLECT_CARGO_CANCEL", "NOT_TRACKING"];
                readonly "x-enum-descriptions": readonly ["수거 요청", "수거 대기", "집화", "배송 완료", "배송중", "배송 실패", "오류 송장", "집화 실패", "집화 취소", "배송 추적 없음"];
            };
            readonly DeliveryTagType: {
                readonly type: "string";
                readonly description: "배송 태그 유형. [DOC]";
                readonly enum: readonly ["TODAY", "TOMORROW", "DAWN", "SUNDAY", "STANDARD", "HOPE"];
                readonly "x-enum-descriptions": readonly ["오늘배송", "내일배송", "새벽배송", "일요배송", "D+2이상배송", "희망일배송"];
            };
            readonly EntryMethod: {
                readonly type: "string";
                readonly description: "공동현관 출입 방법. [DOC values; glosses INF]";
                readonly enum: readonly ["LOBBY_PW", "MANAGEMENT_OFFICE", "FREE", "OTHER"];
                readonly "x-enum-descriptions": readonly ["공동현관 비밀번호", "경비실 호출", "자유 출입", "기타"];
            };
            readonly ExchangeClaim: {
                readonly type: "object";
                readonly description: "Exchange claim block [DOC].";
                readonly properties: {
                    readonly claimId: {
                        readonly type: "string";
                        readonly description: "클레임 번호";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "클레임 상태";
                    };
                    readonly claimRequestDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 요청 일시";
                    };
                    readonly requestChannel: {
                        readonly type: "string";
                        readonly description: "접수 채널 (Korean text; value set not public)";
                    };
                    readonly exchangeReason: {
                        readonly $ref: "#/components/schemas/ClaimReason";
                        readonly description: "교환 사유";
                    };
                    readonly exchangeDetailedReason: {
                        readonly type: "string";
                        readonly description: "교환 상세 사유";
                    };
                    readonly requestQuantity: {
                        readonly type: "integer";
                        readonly description: "요청 수량";
                    };
                    readonly returnReceiveAddress: {
                        readonly $ref: "#/components/schemas/ReturnReceiveAddress";
                        readonly description: "반품(교환 수거) 수령지 — present in the official example although the field list omits it [DOC]";
                    };
                    readonly collectAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "수거지 주소";
                    };
                    readonly collectStatus: {
                        readonly $ref: "#/components/schemas/CollectStatus";
                        readonly description: "수거 상태";
                    };
                    readonly collectDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "수거 방법";
                    };
                    readonly collectDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "수거 택배사 코드 (DeliveryCompanyCode)";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly collectTrackingNumber: {
                        readonly type: "string";
                        readonly description: "수거 송장 번호";
                    };
                    readonly collectCompletedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "수거 완료 일시";
                    };
                    readonly claimDeliveryFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 청구액";
                    };
                    readonly claimDeliveryFeePayMeans: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 수단";
                    };
                    readonly claimDeliveryFeePayMethod: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 방법";
                    };
                    readonly claimDeliveryFeeProductOrderIds: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 묶음 상품 주문 번호 (comma-separated)";
                    };
                    readonly claimDeliveryFeeDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 할인액";
                    };
                    readonly remoteAreaCostChargeAmount: {
                        readonly type: "integer";
                        readonly description: "도서산간 추가 비용";
                    };
                    readonly etcFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "기타 비용 청구액";
                    };
                    readonly etcFeePayMeans: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 수단";
                    };
                    readonly etcFeePayMethod: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 방법";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                        readonly description: "보류 상태";
                    };
                    readonly holdbackReason: {
                        readonly $ref: "#/components/schemas/HoldbackClassType";
                        readonly description: "보류 유형";
                    };
                    readonly holdbackDetailedReason: {
                        readonly type: "string";
                        readonly description: "보류 상세 사유";
                    };
                    readonly holdbackConfigDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 설정 일시";
                    };
                    readonly holdbackConfigurer: {
                        readonly type: "string";
                        readonly description: "보류 설정자";
                    };
                    readonly holdbackReleaseDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 해제 일시";
                    };
                    readonly holdbackReleaser: {
                        readonly type: "string";
                        readonly description: "보류 해제자";
                    };
                    readonly membershipsArrivalGuaranteeClaimSupportingAmount: {
                        readonly type: "integer";
                        readonly description: "멤버십 도착 보장 클레임 지원 금액";
                    };
                    readonly claimDeliveryFeeSupportType: {
                        readonly $ref: "#/components/schemas/ClaimDeliveryFeeSupportType";
                        readonly description: "클레임 배송비 지원 유형";
                    };
                    readonly claimDeliveryFeeSupportAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 지원 금액";
                    };
                    readonly reDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "재배송 방법";
                    };
                    readonly reDeliveryStatus: {
                        readonly $ref: "#/components/schemas/DeliveryStatus";
                        readonly description: "재배송 상태";
                    };
                    readonly reDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "재배송 택배사 코드 (DeliveryCompanyCode)";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly reDeliveryTrackingNumber: {
                        readonly type: "string";
                        readonly description: "재배송 송장 번호";
                    };
                    readonly reDeliveryAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "재배송지 주소";
                    };
                    readonly reDeliveryOperationDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "재배송 처리 일시";
                    };
                    readonly exchangeImageUrl: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly description: "교환 이미지 URL";
                    };
                };
            };
            readonly GiftReceivingStatus: {
                readonly type: "string";
                readonly description: "선물 수락 상태 (선물하기 orders only). [DOC]";
                readonly enum: readonly ["WAIT_FOR_RECEIVING", "RECEIVED"];
                readonly "x-enum-descriptions": readonly ["수락 대기(배송지 입력 대기)", "수락 완료"];
            };
            readonly HoldbackClassType: {
                readonly type: "string";
                readonly description: "보류 유형 (request holdbackClassType; response holdbackReason). Note the real spelling `EXTRAFEEE`. Return-side values: RETURN_*, EXTRAFEEE, ETC; exchange-side: EXCHANGE_*, ETC [INF partition]. [DOC]";
                readonly enum: readonly ["RETURN_DELIVERYFEE", "EXTRAFEEE", "RETURN_DELIVERYFEE_AND_EXTRAFEEE", "RETURN_PRODUCT_NOT_DELIVERED", "ETC", "EXCHANGE_DELIVERYFEE", "EXCHANGE_EXTRAFEE", "EXCHANGE_PRODUCT_READY", "EXCHANGE_PRODUCT_NOT_DELIVERED", "EXCHANGE_HOLDBACK", "SELLER_CONFIRM_NEED", "PURCHASER_CONFIRM_NEED", "SELLER_REMIT", "ETC2"];
                readonly "x-enum-descriptions": readonly ["반품 배송비 청구", "추가 비용 청구", "반품 배송비 + 추가 비용 청구", "반품 상품 미입고", "기타 사유", "교환 배송비 청구", "추가 교환 비용 청구", "교환 상품 준비 중", "교환 상품 미입고", "교환 구매 확정 보류", "판매자 확인 필요", "구매자 확인 필요", "판매자 직접 송금", "기타"];
            };
            readonly HoldbackStatus: {
                readonly type: "string";
                readonly description: "보류 상태. The SOAP predecessor also had NOT_YET [SOAP]; not included. [DOC]";
                readonly enum: readonly ["HOLDBACK", "RELEASED"];
                readonly "x-enum-descriptions": readonly ["보류 중", "보류 해제"];
            };
            readonly HopeDelivery: {
                readonly type: "object";
                readonly description: "희망일 배송 정보 (productOrder.hopeDelivery) [DOC].";
                readonly properties: {
                    readonly region: {
                        readonly type: "string";
                        readonly description: "지역";
                    };
                    readonly additionalFee: {
                        readonly type: "integer";
                        readonly description: "추가 배송비";
                    };
                    readonly hopeDeliveryYmd: {
                        readonly type: "string";
                        readonly pattern: "^\\d{8}$";
                        readonly description: "배송 희망일 yyyyMMdd";
                    };
                    readonly hopeDeliveryHm: {
                        readonly type: "string";
                        readonly pattern: "^\\d{4}$";
                        readonly description: "배송 희망 시간 HHmm";
                    };
                    readonly changeReason: {
                        readonly type: "string";
                        readonly description: "변경 사유";
                    };
                    readonly changer: {
                        readonly type: "string";
                        readonly description: "변경자";
                    };
                };
            };
            readonly KstDateTime: {
                readonly type: "string";
                readonly format: "date-time";
                readonly description: "Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].\n(Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)\n";
                readonly pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00$";
                readonly examples: readonly ["2023-01-16T17:14:51.794+09:00"];
            };
            readonly LastChangedType: {
                readonly type: "string";
                readonly description: "최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]";
                readonly enum: readonly ["PAY_WAITING", "PAYED", "EXCHANGE_OPTION", "DELIVERY_ADDRESS_CHANGED", "GIFT_RECEIVED", "CLAIM_REJECTED", "DISPATCHED", "CLAIM_REQUESTED", "COLLECT_DONE", "CLAIM_COMPLETED", "PURCHASE_DECIDED", "HOPE_DELIVERY_INFO_CHANGED", "CLAIM_REDELIVERING"];
                readonly "x-enum-descriptions": readonly ["결제 대기", "결제 완료", "옵션 변경", "배송지 변경", "선물 수락", "클레임 철회", "발송 처리", "클레임 요청", "수거 완료", "클레임 완료", "구매 확정", "배송 희망일 변경", "교환 재배송처리"];
            };
            readonly Order: {
                readonly type: "object";
                readonly description: "Order-level fields of a product order detail [DOC].";
                readonly properties: {
                    readonly orderId: {
                        readonly type: "string";
                        readonly description: "주문 번호";
                    };
                    readonly orderDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "주문 일시";
                    };
                    readonly paymentDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "결제 일시; absent while unpaid";
                    };
                    readonly paymentDueDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "입금 기한 (무통장입금)";
                    };
                    readonly paymentMeans: {
                        readonly type: "string";
                        readonly description: "결제 수단: a Korean label such as 신용카드 or 무통장입금 (see PaymentMeans) [DOC][OBS]";
                        readonly "x-npay-enum": "PaymentMeans";
                    };
                    readonly payLocationType: {
                        readonly $ref: "#/components/schemas/PayLocationType";
                        readonly description: "결제 위치 구분 (PC/MOBILE)";
                    };
                    readonly ordererId: {
                        readonly type: "string";
                        readonly description: "주문자 ID (masked)";
                    };
                    readonly ordererNo: {
                        readonly type: "string";
                        readonly description: "주문자 번호";
                    };
                    readonly ordererName: {
                        readonly type: "string";
                        readonly description: "주문자 이름";
                    };
                    readonly ordererTel: {
                        readonly type: "string";
                        readonly description: "주문자 연락처";
                    };
                    readonly orderDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "주문 할인액";
                    };
                    readonly generalPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "일반 결제 수단 최종 결제 금액";
                    };
                    readonly naverMileagePaymentAmount: {
                        readonly type: "integer";
                        readonly description: "네이버페이 포인트 최종 결제 금액";
                    };
                    readonly chargeAmountPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "충전금 최종 결제 금액";
                    };
                    readonly checkoutAccumulationPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "적립금 최종 결제 금액 (legacy)";
                    };
                    readonly payLaterPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "후불 결제 최종 결제 금액";
                    };
                    readonly isDeliveryMemoParticularInput: {
                        readonly type: readonly ["string", "boolean"];
                        readonly description: "배송 메모 개별 입력 여부: a string \"true\"/\"false\" in the docs [DOC]; a live sample carried a JSON boolean [OBS].";
                    };
                    readonly isMembershipSubscribed: {
                        readonly type: "boolean";
                        readonly description: "네이버플러스 멤버십 가입 여부";
                    };
                };
            };
            readonly PayLocationType: {
                readonly type: "string";
                readonly description: "결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]";
                readonly enum: readonly ["PC", "MOBILE"];
                readonly "x-enum-descriptions": readonly ["PC", "모바일"];
            };
            readonly PaymentMeans: {
                readonly type: "string";
                readonly description: "결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.";
                readonly enum: readonly ["신용카드", "신용카드 간편결제", "휴대폰", "휴대폰 간편결제", "계좌 간편결제", "무통장입금", "포인트/머니결제", "패밀리결제", "후불결제"];
                readonly "x-enum-descriptions": readonly ["신용카드", "신용카드 간편결제", "휴대폰", "휴대폰 간편결제", "계좌 간편결제", "무통장입금", "포인트/머니결제", "패밀리결제", "후불결제"];
            };
            readonly PickupLocationType: {
                readonly type: "string";
                readonly description: "수령 위치 유형. [DOC values; glosses INF]";
                readonly enum: readonly ["FRONT_OF_DOOR", "MANAGEMENT_OFFICE", "DIRECT_RECEIVE", "OTHER"];
                readonly "x-enum-descriptions": readonly ["문 앞", "경비실", "직접 수령", "기타"];
            };
            readonly PlaceOrderStatus: {
                readonly type: "string";
                readonly description: "발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]";
                readonly enum: readonly ["NOT_YET", "OK", "CANCEL"];
                readonly "x-enum-descriptions": readonly ["발주 미확인", "발주 확인", "발주 확인 해제"];
            };
            readonly ProductOrder: {
                readonly type: "object";
                readonly description: "The product order itself [DOC]. Field spellings are the real ones, including productImediateDiscountAmount and sellerBurdenImediateDiscountAmount (one \"m\"). Absent values are omitted.";
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "상품 주문 번호";
                    };
                    readonly mallId: {
                        readonly type: "string";
                        readonly description: "가맹점 ID (Npay merchants: np_… [INF])";
                    };
                    readonly merchantChannelId: {
                        readonly type: "string";
                        readonly description: "채널 번호";
                    };
                    readonly productId: {
                        readonly type: "string";
                        readonly description: "상품 번호 (for Npay presumably the merchant product ID [INF])";
                    };
                    readonly originalProductId: {
                        readonly type: "string";
                        readonly description: "원상품 번호";
                    };
                    readonly groupProductId: {
                        readonly type: "integer";
                        readonly format: "int64";
                        readonly description: "그룹 상품 번호";
                    };
                    readonly productName: {
                        readonly type: "string";
                        readonly description: "상품명";
                    };
                    readonly productOption: {
                        readonly type: "string";
                        readonly description: "상품 옵션";
                    };
                    readonly optionCode: {
                        readonly type: "string";
                        readonly description: "옵션 코드";
                    };
                    readonly optionManageCode: {
                        readonly type: "string";
                        readonly description: "판매자 옵션 관리 코드";
                    };
                    readonly sellerProductCode: {
                        readonly type: "string";
                        readonly description: "판매자 상품 코드";
                    };
                    readonly sellerCustomCode1: {
                        readonly type: "string";
                        readonly description: "판매자 내부 코드 1";
                    };
                    readonly sellerCustomCode2: {
                        readonly type: "string";
                        readonly description: "판매자 내부 코드 2";
                    };
                    readonly itemNo: {
                        readonly type: "string";
                        readonly description: "아이템 번호";
                    };
                    readonly productClass: {
                        readonly type: "string";
                        readonly description: "상품 종류, Korean text such as 조합형옵션상품 [DOC]";
                    };
                    readonly freeGift: {
                        readonly type: "string";
                        readonly description: "사은품";
                    };
                    readonly packageNumber: {
                        readonly type: "string";
                        readonly description: "묶음 배송 번호";
                    };
                    readonly inflowPath: {
                        readonly type: "string";
                        readonly description: "유입 경로";
                    };
                    readonly inflowPathAdd: {
                        readonly type: "string";
                        readonly description: "유입 경로 추가 정보";
                    };
                    readonly individualCustomUniqueCode: {
                        readonly type: "string";
                        readonly description: "개인통관고유부호";
                    };
                    readonly taxType: {
                        readonly $ref: "#/components/schemas/TaxType";
                        readonly description: "과세 유형";
                    };
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                        readonly description: "상품 주문 상태";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                        readonly description: "현재 클레임 구분; omitted without a claim";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "현재 클레임 상태; omitted without a claim";
                    };
                    readonly claimId: {
                        readonly type: "string";
                        readonly description: "현재 클레임 번호";
                    };
                    readonly placeOrderStatus: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                        readonly description: "발주 상태";
                    };
                    readonly placeOrderDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "발주 확인 일시";
                    };
                    readonly decisionDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "구매 확정 일시";
                    };
                    readonly giftReceivingStatus: {
                        readonly $ref: "#/components/schemas/GiftReceivingStatus";
                        readonly description: "선물 수락 상태";
                    };
                    readonly quantity: {
                        readonly type: "integer";
                        readonly description: "수량";
                    };
                    readonly initialQuantity: {
                        readonly type: "integer";
                        readonly description: "최초 수량";
                    };
                    readonly remainQuantity: {
                        readonly type: "integer";
                        readonly description: "잔여 수량 (after 수량 클레임)";
                    };
                    readonly unitPrice: {
                        readonly type: "integer";
                        readonly description: "상품 가격";
                    };
                    readonly optionPrice: {
                        readonly type: "integer";
                        readonly description: "옵션 금액";
                    };
                    readonly totalProductAmount: {
                        readonly type: "integer";
                        readonly description: "상품 주문 금액";
                    };
                    readonly initialProductAmount: {
                        readonly type: "integer";
                        readonly description: "최초 상품 주문 금액";
                    };
                    readonly remainProductAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 상품 주문 금액";
                    };
                    readonly productDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "상품별 할인액";
                    };
                    readonly initialProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "최초 상품별 할인액";
                    };
                    readonly remainProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 상품별 할인액";
                    };
                    readonly totalPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "총 결제 금액";
                    };
                    readonly initialPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "최초 결제 금액";
                    };
                    readonly remainPaymentAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 결제 금액";
                    };
                    readonly productImediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "상품별 즉시 할인 금액 (real spelling, one \"m\")";
                    };
                    readonly initialProductImmediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "최초 상품별 즉시 할인 금액";
                    };
                    readonly remainProductImmediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 상품별 즉시 할인 금액";
                    };
                    readonly productProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "상품별 상품 할인 쿠폰 금액";
                    };
                    readonly initialProductProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "최초 상품별 상품 할인 쿠폰 금액";
                    };
                    readonly remainProductProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 상품별 상품 할인 쿠폰 금액";
                    };
                    readonly productMultiplePurchaseDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "상품별 복수 구매 할인 금액";
                    };
                    readonly sellerBurdenDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "판매자 부담 할인액";
                    };
                    readonly sellerBurdenImediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "판매자 부담 즉시 할인 금액 (real spelling, one \"m\")";
                    };
                    readonly initialSellerBurdenImmediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "최초 판매자 부담 즉시 할인 금액";
                    };
                    readonly remainSellerBurdenImmediateDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 판매자 부담 즉시 할인 금액";
                    };
                    readonly sellerBurdenProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "판매자 부담 상품 할인 쿠폰 금액";
                    };
                    readonly initialSellerBurdenProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "최초 판매자 부담 상품 할인 쿠폰 금액";
                    };
                    readonly remainSellerBurdenProductDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "잔여 판매자 부담 상품 할인 쿠폰 금액";
                    };
                    readonly sellerBurdenMultiplePurchaseDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "판매자 부담 복수 구매 할인 금액";
                    };
                    readonly sellerBurdenMultiplePurchaseDiscountType: {
                        readonly $ref: "#/components/schemas/SellerBurdenMultiplePurchaseDiscountType";
                        readonly description: "판매자 부담 복수 구매 할인 유형";
                    };
                    readonly sellerBurdenStoreDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "판매자 부담 스토어 할인 금액";
                    };
                    readonly deliveryFeeAmount: {
                        readonly type: "integer";
                        readonly description: "배송비 합계";
                    };
                    readonly deliveryDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "배송비 최종 할인액";
                    };
                    readonly sectionDeliveryFee: {
                        readonly type: "integer";
                        readonly description: "지역별 추가 배송비";
                    };
                    readonly paymentCommission: {
                        readonly type: "integer";
                        readonly description: "결제 수수료";
                    };
                    readonly saleCommission: {
                        readonly type: "integer";
                        readonly description: "판매 수수료";
                    };
                    readonly channelCommission: {
                        readonly type: "integer";
                        readonly description: "채널 수수료";
                    };
                    readonly knowledgeShoppingSellingInterlockCommission: {
                        readonly type: "integer";
                        readonly description: "네이버쇼핑 매출 연동 수수료";
                    };
                    readonly expectedSettlementAmount: {
                        readonly type: "integer";
                        readonly description: "정산 예정 금액";
                    };
                    readonly expectedDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "배송 방법";
                    };
                    readonly deliveryPolicyType: {
                        readonly type: "string";
                        readonly description: "배송비 정책, Korean text such as 유료 [DOC]";
                    };
                    readonly shippingFeeType: {
                        readonly type: "string";
                        readonly description: "배송비 형태, Korean text such as 선결제 [DOC]";
                    };
                    readonly shippingAddress: {
                        readonly $ref: "#/components/schemas/ShippingAddress";
                        readonly description: "배송지 정보";
                    };
                    readonly takingAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "출고지 정보";
                    };
                    readonly shippingDueDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "발송 기한 (changed by delayDispatch)";
                    };
                    readonly shippingStartDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "배송 시작 일시";
                    };
                    readonly shippingMemo: {
                        readonly type: "string";
                        readonly description: "배송 메모";
                    };
                    readonly delayedDispatchReason: {
                        readonly $ref: "#/components/schemas/DelayedDispatchReason";
                        readonly description: "발송 지연 사유 (set by delayDispatch)";
                    };
                    readonly delayedDispatchDetailedReason: {
                        readonly type: "string";
                        readonly description: "발송 지연 상세 사유 (set by delayDispatch)";
                    };
                    readonly hopeDelivery: {
                        readonly $ref: "#/components/schemas/HopeDelivery";
                        readonly description: "희망일 배송 정보";
                    };
                    readonly deliveryAttributeType: {
                        readonly $ref: "#/components/schemas/DeliveryAttributeType";
                        readonly description: "배송 속성";
                    };
                    readonly deliveryTagType: {
                        readonly $ref: "#/components/schemas/DeliveryTagType";
                        readonly description: "배송 태그";
                    };
                    readonly expectedDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "예상 택배사 코드 (DeliveryCompanyCode)";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly arrivalGuaranteeDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "도착 보장 일시";
                    };
                    readonly logisticsCompanyId: {
                        readonly type: "string";
                        readonly description: "물류사 ID (fulfillment)";
                    };
                    readonly logisticsCenterId: {
                        readonly type: "string";
                        readonly description: "물류 센터 ID (fulfillment)";
                    };
                    readonly logisticsDirectContracted: {
                        readonly type: "boolean";
                        readonly description: "물류사 직계약 여부";
                    };
                    readonly storageType: {
                        readonly $ref: "#/components/schemas/StorageType";
                        readonly description: "보관 유형";
                    };
                    readonly skuMappings: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SkuMapping";
                        };
                        readonly description: "SKU 매핑 (fulfillment)";
                    };
                    readonly commissionRatingType: {
                        readonly type: "string";
                        readonly description: "수수료 과금 구분, Korean text such as 결제수수료 [DOC]";
                    };
                    readonly commissionPrePayStatus: {
                        readonly $ref: "#/components/schemas/CommissionPrePayStatus";
                        readonly description: "수수료 선결제 상태";
                    };
                    readonly appliedCoupons: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/AppliedCoupon";
                        };
                        readonly description: "적용 쿠폰";
                    };
                    readonly appliedCardPromotion: {
                        readonly $ref: "#/components/schemas/AppliedCardPromotion";
                        readonly description: "적용 카드 프로모션";
                    };
                };
            };
            readonly ProductOrderDetail: {
                readonly type: "object";
                readonly description: "One product order with its order, delivery and claims (element of queryProductOrders data; content of searchProductOrders) [DOC]. Absent blocks are omitted, not null.";
                readonly properties: {
                    readonly order: {
                        readonly $ref: "#/components/schemas/Order";
                        readonly description: "주문 정보 (shared by every product order of the orderId)";
                    };
                    readonly productOrder: {
                        readonly $ref: "#/components/schemas/ProductOrder";
                        readonly description: "상품 주문 정보";
                    };
                    readonly delivery: {
                        readonly $ref: "#/components/schemas/Delivery";
                        readonly description: "배송 정보; present once dispatched";
                    };
                    readonly cancel: {
                        readonly $ref: "#/components/schemas/CancelClaim";
                        readonly description: "Deprecated top-level copy of the current cancel claim (2025년 상반기 중 제거 예정) [DOC]; read currentClaim.cancel.";
                        readonly deprecated: true;
                    };
                    readonly return: {
                        readonly $ref: "#/components/schemas/ReturnClaim";
                        readonly description: "Deprecated top-level copy of the current return claim [DOC]; read currentClaim.return.";
                        readonly deprecated: true;
                    };
                    readonly exchange: {
                        readonly $ref: "#/components/schemas/ExchangeClaim";
                        readonly description: "Deprecated top-level copy of the current exchange claim [DOC]; read currentClaim.exchange.";
                        readonly deprecated: true;
                    };
                    readonly beforeClaim: {
                        readonly $ref: "#/components/schemas/BeforeClaim";
                        readonly description: "이전 클레임 정보";
                    };
                    readonly currentClaim: {
                        readonly $ref: "#/components/schemas/CurrentClaim";
                        readonly description: "현재 클레임 정보";
                    };
                    readonly completedClaims: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/CompletedClaim";
                        };
                        readonly description: "완료된 클레임 목록 (flattened history entries)";
                    };
                };
            };
            readonly ProductOrderStatus: {
                readonly type: "string";
                readonly description: "상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]";
                readonly enum: readonly ["PAYMENT_WAITING", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED", "EXCHANGED", "CANCELED", "RETURNED", "CANCELED_BY_NOPAYMENT"];
                readonly "x-enum-descriptions": readonly ["결제 대기", "결제 완료", "배송 중", "배송 완료", "구매 확정", "교환", "취소", "반품", "미결제 취소"];
            };
            readonly PurchaseReviewClassType: {
                readonly type: "string";
                readonly description: "리뷰 구분 [SOAP values; REST name REC guess].";
                readonly enum: readonly ["GENERAL", "PREMIUM"];
                readonly "x-enum-descriptions": readonly ["일반", "프리미엄"];
            };
            readonly ReturnClaim: {
                readonly type: "object";
                readonly description: "Return claim block [DOC].";
                readonly properties: {
                    readonly claimId: {
                        readonly type: "string";
                        readonly description: "클레임 번호";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "클레임 상태";
                    };
                    readonly claimRequestDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "클레임 요청 일시";
                    };
                    readonly requestChannel: {
                        readonly type: "string";
                        readonly description: "접수 채널 (Korean text; value set not public)";
                    };
                    readonly returnReason: {
                        readonly $ref: "#/components/schemas/ClaimReason";
                        readonly description: "반품 사유";
                    };
                    readonly returnDetailedReason: {
                        readonly type: "string";
                        readonly description: "반품 상세 사유";
                    };
                    readonly requestQuantity: {
                        readonly type: "integer";
                        readonly description: "요청 수량";
                    };
                    readonly returnReceiveAddress: {
                        readonly $ref: "#/components/schemas/ReturnReceiveAddress";
                        readonly description: "반품 수령지";
                    };
                    readonly collectAddress: {
                        readonly $ref: "#/components/schemas/Address";
                        readonly description: "수거지 주소";
                    };
                    readonly collectStatus: {
                        readonly $ref: "#/components/schemas/CollectStatus";
                        readonly description: "수거 상태";
                    };
                    readonly collectDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                        readonly description: "수거 방법";
                    };
                    readonly collectDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "수거 택배사 코드 (DeliveryCompanyCode)";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly collectTrackingNumber: {
                        readonly type: "string";
                        readonly description: "수거 송장 번호";
                    };
                    readonly collectCompletedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "수거 완료 일시";
                    };
                    readonly returnCompletedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "반품 완료 일시";
                    };
                    readonly claimDeliveryFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 청구액";
                    };
                    readonly claimDeliveryFeePayMeans: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 수단";
                    };
                    readonly claimDeliveryFeePayMethod: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 결제 방법";
                    };
                    readonly claimDeliveryFeeProductOrderIds: {
                        readonly type: "string";
                        readonly description: "클레임 배송비 묶음 상품 주문 번호 (comma-separated)";
                    };
                    readonly claimDeliveryFeeDiscountAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 할인액";
                    };
                    readonly remoteAreaCostChargeAmount: {
                        readonly type: "integer";
                        readonly description: "도서산간 추가 비용";
                    };
                    readonly etcFeeDemandAmount: {
                        readonly type: "integer";
                        readonly description: "기타 비용 청구액";
                    };
                    readonly etcFeePayMeans: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 수단";
                    };
                    readonly etcFeePayMethod: {
                        readonly type: "string";
                        readonly description: "기타 비용 결제 방법";
                    };
                    readonly holdbackStatus: {
                        readonly $ref: "#/components/schemas/HoldbackStatus";
                        readonly description: "보류 상태";
                    };
                    readonly holdbackReason: {
                        readonly $ref: "#/components/schemas/HoldbackClassType";
                        readonly description: "보류 유형";
                    };
                    readonly holdbackDetailedReason: {
                        readonly type: "string";
                        readonly description: "보류 상세 사유";
                    };
                    readonly holdbackConfigDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 설정 일시";
                    };
                    readonly holdbackConfigurer: {
                        readonly type: "string";
                        readonly description: "보류 설정자";
                    };
                    readonly holdbackReleaseDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "보류 해제 일시";
                    };
                    readonly holdbackReleaser: {
                        readonly type: "string";
                        readonly description: "보류 해제자";
                    };
                    readonly refundExpectedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "환불 예정일";
                    };
                    readonly refundStandbyReason: {
                        readonly type: "string";
                        readonly description: "환불 대기 사유";
                    };
                    readonly refundStandbyStatus: {
                        readonly type: "string";
                        readonly description: "환불 대기 상태";
                    };
                    readonly membershipsArrivalGuaranteeClaimSupportingAmount: {
                        readonly type: "integer";
                        readonly description: "멤버십 도착 보장 클레임 지원 금액";
                    };
                    readonly claimDeliveryFeeSupportType: {
                        readonly $ref: "#/components/schemas/ClaimDeliveryFeeSupportType";
                        readonly description: "클레임 배송비 지원 유형";
                    };
                    readonly claimDeliveryFeeSupportAmount: {
                        readonly type: "integer";
                        readonly description: "클레임 배송비 지원 금액";
                    };
                    readonly returnImageUrl: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly description: "반품 이미지 URL";
                    };
                };
            };
            readonly ReturnReceiveAddress: {
                readonly type: "object";
                readonly description: "Return receiving address: Address plus logisticsCenterId [DOC].";
                readonly properties: {
                    readonly addressType: {
                        readonly $ref: "#/components/schemas/AddressType";
                        readonly description: "주소 유형";
                    };
                    readonly name: {
                        readonly type: "string";
                        readonly description: "이름";
                    };
                    readonly tel1: {
                        readonly type: "string";
                        readonly description: "연락처 1";
                    };
                    readonly tel2: {
                        readonly type: "string";
                        readonly description: "연락처 2";
                    };
                    readonly zipCode: {
                        readonly type: "string";
                        readonly description: "우편번호";
                    };
                    readonly baseAddress: {
                        readonly type: "string";
                        readonly description: "기본 주소";
                    };
                    readonly detailedAddress: {
                        readonly type: "string";
                        readonly description: "상세 주소";
                    };
                    readonly city: {
                        readonly type: "string";
                        readonly description: "도시 (empty string for domestic)";
                    };
                    readonly state: {
                        readonly type: "string";
                        readonly description: "주 (empty string for domestic)";
                    };
                    readonly country: {
                        readonly type: "string";
                        readonly description: "국가";
                    };
                    readonly isRoadNameAddress: {
                        readonly type: "boolean";
                        readonly description: "도로명 주소 여부";
                    };
                    readonly logisticsCenterId: {
                        readonly type: "string";
                        readonly description: "물류 센터 ID";
                    };
                };
            };
            readonly Review: {
                readonly type: "object";
                readonly description: "One purchase review. [REC] Every name is a guess: camelCase of the SOAP PurchaseReviewList fields.";
                readonly properties: {
                    readonly purchaseReviewId: {
                        readonly type: "string";
                        readonly description: "리뷰 번호 [REC guess]";
                    };
                    readonly purchaseReviewScore: {
                        readonly type: "integer";
                        readonly description: "평점: GENERAL 0–2 (불만족/보통/만족), PREMIUM 10–13, newer reviews 1–5 [SOAP/OBS]; name [REC guess]";
                    };
                    readonly purchaseReviewClassType: {
                        readonly $ref: "#/components/schemas/PurchaseReviewClassType";
                        readonly description: "리뷰 구분 [REC guess]";
                    };
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "상품 주문 번호 [REC guess]";
                    };
                    readonly productId: {
                        readonly type: "string";
                        readonly description: "상품 번호 [REC guess]";
                    };
                    readonly productName: {
                        readonly type: "string";
                        readonly description: "상품명 [REC guess]";
                    };
                    readonly productOption: {
                        readonly type: "string";
                        readonly description: "상품 옵션 [REC guess]";
                    };
                    readonly title: {
                        readonly type: "string";
                        readonly description: "제목 [REC guess]";
                    };
                    readonly content: {
                        readonly type: "string";
                        readonly description: "내용, premium reviews only [SOAP]; name [REC guess]";
                    };
                    readonly writerId: {
                        readonly type: "string";
                        readonly description: "작성자 ID, masked like jsp2**** [SOAP]; name [REC guess]";
                    };
                    readonly createYmdt: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "작성 일시 [REC guess]";
                    };
                    readonly modifyYmdt: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "수정 일시 [REC guess]";
                    };
                };
            };
            readonly SellerBurdenMultiplePurchaseDiscountType: {
                readonly type: "string";
                readonly description: "판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]";
                readonly enum: readonly ["IGNORE_QUANTITY", "QUANTITY"];
                readonly "x-enum-descriptions": readonly ["수량 무관 할인", "수량 기준 할인"];
            };
            readonly ShippingAddress: {
                readonly type: "object";
                readonly description: "Receiver address (productOrder.shippingAddress) [DOC].";
                readonly properties: {
                    readonly addressType: {
                        readonly $ref: "#/components/schemas/AddressType";
                        readonly description: "주소 유형";
                    };
                    readonly name: {
                        readonly type: "string";
                        readonly description: "이름";
                    };
                    readonly tel1: {
                        readonly type: "string";
                        readonly description: "연락처 1";
                    };
                    readonly tel2: {
                        readonly type: "string";
                        readonly description: "연락처 2";
                    };
                    readonly zipCode: {
                        readonly type: "string";
                        readonly description: "우편번호";
                    };
                    readonly baseAddress: {
                        readonly type: "string";
                        readonly description: "기본 주소";
                    };
                    readonly detailedAddress: {
                        readonly type: "string";
                        readonly description: "상세 주소";
                    };
                    readonly city: {
                        readonly type: "string";
                        readonly description: "도시 (empty string for domestic)";
                    };
                    readonly state: {
                        readonly type: "string";
                        readonly description: "주 (empty string for domestic)";
                    };
                    readonly country: {
                        readonly type: "string";
                        readonly description: "국가";
                    };
                    readonly isRoadNameAddress: {
                        readonly type: "boolean";
                        readonly description: "도로명 주소 여부";
                    };
                    readonly pickupLocationType: {
                        readonly $ref: "#/components/schemas/PickupLocationType";
                        readonly description: "수령 위치";
                    };
                    readonly pickupLocationContent: {
                        readonly type: "string";
                        readonly description: "수령 위치 상세";
                    };
                    readonly entryMethod: {
                        readonly $ref: "#/components/schemas/EntryMethod";
                        readonly description: "공동현관 출입 방법";
                    };
                    readonly entryMethodContent: {
                        readonly type: "string";
                        readonly description: "출입 방법 상세";
                    };
                    readonly buildingManagementNo: {
                        readonly type: "string";
                        readonly description: "건물 관리 번호";
                    };
                    readonly longitude: {
                        readonly type: "string";
                        readonly description: "경도";
                    };
                    readonly latitude: {
                        readonly type: "string";
                        readonly description: "위도";
                    };
                };
            };
            readonly SkuMapping: {
                readonly type: "object";
                readonly description: "SKU mapping of a fulfillment product order [DOC].";
                readonly properties: {
                    readonly nsId: {
                        readonly type: "string";
                        readonly description: "SKU ID";
                    };
                    readonly nsBarcode: {
                        readonly type: "string";
                        readonly description: "SKU 바코드";
                    };
                    readonly pickingQuantityPerOrder: {
                        readonly type: "integer";
                        readonly description: "주문당 피킹 수량";
                    };
                };
            };
            readonly StorageType: {
                readonly type: "string";
                readonly description: "보관 유형 (fulfillment). [DOC]";
                readonly enum: readonly ["DRY", "WET", "FROZEN"];
                readonly "x-enum-descriptions": readonly ["상온", "냉장", "냉동"];
            };
            readonly TaxType: {
                readonly type: "string";
                readonly description: "과세 유형. [DOC]";
                readonly enum: readonly ["TAXATION", "TAX_EXEMPTION", "TAX_FREE"];
                readonly "x-enum-descriptions": readonly ["과세", "면세", "영세"];
            };
        };
    };
};
