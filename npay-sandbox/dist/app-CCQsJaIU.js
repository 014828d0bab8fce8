import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { Hono } from 'hono'
import { t as createParentFolder, n as failureReason } from './output-file-C_JBoT1K.js'
import {
  b as BASE_PATH,
  u as createTraceIdGenerator,
  x as DIAGNOSTIC_HEADER,
  m as formatKst,
  D as GATEWAY_ERRORS,
  N as MAX_QUERY_WINDOW_MS,
  O as NpayError,
  k as ORDER_ERRORS,
  l as operationIndex,
  v as parseDateTime,
  C as RATE_LIMIT_HEADERS,
  M as renderErrorBody,
  A as SETTLEMENT_ERRORS,
  f as signClientSecret,
  T as TOKEN_PATH,
  R as TOKEN_REUSE_THRESHOLD_SECONDS,
  E as TRACE_HEADER,
} from './src-4qY9yS3t.js'
import {
  B as ALL_EVENTS,
  rt as act,
  _ as applySeed,
  ut as buildDetail,
  F as commissionDetails,
  it as confirm,
  M as coverageReport,
  ft as describeState,
  at as dispatch,
  O as errorCodesIn,
  l as formatDifference,
  pt as hasOpenClaim,
  f as inProcessTarget,
  Y as isSandboxEvent,
  ot as lastChangedStatuses,
  K as MERCHANT_ACTIONS,
  mt as npayApiDocument,
  $ as parseDuration,
  a as parseScenario,
  st as productOrderIds,
  ct as queryProductOrders,
  V as reachableStates,
  et as reviews,
  A as rowCounts,
  n as runScenario,
  J as SANDBOX_EVENT_ACTORS,
  q as SANDBOX_EVENTS,
  nt as SandboxError,
  r as ScenarioLoadError,
  g as SEEDS,
  E as scenarioExample,
  D as scenarioExampleNames,
  lt as searchProductOrders,
  Q as seededRandom,
  I as settleCases,
  L as settleDaily,
  dt as stateOf,
  G as TRANSITIONS,
  W as transition,
  R as vatCases,
  z as vatDaily,
  tt as writeReview,
} from './src-D7jsN-Po.js'

//#region ../packages/schema/src/generated/control-plane.document.ts
const controlPlaneDocument = {
  openapi: '3.1.0',
  info: {
    title: 'npay-sandbox control plane',
    version: '1.0.0',
    summary: 'Test-only operations of the npay-sandbox emulator, under /__sandbox.',
    description:
      "The emulator's own API, in the spirit of Stripe's test helpers: it does what only a test may do — create\nmerchant apps, place orders as a buyer, play the carrier and the platform, move a merchant's virtual\nclock, read the request journal and reset state. None of this exists on the real Naver Pay API.\n\nEverything is JSON. Operations that act on one merchant take an optional `clientId`; without it the\ndefault merchant is used. Errors use the `SandboxError` body, never the real API's envelopes.\n\nSchemas named like the real API's (`ProductOrderDetail`, `ClaimReason`, …) are copied from\n`npay-api.yaml` when the documents are generated, so both documents describe the same shapes.\n",
  },
  servers: [
    {
      url: 'http://127.0.0.1:8787',
      description: 'Local npay-sandbox emulator',
    },
  ],
  tags: [
    { name: 'merchants' },
    { name: 'orders' },
    { name: 'clock' },
    { name: 'journal' },
    { name: 'faults' },
    { name: 'lint' },
    { name: 'machine' },
    { name: 'scenarios' },
    { name: 'admin' },
  ],
  paths: {
    '/__sandbox/merchants': {
      post: {
        operationId: 'createMerchant',
        tags: ['merchants'],
        summary: 'Register a merchant app (tenant)',
        description:
          'Creates a merchant app with its own data, clock, faults and journal. Omitted fields are generated.',
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateMerchantRequest' } } },
        },
        responses: {
          201: {
            description: 'The merchant, including its secret.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/MerchantCredentials' } } },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          409: { $ref: '#/components/responses/Conflict' },
        },
      },
      get: {
        operationId: 'listMerchants',
        tags: ['merchants'],
        summary: 'List merchant apps',
        responses: {
          200: {
            description: 'Every merchant, without secrets.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['merchants'],
                  properties: {
                    merchants: {
                      type: 'array',
                      items: { $ref: '#/components/schemas/MerchantSummary' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/__sandbox/merchants/{clientId}': {
      get: {
        operationId: 'getMerchant',
        tags: ['merchants'],
        summary: 'Read one merchant app, including its secret',
        parameters: [{ $ref: '#/components/parameters/ClientIdPath' }],
        responses: {
          200: {
            description: 'The merchant.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Merchant' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/merchants/{clientId}/token': {
      post: {
        operationId: 'issueMerchantToken',
        tags: ['merchants'],
        summary: 'Issue an access token for a merchant app, signed by the server',
        description:
          "Runs the token endpoint's own checks (signature, timestamp window, reuse of a token with at least\n30 minutes left) with a `client_secret_sign` the emulator computes from the merchant's secret. Lets a\nbrowser page such as the dashboard call the real API paths without computing bcrypt itself. The\nissue is not journalled; the API calls made with the token are.\n",
        parameters: [{ $ref: '#/components/parameters/ClientIdPath' }],
        responses: {
          200: {
            description: 'The token, as the real token endpoint answers it.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/MerchantToken' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/orders': {
      post: {
        operationId: 'createOrder',
        tags: ['orders'],
        summary: 'Place an order as a buyer',
        description:
          "Creates one order with one product order per item, by running the engine's own transitions. With\n`paid: false` the order waits for a deposit (`PAYMENT_WAITING`, 무통장입금); otherwise it is paid at once.\n",
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateOrderRequest' } } },
        },
        responses: {
          201: {
            description: "The new order's IDs.",
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateOrderResponse' } } },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/product-orders': {
      get: {
        operationId: 'listProductOrders',
        tags: ['orders'],
        summary: "List a merchant's product orders",
        parameters: [
          { $ref: '#/components/parameters/ClientIdQuery' },
          {
            name: 'productOrderStatus',
            in: 'query',
            required: false,
            schema: { $ref: '#/components/schemas/ProductOrderStatus' },
          },
          {
            name: 'claimType',
            in: 'query',
            required: false,
            schema: { $ref: '#/components/schemas/ClaimType' },
          },
          { $ref: '#/components/parameters/Limit' },
        ],
        responses: {
          200: {
            description: 'Product orders, newest first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['productOrders'],
                  properties: {
                    productOrders: {
                      type: 'array',
                      items: { $ref: '#/components/schemas/SandboxProductOrderSummary' },
                    },
                  },
                },
              },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/product-orders/{productOrderId}': {
      get: {
        operationId: 'inspectProductOrder',
        tags: ['orders'],
        summary: 'Inspect a product order, its history and what may happen next',
        parameters: [{ $ref: '#/components/parameters/ProductOrderIdPath' }],
        responses: {
          200: { $ref: '#/components/responses/Inspection' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/product-orders/{productOrderId}/events/{event}': {
      post: {
        operationId: 'applyEvent',
        tags: ['orders'],
        summary: 'Make something happen to a product order (buyer, carrier, platform or clock)',
        description:
          'Applies one outside event through the state machine, exactly as the real world would cause it.\nAn event that the current state does not allow answers 409 `EVENT_NOT_ALLOWED` with the events that are.\n',
        parameters: [
          { $ref: '#/components/parameters/ProductOrderIdPath' },
          {
            name: 'event',
            in: 'path',
            required: true,
            schema: { $ref: '#/components/schemas/SandboxEvent' },
          },
        ],
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApplyEventRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/Inspection' },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
          409: {
            description: 'The event is not allowed in the current state.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/EventNotAllowedError' } },
            },
          },
        },
      },
    },
    '/__sandbox/product-orders/{productOrderId}/reviews': {
      post: {
        operationId: 'writeReview',
        tags: ['orders'],
        summary: 'Write a purchase review as the buyer',
        description:
          'The buyer reviews a delivered, exchanged or purchase-decided product order; the review then shows in\nthe real `GET /v1/pay-order/mall/reviews` (whose names are [REC] guesses, facts §12). Defaults: score 5,\nclass `GENERAL`, a stock title; `content` only for `PREMIUM` reviews, as in the SOAP contract.\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderIdPath' }],
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/WriteReviewRequest' } } },
        },
        responses: {
          201: {
            description: 'The review as the reviews API returns it.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Review' } } },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
          409: {
            description:
              'The product order has not been delivered yet, or was cancelled or returned (`EVENT_NOT_ALLOWED`).',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxError' } } },
          },
        },
      },
    },
    '/__sandbox/clock': {
      get: {
        operationId: 'getClock',
        tags: ['clock'],
        summary: "Read a merchant's virtual clock",
        parameters: [{ $ref: '#/components/parameters/ClientIdQuery' }],
        responses: {
          200: {
            description: 'The clock.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Clock' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/clock/advance': {
      post: {
        operationId: 'advanceClock',
        tags: ['clock'],
        summary: "Move a merchant's virtual clock forward and fire what falls due",
        description:
          'Advances the clock and runs every timed event that falls due on the way (deposit deadlines, delivery\ncompletion, automatic purchase decision, token expiry), in time order.\n',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/AdvanceClockRequest' } } },
        },
        responses: {
          200: {
            description: 'The clock after advancing, and what fired.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/AdvanceClockResponse' } },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/requests': {
      get: {
        operationId: 'listRequests',
        tags: ['journal'],
        summary: 'Read the request journal',
        parameters: [
          { $ref: '#/components/parameters/ClientIdQuery' },
          { $ref: '#/components/parameters/Limit' },
          {
            name: 'status',
            in: 'query',
            required: false,
            description: 'Only entries with this HTTP status.',
            schema: {
              type: 'integer',
              minimum: 100,
              maximum: 599,
            },
          },
          {
            name: 'path',
            in: 'query',
            required: false,
            description: 'Only entries whose path contains this text.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: {
            description: 'Journal entries, newest first.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['requests'],
                  properties: {
                    requests: {
                      type: 'array',
                      items: { $ref: '#/components/schemas/RequestSummary' },
                    },
                  },
                },
              },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
    '/__sandbox/requests/{id}': {
      get: {
        operationId: 'getRequest',
        tags: ['journal'],
        summary: 'Read one journal entry with headers and bodies',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: {
            description: 'The entry.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/RequestDetail' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/faults': {
      put: {
        operationId: 'putFaults',
        tags: ['faults'],
        summary: "Replace a merchant's fault rules",
        description:
          "Makes the API answer as the real gateway or service does when things go wrong, for one merchant app.\nEach rule matches requests by `method`, `path` (a pattern under the base URL: `{name}` or `:name` is\none path segment, `*` is anything, e.g. `/v1/pay-order/mall/product-orders/*`) and/or\n`operationId`, and fires on every matching call, with a `probability` (drawn from a PRNG seeded with\n`seed`, so a run is repeatable), on the `nth` matching call only, or for the next `times` calls.\n\nKinds: `gateway` answers a catalogue gateway error (`code` such as `GW.TIMEOUT.01`, `GW.PROXY.03`,\n`GW.BLOCK.02`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`) with its real status, body and headers; `business`\nanswers an order-service code (`9999`, `104119`, …) or a settlement code in the real envelope;\n`latency` delays the request (fixed, uniform or exponential, at most 120 s) and then answers it\nnormally; `drop` closes the connection without an answer (over TCP the socket is destroyed;\nin-process the response is `Response.error()`, which fetch under MSW turns into a network error);\n`expire-token` expires the caller's access token and answers 401 `GW.AUTHN`, as if it ran out\nmid-flow. Rules are checked in order: latencies add up, and the first other fault that fires\nanswers the request (later rules do not see it). Faulted responses carry `X-Npay-Sandbox-Fault`.\n\nOne request can force one fault with the request header `X-Npay-Sandbox-Fault`: a gateway code\n(`GW.TIMEOUT.01`), a business code (`9999`), `drop`, `expire-token` or `latency=2s`.\nPutting rules resets their counters and the PRNG. Injected faults are the only 5xx the sandbox sends.\n",
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/PutFaultsRequest' } } },
        },
        responses: {
          200: {
            description: 'The rules now in force.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FaultSet' } } },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
      get: {
        operationId: 'getFaults',
        tags: ['faults'],
        summary: "Read a merchant's fault rules and how often each matched and fired",
        parameters: [{ $ref: '#/components/parameters/ClientIdQuery' }],
        responses: {
          200: {
            description: 'The rules in force.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FaultSet' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
      delete: {
        operationId: 'deleteFaults',
        tags: ['faults'],
        summary: 'Remove every fault rule of a merchant',
        parameters: [{ $ref: '#/components/parameters/ClientIdQuery' }],
        responses: {
          200: {
            description: 'The (now empty) rule set.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/FaultSet' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/lint': {
      get: {
        operationId: 'getLint',
        tags: ['lint'],
        summary:
          "What this merchant's client does that the real gateway would penalise or that breaks in production",
        description:
          "Findings of the client-behaviour lint, newest first, each saying what to change: tokens requested\nwhile the current one still has 30 minutes or more (`excess-token-issuance`, which the real gateway\npunishes with `GW.QUOTA_LIMIT`), last-changed windows reaching within 5 s of now\n(`last-changed-no-margin`), an unencoded `+` in a date-time query value (`unencoded-plus`), `more`\npaging not followed (`more-ignored`), dispatch re-sent for an item already on its way\n(`dispatch-resent`), requests faster than the gateway rate limit even when limiting is off\n(`faster-than-rate-limit`), and body fields the API does not know (`unknown-body-fields`).\nConsecutive findings of one rule on one operation are counted in one entry. Each API request's\nfindings also appear in its journal entry (`lint`).\n",
        parameters: [
          { $ref: '#/components/parameters/ClientIdQuery' },
          { $ref: '#/components/parameters/Limit' },
        ],
        responses: {
          200: {
            description: 'Findings and a count per rule.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/LintReport' } } },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/state-machine': {
      get: {
        operationId: 'getStateMachine',
        tags: ['machine'],
        summary: 'The order/claim state machine as data',
        description:
          'The transition table (rows), every state reachable from order placement, the edges between them\n(one per state and row), the inputs of each merchant action and control-plane event as flat form\nfields read from the API documents, and the Korean descriptions of the state enums. The dashboard\ndraws its diagram and builds its action forms from this.\n',
        responses: {
          200: {
            description: 'The state machine.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/StateMachine' } } },
          },
        },
      },
    },
    '/__sandbox/scenarios': {
      get: {
        operationId: 'listScenarios',
        tags: ['scenarios'],
        summary: 'List the named seeds',
        description:
          'Every named seed with its one-line description, the state it promises and its parameters.',
        responses: {
          200: {
            description: 'The seeds.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['scenarios'],
                  properties: {
                    scenarios: {
                      type: 'array',
                      items: { $ref: '#/components/schemas/ScenarioSummary' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/__sandbox/scenarios/{name}': {
      post: {
        operationId: 'applyScenario',
        tags: ['scenarios'],
        summary: 'Seed a merchant with a named scenario',
        description:
          "Creates `count` orders and drives them through the engine's own transitions (never by writing state)\nto the state the seed promises, with seeded Korean fake data. Returns the IDs it created. `busy-shop`\nsimulates days of traffic and moves the merchant's virtual clock forward by `params.days`.\n",
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'Seed name, e.g. `return-on-holdback` (see listScenarios).',
          },
        ],
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApplyScenarioRequest' } } },
        },
        responses: {
          201: {
            description: 'What the seed created.',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ApplyScenarioResponse' } },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
          409: {
            description: 'A step of the seed was refused by the state machine (`SEED_STEP_REFUSED`).',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxError' } } },
          },
        },
      },
    },
    '/__sandbox/coverage': {
      get: {
        operationId: 'getCoverage',
        tags: ['scenarios'],
        summary: "Transition coverage of a merchant's traffic",
        description:
          "Which rows of the state table (by id, e.g. `N8`, `R6`) the merchant's product orders went through and\nwhich they never did, and which business error codes of the merchant actions its recent requests (the\nrequest journal) received. Like code coverage, for the state machine.\n",
        parameters: [{ $ref: '#/components/parameters/ClientIdQuery' }],
        responses: {
          200: {
            description: 'The coverage report.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Coverage' } } },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/scenario-examples': {
      get: {
        operationId: 'listScenarioExamples',
        tags: ['scenarios'],
        summary: 'List the shipped example scenario files',
        description:
          "The QA scenario files of `scenarios/examples`, by file name with the scenario's `name` as title.",
        responses: {
          200: {
            description: 'The example files.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['examples'],
                  properties: {
                    examples: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['name', 'title'],
                        properties: {
                          name: {
                            type: 'string',
                            description: 'File name, e.g. `return-rejected.yaml`.',
                          },
                          title: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/__sandbox/scenario-runs': {
      post: {
        operationId: 'runScenarioFile',
        tags: ['scenarios'],
        summary: 'Run a QA scenario file in process',
        description:
          "Runs a scenario file (YAML, see scenarios/README.md) on a fresh, isolated engine with a frozen clock,\nnever on this server's merchants, and answers with the per-step report (what was sent, what came back,\nthe differences of a failed step) and the transition coverage of the run. Send the file text as `yaml`\n(with an optional file `name`), or `example` to run one of listScenarioExamples. A file that is not\nYAML or does not follow the scenario schema is a 400 whose `details.problems` lists each problem.\n",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  yaml: {
                    type: 'string',
                    description: "The scenario file's text.",
                  },
                  name: {
                    type: 'string',
                    description: "The uploaded file's name, for the report.",
                  },
                  example: {
                    type: 'string',
                    description: 'File name of a shipped example, instead of `yaml`.',
                  },
                },
              },
            },
          },
        },
        responses: {
          200: {
            description: "The run's report (a failing scenario is still a 200 with `passed` false).",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['file', 'name', 'passed', 'durationMs', 'totals', 'steps', 'coverage'],
                  properties: {
                    file: { type: 'string' },
                    name: { type: 'string' },
                    passed: { type: 'boolean' },
                    durationMs: { type: 'integer' },
                    totals: {
                      type: 'object',
                      required: ['passed', 'failed', 'skipped'],
                      properties: {
                        passed: { type: 'integer' },
                        failed: { type: 'integer' },
                        skipped: { type: 'integer' },
                      },
                    },
                    steps: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['index', 'title', 'status', 'sent', 'received', 'differences'],
                        properties: {
                          index: { type: 'integer' },
                          line: { type: 'integer' },
                          title: { type: 'string' },
                          status: {
                            type: 'string',
                            enum: ['passed', 'failed', 'skipped'],
                          },
                          sent: {
                            type: 'array',
                            description:
                              'The request of each answer (method, path, body, status), null when none.',
                            items: {},
                          },
                          received: {
                            type: 'array',
                            description: "Each answer's status, body and error code.",
                            items: { type: 'object' },
                          },
                          differences: {
                            type: 'array',
                            items: {
                              type: 'object',
                              required: ['what', 'text'],
                              properties: {
                                what: { type: 'string' },
                                expected: {},
                                actual: {},
                                text: {
                                  type: 'string',
                                  description: '`field: expected …, got …`',
                                },
                              },
                            },
                          },
                          error: { type: 'string' },
                        },
                      },
                    },
                    coverage: {
                      type: 'object',
                      description: 'As getCoverage (without clientId), plus `exercised` rows of `total`.',
                      required: ['exercised', 'total', 'percent', 'covered', 'uncovered', 'errorCodes'],
                      properties: {
                        exercised: { type: 'integer' },
                        total: { type: 'integer' },
                        percent: { type: 'number' },
                        covered: {
                          type: 'array',
                          items: { type: 'string' },
                        },
                        uncovered: {
                          type: 'array',
                          items: { type: 'string' },
                        },
                        errorCodes: {
                          type: 'array',
                          description:
                            'Each business error code of the merchant actions with how often it was received.',
                          items: { type: 'object' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/reset': {
      post: {
        operationId: 'reset',
        tags: ['admin'],
        summary: "Forget a merchant's data (or every merchant's)",
        description: 'With `clientId`, resets that merchant only; without it, resets the whole sandbox.',
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { clientId: { type: 'string' } },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Reset done.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['reset'],
                  properties: {
                    reset: {
                      type: 'boolean',
                      const: true,
                    },
                  },
                },
              },
            },
          },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/__sandbox/health': {
      get: {
        operationId: 'health',
        tags: ['admin'],
        summary: 'Liveness and version',
        responses: {
          200: {
            description: 'The sandbox is up.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } },
          },
        },
      },
    },
    '/__sandbox/state': {
      get: {
        operationId: 'exportState',
        tags: ['admin'],
        summary: 'Export the whole sandbox',
        description:
          'Every merchant with its credentials, virtual clock, current tokens, orders, product orders,\nchange log and reviews, as one JSON document (format `npay-sandbox-state`, version 1). The request\njournal is not included. `PUT` the same document to restore it.\n',
        responses: {
          200: {
            description: 'The whole sandbox.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxState' } } },
          },
        },
      },
      put: {
        operationId: 'importState',
        tags: ['admin'],
        summary: 'Replace the whole sandbox with an exported document',
        description: 'A malformed document is refused with 400 and changes nothing.',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxState' } } },
        },
        responses: {
          200: {
            description: 'The document replaced the sandbox.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['imported', 'merchants'],
                  properties: {
                    imported: {
                      type: 'boolean',
                      const: true,
                    },
                    merchants: { type: 'integer' },
                  },
                },
              },
            },
          },
          400: { $ref: '#/components/responses/BadRequest' },
        },
      },
    },
  },
  components: {
    parameters: {
      ClientIdPath: {
        name: 'clientId',
        in: 'path',
        required: true,
        schema: { type: 'string' },
      },
      ClientIdQuery: {
        name: 'clientId',
        in: 'query',
        required: false,
        description: 'Merchant app; the default merchant when omitted.',
        schema: { type: 'string' },
      },
      ProductOrderIdPath: {
        name: 'productOrderId',
        in: 'path',
        required: true,
        schema: { type: 'string' },
      },
      Limit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'Maximum number of entries.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 1e3,
          default: 100,
        },
      },
    },
    responses: {
      Inspection: {
        description: 'The product order as the real API shows it, its history and what may happen next.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ProductOrderInspection' } } },
      },
      BadRequest: {
        description: 'Malformed request.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxError' } } },
      },
      NotFound: {
        description: 'Unknown merchant, order, product order or journal entry (`NOT_FOUND`).',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxError' } } },
      },
      Conflict: {
        description: 'A merchant with this clientId already exists.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SandboxError' } } },
      },
    },
    schemas: {
      SandboxState: {
        type: 'object',
        description: 'The whole sandbox (see packages/engine/src/persistence.ts for the structure).',
        required: ['format', 'version', 'savedAt', 'tenants', 'usedTrackingNumbers'],
        properties: {
          format: {
            type: 'string',
            const: 'npay-sandbox-state',
          },
          version: {
            type: 'integer',
            const: 1,
          },
          savedAt: {
            type: 'integer',
            description: 'Epoch milliseconds (wall clock) of the export.',
          },
          tenants: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: true,
            },
          },
          usedTrackingNumbers: {
            type: 'array',
            items: {
              type: 'array',
              items: { type: 'string' },
            },
          },
        },
      },
      SandboxError: {
        type: 'object',
        description: 'Error body of every control-plane operation.',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            description:
              'Machine-readable code such as `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`.',
          },
          message: { type: 'string' },
          allowedEvents: {
            type: 'array',
            items: { type: 'string' },
          },
          details: { description: 'Extra context, e.g. validation failures.' },
        },
      },
      EventNotAllowedError: {
        type: 'object',
        required: ['code', 'message', 'allowedEvents'],
        properties: {
          code: {
            type: 'string',
            const: 'EVENT_NOT_ALLOWED',
          },
          message: { type: 'string' },
          allowedEvents: {
            type: 'array',
            items: { $ref: '#/components/schemas/SandboxEvent' },
          },
        },
      },
      CreateMerchantRequest: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            description: 'Display name.',
          },
          mallId: {
            type: 'string',
            description: 'Merchant ID, `np_` followed by letters/digits like the real 페이센터ID.',
            pattern: '^np_[A-Za-z0-9_]+$',
          },
          clientId: {
            type: 'string',
            description: 'Application ID; generated when omitted.',
            minLength: 1,
          },
          clientSecret: {
            type: 'string',
            description:
              'A bcrypt salt such as `$2a$04$` + 22 characters of `./A-Za-z0-9`; generated when omitted.',
            pattern: '^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{22}$',
          },
        },
      },
      MerchantCredentials: {
        type: 'object',
        required: ['clientId', 'clientSecret', 'mallId', 'name'],
        properties: {
          clientId: { type: 'string' },
          clientSecret: { type: 'string' },
          mallId: { type: 'string' },
          name: { type: 'string' },
        },
      },
      MerchantSummary: {
        type: 'object',
        required: ['clientId', 'mallId', 'name', 'isDefault'],
        properties: {
          clientId: { type: 'string' },
          mallId: { type: 'string' },
          name: { type: 'string' },
          isDefault: { type: 'boolean' },
        },
      },
      Merchant: {
        type: 'object',
        required: ['clientId', 'clientSecret', 'mallId', 'name', 'isDefault'],
        properties: {
          clientId: { type: 'string' },
          clientSecret: { type: 'string' },
          mallId: { type: 'string' },
          name: { type: 'string' },
          isDefault: { type: 'boolean' },
        },
      },
      CreateOrderItem: {
        type: 'object',
        description: 'One product order to create; omitted fields are generated.',
        properties: {
          productName: { type: 'string' },
          productId: { type: 'string' },
          optionName: { type: 'string' },
          unitPrice: {
            type: 'integer',
            minimum: 0,
          },
          quantity: {
            type: 'integer',
            minimum: 1,
          },
          taxType: { $ref: '#/components/schemas/TaxType' },
          deliveryFeeAmount: {
            type: 'integer',
            minimum: 0,
          },
        },
      },
      CreateOrderRequest: {
        type: 'object',
        properties: {
          clientId: {
            type: 'string',
            description: 'Merchant app; the default merchant when omitted.',
          },
          items: {
            type: 'array',
            minItems: 1,
            items: { $ref: '#/components/schemas/CreateOrderItem' },
          },
          paymentMeans: { $ref: '#/components/schemas/PaymentMeans' },
          paid: {
            type: 'boolean',
            default: true,
            description: '`false` leaves the order waiting for a deposit (PAYMENT_WAITING).',
          },
          ordererName: { type: 'string' },
          ordererTel: { type: 'string' },
          shippingAddress: { $ref: '#/components/schemas/ShippingAddress' },
        },
      },
      CreateOrderResponse: {
        type: 'object',
        required: ['orderId', 'productOrderIds'],
        properties: {
          orderId: { type: 'string' },
          productOrderIds: {
            type: 'array',
            items: { type: 'string' },
          },
        },
      },
      SandboxProductOrderSummary: {
        type: 'object',
        required: [
          'productOrderId',
          'orderId',
          'productOrderStatus',
          'placeOrderStatus',
          'productName',
          'totalPaymentAmount',
          'orderDate',
          'lastChangedDate',
        ],
        properties: {
          productOrderId: { type: 'string' },
          orderId: { type: 'string' },
          productOrderStatus: { $ref: '#/components/schemas/ProductOrderStatus' },
          placeOrderStatus: { $ref: '#/components/schemas/PlaceOrderStatus' },
          claimType: { $ref: '#/components/schemas/ClaimType' },
          claimStatus: { $ref: '#/components/schemas/ClaimStatus' },
          holdbackStatus: { $ref: '#/components/schemas/HoldbackStatus' },
          productName: { type: 'string' },
          totalPaymentAmount: { type: 'integer' },
          orderDate: { $ref: '#/components/schemas/KstDateTime' },
          paymentDate: { $ref: '#/components/schemas/KstDateTime' },
          lastChangedDate: { $ref: '#/components/schemas/KstDateTime' },
        },
      },
      StateSnapshot: {
        type: 'object',
        description: 'The state-machine tuple of a product order at one moment.',
        required: ['productOrderStatus', 'placeOrderStatus'],
        properties: {
          productOrderStatus: { $ref: '#/components/schemas/ProductOrderStatus' },
          placeOrderStatus: { $ref: '#/components/schemas/PlaceOrderStatus' },
          claimType: { $ref: '#/components/schemas/ClaimType' },
          claimStatus: { $ref: '#/components/schemas/ClaimStatus' },
          holdbackStatus: { $ref: '#/components/schemas/HoldbackStatus' },
        },
      },
      HistoryEntry: {
        type: 'object',
        description: 'One applied transition. `from` is absent for the row that placed the order.',
        required: ['at', 'actor', 'event', 'to'],
        properties: {
          at: { $ref: '#/components/schemas/KstDateTime' },
          actor: { $ref: '#/components/schemas/Actor' },
          event: {
            type: 'string',
            description: 'Transition event name, e.g. `DISPATCHED`, `RETURN_REQUESTED`.',
          },
          rowId: {
            type: 'string',
            description:
              'Id of the transition-table row that made this step (`N8`, `R6`, …; see getStateMachine).',
          },
          lastChangedType: { $ref: '#/components/schemas/LastChangedType' },
          from: { $ref: '#/components/schemas/StateSnapshot' },
          to: { $ref: '#/components/schemas/StateSnapshot' },
        },
      },
      Actor: {
        type: 'string',
        description: 'Who caused a transition.',
        enum: ['buyer', 'carrier', 'platform', 'merchant', 'clock'],
      },
      ProductOrderInspection: {
        type: 'object',
        required: ['detail', 'history', 'allowedEvents', 'allowedActions'],
        properties: {
          detail: { $ref: '#/components/schemas/ProductOrderDetail' },
          history: {
            type: 'array',
            items: { $ref: '#/components/schemas/HistoryEntry' },
          },
          allowedEvents: {
            type: 'array',
            description: 'Control-plane events the current state allows.',
            items: { $ref: '#/components/schemas/SandboxEvent' },
          },
          allowedActions: {
            type: 'array',
            description: 'operationIds of real-API merchant actions the current state allows.',
            items: { type: 'string' },
          },
        },
      },
      SandboxEvent: {
        type: 'string',
        description:
          'Outside events a test can cause: pay (deposit received), expire-payment (deposit deadline passed),\nbuyer-cancel, buyer-return, buyer-exchange, change-address (buyer changes the shipping address),\ndeliver (carrier reports delivery; for an exchange, the re-delivered item), collect (collection\nstarts), collect-done (item collected), redeliver-done (re-delivered exchange item arrives),\ndecide-purchase (buyer confirms purchase), admin-cancel (Naver 직권 취소).\n',
        enum: [
          'pay',
          'expire-payment',
          'buyer-cancel',
          'buyer-return',
          'buyer-exchange',
          'change-address',
          'deliver',
          'collect',
          'collect-done',
          'redeliver-done',
          'decide-purchase',
          'admin-cancel',
        ],
      },
      WriteReviewRequest: {
        type: 'object',
        description: "A buyer's review; everything is optional.",
        properties: {
          score: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
            description: 'Star score (default 5).',
          },
          classType: { $ref: '#/components/schemas/PurchaseReviewClassType' },
          title: {
            type: 'string',
            maxLength: 100,
          },
          content: {
            type: 'string',
            maxLength: 2e3,
            description: 'Text of a PREMIUM review (ignored for GENERAL ones).',
          },
        },
      },
      ApplyEventRequest: {
        type: 'object',
        properties: {
          reason: { $ref: '#/components/schemas/ClaimReason' },
          detailedReason: { type: 'string' },
          quantity: {
            type: 'integer',
            minimum: 1,
            description: 'Claim quantity; the whole remaining quantity when omitted.',
          },
          shippingAddress: { $ref: '#/components/schemas/ShippingAddress' },
        },
      },
      Clock: {
        type: 'object',
        required: ['clientId', 'now', 'epochMillis', 'offsetMillis'],
        properties: {
          clientId: { type: 'string' },
          now: { $ref: '#/components/schemas/KstDateTime' },
          epochMillis: { type: 'integer' },
          offsetMillis: {
            type: 'integer',
            description: 'How far the virtual clock runs ahead of the real one.',
          },
        },
      },
      AdvanceClockRequest: {
        type: 'object',
        required: ['by'],
        properties: {
          clientId: { type: 'string' },
          by: {
            description: 'A duration such as `8d`, `90m`, `1h30m`, or a number of milliseconds.',
            oneOf: [
              {
                type: 'string',
                pattern: '^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?$',
                minLength: 2,
              },
              {
                type: 'integer',
                minimum: 0,
              },
            ],
          },
        },
      },
      FiredEvent: {
        type: 'object',
        required: ['at', 'event', 'description'],
        properties: {
          at: { $ref: '#/components/schemas/KstDateTime' },
          productOrderId: { type: 'string' },
          event: { type: 'string' },
          description: { type: 'string' },
        },
      },
      AdvanceClockResponse: {
        type: 'object',
        required: ['clientId', 'now', 'epochMillis', 'offsetMillis', 'fired'],
        properties: {
          clientId: { type: 'string' },
          now: { $ref: '#/components/schemas/KstDateTime' },
          epochMillis: { type: 'integer' },
          offsetMillis: { type: 'integer' },
          fired: {
            type: 'array',
            items: { $ref: '#/components/schemas/FiredEvent' },
          },
        },
      },
      RequestSummary: {
        type: 'object',
        required: ['id', 'at', 'method', 'path', 'status', 'latencyMillis'],
        properties: {
          id: { type: 'string' },
          at: { $ref: '#/components/schemas/KstDateTime' },
          method: { type: 'string' },
          path: { type: 'string' },
          status: { type: 'integer' },
          code: {
            type: 'string',
            description: 'Error code of the response body, when there is one.',
          },
          latencyMillis: { type: 'number' },
          clientId: { type: 'string' },
          diagnostic: {
            type: 'string',
            description:
              'Why the emulator answered as it did, in plain English (e.g. which signature check failed).',
          },
          lint: {
            type: 'array',
            description: 'Client-behaviour lint findings of this request (see getLint).',
            items: { $ref: '#/components/schemas/LintNote' },
          },
        },
      },
      RequestDetail: {
        allOf: [
          { $ref: '#/components/schemas/RequestSummary' },
          {
            type: 'object',
            required: ['request', 'response'],
            properties: {
              request: {
                type: 'object',
                required: ['headers', 'query'],
                properties: {
                  headers: {
                    type: 'object',
                    additionalProperties: { type: 'string' },
                  },
                  query: {
                    type: 'object',
                    additionalProperties: {
                      oneOf: [
                        { type: 'string' },
                        {
                          type: 'array',
                          items: { type: 'string' },
                        },
                      ],
                    },
                  },
                  body: {},
                },
              },
              response: {
                type: 'object',
                required: ['headers'],
                properties: {
                  headers: {
                    type: 'object',
                    additionalProperties: { type: 'string' },
                  },
                  body: {},
                },
              },
            },
          },
        ],
      },
      FaultKind: {
        type: 'string',
        description: 'What the fault does (see putFaults).',
        enum: ['gateway', 'business', 'latency', 'drop', 'expire-token'],
      },
      FaultLatency: {
        type: 'object',
        description:
          '`fixed` waits `ms`; `uniform` draws from [minMs, maxMs]; `exponential` has mean `meanMs`, capped at `maxMs`.',
        additionalProperties: false,
        properties: {
          distribution: {
            type: 'string',
            enum: ['fixed', 'uniform', 'exponential'],
            default: 'fixed',
          },
          ms: {
            type: 'integer',
            minimum: 0,
            maximum: 12e4,
          },
          minMs: {
            type: 'integer',
            minimum: 0,
            maximum: 12e4,
          },
          maxMs: {
            type: 'integer',
            minimum: 0,
            maximum: 12e4,
          },
          meanMs: {
            type: 'integer',
            minimum: 0,
            maximum: 12e4,
          },
        },
      },
      FaultRule: {
        type: 'object',
        required: ['kind'],
        properties: {
          id: {
            type: 'string',
            maxLength: 100,
            description: 'Name of the rule (`r1`, `r2`, … when omitted).',
          },
          method: {
            type: 'string',
            description: 'HTTP method to match (any when omitted or `*`).',
            pattern: '^([A-Za-z]{1,10}|\\*)$',
          },
          path: {
            type: 'string',
            maxLength: 500,
            description:
              'Path pattern under the base URL, e.g. `/v1/pay-order/mall/product-orders/{productOrderId}/claim/*`.',
          },
          operationId: {
            type: 'string',
            description: 'operationId of the real API to match, e.g. `dispatchProductOrders`.',
          },
          kind: { $ref: '#/components/schemas/FaultKind' },
          code: {
            type: 'string',
            description: 'For `gateway`, a `GW.*` code; for `business`, an order-service or settlement code.',
          },
          latency: { $ref: '#/components/schemas/FaultLatency' },
          headers: {
            type: 'object',
            description: 'Extra response headers, e.g. other `GNCP-GW-Quota-*` values.',
            maxProperties: 20,
            additionalProperties: {
              type: 'string',
              maxLength: 1e3,
            },
          },
          probability: {
            type: 'number',
            minimum: 0,
            maximum: 1,
            description: 'Fire with this probability (seeded PRNG).',
          },
          nth: {
            type: 'integer',
            minimum: 1,
            description: 'Fire on the nth matching call only.',
          },
          times: {
            type: 'integer',
            minimum: 1,
            description: 'Fire on the next N matching calls, then stop.',
          },
        },
      },
      PutFaultsRequest: {
        type: 'object',
        required: ['rules'],
        additionalProperties: false,
        properties: {
          clientId: { type: 'string' },
          seed: {
            type: 'integer',
            description:
              'Seed of the PRNG behind `probability` and latency distributions (default the sandbox seed).',
          },
          rules: {
            type: 'array',
            maxItems: 50,
            items: {
              allOf: [{ $ref: '#/components/schemas/FaultRule' }],
              unevaluatedProperties: false,
            },
          },
        },
      },
      FaultRuleState: {
        allOf: [
          { $ref: '#/components/schemas/FaultRule' },
          {
            type: 'object',
            required: ['id', 'matched', 'fired'],
            properties: {
              id: { type: 'string' },
              matched: {
                type: 'integer',
                description: 'Calls that matched the rule.',
              },
              fired: {
                type: 'integer',
                description: 'Calls the rule answered (or delayed).',
              },
            },
          },
        ],
      },
      FaultSet: {
        type: 'object',
        required: ['clientId', 'seed', 'rules'],
        properties: {
          clientId: { type: 'string' },
          seed: { type: 'integer' },
          rules: {
            type: 'array',
            items: { $ref: '#/components/schemas/FaultRuleState' },
          },
        },
      },
      LintRule: {
        type: 'string',
        enum: [
          'excess-token-issuance',
          'last-changed-no-margin',
          'unencoded-plus',
          'more-ignored',
          'dispatch-resent',
          'faster-than-rate-limit',
          'unknown-body-fields',
        ],
      },
      LintNote: {
        type: 'object',
        description: 'One finding as the journal shows it.',
        required: ['rule', 'message', 'advice'],
        properties: {
          rule: { $ref: '#/components/schemas/LintRule' },
          message: {
            type: 'string',
            description: 'What the client did.',
          },
          advice: {
            type: 'string',
            description: 'What to change.',
          },
        },
      },
      LintFinding: {
        allOf: [
          { $ref: '#/components/schemas/LintNote' },
          {
            type: 'object',
            required: ['method', 'path', 'firstAt', 'lastAt', 'count'],
            properties: {
              operationId: { type: 'string' },
              method: { type: 'string' },
              path: { type: 'string' },
              firstAt: { $ref: '#/components/schemas/KstDateTime' },
              lastAt: { $ref: '#/components/schemas/KstDateTime' },
              count: {
                type: 'integer',
                description: 'Consecutive occurrences counted in this entry.',
              },
            },
          },
        ],
      },
      LintReport: {
        type: 'object',
        required: ['clientId', 'findings', 'summary'],
        properties: {
          clientId: { type: 'string' },
          findings: {
            type: 'array',
            description: 'Newest first.',
            items: { $ref: '#/components/schemas/LintFinding' },
          },
          summary: {
            type: 'array',
            description: 'One line per rule that fired, with the total count and the advice.',
            items: {
              type: 'object',
              required: ['rule', 'count', 'advice'],
              properties: {
                rule: { $ref: '#/components/schemas/LintRule' },
                count: { type: 'integer' },
                advice: { type: 'string' },
              },
            },
          },
        },
      },
      ScenarioParam: {
        type: 'object',
        required: ['name', 'description', 'default', 'minimum', 'maximum'],
        properties: {
          name: { type: 'string' },
          description: { type: 'string' },
          default: { type: 'integer' },
          minimum: { type: 'integer' },
          maximum: { type: 'integer' },
        },
      },
      ScenarioPromise: {
        type: 'object',
        description: 'The state every product order the seed returns is left in.',
        required: ['productOrderStatus'],
        properties: {
          productOrderStatus: { $ref: '#/components/schemas/ProductOrderStatus' },
          placeOrderStatus: { $ref: '#/components/schemas/PlaceOrderStatus' },
          claimType: { $ref: '#/components/schemas/ClaimType' },
          claimStatus: { $ref: '#/components/schemas/ClaimStatus' },
          holdbackStatus: { $ref: '#/components/schemas/HoldbackStatus' },
        },
      },
      ScenarioSummary: {
        type: 'object',
        required: ['name', 'description', 'defaultCount', 'movesClock', 'params'],
        properties: {
          name: { type: 'string' },
          description: { type: 'string' },
          promise: { $ref: '#/components/schemas/ScenarioPromise' },
          defaultCount: { type: 'integer' },
          movesClock: {
            type: 'boolean',
            description: "Whether applying it moves the merchant's virtual clock (busy-shop).",
          },
          params: {
            type: 'array',
            items: { $ref: '#/components/schemas/ScenarioParam' },
          },
        },
      },
      ApplyScenarioRequest: {
        type: 'object',
        properties: {
          clientId: {
            type: 'string',
            description: 'Merchant app; the default merchant when omitted.',
          },
          count: {
            type: 'integer',
            minimum: 1,
            maximum: 1e5,
            description: 'Orders to create (default 1; busy-shop 200).',
          },
          seed: {
            type: 'integer',
            description: 'Seed of the fake data (default 1).',
          },
          params: {
            type: 'object',
            description: 'The seed\'s own parameters (see listScenarios), e.g. `{"days": 14}`.',
            additionalProperties: { type: 'integer' },
          },
        },
      },
      ApplyScenarioResponse: {
        type: 'object',
        required: [
          'scenario',
          'clientId',
          'seed',
          'count',
          'params',
          'orders',
          'productOrderIds',
          'states',
          'refused',
          'clock',
        ],
        properties: {
          scenario: { type: 'string' },
          clientId: { type: 'string' },
          seed: { type: 'integer' },
          count: { type: 'integer' },
          params: {
            type: 'object',
            additionalProperties: { type: 'integer' },
          },
          orders: {
            type: 'array',
            items: { $ref: '#/components/schemas/CreateOrderResponse' },
          },
          productOrderIds: {
            type: 'array',
            description: 'The product orders the promise is about (every product order created).',
            items: { type: 'string' },
          },
          states: {
            type: 'object',
            description:
              'Product orders per state label, e.g. `DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK`.',
            additionalProperties: { type: 'integer' },
          },
          refused: {
            type: 'integer',
            description: 'Orders whose plan a refused transition cut short (busy-shop); 0 normally.',
          },
          clock: {
            type: 'object',
            required: ['from', 'to'],
            properties: {
              from: { $ref: '#/components/schemas/KstDateTime' },
              to: { $ref: '#/components/schemas/KstDateTime' },
            },
          },
        },
      },
      Coverage: {
        type: 'object',
        required: [
          'clientId',
          'rows',
          'covered',
          'uncovered',
          'percent',
          'errorCodes',
          'uncoveredErrorCodes',
        ],
        properties: {
          clientId: { type: 'string' },
          rows: {
            type: 'array',
            description: 'Every row of the state table with how often it fired.',
            items: {
              type: 'object',
              required: ['id', 'event', 'actor', 'count'],
              properties: {
                id: { type: 'string' },
                event: { type: 'string' },
                actor: { $ref: '#/components/schemas/Actor' },
                count: { type: 'integer' },
              },
            },
          },
          covered: {
            type: 'array',
            items: { type: 'string' },
          },
          uncovered: {
            type: 'array',
            items: { type: 'string' },
          },
          percent: {
            type: 'number',
            description: 'Share of rows covered, 0–100.',
          },
          errorCodes: {
            type: 'array',
            description: 'Business codes a merchant action can answer, with how often the journal saw each.',
            items: {
              type: 'object',
              required: ['code', 'message', 'count'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                count: { type: 'integer' },
              },
            },
          },
          uncoveredErrorCodes: {
            type: 'array',
            items: { type: 'string' },
          },
        },
      },
      Health: {
        type: 'object',
        required: ['status', 'version', 'uptimeSeconds', 'merchants'],
        properties: {
          status: {
            type: 'string',
            const: 'ok',
          },
          version: { type: 'string' },
          uptimeSeconds: { type: 'number' },
          merchants: {
            type: 'integer',
            description: 'Number of registered merchant apps.',
          },
        },
      },
      MerchantToken: {
        type: 'object',
        description: "The real token endpoint's success body (facts §3.4).",
        required: ['access_token', 'expires_in', 'token_type'],
        properties: {
          access_token: { type: 'string' },
          expires_in: {
            type: 'integer',
            description: "Seconds the token stays valid on the merchant's virtual clock.",
          },
          token_type: {
            type: 'string',
            const: 'Bearer',
          },
        },
      },
      StatePattern: {
        type: 'object',
        description: 'What a state must look like for a row to apply; omitted parts match anything.',
        properties: {
          productOrderStatus: {
            type: 'array',
            items: { $ref: '#/components/schemas/ProductOrderStatus' },
          },
          placeOrderStatus: {
            type: 'array',
            items: { $ref: '#/components/schemas/PlaceOrderStatus' },
          },
          claim: {
            description: "`none`: no claim in progress; otherwise the open claim's type and statuses.",
            oneOf: [
              {
                type: 'string',
                const: 'none',
              },
              {
                type: 'object',
                required: ['type', 'status'],
                properties: {
                  type: { $ref: '#/components/schemas/ClaimType' },
                  status: {
                    type: 'array',
                    items: { $ref: '#/components/schemas/ClaimStatus' },
                  },
                },
              },
            ],
          },
          holdback: {
            type: 'string',
            enum: ['held', 'not-held'],
          },
        },
      },
      TransitionRow: {
        type: 'object',
        description: 'One row of the transition table (packages/engine/src/machine/table.ts).',
        required: ['id', 'event', 'actor', 'from', 'to', 'effects', 'note'],
        properties: {
          id: {
            type: 'string',
            description: "Stable id after the facts file's numbering (N5, C4, R3, …).",
          },
          event: {
            type: 'string',
            description:
              "A merchant action's operationId, a control-plane event, or an internal follow-up step.",
          },
          actor: { $ref: '#/components/schemas/Actor' },
          from: {
            description: '`new` for order placement, otherwise the state pattern the row applies to.',
            oneOf: [
              {
                type: 'string',
                const: 'new',
              },
              { $ref: '#/components/schemas/StatePattern' },
            ],
          },
          guard: {
            type: 'string',
            enum: ['paidAtOnce', 'awaitingDeposit', 'wholeQuantity', 'partQuantity'],
          },
          to: {
            type: 'object',
            description: 'What the row changes; omitted parts stay as they are.',
            properties: {
              productOrderStatus: { $ref: '#/components/schemas/ProductOrderStatus' },
              placeOrderStatus: { $ref: '#/components/schemas/PlaceOrderStatus' },
              claimType: { $ref: '#/components/schemas/ClaimType' },
              claimStatus: { $ref: '#/components/schemas/ClaimStatus' },
              holdbackStatus: { $ref: '#/components/schemas/HoldbackStatus' },
            },
          },
          emits: { $ref: '#/components/schemas/LastChangedType' },
          effects: {
            type: 'array',
            items: { type: 'string' },
          },
          next: {
            type: 'string',
            description: 'A follow-up event the platform applies at once.',
          },
          note: {
            type: 'string',
            description: 'Provenance of the row (facts labels).',
          },
        },
      },
      MachineStateView: {
        type: 'object',
        description: 'A reachable state and its one-line label.',
        required: ['key', 'productOrderStatus', 'placeOrderStatus', 'openClaim'],
        properties: {
          key: {
            type: 'string',
            description:
              'One-line label of the state, e.g. `DELIVERED · OK · RETURN/RETURN_REQUEST · holdback HOLDBACK`.',
          },
          openClaim: {
            type: 'boolean',
            description:
              'Whether a claim is in progress (a finished or rejected claim no longer blocks actions).',
          },
          productOrderStatus: { $ref: '#/components/schemas/ProductOrderStatus' },
          placeOrderStatus: { $ref: '#/components/schemas/PlaceOrderStatus' },
          claimType: { $ref: '#/components/schemas/ClaimType' },
          claimStatus: { $ref: '#/components/schemas/ClaimStatus' },
          holdbackStatus: { $ref: '#/components/schemas/HoldbackStatus' },
        },
      },
      MachineEdge: {
        type: 'object',
        required: ['from', 'to', 'rowId'],
        properties: {
          from: {
            type: 'string',
            description: '`key` of the state before, or `new` for order placement.',
          },
          to: {
            type: 'string',
            description: '`key` of the state after.',
          },
          rowId: { type: 'string' },
        },
      },
      FormField: {
        type: 'object',
        description: 'One flat input of an action or event, read from the API document.',
        required: ['name', 'type', 'required'],
        properties: {
          name: { type: 'string' },
          type: {
            type: 'string',
            enum: ['string', 'integer', 'number'],
          },
          required: { type: 'boolean' },
          format: { type: 'string' },
          enum: {
            type: 'array',
            items: { type: 'string' },
          },
          labels: {
            type: 'array',
            description: 'Korean descriptions of `enum`, in the same order.',
            items: { type: 'string' },
          },
          description: { type: 'string' },
        },
      },
      MerchantActionForm: {
        type: 'object',
        required: ['operationId', 'method', 'path', 'summary', 'hasBody', 'fields'],
        properties: {
          operationId: { type: 'string' },
          method: { type: 'string' },
          path: {
            type: 'string',
            description: 'Path under `apiBasePath`, with `{productOrderId}` where the action takes one.',
          },
          summary: { type: 'string' },
          listProperty: {
            type: 'string',
            description: 'Bulk operations carry the product order in this array property.',
          },
          hasBody: { type: 'boolean' },
          fields: {
            type: 'array',
            items: { $ref: '#/components/schemas/FormField' },
          },
        },
      },
      SandboxEventForm: {
        type: 'object',
        required: ['event', 'actor', 'fields'],
        properties: {
          event: { $ref: '#/components/schemas/SandboxEvent' },
          actor: { $ref: '#/components/schemas/Actor' },
          fields: {
            type: 'array',
            items: { $ref: '#/components/schemas/FormField' },
          },
        },
      },
      StateMachine: {
        type: 'object',
        required: ['apiBasePath', 'rows', 'states', 'edges', 'sandboxEvents', 'merchantActions', 'labels'],
        properties: {
          apiBasePath: {
            type: 'string',
            description: 'Base path of the real API on this server (`/npay/partner`).',
          },
          rows: {
            type: 'array',
            items: { $ref: '#/components/schemas/TransitionRow' },
          },
          states: {
            type: 'array',
            description: 'Every state reachable from order placement.',
            items: { $ref: '#/components/schemas/MachineStateView' },
          },
          edges: {
            type: 'array',
            description:
              'One edge per (state before, state after, row); a row that keeps the state is a loop.',
            items: { $ref: '#/components/schemas/MachineEdge' },
          },
          sandboxEvents: {
            type: 'array',
            items: { $ref: '#/components/schemas/SandboxEventForm' },
          },
          merchantActions: {
            type: 'array',
            items: { $ref: '#/components/schemas/MerchantActionForm' },
          },
          labels: {
            type: 'object',
            description:
              'Korean descriptions of enum values, by enum name (ProductOrderStatus, ClaimStatus, …).',
            additionalProperties: {
              type: 'object',
              additionalProperties: { type: 'string' },
            },
          },
        },
      },
      Address: {
        type: 'object',
        description: 'Address (takingAddress, collectAddress, reDeliveryAddress) [DOC].',
        properties: {
          addressType: {
            $ref: '#/components/schemas/AddressType',
            description: '주소 유형',
          },
          name: {
            type: 'string',
            description: '이름',
          },
          tel1: {
            type: 'string',
            description: '연락처 1',
          },
          tel2: {
            type: 'string',
            description: '연락처 2',
          },
          zipCode: {
            type: 'string',
            description: '우편번호',
          },
          baseAddress: {
            type: 'string',
            description: '기본 주소',
          },
          detailedAddress: {
            type: 'string',
            description: '상세 주소',
          },
          city: {
            type: 'string',
            description: '도시 (empty string for domestic)',
          },
          state: {
            type: 'string',
            description: '주 (empty string for domestic)',
          },
          country: {
            type: 'string',
            description: '국가',
          },
          isRoadNameAddress: {
            type: 'boolean',
            description: '도로명 주소 여부',
          },
        },
      },
      AddressType: {
        type: 'string',
        description: '주소 유형. [DOC]',
        enum: ['DOMESTIC', 'FOREIGN'],
        'x-enum-descriptions': ['국내', '국외'],
      },
      AppliedCardPromotion: {
        type: 'object',
        description: 'Applied card promotion [DOC].',
        properties: {
          promotionName: {
            type: 'string',
            description: '프로모션명',
          },
          cardCompanyName: {
            type: 'string',
            description: '카드사명',
          },
          promotionApplyAmount: {
            type: 'integer',
            description: '프로모션 적용 금액',
          },
          brandCompanyBurdenRatio: {
            type: 'integer',
            description: '브랜드사 부담 비율',
          },
        },
      },
      AppliedCoupon: {
        type: 'object',
        description: 'Applied coupon [DOC].',
        properties: {
          couponPublishNumber: {
            type: 'string',
            description: '쿠폰 발행 번호',
          },
          couponClassCode: {
            $ref: '#/components/schemas/CouponClassCode',
            description: '쿠폰 유형',
          },
          couponDiscountAmount: {
            type: 'integer',
            description: '쿠폰 할인 금액',
          },
          naverBurdenRatio: {
            type: 'integer',
            description: '네이버 부담 비율',
          },
        },
      },
      BeforeClaim: {
        type: 'object',
        description: 'Previous claim of the product order [DOC].',
        properties: {
          exchange: {
            $ref: '#/components/schemas/ExchangeClaim',
            description: '이전 교환 클레임',
          },
        },
      },
      CancelClaim: {
        type: 'object',
        description: 'Cancel claim block [DOC].',
        properties: {
          claimId: {
            type: 'string',
            description: '클레임 번호',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '클레임 상태',
          },
          claimRequestDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 요청 일시',
          },
          requestChannel: {
            type: 'string',
            description: '접수 채널 (Korean text; value set not public)',
          },
          cancelReason: {
            $ref: '#/components/schemas/ClaimReason',
            description: '취소 사유',
          },
          cancelDetailedReason: {
            type: 'string',
            description: '취소 상세 사유',
          },
          cancelApprovalDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '취소 승인 일시',
          },
          cancelCompletedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '취소 완료 일시',
          },
          refundExpectedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '환불 예정일',
          },
          refundStandbyReason: {
            type: 'string',
            description: '환불 대기 사유',
          },
          refundStandbyStatus: {
            type: 'string',
            description: '환불 대기 상태',
          },
          requestQuantity: {
            type: 'integer',
            description: '요청 수량',
          },
        },
      },
      ClaimDeliveryFeeSupportType: {
        type: 'string',
        description: '클레임 배송비 지원 유형. [DOC]',
        enum: ['MEMBERSHIP_ARRIVAL_GUARANTEE', 'MEMBERSHIP_KURLY'],
        'x-enum-descriptions': ['멤버십도착보장', '멤버십컬리N마트'],
      },
      ClaimReason: {
        type: 'string',
        description:
          '클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]',
        enum: [
          'INTENT_CHANGED',
          'COLOR_AND_SIZE',
          'WRONG_ORDER',
          'PRODUCT_UNSATISFIED',
          'DELAYED_DELIVERY',
          'SOLD_OUT',
          'DROPPED_DELIVERY',
          'NOT_YET_DELIVERY',
          'BROKEN',
          'INCORRECT_INFO',
          'WRONG_DELIVERY',
          'WRONG_OPTION',
          'SIMPLE_INTENT_CHANGED',
          'MISTAKE_ORDER',
          'ETC',
          'DELAYED_DELIVERY_BY_PURCHASER',
          'INCORRECT_INFO_BY_PURCHASER',
          'PRODUCT_UNSATISFIED_BY_PURCHASER',
          'NOT_YET_DISCUSSION',
          'OUT_OF_STOCK',
          'SALE_INTENT_CHANGED',
          'NOT_YET_PAYMENT',
          'NOT_YET_RECEIVE',
          'WRONG_DELAYED_DELIVERY',
          'BROKEN_AND_BAD',
          'RECEIVING_DUE_DATE_OVER',
          'RECEIVER_MISMATCHED',
          'GIFT_INTENT_CHANGED',
          'GIFT_REFUSAL',
          'MINOR_RESTRICTED',
          'RECEIVING_BLOCKED',
          'UNDER_QUANTITY',
          'ASYNC_FAIL_PAYMENT',
          'ASYNC_LONG_WAIT_PAYMENT',
        ],
        'x-enum-descriptions': [
          '구매 의사 취소',
          '색상 및 사이즈 변경',
          '다른 상품 잘못 주문',
          '서비스 불만족',
          '배송 지연',
          '상품 품절',
          '배송 누락',
          '미배송',
          '상품 파손',
          '상품 정보 상이',
          '오배송',
          '색상 등 다른 상품 잘못 배송',
          '단순 변심',
          '주문 실수',
          '기타',
          '배송 지연',
          '상품 정보 상이',
          '서비스 불만족',
          '상호 협의가 완료되지 않은 주문 건',
          '재고 부족으로 인한 판매 불가',
          '판매 의사 변심으로 인한 거부',
          '구매자의 미결제로 인한 거부',
          '상품 미수취',
          '오배송 및 지연',
          '파손 및 불량',
          '수락 기한 만료',
          '수신인 불일치',
          '보내기 취소',
          '선물 거절',
          '상품 수신 불가',
          '상품 수신 불가',
          '주문 수량 미달',
          '결제 승인 실패',
          '결제 승인 실패',
        ],
      },
      ClaimStatus: {
        type: 'string',
        description:
          '클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]',
        enum: [
          'CANCEL_REQUEST',
          'CANCELING',
          'CANCEL_DONE',
          'CANCEL_REJECT',
          'RETURN_REQUEST',
          'EXCHANGE_REQUEST',
          'COLLECTING',
          'COLLECT_DONE',
          'EXCHANGE_REDELIVERING',
          'RETURN_DONE',
          'EXCHANGE_DONE',
          'RETURN_REJECT',
          'EXCHANGE_REJECT',
          'PURCHASE_DECISION_HOLDBACK',
          'PURCHASE_DECISION_REQUEST',
          'PURCHASE_DECISION_HOLDBACK_RELEASE',
          'ADMIN_CANCELING',
          'ADMIN_CANCEL_DONE',
          'ADMIN_CANCEL_REJECT',
        ],
        'x-enum-descriptions': [
          '취소 요청',
          '취소 처리 중',
          '취소 처리 완료',
          '취소 철회',
          '반품 요청',
          '교환 요청',
          '수거 처리 중',
          '수거 완료',
          '교환 재배송 중',
          '반품 완료',
          '교환 완료',
          '반품 철회',
          '교환 철회',
          '구매 확정 보류',
          '구매 확정 요청',
          '구매 확정 보류 해제',
          '직권 취소 중',
          '직권 취소 완료',
          '직권 취소 철회',
        ],
      },
      ClaimType: {
        type: 'string',
        description: '클레임 구분 (claimType). [DOC]',
        enum: ['CANCEL', 'RETURN', 'EXCHANGE', 'PURCHASE_DECISION_HOLDBACK', 'ADMIN_CANCEL'],
        'x-enum-descriptions': ['취소', '반품', '교환', '구매 확정 보류', '직권 취소'],
      },
      CollectStatus: {
        type: 'string',
        description: '수거 상태 (return/exchange collectStatus). [DOC]',
        enum: [
          'NOT_REQUESTED',
          'COLLECT_REQUEST_TO_AGENT',
          'COLLECT_REQUEST_TO_DELIVERY_COMPANY',
          'COLLECT_WAITING',
          'DELIVERING',
          'DELIVERED',
          'DELIVERY_FAILED',
          'COLLECT_FAILED',
          'WRONG_INVOICE',
          'COLLECT_CANCELED',
        ],
        'x-enum-descriptions': [
          '수거 미요청',
          '수거 지시 완료',
          '수거 요청',
          '택배사 수거 예정',
          '수거 진행 중',
          '수거 완료',
          '배송 실패',
          '수거 실패',
          '오류 송장',
          '수거 취소',
        ],
      },
      CommissionPrePayStatus: {
        type: 'string',
        description: '수수료 선결제 상태. [DOC]',
        enum: ['GENERAL_PRD', 'PRE_PAY_PRD_NO_PAY', 'PRE_PAY_PRD_PAYED'],
        'x-enum-descriptions': ['일반 상품', '선차감(차감 전)', '선차감(차감 후)'],
      },
      CompletedClaim: {
        type: 'object',
        description:
          'Completed claim history entry (completedClaims[]) [DOC]. Includes the collect/holdback dates the official example shows.',
        properties: {
          claimType: {
            $ref: '#/components/schemas/ClaimType',
            description: '클레임 구분',
          },
          claimId: {
            type: 'string',
            description: '클레임 번호',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '클레임 상태',
          },
          claimRequestDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 요청 일시',
          },
          requestChannel: {
            type: 'string',
            description: '접수 채널',
          },
          claimRequestDetailContent: {
            type: 'string',
            description: '클레임 요청 상세 사유',
          },
          claimRequestReason: {
            $ref: '#/components/schemas/ClaimReason',
            description: '클레임 요청 사유',
          },
          refundExpectedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '환불 예정일',
          },
          refundStandbyReason: {
            type: 'string',
            description: '환불 대기 사유',
          },
          refundStandbyStatus: {
            type: 'string',
            description: '환불 대기 상태',
          },
          requestQuantity: {
            type: 'integer',
            description: '요청 수량',
          },
          claimDeliveryFeeDemandAmount: {
            type: 'integer',
            description: '클레임 배송비 청구액',
          },
          claimDeliveryFeePayMeans: {
            type: 'string',
            description: '클레임 배송비 결제 수단',
          },
          claimDeliveryFeePayMethod: {
            type: 'string',
            description: '클레임 배송비 결제 방법',
          },
          returnReceiveAddress: {
            $ref: '#/components/schemas/ReturnReceiveAddress',
            description: '반품 수령지',
          },
          collectAddress: {
            $ref: '#/components/schemas/Address',
            description: '수거지 주소',
          },
          collectStatus: {
            $ref: '#/components/schemas/CollectStatus',
            description: '수거 상태',
          },
          collectDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '수거 방법',
          },
          collectDeliveryCompany: {
            type: 'string',
            description: '수거 택배사 코드',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          collectTrackingNumber: {
            type: 'string',
            description: '수거 송장 번호',
          },
          collectCompletedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '수거 완료 일시',
          },
          etcFeeDemandAmount: {
            type: 'integer',
            description: '기타 비용 청구액',
          },
          etcFeePayMeans: {
            type: 'string',
            description: '기타 비용 결제 수단',
          },
          etcFeePayMethod: {
            type: 'string',
            description: '기타 비용 결제 방법',
          },
          holdbackStatus: {
            $ref: '#/components/schemas/HoldbackStatus',
            description: '보류 상태',
          },
          holdbackReason: {
            $ref: '#/components/schemas/HoldbackClassType',
            description: '보류 유형',
          },
          holdbackDetailedReason: {
            type: 'string',
            description: '보류 상세 사유',
          },
          holdbackConfigDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 설정 일시',
          },
          holdbackConfigurer: {
            type: 'string',
            description: '보류 설정자',
          },
          holdbackReleaseDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 해제 일시',
          },
          holdbackReleaser: {
            type: 'string',
            description: '보류 해제자',
          },
          claimDeliveryFeeProductOrderIds: {
            type: 'string',
            description: '클레임 배송비 묶음 상품 주문 번호',
          },
          claimDeliveryFeeDiscountAmount: {
            type: 'integer',
            description: '클레임 배송비 할인액',
          },
          remoteAreaCostChargeAmount: {
            type: 'integer',
            description: '도서산간 추가 비용',
          },
          claimCompleteOperationDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 완료 처리 일시',
          },
          claimRequestAdmissionDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 요청 승인 일시',
          },
          collectOperationDate: {
            type: 'string',
            description: '수거 처리일 (typed as a plain string in the docs)',
          },
          collectStartTime: {
            type: 'string',
            description: '수거 시작 시각',
          },
          collectEndTime: {
            type: 'string',
            description: '수거 종료 시각',
          },
          collectSlotId: {
            type: 'string',
            description: '수거 슬롯 ID',
          },
          reDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '재배송 방법',
          },
          reDeliveryStatus: {
            $ref: '#/components/schemas/DeliveryStatus',
            description: '재배송 상태',
          },
          reDeliveryCompany: {
            type: 'string',
            description: '재배송 택배사 코드',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          reDeliveryTrackingNumber: {
            type: 'string',
            description: '재배송 송장 번호',
          },
          reDeliveryAddress: {
            $ref: '#/components/schemas/Address',
            description: '재배송지 주소',
          },
          reDeliveryOperationDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '재배송 처리 일시',
          },
          membershipsArrivalGuaranteeClaimSupportingAmount: {
            type: 'integer',
            description: '멤버십 도착 보장 클레임 지원 금액',
          },
          claimDeliveryFeeSupportType: {
            $ref: '#/components/schemas/ClaimDeliveryFeeSupportType',
            description: '클레임 배송비 지원 유형',
          },
          claimDeliveryFeeSupportAmount: {
            type: 'integer',
            description: '클레임 배송비 지원 금액',
          },
        },
      },
      CouponClassCode: {
        type: 'string',
        description: '쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]',
        enum: ['NMP_PRD_DCNT', 'NMP_PRD_DUP_DCNT'],
        'x-enum-descriptions': ['관리자 상품할인', '관리자/판매자 상품중복할인'],
      },
      CurrentClaim: {
        type: 'object',
        description: 'Claim currently attached to the product order [DOC].',
        properties: {
          cancel: {
            $ref: '#/components/schemas/CancelClaim',
            description: '취소',
          },
          return: {
            $ref: '#/components/schemas/ReturnClaim',
            description: '반품',
          },
          exchange: {
            $ref: '#/components/schemas/ExchangeClaim',
            description: '교환',
          },
        },
      },
      DelayedDispatchReason: {
        type: 'string',
        description: '발송 지연 사유. [DOC]',
        enum: [
          'PRODUCT_PREPARE',
          'CUSTOMER_REQUEST',
          'CUSTOM_BUILD',
          'RESERVED_DISPATCH',
          'OVERSEA_DELIVERY',
          'ETC',
        ],
        'x-enum-descriptions': ['상품 준비 중', '고객 요청', '주문 제작', '예약 발송', '해외 배송', '기타'],
      },
      Delivery: {
        type: 'object',
        description: 'Delivery of a dispatched product order [DOC].',
        properties: {
          deliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '배송 방법',
          },
          deliveryCompany: {
            type: 'string',
            description: '택배사 코드 (DeliveryCompanyCode)',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          trackingNumber: {
            type: 'string',
            description: '송장 번호',
          },
          sendDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '발송 일시 (the dispatchDate sent)',
          },
          pickupDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '집화 일시',
          },
          deliveredDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '배송 완료 일시',
          },
          deliveryStatus: {
            $ref: '#/components/schemas/DeliveryStatus',
            description: '배송 상세 상태',
          },
          isWrongTrackingNumber: {
            type: 'boolean',
            description: '오류 송장 여부',
          },
          wrongTrackingNumberRegisteredDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '오류 송장 등록 일시',
          },
          wrongTrackingNumberType: {
            type: 'string',
            description: '오류 송장 등록 구분 (value set not public)',
          },
        },
      },
      DeliveryAttributeType: {
        type: 'string',
        description: '배송 속성 유형. [DOC]',
        enum: [
          'NORMAL',
          'TODAY',
          'OPTION_TODAY',
          'HOPE',
          'TODAY_ARRIVAL',
          'DAWN_ARRIVAL',
          'PRE_ORDER',
          'ARRIVAL_GUARANTEE',
          'SELLER_GUARANTEE',
          'HOPE_SELLER_GUARANTEE',
          'PICKUP',
          'QUICK',
        ],
        'x-enum-descriptions': [
          '일반배송',
          '오늘출발',
          '옵션별 오늘출발',
          '희망일배송',
          '당일배송',
          '새벽배송',
          '예약구매',
          'N배송',
          'N판매자배송',
          'N희망일배송',
          '픽업',
          '즉시배달',
        ],
      },
      DeliveryMethod: {
        type: 'string',
        description:
          '배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]',
        enum: [
          'DELIVERY',
          'GDFW_ISSUE_SVC',
          'VISIT_RECEIPT',
          'DIRECT_DELIVERY',
          'QUICK_SVC',
          'NOTHING',
          'RETURN_DESIGNATED',
          'RETURN_DELIVERY',
          'RETURN_INDIVIDUAL',
          'RETURN_MERCHANT',
          'UNKNOWN',
        ],
        'x-enum-descriptions': [
          '택배, 등기, 소포',
          '굿스플로 송장 출력',
          '방문 수령',
          '직접 전달',
          '퀵서비스',
          '배송 없음',
          '지정 반품 택배',
          '일반 반품 택배',
          '직접 반송',
          '판매자 직접 수거(장보기 전용)',
          '알 수 없음(예외 처리에 사용)',
        ],
      },
      DeliveryStatus: {
        type: 'string',
        description: '배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]',
        enum: [
          'COLLECT_REQUEST',
          'COLLECT_WAIT',
          'COLLECT_CARGO',
          'DELIVERY_COMPLETION',
          'DELIVERING',
          'DELIVERY_FAIL',
          'WRONG_INVOICE',
          'COLLECT_CARGO_FAIL',
          'COLLECT_CARGO_CANCEL',
          'NOT_TRACKING',
        ],
        'x-enum-descriptions': [
          '수거 요청',
          '수거 대기',
          '집화',
          '배송 완료',
          '배송중',
          '배송 실패',
          '오류 송장',
          '집화 실패',
          '집화 취소',
          '배송 추적 없음',
        ],
      },
      DeliveryTagType: {
        type: 'string',
        description: '배송 태그 유형. [DOC]',
        enum: ['TODAY', 'TOMORROW', 'DAWN', 'SUNDAY', 'STANDARD', 'HOPE'],
        'x-enum-descriptions': ['오늘배송', '내일배송', '새벽배송', '일요배송', 'D+2이상배송', '희망일배송'],
      },
      EntryMethod: {
        type: 'string',
        description: '공동현관 출입 방법. [DOC values; glosses INF]',
        enum: ['LOBBY_PW', 'MANAGEMENT_OFFICE', 'FREE', 'OTHER'],
        'x-enum-descriptions': ['공동현관 비밀번호', '경비실 호출', '자유 출입', '기타'],
      },
      ExchangeClaim: {
        type: 'object',
        description: 'Exchange claim block [DOC].',
        properties: {
          claimId: {
            type: 'string',
            description: '클레임 번호',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '클레임 상태',
          },
          claimRequestDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 요청 일시',
          },
          requestChannel: {
            type: 'string',
            description: '접수 채널 (Korean text; value set not public)',
          },
          exchangeReason: {
            $ref: '#/components/schemas/ClaimReason',
            description: '교환 사유',
          },
          exchangeDetailedReason: {
            type: 'string',
            description: '교환 상세 사유',
          },
          requestQuantity: {
            type: 'integer',
            description: '요청 수량',
          },
          returnReceiveAddress: {
            $ref: '#/components/schemas/ReturnReceiveAddress',
            description:
              '반품(교환 수거) 수령지 — present in the official example although the field list omits it [DOC]',
          },
          collectAddress: {
            $ref: '#/components/schemas/Address',
            description: '수거지 주소',
          },
          collectStatus: {
            $ref: '#/components/schemas/CollectStatus',
            description: '수거 상태',
          },
          collectDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '수거 방법',
          },
          collectDeliveryCompany: {
            type: 'string',
            description: '수거 택배사 코드 (DeliveryCompanyCode)',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          collectTrackingNumber: {
            type: 'string',
            description: '수거 송장 번호',
          },
          collectCompletedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '수거 완료 일시',
          },
          claimDeliveryFeeDemandAmount: {
            type: 'integer',
            description: '클레임 배송비 청구액',
          },
          claimDeliveryFeePayMeans: {
            type: 'string',
            description: '클레임 배송비 결제 수단',
          },
          claimDeliveryFeePayMethod: {
            type: 'string',
            description: '클레임 배송비 결제 방법',
          },
          claimDeliveryFeeProductOrderIds: {
            type: 'string',
            description: '클레임 배송비 묶음 상품 주문 번호 (comma-separated)',
          },
          claimDeliveryFeeDiscountAmount: {
            type: 'integer',
            description: '클레임 배송비 할인액',
          },
          remoteAreaCostChargeAmount: {
            type: 'integer',
            description: '도서산간 추가 비용',
          },
          etcFeeDemandAmount: {
            type: 'integer',
            description: '기타 비용 청구액',
          },
          etcFeePayMeans: {
            type: 'string',
            description: '기타 비용 결제 수단',
          },
          etcFeePayMethod: {
            type: 'string',
            description: '기타 비용 결제 방법',
          },
          holdbackStatus: {
            $ref: '#/components/schemas/HoldbackStatus',
            description: '보류 상태',
          },
          holdbackReason: {
            $ref: '#/components/schemas/HoldbackClassType',
            description: '보류 유형',
          },
          holdbackDetailedReason: {
            type: 'string',
            description: '보류 상세 사유',
          },
          holdbackConfigDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 설정 일시',
          },
          holdbackConfigurer: {
            type: 'string',
            description: '보류 설정자',
          },
          holdbackReleaseDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 해제 일시',
          },
          holdbackReleaser: {
            type: 'string',
            description: '보류 해제자',
          },
          membershipsArrivalGuaranteeClaimSupportingAmount: {
            type: 'integer',
            description: '멤버십 도착 보장 클레임 지원 금액',
          },
          claimDeliveryFeeSupportType: {
            $ref: '#/components/schemas/ClaimDeliveryFeeSupportType',
            description: '클레임 배송비 지원 유형',
          },
          claimDeliveryFeeSupportAmount: {
            type: 'integer',
            description: '클레임 배송비 지원 금액',
          },
          reDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '재배송 방법',
          },
          reDeliveryStatus: {
            $ref: '#/components/schemas/DeliveryStatus',
            description: '재배송 상태',
          },
          reDeliveryCompany: {
            type: 'string',
            description: '재배송 택배사 코드 (DeliveryCompanyCode)',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          reDeliveryTrackingNumber: {
            type: 'string',
            description: '재배송 송장 번호',
          },
          reDeliveryAddress: {
            $ref: '#/components/schemas/Address',
            description: '재배송지 주소',
          },
          reDeliveryOperationDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '재배송 처리 일시',
          },
          exchangeImageUrl: {
            type: 'array',
            items: { type: 'string' },
            description: '교환 이미지 URL',
          },
        },
      },
      GiftReceivingStatus: {
        type: 'string',
        description: '선물 수락 상태 (선물하기 orders only). [DOC]',
        enum: ['WAIT_FOR_RECEIVING', 'RECEIVED'],
        'x-enum-descriptions': ['수락 대기(배송지 입력 대기)', '수락 완료'],
      },
      HoldbackClassType: {
        type: 'string',
        description:
          '보류 유형 (request holdbackClassType; response holdbackReason). Note the real spelling `EXTRAFEEE`. Return-side values: RETURN_*, EXTRAFEEE, ETC; exchange-side: EXCHANGE_*, ETC [INF partition]. [DOC]',
        enum: [
          'RETURN_DELIVERYFEE',
          'EXTRAFEEE',
          'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
          'RETURN_PRODUCT_NOT_DELIVERED',
          'ETC',
          'EXCHANGE_DELIVERYFEE',
          'EXCHANGE_EXTRAFEE',
          'EXCHANGE_PRODUCT_READY',
          'EXCHANGE_PRODUCT_NOT_DELIVERED',
          'EXCHANGE_HOLDBACK',
          'SELLER_CONFIRM_NEED',
          'PURCHASER_CONFIRM_NEED',
          'SELLER_REMIT',
          'ETC2',
        ],
        'x-enum-descriptions': [
          '반품 배송비 청구',
          '추가 비용 청구',
          '반품 배송비 + 추가 비용 청구',
          '반품 상품 미입고',
          '기타 사유',
          '교환 배송비 청구',
          '추가 교환 비용 청구',
          '교환 상품 준비 중',
          '교환 상품 미입고',
          '교환 구매 확정 보류',
          '판매자 확인 필요',
          '구매자 확인 필요',
          '판매자 직접 송금',
          '기타',
        ],
      },
      HoldbackStatus: {
        type: 'string',
        description: '보류 상태. The SOAP predecessor also had NOT_YET [SOAP]; not included. [DOC]',
        enum: ['HOLDBACK', 'RELEASED'],
        'x-enum-descriptions': ['보류 중', '보류 해제'],
      },
      HopeDelivery: {
        type: 'object',
        description: '희망일 배송 정보 (productOrder.hopeDelivery) [DOC].',
        properties: {
          region: {
            type: 'string',
            description: '지역',
          },
          additionalFee: {
            type: 'integer',
            description: '추가 배송비',
          },
          hopeDeliveryYmd: {
            type: 'string',
            pattern: '^\\d{8}$',
            description: '배송 희망일 yyyyMMdd',
          },
          hopeDeliveryHm: {
            type: 'string',
            pattern: '^\\d{4}$',
            description: '배송 희망 시간 HHmm',
          },
          changeReason: {
            type: 'string',
            description: '변경 사유',
          },
          changer: {
            type: 'string',
            description: '변경자',
          },
        },
      },
      KstDateTime: {
        type: 'string',
        format: 'date-time',
        description:
          "Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].\n(Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)\n",
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00$',
        examples: ['2023-01-16T17:14:51.794+09:00'],
      },
      LastChangedType: {
        type: 'string',
        description:
          '최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]',
        enum: [
          'PAY_WAITING',
          'PAYED',
          'EXCHANGE_OPTION',
          'DELIVERY_ADDRESS_CHANGED',
          'GIFT_RECEIVED',
          'CLAIM_REJECTED',
          'DISPATCHED',
          'CLAIM_REQUESTED',
          'COLLECT_DONE',
          'CLAIM_COMPLETED',
          'PURCHASE_DECIDED',
          'HOPE_DELIVERY_INFO_CHANGED',
          'CLAIM_REDELIVERING',
        ],
        'x-enum-descriptions': [
          '결제 대기',
          '결제 완료',
          '옵션 변경',
          '배송지 변경',
          '선물 수락',
          '클레임 철회',
          '발송 처리',
          '클레임 요청',
          '수거 완료',
          '클레임 완료',
          '구매 확정',
          '배송 희망일 변경',
          '교환 재배송처리',
        ],
      },
      Order: {
        type: 'object',
        description: 'Order-level fields of a product order detail [DOC].',
        properties: {
          orderId: {
            type: 'string',
            description: '주문 번호',
          },
          orderDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '주문 일시',
          },
          paymentDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '결제 일시; absent while unpaid',
          },
          paymentDueDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '입금 기한 (무통장입금)',
          },
          paymentMeans: {
            type: 'string',
            description:
              '결제 수단: a Korean label such as 신용카드 or 무통장입금 (see PaymentMeans) [DOC][OBS]',
            'x-npay-enum': 'PaymentMeans',
          },
          payLocationType: {
            $ref: '#/components/schemas/PayLocationType',
            description: '결제 위치 구분 (PC/MOBILE)',
          },
          ordererId: {
            type: 'string',
            description: '주문자 ID (masked)',
          },
          ordererNo: {
            type: 'string',
            description: '주문자 번호',
          },
          ordererName: {
            type: 'string',
            description: '주문자 이름',
          },
          ordererTel: {
            type: 'string',
            description: '주문자 연락처',
          },
          orderDiscountAmount: {
            type: 'integer',
            description: '주문 할인액',
          },
          generalPaymentAmount: {
            type: 'integer',
            description: '일반 결제 수단 최종 결제 금액',
          },
          naverMileagePaymentAmount: {
            type: 'integer',
            description: '네이버페이 포인트 최종 결제 금액',
          },
          chargeAmountPaymentAmount: {
            type: 'integer',
            description: '충전금 최종 결제 금액',
          },
          checkoutAccumulationPaymentAmount: {
            type: 'integer',
            description: '적립금 최종 결제 금액 (legacy)',
          },
          payLaterPaymentAmount: {
            type: 'integer',
            description: '후불 결제 최종 결제 금액',
          },
          isDeliveryMemoParticularInput: {
            type: ['string', 'boolean'],
            description:
              '배송 메모 개별 입력 여부: a string "true"/"false" in the docs [DOC]; a live sample carried a JSON boolean [OBS].',
          },
          isMembershipSubscribed: {
            type: 'boolean',
            description: '네이버플러스 멤버십 가입 여부',
          },
        },
      },
      PayLocationType: {
        type: 'string',
        description:
          '결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]',
        enum: ['PC', 'MOBILE'],
        'x-enum-descriptions': ['PC', '모바일'],
      },
      PaymentMeans: {
        type: 'string',
        description:
          '결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.',
        enum: [
          '신용카드',
          '신용카드 간편결제',
          '휴대폰',
          '휴대폰 간편결제',
          '계좌 간편결제',
          '무통장입금',
          '포인트/머니결제',
          '패밀리결제',
          '후불결제',
        ],
        'x-enum-descriptions': [
          '신용카드',
          '신용카드 간편결제',
          '휴대폰',
          '휴대폰 간편결제',
          '계좌 간편결제',
          '무통장입금',
          '포인트/머니결제',
          '패밀리결제',
          '후불결제',
        ],
      },
      PickupLocationType: {
        type: 'string',
        description: '수령 위치 유형. [DOC values; glosses INF]',
        enum: ['FRONT_OF_DOOR', 'MANAGEMENT_OFFICE', 'DIRECT_RECEIVE', 'OTHER'],
        'x-enum-descriptions': ['문 앞', '경비실', '직접 수령', '기타'],
      },
      PlaceOrderStatus: {
        type: 'string',
        description: '발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]',
        enum: ['NOT_YET', 'OK', 'CANCEL'],
        'x-enum-descriptions': ['발주 미확인', '발주 확인', '발주 확인 해제'],
      },
      ProductOrder: {
        type: 'object',
        description:
          'The product order itself [DOC]. Field spellings are the real ones, including productImediateDiscountAmount and sellerBurdenImediateDiscountAmount (one "m"). Absent values are omitted.',
        properties: {
          productOrderId: {
            type: 'string',
            description: '상품 주문 번호',
          },
          mallId: {
            type: 'string',
            description: '가맹점 ID (Npay merchants: np_… [INF])',
          },
          merchantChannelId: {
            type: 'string',
            description: '채널 번호',
          },
          productId: {
            type: 'string',
            description: '상품 번호 (for Npay presumably the merchant product ID [INF])',
          },
          originalProductId: {
            type: 'string',
            description: '원상품 번호',
          },
          groupProductId: {
            type: 'integer',
            format: 'int64',
            description: '그룹 상품 번호',
          },
          productName: {
            type: 'string',
            description: '상품명',
          },
          productOption: {
            type: 'string',
            description: '상품 옵션',
          },
          optionCode: {
            type: 'string',
            description: '옵션 코드',
          },
          optionManageCode: {
            type: 'string',
            description: '판매자 옵션 관리 코드',
          },
          sellerProductCode: {
            type: 'string',
            description: '판매자 상품 코드',
          },
          sellerCustomCode1: {
            type: 'string',
            description: '판매자 내부 코드 1',
          },
          sellerCustomCode2: {
            type: 'string',
            description: '판매자 내부 코드 2',
          },
          itemNo: {
            type: 'string',
            description: '아이템 번호',
          },
          productClass: {
            type: 'string',
            description: '상품 종류, Korean text such as 조합형옵션상품 [DOC]',
          },
          freeGift: {
            type: 'string',
            description: '사은품',
          },
          packageNumber: {
            type: 'string',
            description: '묶음 배송 번호',
          },
          inflowPath: {
            type: 'string',
            description: '유입 경로',
          },
          inflowPathAdd: {
            type: 'string',
            description: '유입 경로 추가 정보',
          },
          individualCustomUniqueCode: {
            type: 'string',
            description: '개인통관고유부호',
          },
          taxType: {
            $ref: '#/components/schemas/TaxType',
            description: '과세 유형',
          },
          productOrderStatus: {
            $ref: '#/components/schemas/ProductOrderStatus',
            description: '상품 주문 상태',
          },
          claimType: {
            $ref: '#/components/schemas/ClaimType',
            description: '현재 클레임 구분; omitted without a claim',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '현재 클레임 상태; omitted without a claim',
          },
          claimId: {
            type: 'string',
            description: '현재 클레임 번호',
          },
          placeOrderStatus: {
            $ref: '#/components/schemas/PlaceOrderStatus',
            description: '발주 상태',
          },
          placeOrderDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '발주 확인 일시',
          },
          decisionDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '구매 확정 일시',
          },
          giftReceivingStatus: {
            $ref: '#/components/schemas/GiftReceivingStatus',
            description: '선물 수락 상태',
          },
          quantity: {
            type: 'integer',
            description: '수량',
          },
          initialQuantity: {
            type: 'integer',
            description: '최초 수량',
          },
          remainQuantity: {
            type: 'integer',
            description: '잔여 수량 (after 수량 클레임)',
          },
          unitPrice: {
            type: 'integer',
            description: '상품 가격',
          },
          optionPrice: {
            type: 'integer',
            description: '옵션 금액',
          },
          totalProductAmount: {
            type: 'integer',
            description: '상품 주문 금액',
          },
          initialProductAmount: {
            type: 'integer',
            description: '최초 상품 주문 금액',
          },
          remainProductAmount: {
            type: 'integer',
            description: '잔여 상품 주문 금액',
          },
          productDiscountAmount: {
            type: 'integer',
            description: '상품별 할인액',
          },
          initialProductDiscountAmount: {
            type: 'integer',
            description: '최초 상품별 할인액',
          },
          remainProductDiscountAmount: {
            type: 'integer',
            description: '잔여 상품별 할인액',
          },
          totalPaymentAmount: {
            type: 'integer',
            description: '총 결제 금액',
          },
          initialPaymentAmount: {
            type: 'integer',
            description: '최초 결제 금액',
          },
          remainPaymentAmount: {
            type: 'integer',
            description: '잔여 결제 금액',
          },
          productImediateDiscountAmount: {
            type: 'integer',
            description: '상품별 즉시 할인 금액 (real spelling, one "m")',
          },
          initialProductImmediateDiscountAmount: {
            type: 'integer',
            description: '최초 상품별 즉시 할인 금액',
          },
          remainProductImmediateDiscountAmount: {
            type: 'integer',
            description: '잔여 상품별 즉시 할인 금액',
          },
          productProductDiscountAmount: {
            type: 'integer',
            description: '상품별 상품 할인 쿠폰 금액',
          },
          initialProductProductDiscountAmount: {
            type: 'integer',
            description: '최초 상품별 상품 할인 쿠폰 금액',
          },
          remainProductProductDiscountAmount: {
            type: 'integer',
            description: '잔여 상품별 상품 할인 쿠폰 금액',
          },
          productMultiplePurchaseDiscountAmount: {
            type: 'integer',
            description: '상품별 복수 구매 할인 금액',
          },
          sellerBurdenDiscountAmount: {
            type: 'integer',
            description: '판매자 부담 할인액',
          },
          sellerBurdenImediateDiscountAmount: {
            type: 'integer',
            description: '판매자 부담 즉시 할인 금액 (real spelling, one "m")',
          },
          initialSellerBurdenImmediateDiscountAmount: {
            type: 'integer',
            description: '최초 판매자 부담 즉시 할인 금액',
          },
          remainSellerBurdenImmediateDiscountAmount: {
            type: 'integer',
            description: '잔여 판매자 부담 즉시 할인 금액',
          },
          sellerBurdenProductDiscountAmount: {
            type: 'integer',
            description: '판매자 부담 상품 할인 쿠폰 금액',
          },
          initialSellerBurdenProductDiscountAmount: {
            type: 'integer',
            description: '최초 판매자 부담 상품 할인 쿠폰 금액',
          },
          remainSellerBurdenProductDiscountAmount: {
            type: 'integer',
            description: '잔여 판매자 부담 상품 할인 쿠폰 금액',
          },
          sellerBurdenMultiplePurchaseDiscountAmount: {
            type: 'integer',
            description: '판매자 부담 복수 구매 할인 금액',
          },
          sellerBurdenMultiplePurchaseDiscountType: {
            $ref: '#/components/schemas/SellerBurdenMultiplePurchaseDiscountType',
            description: '판매자 부담 복수 구매 할인 유형',
          },
          sellerBurdenStoreDiscountAmount: {
            type: 'integer',
            description: '판매자 부담 스토어 할인 금액',
          },
          deliveryFeeAmount: {
            type: 'integer',
            description: '배송비 합계',
          },
          deliveryDiscountAmount: {
            type: 'integer',
            description: '배송비 최종 할인액',
          },
          sectionDeliveryFee: {
            type: 'integer',
            description: '지역별 추가 배송비',
          },
          paymentCommission: {
            type: 'integer',
            description: '결제 수수료',
          },
          saleCommission: {
            type: 'integer',
            description: '판매 수수료',
          },
          channelCommission: {
            type: 'integer',
            description: '채널 수수료',
          },
          knowledgeShoppingSellingInterlockCommission: {
            type: 'integer',
            description: '네이버쇼핑 매출 연동 수수료',
          },
          expectedSettlementAmount: {
            type: 'integer',
            description: '정산 예정 금액',
          },
          expectedDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '배송 방법',
          },
          deliveryPolicyType: {
            type: 'string',
            description: '배송비 정책, Korean text such as 유료 [DOC]',
          },
          shippingFeeType: {
            type: 'string',
            description: '배송비 형태, Korean text such as 선결제 [DOC]',
          },
          shippingAddress: {
            $ref: '#/components/schemas/ShippingAddress',
            description: '배송지 정보',
          },
          takingAddress: {
            $ref: '#/components/schemas/Address',
            description: '출고지 정보',
          },
          shippingDueDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '발송 기한 (changed by delayDispatch)',
          },
          shippingStartDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '배송 시작 일시',
          },
          shippingMemo: {
            type: 'string',
            description: '배송 메모',
          },
          delayedDispatchReason: {
            $ref: '#/components/schemas/DelayedDispatchReason',
            description: '발송 지연 사유 (set by delayDispatch)',
          },
          delayedDispatchDetailedReason: {
            type: 'string',
            description: '발송 지연 상세 사유 (set by delayDispatch)',
          },
          hopeDelivery: {
            $ref: '#/components/schemas/HopeDelivery',
            description: '희망일 배송 정보',
          },
          deliveryAttributeType: {
            $ref: '#/components/schemas/DeliveryAttributeType',
            description: '배송 속성',
          },
          deliveryTagType: {
            $ref: '#/components/schemas/DeliveryTagType',
            description: '배송 태그',
          },
          expectedDeliveryCompany: {
            type: 'string',
            description: '예상 택배사 코드 (DeliveryCompanyCode)',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          arrivalGuaranteeDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '도착 보장 일시',
          },
          logisticsCompanyId: {
            type: 'string',
            description: '물류사 ID (fulfillment)',
          },
          logisticsCenterId: {
            type: 'string',
            description: '물류 센터 ID (fulfillment)',
          },
          logisticsDirectContracted: {
            type: 'boolean',
            description: '물류사 직계약 여부',
          },
          storageType: {
            $ref: '#/components/schemas/StorageType',
            description: '보관 유형',
          },
          skuMappings: {
            type: 'array',
            items: { $ref: '#/components/schemas/SkuMapping' },
            description: 'SKU 매핑 (fulfillment)',
          },
          commissionRatingType: {
            type: 'string',
            description: '수수료 과금 구분, Korean text such as 결제수수료 [DOC]',
          },
          commissionPrePayStatus: {
            $ref: '#/components/schemas/CommissionPrePayStatus',
            description: '수수료 선결제 상태',
          },
          appliedCoupons: {
            type: 'array',
            items: { $ref: '#/components/schemas/AppliedCoupon' },
            description: '적용 쿠폰',
          },
          appliedCardPromotion: {
            $ref: '#/components/schemas/AppliedCardPromotion',
            description: '적용 카드 프로모션',
          },
        },
      },
      ProductOrderDetail: {
        type: 'object',
        description:
          'One product order with its order, delivery and claims (element of queryProductOrders data; content of searchProductOrders) [DOC]. Absent blocks are omitted, not null.',
        properties: {
          order: {
            $ref: '#/components/schemas/Order',
            description: '주문 정보 (shared by every product order of the orderId)',
          },
          productOrder: {
            $ref: '#/components/schemas/ProductOrder',
            description: '상품 주문 정보',
          },
          delivery: {
            $ref: '#/components/schemas/Delivery',
            description: '배송 정보; present once dispatched',
          },
          cancel: {
            $ref: '#/components/schemas/CancelClaim',
            description:
              'Deprecated top-level copy of the current cancel claim (2025년 상반기 중 제거 예정) [DOC]; read currentClaim.cancel.',
            deprecated: true,
          },
          return: {
            $ref: '#/components/schemas/ReturnClaim',
            description:
              'Deprecated top-level copy of the current return claim [DOC]; read currentClaim.return.',
            deprecated: true,
          },
          exchange: {
            $ref: '#/components/schemas/ExchangeClaim',
            description:
              'Deprecated top-level copy of the current exchange claim [DOC]; read currentClaim.exchange.',
            deprecated: true,
          },
          beforeClaim: {
            $ref: '#/components/schemas/BeforeClaim',
            description: '이전 클레임 정보',
          },
          currentClaim: {
            $ref: '#/components/schemas/CurrentClaim',
            description: '현재 클레임 정보',
          },
          completedClaims: {
            type: 'array',
            items: { $ref: '#/components/schemas/CompletedClaim' },
            description: '완료된 클레임 목록 (flattened history entries)',
          },
        },
      },
      ProductOrderStatus: {
        type: 'string',
        description: '상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]',
        enum: [
          'PAYMENT_WAITING',
          'PAYED',
          'DELIVERING',
          'DELIVERED',
          'PURCHASE_DECIDED',
          'EXCHANGED',
          'CANCELED',
          'RETURNED',
          'CANCELED_BY_NOPAYMENT',
        ],
        'x-enum-descriptions': [
          '결제 대기',
          '결제 완료',
          '배송 중',
          '배송 완료',
          '구매 확정',
          '교환',
          '취소',
          '반품',
          '미결제 취소',
        ],
      },
      PurchaseReviewClassType: {
        type: 'string',
        description: '리뷰 구분 [SOAP values; REST name REC guess].',
        enum: ['GENERAL', 'PREMIUM'],
        'x-enum-descriptions': ['일반', '프리미엄'],
      },
      ReturnClaim: {
        type: 'object',
        description: 'Return claim block [DOC].',
        properties: {
          claimId: {
            type: 'string',
            description: '클레임 번호',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '클레임 상태',
          },
          claimRequestDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '클레임 요청 일시',
          },
          requestChannel: {
            type: 'string',
            description: '접수 채널 (Korean text; value set not public)',
          },
          returnReason: {
            $ref: '#/components/schemas/ClaimReason',
            description: '반품 사유',
          },
          returnDetailedReason: {
            type: 'string',
            description: '반품 상세 사유',
          },
          requestQuantity: {
            type: 'integer',
            description: '요청 수량',
          },
          returnReceiveAddress: {
            $ref: '#/components/schemas/ReturnReceiveAddress',
            description: '반품 수령지',
          },
          collectAddress: {
            $ref: '#/components/schemas/Address',
            description: '수거지 주소',
          },
          collectStatus: {
            $ref: '#/components/schemas/CollectStatus',
            description: '수거 상태',
          },
          collectDeliveryMethod: {
            $ref: '#/components/schemas/DeliveryMethod',
            description: '수거 방법',
          },
          collectDeliveryCompany: {
            type: 'string',
            description: '수거 택배사 코드 (DeliveryCompanyCode)',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          collectTrackingNumber: {
            type: 'string',
            description: '수거 송장 번호',
          },
          collectCompletedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '수거 완료 일시',
          },
          returnCompletedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '반품 완료 일시',
          },
          claimDeliveryFeeDemandAmount: {
            type: 'integer',
            description: '클레임 배송비 청구액',
          },
          claimDeliveryFeePayMeans: {
            type: 'string',
            description: '클레임 배송비 결제 수단',
          },
          claimDeliveryFeePayMethod: {
            type: 'string',
            description: '클레임 배송비 결제 방법',
          },
          claimDeliveryFeeProductOrderIds: {
            type: 'string',
            description: '클레임 배송비 묶음 상품 주문 번호 (comma-separated)',
          },
          claimDeliveryFeeDiscountAmount: {
            type: 'integer',
            description: '클레임 배송비 할인액',
          },
          remoteAreaCostChargeAmount: {
            type: 'integer',
            description: '도서산간 추가 비용',
          },
          etcFeeDemandAmount: {
            type: 'integer',
            description: '기타 비용 청구액',
          },
          etcFeePayMeans: {
            type: 'string',
            description: '기타 비용 결제 수단',
          },
          etcFeePayMethod: {
            type: 'string',
            description: '기타 비용 결제 방법',
          },
          holdbackStatus: {
            $ref: '#/components/schemas/HoldbackStatus',
            description: '보류 상태',
          },
          holdbackReason: {
            $ref: '#/components/schemas/HoldbackClassType',
            description: '보류 유형',
          },
          holdbackDetailedReason: {
            type: 'string',
            description: '보류 상세 사유',
          },
          holdbackConfigDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 설정 일시',
          },
          holdbackConfigurer: {
            type: 'string',
            description: '보류 설정자',
          },
          holdbackReleaseDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '보류 해제 일시',
          },
          holdbackReleaser: {
            type: 'string',
            description: '보류 해제자',
          },
          refundExpectedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '환불 예정일',
          },
          refundStandbyReason: {
            type: 'string',
            description: '환불 대기 사유',
          },
          refundStandbyStatus: {
            type: 'string',
            description: '환불 대기 상태',
          },
          membershipsArrivalGuaranteeClaimSupportingAmount: {
            type: 'integer',
            description: '멤버십 도착 보장 클레임 지원 금액',
          },
          claimDeliveryFeeSupportType: {
            $ref: '#/components/schemas/ClaimDeliveryFeeSupportType',
            description: '클레임 배송비 지원 유형',
          },
          claimDeliveryFeeSupportAmount: {
            type: 'integer',
            description: '클레임 배송비 지원 금액',
          },
          returnImageUrl: {
            type: 'array',
            items: { type: 'string' },
            description: '반품 이미지 URL',
          },
        },
      },
      ReturnReceiveAddress: {
        type: 'object',
        description: 'Return receiving address: Address plus logisticsCenterId [DOC].',
        properties: {
          addressType: {
            $ref: '#/components/schemas/AddressType',
            description: '주소 유형',
          },
          name: {
            type: 'string',
            description: '이름',
          },
          tel1: {
            type: 'string',
            description: '연락처 1',
          },
          tel2: {
            type: 'string',
            description: '연락처 2',
          },
          zipCode: {
            type: 'string',
            description: '우편번호',
          },
          baseAddress: {
            type: 'string',
            description: '기본 주소',
          },
          detailedAddress: {
            type: 'string',
            description: '상세 주소',
          },
          city: {
            type: 'string',
            description: '도시 (empty string for domestic)',
          },
          state: {
            type: 'string',
            description: '주 (empty string for domestic)',
          },
          country: {
            type: 'string',
            description: '국가',
          },
          isRoadNameAddress: {
            type: 'boolean',
            description: '도로명 주소 여부',
          },
          logisticsCenterId: {
            type: 'string',
            description: '물류 센터 ID',
          },
        },
      },
      Review: {
        type: 'object',
        description:
          'One purchase review. [REC] Every name is a guess: camelCase of the SOAP PurchaseReviewList fields.',
        properties: {
          purchaseReviewId: {
            type: 'string',
            description: '리뷰 번호 [REC guess]',
          },
          purchaseReviewScore: {
            type: 'integer',
            description:
              '평점: GENERAL 0–2 (불만족/보통/만족), PREMIUM 10–13, newer reviews 1–5 [SOAP/OBS]; name [REC guess]',
          },
          purchaseReviewClassType: {
            $ref: '#/components/schemas/PurchaseReviewClassType',
            description: '리뷰 구분 [REC guess]',
          },
          productOrderId: {
            type: 'string',
            description: '상품 주문 번호 [REC guess]',
          },
          productId: {
            type: 'string',
            description: '상품 번호 [REC guess]',
          },
          productName: {
            type: 'string',
            description: '상품명 [REC guess]',
          },
          productOption: {
            type: 'string',
            description: '상품 옵션 [REC guess]',
          },
          title: {
            type: 'string',
            description: '제목 [REC guess]',
          },
          content: {
            type: 'string',
            description: '내용, premium reviews only [SOAP]; name [REC guess]',
          },
          writerId: {
            type: 'string',
            description: '작성자 ID, masked like jsp2**** [SOAP]; name [REC guess]',
          },
          createYmdt: {
            $ref: '#/components/schemas/KstDateTime',
            description: '작성 일시 [REC guess]',
          },
          modifyYmdt: {
            $ref: '#/components/schemas/KstDateTime',
            description: '수정 일시 [REC guess]',
          },
        },
      },
      SellerBurdenMultiplePurchaseDiscountType: {
        type: 'string',
        description:
          '판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]',
        enum: ['IGNORE_QUANTITY', 'QUANTITY'],
        'x-enum-descriptions': ['수량 무관 할인', '수량 기준 할인'],
      },
      ShippingAddress: {
        type: 'object',
        description: 'Receiver address (productOrder.shippingAddress) [DOC].',
        properties: {
          addressType: {
            $ref: '#/components/schemas/AddressType',
            description: '주소 유형',
          },
          name: {
            type: 'string',
            description: '이름',
          },
          tel1: {
            type: 'string',
            description: '연락처 1',
          },
          tel2: {
            type: 'string',
            description: '연락처 2',
          },
          zipCode: {
            type: 'string',
            description: '우편번호',
          },
          baseAddress: {
            type: 'string',
            description: '기본 주소',
          },
          detailedAddress: {
            type: 'string',
            description: '상세 주소',
          },
          city: {
            type: 'string',
            description: '도시 (empty string for domestic)',
          },
          state: {
            type: 'string',
            description: '주 (empty string for domestic)',
          },
          country: {
            type: 'string',
            description: '국가',
          },
          isRoadNameAddress: {
            type: 'boolean',
            description: '도로명 주소 여부',
          },
          pickupLocationType: {
            $ref: '#/components/schemas/PickupLocationType',
            description: '수령 위치',
          },
          pickupLocationContent: {
            type: 'string',
            description: '수령 위치 상세',
          },
          entryMethod: {
            $ref: '#/components/schemas/EntryMethod',
            description: '공동현관 출입 방법',
          },
          entryMethodContent: {
            type: 'string',
            description: '출입 방법 상세',
          },
          buildingManagementNo: {
            type: 'string',
            description: '건물 관리 번호',
          },
          longitude: {
            type: 'string',
            description: '경도',
          },
          latitude: {
            type: 'string',
            description: '위도',
          },
        },
      },
      SkuMapping: {
        type: 'object',
        description: 'SKU mapping of a fulfillment product order [DOC].',
        properties: {
          nsId: {
            type: 'string',
            description: 'SKU ID',
          },
          nsBarcode: {
            type: 'string',
            description: 'SKU 바코드',
          },
          pickingQuantityPerOrder: {
            type: 'integer',
            description: '주문당 피킹 수량',
          },
        },
      },
      StorageType: {
        type: 'string',
        description: '보관 유형 (fulfillment). [DOC]',
        enum: ['DRY', 'WET', 'FROZEN'],
        'x-enum-descriptions': ['상온', '냉장', '냉동'],
      },
      TaxType: {
        type: 'string',
        description: '과세 유형. [DOC]',
        enum: ['TAXATION', 'TAX_EXEMPTION', 'TAX_FREE'],
        'x-enum-descriptions': ['과세', '면세', '영세'],
      },
    },
  },
}
//#endregion
//#region ../mock-server/src/respond.ts
/** Writers of the real envelopes: order success `{timestamp, traceId, data}` and every error body. */
const JSON_TYPE = 'application/json;charset=UTF-8'
/** The server processing time of a response: the tenant's virtual clock when there is one. */
function serverTime(c) {
  return c.get('tenant')?.now() ?? Date.now()
}
/** `{timestamp, traceId, data}`; `data` is left out when undefined (empty last-changed result). */
function orderEnvelope(c, data) {
  const body = {
    timestamp: formatKst(serverTime(c)),
    traceId: c.get('traceId'),
  }
  if (data !== void 0) body.data = data
  return json(c, body, 200)
}
/** The text of each JSON response `json` wrote, while the response lives. */
const sentBodies = /* @__PURE__ */ new WeakMap()
function json(c, body, status) {
  const text = JSON.stringify(body)
  const res = c.newResponse(text, status, { 'Content-Type': JSON_TYPE })
  sentBodies.set(res, text)
  return res
}
/**
 * The body text of a response written by `json`, or undefined for any other response. Middleware that
 * records bodies reads it here: cloning a response tees its stream and, over @hono/node-server, turns
 * its lightweight response into a full one, which cost more than the handler (bench/README.md).
 * @example const text = sentBody(c.res) ?? (await c.res.clone().text())
 */
function sentBody(res) {
  return sentBodies.get(res)
}
/** Header values must be Latin-1: anything else is percent-encoded. */
function headerSafe(text) {
  return text.replace(/[^\x20-\x7e]/g, (ch) => encodeURIComponent(ch))
}
function errorResponse(c, error, diagnostics) {
  c.set('errorCode', error.code)
  if (error.diagnostic) c.set('diagnostic', error.diagnostic)
  const res = json(
    c,
    renderErrorBody(error, {
      timestamp: formatKst(serverTime(c)),
      traceId: c.get('traceId'),
    }),
    error.status,
  )
  if (diagnostics && error.diagnostic) res.headers.set(DIAGNOSTIC_HEADER, headerSafe(error.diagnostic))
  return res
}
function sandboxErrorResponse(c, error) {
  c.set('errorCode', error.code)
  return json(
    c,
    {
      code: error.code,
      message: error.message,
      ...error.details,
    },
    error.status,
  )
}
/** Maps anything thrown below a route to a response; our own bugs answer the gateway's 500. */
function handleError(c, error, diagnostics) {
  if (error instanceof NpayError) return errorResponse(c, error, diagnostics)
  if (error instanceof SandboxError) return sandboxErrorResponse(c, error)
  console.error('npay-sandbox: unexpected error', error)
  return errorResponse(
    c,
    NpayError.gateway('GW.INTERNAL_SERVER_ERROR', `internal emulator error: ${String(error)}`),
    diagnostics,
  )
}
/** Parses a JSON body; an unreadable one is a 400 `4000` naming `body`. */
async function readJson(c) {
  const text = await c.req.text()
  if (text.trim() === '') return void 0
  try {
    return JSON.parse(text)
  } catch {
    throw NpayError.order('4000', {
      invalidInputs: [
        {
          name: 'body',
          type: 'typeMismatch',
          message: '잘못된 값입니다.',
        },
      ],
      diagnostic: 'the request body is not valid JSON',
    })
  }
}
//#endregion
//#region ../mock-server/src/validation/messages.ts
function fieldName(e, prefix) {
  const segments = e.instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
  if (e.keyword === 'required') segments.push(String(e.params.missingProperty))
  let name = prefix
  for (const s of segments) name += /^\d+$/.test(s) ? `[${s}]` : name ? `.${s}` : s
  return name || 'body'
}
function describeError(e, prefix) {
  const name = fieldName(e, prefix)
  const p = e.params
  switch (e.keyword) {
    case 'required':
      return {
        name,
        type: 'NotNull',
        message: '널이어서는 안됩니다',
      }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return {
        name,
        type: 'Size',
        message: `크기가 허용 범위를 벗어났습니다 (${e.keyword} ${p.limit})`,
      }
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        name,
        type: 'Min',
        message: `${p.limit} 이상이어야 합니다`,
      }
    case 'maximum':
    case 'exclusiveMaximum':
      return {
        name,
        type: 'Max',
        message: `${p.limit} 이하여야 합니다`,
      }
    case 'pattern':
    case 'format':
      return {
        name,
        type: 'typeMismatch',
        message: '잘못된 값입니다.',
      }
    case 'enum':
      return {
        name,
        type: 'typeMismatch',
        message: '잘못된 값입니다.',
      }
    case 'type':
      return {
        name,
        type: 'typeMismatch',
        message: '잘못된 값입니다.',
      }
    default:
      return {
        name,
        type: 'Invalid',
        message: '잘못된 값입니다.',
      }
  }
}
//#endregion
//#region ../mock-server/src/validation/validator.ts
const METHODS = ['get', 'post', 'put', 'delete', 'patch']
var OpenApiValidator = class {
  ops = /* @__PURE__ */ new Map()
  /** Operations not compiled yet: compiling happens on first use, so starting a server stays quick. */
  pending = /* @__PURE__ */ new Map()
  ajv
  constructor(document, id) {
    this.document = document
    this.id = id
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      validateFormats: true,
    })
    addFormats.default(this.ajv)
    this.ajv.addSchema(document, id)
    const paths = document.paths ?? {}
    for (const item of Object.values(paths))
      for (const method of METHODS) {
        const op = item[method]
        if (op?.operationId)
          this.pending.set(op.operationId, {
            op,
            pathItem: item,
          })
      }
  }
  resolve(node) {
    let current = node
    while (current && typeof current.$ref === 'string')
      current = current.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((acc, key) => acc[key], this.document)
    return current
  }
  rewrite(schema) {
    return JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', `"$ref":"${this.id}#/`))
  }
  compile(op, pathItem) {
    const parameters = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]
      .map((p) => this.resolve(p))
      .filter((p) => p.in === 'query' || p.in === 'path')
    const properties = {}
    for (const p of parameters) properties[p.name] = this.rewrite(p.schema)
    const required = parameters.filter((p) => p.required).map((p) => p.name)
    const params = this.ajv.compile({
      type: 'object',
      properties,
      required,
    })
    const body = op.requestBody ? this.resolve(op.requestBody) : void 0
    const bodySchema = body?.content?.['application/json']?.schema
    return {
      parameters,
      params,
      ...(bodySchema ? { body: this.ajv.compile(this.rewrite(bodySchema)) } : {}),
      bodyRequired: Boolean(body?.required),
    }
  }
  operation(operationId) {
    let compiled = this.ops.get(operationId)
    const source = compiled ? void 0 : this.pending.get(operationId)
    if (source) {
      compiled = this.compile(source.op, source.pathItem)
      this.ops.set(operationId, compiled)
      this.pending.delete(operationId)
    }
    return compiled
  }
  has(operationId) {
    return this.ops.has(operationId) || this.pending.has(operationId)
  }
  /** The parameters of an operation, e.g. to tell unknown query keys apart. */
  parameterNames(operationId) {
    return this.operation(operationId)?.parameters.map((p) => p.name) ?? []
  }
  validate(operationId, input) {
    const op = this.operation(operationId)
    if (!op) throw new Error(`unknown operation ${operationId}`)
    const values = {}
    for (const p of op.parameters) {
      const value = coerce(
        p.in === 'path'
          ? input.path[p.name] === void 0
            ? []
            : [input.path[p.name]]
          : input.query.getAll(p.name),
        this.resolve(p.schema),
      )
      if (value !== void 0) values[p.name] = value
    }
    const invalidInputs = []
    if (!op.params(values)) invalidInputs.push(...toInputs(op.params.errors, ''))
    if (op.body) {
      if (input.body === void 0 && op.bodyRequired)
        invalidInputs.push({
          name: 'body',
          type: 'NotNull',
          message: '요청 본문이 필요합니다.',
        })
      else if (input.body !== void 0 && !op.body(input.body))
        invalidInputs.push(...toInputs(op.body.errors, ''))
    }
    if (invalidInputs.length > 0)
      return {
        ok: false,
        invalidInputs,
      }
    const query = {}
    const path = {}
    for (const p of op.parameters) {
      if (values[p.name] === void 0) continue
      if (p.in === 'path') path[p.name] = values[p.name]
      else query[p.name] = values[p.name]
    }
    return {
      ok: true,
      value: {
        query,
        path,
        body: input.body,
      },
    }
  }
}
/** Turns the raw strings of one parameter into what its schema expects; invalid text stays a string. */
function coerce(raw, schema) {
  if (raw.length === 0) return void 0
  const type = schema?.type
  if (type === 'array')
    return raw
      .flatMap((v) => v.split(','))
      .filter((v) => v !== '')
      .map((v) => coerceScalar(v, schema?.items?.type))
  return coerceScalar(raw[0], type)
}
function coerceScalar(value, type) {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}
function toInputs(errors, prefix) {
  const seen = /* @__PURE__ */ new Set()
  const out = []
  for (const e of errors ?? []) {
    const input = describeError(e, prefix)
    const key = `${input.name}|${input.type}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(input)
    }
  }
  return out
}
//#endregion
//#region ../mock-server/src/control/clock.ts
const clockView = (t) => ({
  clientId: t.clientId,
  now: formatKst(t.now()),
  epochMillis: t.now(),
  offsetMillis: t.clock.offset(),
})
/** At most ten years at once, so a typo cannot run the engine for hours. */
const MAX_ADVANCE_MS = 3650 * 864e5
function clockRoutes(register, engine) {
  register('GET', '/__sandbox/clock', 'getClock', (c, req) =>
    json(c, clockView(tenantOf(engine, c, req.query.clientId)), 200),
  )
  register('POST', '/__sandbox/clock/advance', 'advanceClock', (c, req) => {
    const body = req.body
    const tenant = tenantOf(engine, c, body.clientId)
    const ms = parseDuration(body.by)
    if (ms === void 0 || ms > MAX_ADVANCE_MS)
      throw new SandboxError(
        400,
        'BAD_REQUEST',
        'by must be a duration like "8d", "90m", "1h30m" or a number of milliseconds (at most 10 years)',
      )
    const fired = tenant.advance(ms)
    return json(
      c,
      {
        ...clockView(tenant),
        fired,
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/middleware/faults-rules.ts
/**
 * Fault rules as the control plane receives them (`PUT /__sandbox/faults`), checked once when they are
 * put so a bad rule is a 400 then, never a surprise on the request it was meant to break.
 */
/** The longest delay a latency fault may add: long enough to trip any client timeout, never a hang. */
const MAX_FAULT_LATENCY_MS = 12e4
const OPERATION_IDS = new Set(operationIndex.map((op) => op.operationId))
const bad = (message) => new SandboxError(400, 'BAD_REQUEST', message)
/**
 * True for a `GW.*` code of the catalogue.
 * @example isGatewayCode('GW.TIMEOUT.01') // true
 */
const isGatewayCode = (code) => Object.hasOwn(GATEWAY_ERRORS, code)
/**
 * True for an order-service or settlement code of the catalogue.
 * @example isBusinessCode('9999') // true
 */
const isBusinessCode = (code) => Object.hasOwn(ORDER_ERRORS, code) || Object.hasOwn(SETTLEMENT_ERRORS, code)
/**
 * Checks rules already shaped by the control-plane schema and fills in ids.
 * @example normaliseRules([{ kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 2 }]) // [{ id: 'r1', … }]
 */
function normaliseRules(rules) {
  const ids = /* @__PURE__ */ new Set()
  return rules.map((input, i) => {
    const rule = {
      ...input,
      id: input.id ?? `r${i + 1}`,
    }
    const where = `rules[${i}] (${rule.id})`
    if (ids.has(rule.id)) throw bad(`${where}: the rule id is used twice`)
    ids.add(rule.id)
    if ([rule.probability, rule.nth, rule.times].filter((t) => t !== void 0).length > 1)
      throw bad(`${where}: give at most one of probability, nth and times`)
    if (rule.operationId !== void 0 && !OPERATION_IDS.has(rule.operationId))
      throw bad(`${where}: unknown operationId ${rule.operationId}`)
    if (rule.path !== void 0 && !rule.path.startsWith('/'))
      throw bad(`${where}: path must start with / (a pattern under ${BASE_PATH})`)
    if (rule.kind === 'gateway' && !isGatewayCode(rule.code ?? ''))
      throw bad(`${where}: a gateway fault needs code, one of ${Object.keys(GATEWAY_ERRORS).join(', ')}`)
    if (rule.kind === 'business' && !isBusinessCode(rule.code ?? ''))
      throw bad(`${where}: a business fault needs an order-service or settlement code such as 9999`)
    if (rule.kind === 'latency') checkLatency(rule.latency, where)
    return rule
  })
}
function checkLatency(latency, where) {
  const d = latency?.distribution ?? 'fixed'
  if (d === 'fixed' && latency?.ms === void 0) throw bad(`${where}: a fixed latency needs latency.ms`)
  if (
    d === 'uniform' &&
    (latency?.minMs === void 0 || latency.maxMs === void 0 || latency.minMs > latency.maxMs)
  )
    throw bad(`${where}: a uniform latency needs latency.minMs ≤ latency.maxMs`)
  if (d === 'exponential' && latency?.meanMs === void 0)
    throw bad(`${where}: an exponential latency needs latency.meanMs (and caps at maxMs, default 120000)`)
}
/**
 * Draws a delay from a rule's distribution, within [0, MAX_FAULT_LATENCY_MS].
 * @example sampleLatency({ distribution: 'uniform', minMs: 100, maxMs: 200 }, Math.random) // e.g. 137
 */
function sampleLatency(latency, random) {
  const cap = Math.min(latency.maxMs ?? 12e4, MAX_FAULT_LATENCY_MS)
  const d = latency.distribution ?? 'fixed'
  const ms =
    d === 'uniform'
      ? latency.minMs + random() * (latency.maxMs - latency.minMs)
      : d === 'exponential'
        ? -latency.meanMs * Math.log(1 - random())
        : latency.ms
  return Math.round(Math.max(0, Math.min(ms, cap)))
}
/**
 * Compiles a path pattern: `{name}`/`:name` is one segment, `*` is anything.
 * @example pathMatcher('/v1/pay-order/mall/product-orders/{id}/claim/*').test('/v1/pay-order/mall/product-orders/1/claim/cancel/request') // true
 */
function pathMatcher(pattern) {
  const source = (pattern.startsWith(`/npay/partner/`) ? pattern.slice(BASE_PATH.length) : pattern)
    .split(/(\{[^/{}]+\}|:[^/]+|\*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : /^(\{[^/{}]+\}|:[^/]+)$/.test(part)
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}/?$`)
}
//#endregion
//#region ../mock-server/src/middleware/faults-set.ts
/**
 * A merchant's fault rules with their counters and seeded PRNG. Kept beside the tenant (not in it) so
 * the engine stays free of HTTP concerns; a WeakMap lets a forgotten tenant take its faults with it.
 */
/**
 * One tenant's rules, their counters and the PRNG behind probabilities and latency draws.
 * @example new FaultSet(1, normaliseRules([{ kind: 'gateway', code: 'GW.BLOCK.02', times: 1 }])).decide({ method: 'GET', path: '/v1/x', operationId: undefined })
 */
var FaultSet = class {
  states
  random
  constructor(seed, rules) {
    this.seed = seed
    this.random = seededRandom(seed)
    this.states = rules.map((rule) => ({
      rule,
      path: rule.path === void 0 ? void 0 : pathMatcher(rule.path),
      matched: 0,
      fired: 0,
    }))
  }
  /** Counts the request against every rule in order until one answers it (see putFaults). */
  decide(request) {
    const decision = {
      latencyMs: 0,
      delayedBy: [],
      answer: void 0,
    }
    for (const s of this.states) {
      if (!matches(s, request)) continue
      s.matched++
      if (!this.fires(s)) continue
      s.fired++
      if (s.rule.kind === 'latency') {
        decision.latencyMs += sampleLatency(s.rule.latency ?? {}, this.random)
        decision.delayedBy.push(s.rule.id)
        continue
      }
      decision.answer = s.rule
      break
    }
    return decision
  }
  fires(s) {
    const { probability, nth, times } = s.rule
    if (probability !== void 0) return this.random() < probability
    if (nth !== void 0) return s.matched === nth
    if (times !== void 0) return s.fired < times
    return true
  }
  /** The rules with their counters, as `GET /__sandbox/faults` shows them. */
  view(clientId) {
    return {
      clientId,
      seed: this.seed,
      rules: this.states.map((s) => ({
        ...s.rule,
        matched: s.matched,
        fired: s.fired,
      })),
    }
  }
}
function matches(s, r) {
  const { method, operationId } = s.rule
  if (method !== void 0 && method !== '*' && method.toUpperCase() !== r.method) return false
  if (operationId !== void 0 && operationId !== r.operationId) return false
  return s.path === void 0 || s.path.test(r.path)
}
const sets = /* @__PURE__ */ new WeakMap()
/**
 * The fault set of a tenant (empty until rules are put).
 * @example faultSetOf(engine.tenant(), 1).decide({ method: 'GET', path: '/v1/pay-order/mall/reviews', operationId: 'getReviews' })
 */
function faultSetOf(tenant, defaultSeed) {
  let set = sets.get(tenant)
  if (!set) {
    set = new FaultSet(defaultSeed, [])
    sets.set(tenant, set)
  }
  return set
}
/**
 * Replaces a tenant's rules; counters and the PRNG start again.
 * @example putFaultSet(engine.tenant(), 7, normaliseRules([{ kind: 'drop', nth: 2 }]))
 */
function putFaultSet(tenant, seed, rules) {
  const set = new FaultSet(seed, rules)
  sets.set(tenant, set)
  return set
}
//#endregion
//#region ../mock-server/src/control/faults.ts
/**
 * Registers putFaults, getFaults and deleteFaults.
 * @example faultRoutes(register, engine)
 */
function faultRoutes(register, engine) {
  register('PUT', '/__sandbox/faults', 'putFaults', (c, req) => {
    const body = req.body
    const tenant = tenantOf(engine, c, body.clientId)
    return json(
      c,
      putFaultSet(tenant, body.seed ?? engine.options.seed, normaliseRules(body.rules)).view(tenant.clientId),
      200,
    )
  })
  register('GET', '/__sandbox/faults', 'getFaults', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    return json(c, faultSetOf(tenant, engine.options.seed).view(tenant.clientId), 200)
  })
  register('DELETE', '/__sandbox/faults', 'deleteFaults', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const seed = faultSetOf(tenant, engine.options.seed).seed
    return json(c, putFaultSet(tenant, seed, []).view(tenant.clientId), 200)
  })
}
//#endregion
//#region ../mock-server/src/lint/findings.ts
const CAPACITY = 200
var LintLog = class {
  findings = []
  totals = /* @__PURE__ */ new Map()
  /** State of the `more-ignored` rule: the continuation owed, per lastChangedType filter. */
  pendingMore = /* @__PURE__ */ new Map()
  record(note, request, at) {
    const total = this.totals.get(note.rule) ?? {
      count: 0,
      advice: note.advice,
    }
    this.totals.set(note.rule, {
      count: total.count + 1,
      advice: note.advice,
    })
    const last = this.findings.at(-1)
    if (
      last &&
      last.rule === note.rule &&
      last.operationId === request.operationId &&
      last.path === request.path
    ) {
      Object.assign(last, {
        message: note.message,
        advice: note.advice,
        lastAt: formatKst(at),
      })
      last.count++
      return
    }
    this.findings.push({
      ...note,
      ...(request.operationId ? { operationId: request.operationId } : {}),
      method: request.method,
      path: request.path,
      firstAt: formatKst(at),
      lastAt: formatKst(at),
      count: 1,
    })
    if (this.findings.length > CAPACITY) this.findings.splice(0, this.findings.length - CAPACITY)
  }
  /** Newest first. */
  list(limit = 100) {
    return this.findings.slice(-limit).reverse()
  }
  /** One line per rule that fired: total count and advice. */
  summary() {
    return [...this.totals].map(([rule, t]) => ({
      rule,
      count: t.count,
      advice: t.advice,
    }))
  }
}
const logs = /* @__PURE__ */ new WeakMap()
/**
 * The lint log of a tenant.
 * @example lintLogOf(engine.tenant()).summary() // [{ rule: 'excess-token-issuance', count: 3, advice: '…' }]
 */
function lintLogOf(tenant) {
  const log = logs.get(tenant) ?? new LintLog()
  logs.set(tenant, log)
  return log
}
//#endregion
//#region ../mock-server/src/control/lint.ts
/**
 * Registers getLint.
 * @example lintRoutes(register, engine)
 */
function lintRoutes(register, engine) {
  register('GET', '/__sandbox/lint', 'getLint', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const log = lintLogOf(tenant)
    const limit = typeof req.query.limit === 'number' ? req.query.limit : 100
    return json(
      c,
      {
        clientId: tenant.clientId,
        findings: log.list(limit),
        summary: log.summary(),
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/merchants.ts
const credentials = (m) => ({
  clientId: m.clientId,
  clientSecret: m.clientSecret,
  mallId: m.mallId,
  name: m.name,
})
function merchantRoutes(register, engine) {
  register('POST', '/__sandbox/merchants', 'createMerchant', (c, req) => {
    return json(c, credentials(engine.createMerchant(req.body ?? {})), 201)
  })
  register('GET', '/__sandbox/merchants', 'listMerchants', (c) =>
    json(
      c,
      {
        merchants: engine.merchants().map((m) => ({
          clientId: m.clientId,
          mallId: m.mallId,
          name: m.name,
          isDefault: m.isDefault,
        })),
      },
      200,
    ),
  )
  register('GET', '/__sandbox/merchants/:clientId', 'getMerchant', (c, req) => {
    const tenant = engine.findTenant(req.path.clientId)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${req.path.clientId}`)
    return json(
      c,
      {
        ...credentials(tenant.merchant),
        isDefault: tenant.merchant.isDefault,
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/orders.ts
/** Events that act on the whole order: the buyer pays (or fails to pay) for every product order at once. */
const ORDER_SCOPE = new Set(['pay', 'expire-payment'])
function snapshot(s) {
  if (s === 'new') return void 0
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== void 0))
}
function inspection(engine, tenant, record) {
  return {
    detail: buildDetail(record, tenant.orders.get(record.orderId), {
      deprecatedClaimBlocks: engine.options.deprecatedClaimBlocks,
    }),
    history: record.history.map((h) => ({
      at: formatKst(h.at),
      actor: h.actor,
      event: h.event,
      rowId: h.rowId,
      ...(h.lastChangedType ? { lastChangedType: h.lastChangedType } : {}),
      ...(h.from === 'new' ? {} : { from: snapshot(h.from) }),
      to: snapshot(h.to),
    })),
    allowedEvents: tenant.allowedSandboxEvents(record.productOrderId),
    allowedActions: tenant.allowedMerchantActions(record.productOrderId),
  }
}
function owned(engine, productOrderId) {
  const tenant = engine.ownerOfProductOrder(productOrderId)
  const record = tenant?.productOrders.get(productOrderId)
  if (!tenant || !record) throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId}`)
  return {
    tenant,
    record,
  }
}
function orderRoutes(register, engine) {
  register('POST', '/__sandbox/orders', 'createOrder', (c, req) => {
    const { clientId, ...input } = req.body ?? {}
    return json(c, tenantOf(engine, c, clientId).createOrder(input), 201)
  })
  register('GET', '/__sandbox/product-orders', 'listProductOrders', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    tenant.tick()
    const limit = typeof req.query.limit === 'number' ? req.query.limit : 100
    const out = []
    const records = [...tenant.productOrders.values()].sort(
      (a, b) => b.times.lastChanged - a.times.lastChanged,
    )
    for (const r of records) {
      const s = stateOf(r)
      if (req.query.productOrderStatus && s.productOrderStatus !== req.query.productOrderStatus) continue
      if (req.query.claimType && s.claimType !== req.query.claimType) continue
      const order = tenant.orders.get(r.orderId).order
      out.push({
        productOrderId: r.productOrderId,
        orderId: r.orderId,
        ...snapshot(s),
        productName: r.productOrder.productName,
        totalPaymentAmount: r.productOrder.totalPaymentAmount,
        orderDate: order.orderDate,
        ...(order.paymentDate ? { paymentDate: order.paymentDate } : {}),
        lastChangedDate: formatKst(r.times.lastChanged),
      })
      if (out.length >= limit) break
    }
    return json(c, { productOrders: out }, 200)
  })
  register('GET', '/__sandbox/product-orders/:productOrderId', 'inspectProductOrder', (c, req) => {
    const { tenant } = owned(engine, req.path.productOrderId)
    c.set('tenant', tenant)
    tenant.tick()
    return json(c, inspection(engine, tenant, tenant.productOrders.get(req.path.productOrderId)), 200)
  })
  register('POST', '/__sandbox/product-orders/:productOrderId/events/:event', 'applyEvent', (c, req) => {
    const id = req.path.productOrderId
    const event = req.path.event
    const { tenant } = owned(engine, id)
    c.set('tenant', tenant)
    tenant.tick()
    if (!isSandboxEvent(event)) throw new SandboxError(404, 'NOT_FOUND', `unknown event ${event}`)
    const input = req.body ?? {}
    const targets = ORDER_SCOPE.has(event)
      ? tenant.orders.get(tenant.productOrders.get(id).orderId).productOrderIds
      : [id]
    if (!tenant.run(id, event, input, SANDBOX_EVENT_ACTORS[event]).ok) {
      const allowedEvents = tenant.allowedSandboxEvents(id)
      throw new SandboxError(409, 'EVENT_NOT_ALLOWED', `${event} is not allowed for ${id} now`, {
        allowedEvents,
      })
    }
    for (const other of targets)
      if (other !== id) tenant.run(other, event, input, SANDBOX_EVENT_ACTORS[event])
    return json(c, inspection(engine, tenant, tenant.productOrders.get(id)), 200)
  })
}
//#endregion
//#region ../mock-server/src/control/requests.ts
const summary$1 = ({ request: _request, response: _response, ...rest }) => ({
  ...rest,
  id: String(rest.id),
})
function requestRoutes(register, engine) {
  register('GET', '/__sandbox/requests', 'listRequests', (c, req) => {
    return json(
      c,
      {
        requests: tenantOf(engine, c, req.query.clientId)
          .journal.list({
            ...(typeof req.query.limit === 'number' ? { limit: req.query.limit } : {}),
            ...(typeof req.query.status === 'number' ? { status: req.query.status } : {}),
            ...(typeof req.query.path === 'string' ? { pathContains: req.query.path } : {}),
          })
          .map(summary$1),
      },
      200,
    )
  })
  register('GET', '/__sandbox/requests/:id', 'getRequest', (c, req) => {
    const entry = tenantOf(engine, c, req.query.clientId).journal.get(Number(req.path.id))
    if (!entry) throw new SandboxError(404, 'NOT_FOUND', `no journal entry ${req.path.id}`)
    return json(
      c,
      {
        ...entry,
        id: String(entry.id),
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/reviews.ts
/**
 * The buyer writes a purchase review (`POST /__sandbox/product-orders/{id}/reviews`): the only way a
 * review comes into being, since the real API can only read them (facts §12).
 */
/**
 * Registers the review-writing route.
 * @example reviewRoutes(register, engine) // POST /__sandbox/product-orders/{id}/reviews {"score":4}
 */
function reviewRoutes(register, engine) {
  register('POST', '/__sandbox/product-orders/:productOrderId/reviews', 'writeReview', (c, req) => {
    const id = req.path.productOrderId
    const tenant = engine.ownerOfProductOrder(id)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no product order ${id}`)
    c.set('tenant', tenant)
    tenant.tick()
    return json(
      c,
      writeReview(tenant, id, req.body ?? {}, () => tenant.newId()),
      201,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/scenario-runs.ts
/** Longest scenario text accepted (a file of thousands of steps is not a QA scenario). */
const MAX_YAML_CHARS = 512 * 1024
function titleOf(text, fallback) {
  try {
    return parseScenario(fallback, text).scenario.name
  } catch {
    return fallback
  }
}
/** The app of a fresh engine, loaded on first use (app.ts registers this module). */
const appFetch = async () => (await import('./app-fetch-CABnAgTg.js').then((n) => n.n)).appFetch
function stepReport(s) {
  return {
    index: s.index,
    ...(s.line ? { line: s.line } : {}),
    title: s.label,
    status: s.status,
    sent: s.answers.map((a) =>
      a.sent
        ? {
            method: a.sent.method,
            path: a.sent.path,
            body: a.sent.requestBody,
            status: a.sent.status,
          }
        : null,
    ),
    received: s.answers.map((a) => ({
      status: a.status,
      body: a.body ?? null,
      ...(a.code ? { code: a.code } : {}),
    })),
    differences: s.differences.map((d) => ({
      what: d.what,
      expected: d.expected ?? null,
      actual: d.actual ?? null,
      text: formatDifference(d),
    })),
    ...(s.error ? { error: s.error } : {}),
  }
}
function scenarioRunRoutes(register, _engine) {
  register('GET', '/__sandbox/scenario-examples', 'listScenarioExamples', (c) =>
    json(
      c,
      {
        examples: scenarioExampleNames().map((name) => ({
          name,
          title: titleOf(scenarioExample(name) ?? '', name),
        })),
      },
      200,
    ),
  )
  register('POST', '/__sandbox/scenario-runs', 'runScenarioFile', async (c, req) => {
    const body = req.body ?? {}
    let path
    let text
    if (typeof body.example === 'string') {
      const example = scenarioExample(body.example)
      if (example === void 0)
        throw new SandboxError(404, 'NOT_FOUND', `no example scenario named ${body.example}`)
      path = body.example
      text = example
    } else if (typeof body.yaml === 'string') {
      path = body.name?.trim() || 'uploaded.yaml'
      text = body.yaml
    } else throw new SandboxError(400, 'BAD_REQUEST', 'send either `yaml` (the file text) or `example`')
    if (text.length > MAX_YAML_CHARS)
      throw new SandboxError(
        400,
        'BAD_REQUEST',
        `the scenario file is longer than ${MAX_YAML_CHARS} characters`,
      )
    let loaded
    try {
      loaded = parseScenario(path, text)
    } catch (error) {
      if (error instanceof ScenarioLoadError)
        throw new SandboxError(400, 'BAD_REQUEST', `${path}: not a valid scenario file`, {
          details: { problems: error.problems },
        })
      throw error
    }
    const result = await runScenario(loaded, inProcessTarget(await appFetch()))
    const coverage = coverageReport(result.rows, result.codes)
    return json(
      c,
      {
        file: path,
        name: result.name,
        passed: result.passed,
        durationMs: result.durationMs,
        totals: {
          passed: result.steps.filter((s) => s.status === 'passed').length,
          failed: result.steps.filter((s) => s.status === 'failed').length,
          skipped: result.steps.filter((s) => s.status === 'skipped').length,
        },
        steps: result.steps.map(stepReport),
        coverage: {
          exercised: coverage.covered.length,
          total: coverage.rows.length,
          ...coverage,
        },
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/scenarios.ts
/** The journal keeps the newest entries only, so error codes cover recent traffic. */
const JOURNAL_ENTRIES = 1e3
function summary(seed) {
  return {
    name: seed.name,
    description: seed.description,
    ...(seed.promise ? { promise: seed.promise } : {}),
    defaultCount: seed.defaultCount,
    movesClock: seed.movesClock,
    params: seed.params.map((p) => ({
      name: p.name,
      description: p.description,
      default: p.default,
      minimum: p.min,
      maximum: p.max,
    })),
  }
}
function scenarioRoutes(register, engine) {
  register('GET', '/__sandbox/scenarios', 'listScenarios', (c) =>
    json(c, { scenarios: SEEDS.map(summary) }, 200),
  )
  register('POST', '/__sandbox/scenarios/:name', 'applyScenario', (c, req) => {
    const body = req.body ?? {}
    const tenant = tenantOf(engine, c, body.clientId)
    return json(
      c,
      applySeed(engine, req.path.name, {
        clientId: tenant.clientId,
        count: body.count,
        seed: body.seed,
        params: body.params,
      }),
      201,
    )
  })
  register('GET', '/__sandbox/coverage', 'getCoverage', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    tenant.tick()
    const codes = /* @__PURE__ */ new Map()
    for (const entry of tenant.journal.list({ limit: JOURNAL_ENTRIES }))
      for (const code of errorCodesIn(entry.response.body)) codes.set(code, (codes.get(code) ?? 0) + 1)
    return json(
      c,
      {
        clientId: tenant.clientId,
        ...coverageReport(rowCounts([tenant]), codes),
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/state.ts
function stateRoutes(register, engine) {
  register('GET', '/__sandbox/state', 'exportState', (c) => json(c, engine.exportState(), 200))
  register('PUT', '/__sandbox/state', 'importState', (c, req) => {
    try {
      engine.importState(req.body)
    } catch (error) {
      throw new SandboxError(400, 'BAD_REQUEST', error instanceof Error ? error.message : String(error))
    }
    return json(
      c,
      {
        imported: true,
        merchants: engine.merchants().length,
      },
      200,
    )
  })
}
//#endregion
//#region ../mock-server/src/control/action-forms.ts
/**
 * Describes the inputs of every merchant action and control-plane event as flat form fields, read from
 * the OpenAPI documents, so the dashboard's forms never restate a schema by hand.
 */
function deref(document, node) {
  let current = node ?? {}
  while (typeof current.$ref === 'string')
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((acc, key) => acc[key] ?? {}, document)
  return current
}
/** Flat fields of an object schema; nested objects and arrays are left to the server's defaults. */
function fieldsOf(document, schema, skip = []) {
  const required = new Set(schema.required ?? [])
  const schemas = document.components.schemas
  const out = []
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    if (skip.includes(name)) continue
    const prop = deref(document, raw)
    const named = typeof prop['x-npay-enum'] === 'string' ? schemas[prop['x-npay-enum']] : void 0
    const values = prop.enum ?? named?.enum
    const labels = prop['x-enum-descriptions'] ?? named?.['x-enum-descriptions']
    const type = prop.type
    if (type !== 'string' && type !== 'integer' && type !== 'number') continue
    out.push({
      name,
      type,
      required: required.has(name),
      ...(typeof prop.format === 'string' ? { format: prop.format } : {}),
      ...(values ? { enum: [...values] } : {}),
      ...(values && labels ? { labels: [...labels] } : {}),
      ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
    })
  }
  return out
}
/**
 * The form of each merchant action, from the real API's document.
 * @example merchantActionForms().find((a) => a.operationId === 'holdbackReturn')?.fields.map((f) => f.name)
 */
function merchantActionForms() {
  const document = npayApiDocument
  const paths = document.paths
  return MERCHANT_ACTIONS.map((operationId) => {
    const op = operationIndex.find((o) => o.operationId === operationId)
    if (!op) throw new Error(`${operationId} is missing from the API document`)
    const operation = paths[op.path]?.[op.method.toLowerCase()] ?? {}
    const content = deref(document, operation.requestBody).content
    const body = deref(document, content?.['application/json']?.schema)
    const props = Object.entries(body.properties ?? {})
    const base = {
      operationId,
      method: op.method,
      path: op.path,
      summary: typeof operation.summary === 'string' ? operation.summary : operationId,
      hasBody: content !== void 0,
    }
    const only = props.length === 1 ? props[0] : void 0
    if (only && deref(document, only[1]).type === 'array') {
      const items = deref(document, deref(document, only[1]).items)
      const fields = items.type === 'object' ? fieldsOf(document, items, ['productOrderId']) : []
      return {
        ...base,
        listProperty: only[0],
        fields,
      }
    }
    return {
      ...base,
      fields: fieldsOf(document, body),
    }
  })
}
/**
 * The form of each control-plane event: claim-opening events take a reason and a quantity.
 * @example sandboxEventForms().find((e) => e.event === 'buyer-return')?.fields[0]?.name // 'reason'
 */
function sandboxEventForms() {
  const document = controlPlaneDocument
  const schemas = document.components.schemas
  const claimFields = fieldsOf(document, schemas.ApplyEventRequest ?? {})
  return SANDBOX_EVENTS.map((event) => {
    const rows = TRANSITIONS.filter((row) => row.event === event)
    const opensClaim = rows.some((row) => row.effects.includes('openClaim'))
    return {
      event,
      actor: rows[0]?.actor ?? 'platform',
      fields: opensClaim ? claimFields : [],
    }
  })
}
//#endregion
//#region ../mock-server/src/control/ui-support.ts
/**
 * Control-plane helpers the dashboard needs: a bearer token for a merchant (so the page can call the
 * real API paths without bcrypt in the browser) and the state machine as data (rows, reachable states,
 * edges, action forms, Korean labels of the enums).
 */
/** Enums whose Korean descriptions the dashboard shows beside the codes. */
const LABELLED_ENUMS = [
  'ProductOrderStatus',
  'PlaceOrderStatus',
  'ClaimType',
  'ClaimStatus',
  'HoldbackStatus',
  'LastChangedType',
  'PaymentMeans',
]
/** Both guard outcomes, so every guarded branch of the table shows up as an edge. */
const GUARD_WORLDS = [
  (g) => g === 'paidAtOnce' || g === 'wholeQuantity',
  (g) => g === 'awaitingDeposit' || g === 'partQuantity',
]
const stateView = (s) => ({
  key: describeState(s),
  ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== void 0)),
  openClaim: hasOpenClaim(s),
})
function edges(states) {
  const out = /* @__PURE__ */ new Map()
  const add = (from, to, rowId) => {
    const edge = {
      from: from === 'new' ? 'new' : describeState(from),
      to: describeState(to),
      rowId,
    }
    out.set(`${edge.from}>${edge.to}>${rowId}`, edge)
  }
  for (const world of GUARD_WORLDS) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const step of placed.steps) add(step.before, step.after, step.row.id)
  }
  for (const state of states)
    for (const event of ALL_EVENTS)
      for (const world of GUARD_WORLDS) {
        const result = transition(state, event, world)
        if (result.ok) for (const step of result.steps) add(step.before, step.after, step.row.id)
      }
  return [...out.values()]
}
function labels() {
  const schemas = npayApiDocument.components.schemas
  return Object.fromEntries(
    LABELLED_ENUMS.map((name) => {
      const values = schemas[name]?.enum ?? []
      const texts = schemas[name]?.['x-enum-descriptions'] ?? []
      return [name, Object.fromEntries(values.map((v, i) => [v, texts[i] ?? v]))]
    }),
  )
}
let machine
/** The table never changes while the process runs: build the answer once. */
function stateMachine() {
  if (machine) return machine
  const states = reachableStates()
  machine = {
    apiBasePath: BASE_PATH,
    rows: TRANSITIONS,
    states: [...states.values()].map(stateView),
    edges: edges(states.values()),
    sandboxEvents: sandboxEventForms(),
    merchantActions: merchantActionForms(),
    labels: labels(),
  }
  return machine
}
function uiSupportRoutes(register, engine) {
  register('POST', '/__sandbox/merchants/:clientId/token', 'issueMerchantToken', (c, req) => {
    const tenant = engine.findTenant(req.path.clientId)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${req.path.clientId}`)
    c.set('tenant', tenant)
    const now = engine.options.signatureClock === 'virtual' ? tenant.now() : engine.options.wallClock()
    const timestamp = String(now)
    return json(
      c,
      engine.issueToken({
        grant_type: 'client_credentials',
        client_id: tenant.clientId,
        timestamp,
        client_secret_sign: signClientSecret(tenant.clientId, tenant.merchant.clientSecret, timestamp),
        type: 'SELF',
      }),
      200,
    )
  })
  register('GET', '/__sandbox/state-machine', 'getStateMachine', (c) => json(c, stateMachine(), 200))
}
//#endregion
//#region ../mock-server/src/control/index.ts
let sharedValidator$1
function controlPlane(app, engine) {
  sharedValidator$1 ??= new OpenApiValidator(controlPlaneDocument, 'control-plane')
  const validator = sharedValidator$1
  const register = (method, path, operationId, handler) => {
    app.on(method, path, async (c) => {
      const text = method === 'GET' ? '' : await c.req.text()
      let body
      try {
        body = text.trim() ? JSON.parse(text) : void 0
      } catch {
        throw new SandboxError(400, 'BAD_REQUEST', 'the request body is not valid JSON')
      }
      const result = validator.validate(operationId, {
        query: new URL(c.req.url).searchParams,
        path: c.req.param(),
        body: body ?? (validator.has(operationId) && method === 'POST' ? {} : void 0),
      })
      if (!result.ok)
        throw new SandboxError(
          400,
          'BAD_REQUEST',
          `invalid request: ${result.invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')}`,
          { invalidInputs: result.invalidInputs },
        )
      return handler(c, result.value)
    })
  }
  merchantRoutes(register, engine)
  orderRoutes(register, engine)
  clockRoutes(register, engine)
  requestRoutes(register, engine)
  reviewRoutes(register, engine)
  faultRoutes(register, engine)
  lintRoutes(register, engine)
  scenarioRoutes(register, engine)
  scenarioRunRoutes(register, engine)
  stateRoutes(register, engine)
  uiSupportRoutes(register, engine)
  const started = Date.now()
  register('GET', '/__sandbox/health', 'health', (c) =>
    json(
      c,
      {
        status: 'ok',
        version: '0.1.0',
        uptimeSeconds: Math.round((Date.now() - started) / 1e3),
        merchants: engine.merchants().length,
      },
      200,
    ),
  )
  register('POST', '/__sandbox/reset', 'reset', (c, req) => {
    const clientId = req.body?.clientId
    engine.tenant(clientId).reset()
    return json(c, { reset: true }, 200)
  })
}
/** The tenant named by a `clientId` (query or body), the default merchant's when omitted. */
function tenantOf(engine, c, clientId) {
  const tenant = engine.tenant(typeof clientId === 'string' ? clientId : void 0)
  c.set('tenant', tenant)
  return tenant
}
//#endregion
//#region ../mock-server/src/middleware/faults-header.ts
/**
 * `X-Npay-Sandbox-Fault`: one request forces one fault, in the spirit of Prism's per-request override.
 * Faulted responses carry the same header naming what was injected, so a test (and the fuzzer) can tell
 * an injected 5xx from a real one.
 */
/**
 * Request header that forces a fault; response header that names an injected one.
 * @example await fetch(url, { headers: { authorization, [FAULT_HEADER]: 'GW.TIMEOUT.01' } }) // 504
 */
const FAULT_HEADER = 'X-Npay-Sandbox-Fault'
const USAGE =
  'X-Npay-Sandbox-Fault must be a gateway code (GW.TIMEOUT.01), a business code (9999), drop, expire-token or latency=DURATION (e.g. latency=2s, at most 120s)'
/**
 * The one-off rule a header value asks for.
 * @example faultFromHeader('GW.TIMEOUT.01') // { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }
 */
function faultFromHeader(value) {
  const v = value.trim()
  if (isGatewayCode(v))
    return {
      id: 'header',
      kind: 'gateway',
      code: v,
    }
  if (isBusinessCode(v))
    return {
      id: 'header',
      kind: 'business',
      code: v,
    }
  if (v === 'drop' || v === 'expire-token')
    return {
      id: 'header',
      kind: v,
    }
  const m = /^latency[=:](.+)$/.exec(v)
  const ms = m ? parseDuration(m[1]) : void 0
  if (ms !== void 0 && ms <= 12e4)
    return {
      id: 'header',
      kind: 'latency',
      latency: {
        distribution: 'fixed',
        ms,
      },
    }
  throw new SandboxError(400, 'BAD_FAULT_HEADER', `${USAGE}; got "${v.slice(0, 100)}"`)
}
//#endregion
//#region ../mock-server/src/middleware/rate-limit.ts
/**
 * Fills in the defaults and refuses impossible values when the app is built.
 * @example resolveRateLimit({ enabled: true }) // { enabled: true, perSecond: 2, burst: 4, clock: Date.now }
 */
function resolveRateLimit(options = {}, wallClock = Date.now) {
  const perSecond = options.perSecond ?? 2
  const burst = options.burst ?? (options.perSecond === void 0 ? 4 : 2 * perSecond)
  if (!(perSecond > 0) || !Number.isFinite(perSecond)) throw new TypeError('rateLimit.perSecond must be > 0')
  if (!Number.isInteger(burst) || burst < 1) throw new TypeError('rateLimit.burst must be an integer ≥ 1')
  return {
    enabled: options.enabled ?? false,
    perSecond,
    burst,
    clock: options.clock ?? wallClock,
  }
}
const buckets = /* @__PURE__ */ new WeakMap()
/** Takes one token from a bucket; returns what is left, or -1 when it was empty. */
function take(tenant, operationId, limit) {
  const byOperation = buckets.get(tenant) ?? /* @__PURE__ */ new Map()
  buckets.set(tenant, byOperation)
  const now = limit.clock()
  const bucket = byOperation.get(operationId) ?? {
    tokens: limit.burst,
    at: now,
  }
  const refilled = Math.min(
    limit.burst,
    bucket.tokens + (Math.max(0, now - bucket.at) / 1e3) * limit.perSecond,
  )
  const ok = refilled >= 1
  byOperation.set(operationId, {
    tokens: ok ? refilled - 1 : refilled,
    at: now,
  })
  return ok ? Math.floor(refilled - 1) : -1
}
/**
 * The three `GNCP-GW-RateLimit-*` headers.
 * @example rateLimitHeaders(resolveRateLimit(), 3) // { 'GNCP-GW-RateLimit-Replenish-Rate': '2', …, 'GNCP-GW-RateLimit-Remaining': '3' }
 */
function rateLimitHeaders(limit, remaining) {
  return {
    [RATE_LIMIT_HEADERS.replenishRate]: String(limit.perSecond),
    [RATE_LIMIT_HEADERS.burstCapacity]: String(limit.burst),
    [RATE_LIMIT_HEADERS.remaining]: String(Math.max(0, remaining)),
  }
}
/**
 * Limits authenticated API calls (and token requests of a known client) per operation.
 * @example app.use(`${BASE_PATH}/*`, rateLimit(resolveRateLimit({ enabled: true }), true))
 */
function rateLimit(limit, diagnostics) {
  return async (c, next) => {
    const tenant = c.get('tenant')
    const operation = c.get('operation')
    if (!tenant || !operation) return next()
    const remaining = take(tenant, operation.operationId, limit)
    if (remaining < 0)
      c.set('rateExceeded', {
        perSecond: limit.perSecond,
        burst: limit.burst,
      })
    if (!limit.enabled) return next()
    const headers = rateLimitHeaders(limit, remaining)
    if (remaining < 0) {
      const res = errorResponse(
        c,
        NpayError.gateway(
          'GW.RATE_LIMIT',
          `more than ${limit.perSecond} requests per second (burst ${limit.burst}) to ${operation.operationId}`,
        ),
        diagnostics,
      )
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value)
      return res
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}
//#endregion
//#region ../mock-server/src/middleware/faults-inject.ts
/** Hourly-quota headers of the gateway (facts §6). */
const QUOTA_HEADERS = {
  period: 'GNCP-GW-Quota-Period',
  limit: 'GNCP-GW-Quota-Limit',
  remaining: 'GNCP-GW-Quota-Remaining',
}
/** [REC] The real quota values are not published; a rule's `headers` can replace these. */
const DEFAULT_QUOTA = {
  period: 'ROUND',
  limit: '1000',
  remaining: '0',
}
/**
 * Answers a request with the fault `rule` asks for.
 * @example return injectFault(c, { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }, ctx)
 */
function injectFault(c, rule, ctx) {
  const label = rule.id === 'header' ? `${FAULT_HEADER} header` : `rule ${rule.id}`
  const what = rule.kind === 'gateway' || rule.kind === 'business' ? rule.code : rule.kind
  c.set('diagnostic', `injected fault (${label}): ${what}`)
  if (rule.kind === 'drop') return drop(c)
  const res = errorResponse(c, errorOf(c, rule, `injected fault (${label}): ${what}`), ctx.diagnostics)
  const extra =
    rule.code === 'GW.RATE_LIMIT'
      ? rateLimitHeaders(ctx.rateLimit, 0)
      : rule.code === 'GW.QUOTA_LIMIT'
        ? {
            [QUOTA_HEADERS.period]: DEFAULT_QUOTA.period,
            [QUOTA_HEADERS.limit]: DEFAULT_QUOTA.limit,
            [QUOTA_HEADERS.remaining]: DEFAULT_QUOTA.remaining,
          }
        : {}
  for (const [name, value] of Object.entries({
    ...extra,
    ...rule.headers,
  }))
    res.headers.set(name, value)
  res.headers.set(FAULT_HEADER, rule.kind === 'expire-token' ? 'expire-token' : what)
  return res
}
function errorOf(c, rule, diagnostic) {
  if (rule.kind === 'expire-token') {
    expireCallersToken(c)
    return NpayError.gateway('GW.AUTHN', `${diagnostic}: the access token expired mid-flow; issue a new one`)
  }
  const code = rule.code ?? 'GW.INTERNAL_SERVER_ERROR'
  if (isGatewayCode(code)) return NpayError.gateway(code, diagnostic)
  if (Object.hasOwn(ORDER_ERRORS, code)) return NpayError.order(code, { diagnostic })
  return NpayError.settlement(code)
}
/**
 * Expires the caller's token if it is the merchant's current one, so the next call gets 401 too and
 * the next token request issues a new token (fewer than 30 minutes left), as after a real expiry.
 */
function expireCallersToken(c) {
  const tenant = c.get('tenant')
  const value = /^Bearer\s+(\S+)/i.exec(c.req.header('authorization') ?? '')?.[1]
  if (!tenant || !value) return
  const token = tenant.tokens.saved().find((t) => t.value === value)
  if (token) token.expiresAt = Math.min(token.expiresAt, tenant.now())
}
/**
 * Over TCP (@hono/node-server passes the raw request as `c.env.incoming`) the socket is destroyed, so
 * the client sees a reset connection. In-process there is no socket: `Response.error()` is what fetch
 * rejects with a network error for under MSW, and what `app.request` hands back as status 0.
 */
function drop(c) {
  c.env?.incoming?.socket?.destroy()
  c.set('errorCode', 'DROPPED')
  return Response.error()
}
/**
 * Wraps `app.fetch` for @hono/node-server: after a drop the socket is gone already, and the adapter
 * would refuse (and log) the status 0 of `Response.error()`; an empty response is written nowhere.
 * @example serve({ fetch: overTcp(app.fetch), port: 8787 })
 */
function overTcp(fetch) {
  return async (request, env) => {
    const res = await fetch(request, env)
    return res.type === 'error' ? new Response(null, { status: 204 }) : res
  }
}
//#endregion
//#region ../mock-server/src/middleware/faults.ts
const timer = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/**
 * The fault middleware of the real API paths.
 * @example app.use(`${BASE_PATH}/*`, faults(engine, { diagnostics: true, rateLimit: resolveRateLimit() }))
 */
function faults(engine, options) {
  const sleep = options.sleep ?? timer
  const ctx = {
    engine,
    diagnostics: options.diagnostics,
    rateLimit: options.rateLimit,
  }
  return async (c, next) => {
    if (c.req.method === 'HEAD') return next()
    const decision = decide(engine, c.req.header(FAULT_HEADER), {
      tenant: c.get('tenant'),
      method: c.req.method,
      path: new URL(c.req.url).pathname.slice(BASE_PATH.length),
      operationId: c.get('operation')?.operationId,
    })
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)
    if (decision.answer) return injectFault(c, decision.answer, ctx)
    await next()
    if (decision.delayedBy.length > 0)
      c.res.headers.set(FAULT_HEADER, `latency=${decision.latencyMs}ms (${decision.delayedBy.join(', ')})`)
  }
}
const NONE = {
  latencyMs: 0,
  delayedBy: [],
  answer: void 0,
}
function decide(engine, header, request) {
  if (header !== void 0) {
    const rule = faultFromHeader(header)
    if (rule.kind !== 'latency')
      return {
        latencyMs: 0,
        delayedBy: [],
        answer: rule,
      }
    return {
      latencyMs: sampleLatency(rule.latency, () => 0),
      delayedBy: ['header'],
      answer: void 0,
    }
  }
  if (!request.tenant) return NONE
  return faultSetOf(request.tenant, engine.options.seed).decide(request)
}
//#endregion
//#region ../mock-server/src/lint/body-fields.ts
/**
 * Lint of request bodies against the OpenAPI request schema: fields the real API does not know. The
 * real services ignore them silently, so a misspelt field is lost without an error (facts §7).
 */
const doc = npayApiDocument
const MAX_DEPTH = 8
const MAX_REPORTED = 10
function resolve$1(node) {
  let current = node
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++)
    current = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((acc, key) => acc?.[key], doc)
  return current
}
const schemas = /* @__PURE__ */ new Map()
/** The JSON request-body schema of an operation, if it has one. */
function bodySchema(operationId) {
  if (!schemas.has(operationId)) schemas.set(operationId, findBodySchema(operationId))
  return schemas.get(operationId)
}
function findBodySchema(operationId) {
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item)) {
      if (op?.operationId !== operationId) continue
      return resolve$1(resolve$1(op.requestBody)?.content?.['application/json']?.schema)
    }
}
/** Properties an object schema declares, through allOf/oneOf/anyOf; undefined when any name goes. */
function declared(schema) {
  if (schema.additionalProperties !== void 0 && schema.additionalProperties !== false) return void 0
  const out = /* @__PURE__ */ new Map()
  for (const [name, sub] of Object.entries(schema.properties ?? {})) out.set(name, sub)
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const branch of schema[key] ?? []) {
      const resolved = resolve$1(branch)
      const more = resolved && declared(resolved)
      if (resolved && !more && resolved.properties === void 0 && resolved.type === 'object') return void 0
      for (const [name, sub] of more ?? []) out.set(name, sub)
    }
  return out
}
function walk(schema, value, at, depth, found) {
  if (!schema || depth > MAX_DEPTH || found.length >= MAX_REPORTED) return
  if (Array.isArray(value)) {
    const items = resolve$1(schema.items)
    for (const [i, v] of value.slice(0, 50).entries()) walk(items, v, `${at}[${i}]`, depth + 1, found)
    return
  }
  if (!value || typeof value !== 'object') return
  const props = declared(schema)
  if (!props || props.size === 0) return
  for (const [name, v] of Object.entries(value)) {
    const path = at ? `${at}.${name}` : name
    const sub = props.get(name)
    if (!sub) {
      const near = nearest(name, [...props.keys()])
      const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path
      found.push(near ? `${shown} (did you mean ${near}?)` : shown)
      if (found.length >= MAX_REPORTED) return
    } else walk(resolve$1(sub), v, path, depth + 1, found)
  }
}
/** Same name up to case, or one a shortening of the other (`deliveryCompany` for `deliveryCompanyCode`). */
const close = (a, b) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)))
/** The declared name a few edits from a misspelling, if any (a case difference or shortening counts as one). */
function nearest(name, names) {
  if (name.length > 64) return void 0
  const distance = (a, b) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j)
    for (let i = 1; i <= a.length; i++) {
      const next = [i]
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      row = next
    }
    return row[b.length]
  }
  const best = names
    .map((n) => ({
      n,
      d: close(n.toLowerCase(), name.toLowerCase()) ? 1 : distance(name, n),
    }))
    .sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? best.n : void 0
}
/**
 * Unknown fields of a JSON body for an operation.
 * @example unknownBodyFields('requestCancel', { cancelReson: 'SOLD_OUT' })?.message // 'unknown field(s) … cancelReson (did you mean cancelReason?)'
 */
function unknownBodyFields(operationId, body) {
  const found = []
  walk(bodySchema(operationId), body, '', 0, found)
  if (found.length === 0) return void 0
  return {
    rule: 'unknown-body-fields',
    message: `unknown field(s) in the ${operationId} body: ${found.join(', ')}`,
    advice:
      'Remove or rename these fields: the real API ignores fields it does not know without an error, so a misspelt one is silently lost. Compare with the request schema in the OpenAPI document.',
  }
}
//#endregion
//#region ../mock-server/src/lint/last-changed.ts
/**
 * Lint of last-changed polling (facts §7.1): windows that reach right up to "now", and `more` pages
 * that were never fetched.
 */
/** Naver's FAQ: changes are indexed asynchronously, so leave a few seconds before now [OBS]. */
const LAST_CHANGED_MARGIN_MS = 5e3
/**
 * A window whose end (given, or the default 24 h) lies within the margin of the tenant's now.
 * @example noMargin(new URLSearchParams('lastChangedFrom=…'), now) // { rule: 'last-changed-no-margin', … }
 */
function noMargin(query, now) {
  const from = parseDateTime(query.get('lastChangedFrom') ?? '')
  if (!from.ok) return void 0
  const toText = query.get('lastChangedTo')
  const to =
    toText === null
      ? {
          ok: true,
          epochMs: from.epochMs + MAX_QUERY_WINDOW_MS,
        }
      : parseDateTime(toText)
  if (!to.ok || to.epochMs <= now - 5e3) return void 0
  return {
    rule: 'last-changed-no-margin',
    message: `${toText === null ? 'the default window (lastChangedFrom + 24 h)' : `lastChangedTo ${toText}`} reaches past ${formatKst(now - LAST_CHANGED_MARGIN_MS)}, within ${LAST_CHANGED_MARGIN_MS / 1e3} s of the server's now (${formatKst(now)}); changes committed in the last seconds are indexed later and a client that moves its window on skips them`,
    advice:
      'End every polling window a few seconds before now (lastChangedTo = now − 5 s, always sent explicitly) and start the next window where the previous one ended.',
  }
}
const ADVICE =
  'When data.more is present, call again with lastChangedFrom = more.moreFrom, moreSequence = more.moreSequence and the same lastChangedTo, until more is absent; only then move the window on.'
/** Identity of a request for telling a retry apart from a new call. */
const queryKey = (q) => [...q].sort(([a], [b]) => a.localeCompare(b)).join('&')
/**
 * Before the call: did it follow the `more` the previous page of this filter asked for?
 * @example ignoredMore(lintLogOf(tenant), new URL(c.req.url).searchParams)?.rule // 'more-ignored'
 */
function ignoredMore(log, query) {
  const filter = query.get('lastChangedType') ?? ''
  const pending = log.pendingMore.get(filter)
  if (!pending) return void 0
  if (query.get('moreSequence') === pending.moreSequence || queryKey(query) === pending.query) return void 0
  log.pendingMore.delete(filter)
  return {
    rule: 'more-ignored',
    message: `the previous last-changed-statuses response had more (moreFrom ${pending.moreFrom}, moreSequence ${pending.moreSequence}) but this call did not continue from it: the rows after it were never read`,
    advice: ADVICE,
  }
}
/**
 * After a successful call: remember the continuation it asks for, or that none is owed.
 * @example rememberMore(lintLogOf(tenant), query, { data: { more: { moreFrom, moreSequence } } })
 */
function rememberMore(log, query, body) {
  const filter = query.get('lastChangedType') ?? ''
  const more = body?.data?.more
  if (typeof more?.moreFrom === 'string' && typeof more.moreSequence === 'string')
    log.pendingMore.set(filter, {
      moreFrom: more.moreFrom,
      moreSequence: more.moreSequence,
      query: queryKey(query),
    })
  else log.pendingMore.delete(filter)
}
//#endregion
//#region ../mock-server/src/lint/request-rules.ts
/** A date-time whose offset sign survived as a literal `+` (percent-decoding leaves `+` alone). */
const PLUS_OFFSET = /\d{2}:\d{2}(:\d{2}(\.\d+)?)?\+\d{2}(:?\d{2})?$/
/**
 * Query values sent with a raw `+` before their offset, found on the raw URL because URLSearchParams
 * has already turned them into spaces.
 * @example unencodedPlus('http://h/p?lastChangedFrom=2024-05-15T10:00:00.000+09:00')?.rule // 'unencoded-plus'
 */
function unencodedPlus(rawUrl) {
  const search = rawUrl.split('#')[0].split('?').slice(1).join('?')
  const names = []
  for (const pair of search.split('&')) {
    const [name = '', value = ''] = pair.split('=', 2)
    if (!value.includes('+')) continue
    let decoded
    try {
      decoded = decodeURIComponent(value)
    } catch {
      continue
    }
    if (PLUS_OFFSET.test(decoded)) names.push(name)
  }
  if (names.length === 0) return void 0
  return {
    rule: 'unencoded-plus',
    message: `${names.join(', ')} carries a raw + before its offset (+09:00); in a query string + means a space, so the server reads "… 09:00" and refuses the value`,
    advice:
      'Percent-encode query values (URLSearchParams or encodeURIComponent): send the offset as %2B09:00, e.g. 2024-05-15T10:00:00.000%2B09:00.',
  }
}
/**
 * Tokens of a tenant that a token request would get back unchanged (≥ 30 minutes left).
 * @example reusableTokens(engine.tenant()).size // 1 after a first token request
 */
function reusableTokens(tenant) {
  const now = tenant.now()
  return new Set(
    tenant.tokens
      .saved()
      .filter((t) => t.expiresAt - now >= TOKEN_REUSE_THRESHOLD_SECONDS * 1e3)
      .map((t) => t.value),
  )
}
/**
 * After a token request: was the answer a token the client already held?
 * @example excessIssuance(reusable, 200, { access_token, expires_in: 10740 })?.rule // 'excess-token-issuance'
 */
function excessIssuance(reusable, status, body) {
  const token = body?.access_token
  if (status !== 200 || typeof token !== 'string' || !reusable.has(token)) return void 0
  const left = Number(body.expires_in)
  return {
    rule: 'excess-token-issuance',
    message: `a token was requested while the current one still had ${Math.floor(left / 60)} min left (≥ 30 min), so the same token came back`,
    advice:
      'Cache the access token and reuse it until fewer than 30 minutes remain (track expires_in), or after a 401 GW.AUTHN; the real gateway counts needless issuance and answers 429 GW.QUOTA_LIMIT.',
  }
}
const SHIPPED = new Set(['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'])
/**
 * Before a dispatch: product orders in the body that were dispatched already.
 * @example dispatchResent(tenant, { dispatchProductOrders: [{ productOrderId }] })?.rule // 'dispatch-resent'
 */
function dispatchResent(tenant, body) {
  const items = body?.dispatchProductOrders
  if (!Array.isArray(items)) return void 0
  const shipped = []
  for (const item of items.slice(0, 1e3)) {
    const id = item?.productOrderId
    const status =
      typeof id === 'string' ? tenant.productOrders.get(id)?.productOrder.productOrderStatus : void 0
    if (status && SHIPPED.has(status)) shipped.push(`${id} (${status})`)
  }
  if (shipped.length === 0) return void 0
  return {
    rule: 'dispatch-resent',
    message: `dispatch was sent again for ${shipped.slice(0, 10).join(', ')}${shipped.length > 10 ? ` and ${shipped.length - 10} more` : ''}, already dispatched`,
    advice:
      'Store each dispatch result (successProductOrderIds) and never send dispatch twice for a product order: the real API answers 9999 and no API corrects a tracking number after dispatch.',
  }
}
//#endregion
//#region ../mock-server/src/middleware/lint.ts
async function jsonBody(c) {
  if (c.req.method === 'GET' || !c.req.header('content-type')?.includes('json')) return void 0
  try {
    return JSON.parse(await c.req.text())
  } catch {
    return
  }
}
async function responseJson(res) {
  if (res.type === 'error' || !res.headers.get('content-type')?.includes('json')) return void 0
  try {
    const sent = sentBody(res)
    return sent === void 0 ? await res.clone().json() : JSON.parse(sent)
  } catch {
    return
  }
}
/** Findings that need only the request and the state before it runs. */
function before(c, tenant, operationId, body) {
  const url = new URL(c.req.url)
  const notes = [unencodedPlus(c.req.url)]
  if (operationId === 'getLastChangedStatuses')
    notes.push(noMargin(url.searchParams, tenant.now()), ignoredMore(lintLogOf(tenant), url.searchParams))
  if (operationId === 'dispatchProductOrders') notes.push(dispatchResent(tenant, body))
  if (operationId !== 'issueToken') notes.push(unknownBodyFields(operationId, body))
  return notes.filter((n) => n !== void 0)
}
/**
 * The lint middleware of the real API paths (after `resolveOperation`, before rate limiting).
 * @example app.use(`${BASE_PATH}/*`, lint())
 */
function lint() {
  return async (c, next) => {
    const tenant = c.get('tenant')
    const operation = c.get('operation')
    if (!tenant || !operation) return next()
    const { operationId } = operation
    const notes = before(c, tenant, operationId, await jsonBody(c))
    const reusable = operationId === 'issueToken' ? reusableTokens(tenant) : void 0
    await next()
    const body = reusable || operationId === 'getLastChangedStatuses' ? await responseJson(c.res) : void 0
    if (reusable) notes.push(...[excessIssuance(reusable, c.res.status, body)].filter((n) => n !== void 0))
    if (operationId === 'getLastChangedStatuses' && c.res.status === 200)
      rememberMore(lintLogOf(tenant), new URL(c.req.url).searchParams, body)
    const rate = c.get('rateExceeded')
    if (rate)
      notes.push({
        rule: 'faster-than-rate-limit',
        message: `${operationId} was called faster than the gateway allows: ${rate.perSecond} requests per second per API, burst ${rate.burst}`,
        advice: `Throttle each API to at most ${rate.perSecond} requests per second (queue calls per operation) and back off on 429 GW.RATE_LIMIT, which has no Retry-After; start the sandbox with --realistic to have it enforce the limit.`,
      })
    if (notes.length === 0) return
    const log = lintLogOf(tenant)
    const request = {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      operationId,
    }
    for (const note of notes) log.record(note, request, tenant.now())
    c.set('lint', notes)
  }
}
//#endregion
//#region ../mock-server/src/middleware/observe.ts
const MAX_BODY_CHARS = 16384
const REDACTED_HEADERS = new Set(['authorization', 'cookie'])
function observe(engine, nextTraceId) {
  return async (c, next) => {
    const started = performance.now()
    c.set('traceId', nextTraceId(Date.now()))
    c.set('tenant', void 0)
    c.set('diagnostic', void 0)
    c.set('errorCode', void 0)
    const requestText = c.req.method === 'GET' ? '' : await c.req.text()
    await next()
    if (c.res.type !== 'error') c.res.headers.set(TRACE_HEADER, c.get('traceId'))
    const path = new URL(c.req.url).pathname
    if (path.startsWith('/__sandbox')) return
    const tenant = c.get('tenant') ?? engine.tenant()
    const responseText = sentBody(c.res) ?? (await c.res.clone().text())
    const url = new URL(c.req.url)
    const diagnostic = c.get('diagnostic')
    const errorCode = c.get('errorCode')
    tenant.journal.add({
      at: formatKst(tenant.now()),
      method: c.req.method,
      path,
      status: c.res.status,
      ...(errorCode ? { code: errorCode } : {}),
      latencyMillis: Math.round((performance.now() - started) * 100) / 100,
      ...(c.get('tenant') ? { clientId: tenant.clientId } : {}),
      ...(diagnostic ? { diagnostic } : {}),
      ...(c.get('lint') ? { lint: c.get('lint') } : {}),
      request: {
        headers: headersOf(c.req.raw.headers),
        query: Object.fromEntries(url.searchParams),
        ...(requestText ? { body: parseMaybe(requestText) } : {}),
      },
      response: {
        headers: headersOf(c.res.headers),
        ...(responseText ? { body: parseMaybe(responseText) } : {}),
      },
    })
  }
}
function headersOf(headers) {
  const out = {}
  headers.forEach((value, key) => {
    out[key] = REDACTED_HEADERS.has(key) ? `${value.slice(0, 12)}…` : value
  })
  return out
}
function parseMaybe(text) {
  if (text.length > MAX_BODY_CHARS) return `${text.slice(0, MAX_BODY_CHARS)}… (${text.length} characters)`
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
//#endregion
//#region ../mock-server/src/middleware/operation.ts
const routes = operationIndex.flatMap((operation) =>
  [operation.path, ...operation.aliases].map((path) => ({
    method: operation.method,
    re: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    operation,
  })),
)
/**
 * The operation of a method and a path under the base URL.
 * @example operationOf('POST', '/v1/pay-order/mall/product-orders/dispatch')?.operationId // 'dispatchProductOrders'
 */
function operationOf(method, path) {
  return routes.find((r) => r.method === method && r.re.test(path))?.operation
}
/** Reads `client_id` from the form body or the query string, as the token route does. */
async function tokenClientId(c) {
  const text = await c.req.text()
  return (
    new URLSearchParams(text.trim().startsWith('{') ? '' : text).get('client_id') ??
    new URL(c.req.url).searchParams.get('client_id')
  )
}
/**
 * Sets `operation` and `tenant`; an API call without a valid token ends here with 401 `GW.AUTHN`.
 * @example app.use(`${BASE_PATH}/*`, resolveOperation(engine))
 */
function resolveOperation(engine) {
  return async (c, next) => {
    const operation = operationOf(c.req.method, new URL(c.req.url).pathname.slice(BASE_PATH.length))
    c.set('operation', operation)
    if (operation?.operationId === 'issueToken') {
      const clientId = await tokenClientId(c)
      if (clientId) c.set('tenant', engine.findTenant(clientId))
    } else if (operation) c.set('tenant', engine.authenticate(c.req.header('authorization')))
    await next()
  }
}
//#endregion
//#region ../mock-server/src/routes/orders.ts
/** The 20 order-management operations at `{base}/v1/pay-order/mall/...` (facts §7). */
/** Handlers of the order operations by operationId; requests arrive validated and authenticated. */
function orderHandlers(engine) {
  const options = () => ({
    deprecatedClaimBlocks: engine.options.deprecatedClaimBlocks,
    emptyLastChanged: engine.options.emptyLastChanged,
  })
  const owner = engine.ownerOfProductOrder
  const claim = (action) => (c, req) =>
    orderEnvelope(c, act(c.get('tenant'), action, req.path.productOrderId, req.body ?? {}, owner))
  return {
    getLastChangedStatuses: (c, req) =>
      orderEnvelope(c, lastChangedStatuses(c.get('tenant'), req.query, options())),
    queryProductOrders: (c, req) =>
      orderEnvelope(c, queryProductOrders(c.get('tenant'), req.body.productOrderIds, options())),
    getProductOrderIds: (c, req) =>
      orderEnvelope(c, productOrderIds(c.get('tenant'), req.path.orderId, engine.ownerOfOrder)),
    searchProductOrders: (c, req) =>
      orderEnvelope(c, searchProductOrders(c.get('tenant'), req.query, options())),
    confirmProductOrders: (c, req) =>
      orderEnvelope(c, confirm(c.get('tenant'), req.body.productOrderIds, owner)),
    dispatchProductOrders: (c, req) =>
      orderEnvelope(
        c,
        dispatch(c.get('tenant'), req.body.dispatchProductOrders, owner, engine.usedTrackingNumbers),
      ),
    delayDispatch: claim('delayDispatch'),
    requestCancel: claim('requestCancel'),
    approveCancel: claim('approveCancel'),
    requestReturn: claim('requestReturn'),
    approveReturn: claim('approveReturn'),
    rejectReturn: claim('rejectReturn'),
    holdbackReturn: claim('holdbackReturn'),
    releaseReturnHoldback: claim('releaseReturnHoldback'),
    completeExchangeCollect: claim('completeExchangeCollect'),
    redeliverExchange: claim('redeliverExchange'),
    rejectExchange: claim('rejectExchange'),
    holdbackExchange: claim('holdbackExchange'),
    releaseExchangeHoldback: claim('releaseExchangeHoldback'),
    getReviews: (c, req) => orderEnvelope(c, reviews(c.get('tenant'), req.query)),
  }
}
//#endregion
//#region ../mock-server/src/routes/settlement.ts
/**
 * The five settlement operations at `{base}/v1/pay-settle-mall/...` (facts §11). Their success bodies
 * are the bare `{elements, pagination}` with no order-API wrapper [DOC]; requests arrive validated and
 * authenticated, and the engine adds the rules no schema states (VAT month limit, date order).
 */
/**
 * Handlers of the settlement operations by operationId.
 * @example const handlers = { ...orderHandlers(engine), ...settlementHandlers(engine) }
 */
function settlementHandlers(_engine) {
  return {
    getSettleCases: (c, req) => json(c, settleCases(c.get('tenant'), req.query), 200),
    getCommissionDetails: (c, req) => json(c, commissionDetails(c.get('tenant'), req.query), 200),
    getSettleDaily: (c, req) => json(c, settleDaily(c.get('tenant'), req.query), 200),
    getVatCases: (c, req) => json(c, vatCases(c.get('tenant'), req.query), 200),
    getVatDaily: (c, req) => json(c, vatDaily(c.get('tenant'), req.query), 200),
  }
}
//#endregion
//#region ../mock-server/src/routes/token.ts
const FIELDS = ['client_id', 'timestamp', 'grant_type', 'client_secret_sign', 'type', 'account_id']
function tokenRoute(app, base, engine) {
  app.post(base + TOKEN_PATH, async (c) => {
    const url = new URL(c.req.url)
    const text = await c.req.text()
    const form = new URLSearchParams(text.trim().startsWith('{') ? '' : text)
    const params = {}
    for (const name of FIELDS) params[name] = form.get(name) ?? url.searchParams.get(name) ?? void 0
    if (params.client_id) c.set('tenant', engine.findTenant(params.client_id))
    return json(c, engine.issueToken(params), 200)
  })
}
//#endregion
//#region ../mock-server/src/state-file.ts
/**
 * `--state-file`: the sandbox survives restarts. After every request that changed anything, the whole
 * state is written to a temporary file in the same folder, flushed to disk, and renamed over the old one
 * (then the folder is flushed), so a crash at any moment leaves either the old or the new complete file
 * and never loses a change that was acknowledged: the write happens before the response is sent.
 */
/** Loads a state file into the engine when it exists; a corrupt file stops the start with the reason. */
function loadStateFile(engine, path) {
  if (!existsSync(path)) return false
  let parsed
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`state file ${path} is not valid JSON (${error.message}); move it away to start fresh`)
  }
  engine.importState(parsed)
  return true
}
/**
 * Writes `text` to `path` atomically and durably, creating the folder first; an error names `path`, not
 * the temporary file.
 */
function writeFileAtomic(path, text) {
  try {
    createParentFolder(path)
    replaceFile(path, text)
  } catch (error) {
    throw new Error(`cannot write the state file ${path}: ${failureReason(error)}`)
  }
}
function replaceFile(path, text) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w', 384)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
  try {
    const dir = openSync(dirname(path), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {}
}
/** Saves the engine's state after any request that changed it, before the response leaves. */
function persistChanges(engine, path) {
  let saved = engine.fingerprint()
  writeFileAtomic(path, JSON.stringify(engine.exportState()))
  return async (_c, next) => {
    await next()
    const now = engine.fingerprint()
    if (now === saved) return
    writeFileAtomic(path, JSON.stringify(engine.exportState()))
    saved = now
  }
}
//#endregion
//#region ../mock-server/src/ui/index.ts
const DASHBOARD_PATH = '/__sandbox/ui'
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}
/** Same-origin only: the page must never reach a CDN or any other host. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
}
let assets
/** Every servable file, keyed by its URL path below the dashboard; nothing outside the list is served. */
async function loadAssets() {
  const { DASHBOARD_FILES } = await import('./assets-BlxgKUZ8.js')
  const out = /* @__PURE__ */ new Map()
  for (const [key, body] of DASHBOARD_FILES) {
    const type = CONTENT_TYPES[key.slice(key.lastIndexOf('.'))]
    if (type)
      out.set(key, {
        body,
        type,
      })
  }
  return out
}
/**
 * Mounts the dashboard on the app.
 * @example dashboard(app) // then open http://127.0.0.1:8787/__sandbox/ui
 */
function dashboard(app) {
  const serve = async (key) => {
    assets ??= loadAssets()
    const asset = (await assets).get(key)
    if (!asset) return void 0
    return new Response(asset.body, {
      headers: {
        'Content-Type': asset.type,
        ...SECURITY_HEADERS,
      },
    })
  }
  app.get(DASHBOARD_PATH, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/`, async (c) => (await serve('index.html')) ?? c.notFound())
  app.get(`${DASHBOARD_PATH}/assets/*`, async (c) => {
    return (await serve(new URL(c.req.url).pathname.slice(`/__sandbox/ui/assets/`.length))) ?? c.notFound()
  })
}
//#endregion
//#region ../mock-server/src/app.ts
let sharedValidator
/** The validator compiles the whole document once per process; apps share it. */
function apiValidator() {
  sharedValidator ??= new OpenApiValidator(npayApiDocument, 'npay-api')
  return sharedValidator
}
const honoPath = (template) => template.replace(/\{(\w+)\}/g, ':$1')
/**
 * Builds the Hono app over an engine.
 * @example const app = createApp(createEngine()); await app.request('/__sandbox/health')
 */
function createApp(engine, options = {}) {
  const diagnostics = options.diagnostics ?? true
  const app = new Hono()
  const validator = apiValidator()
  app.use('*', observe(engine, createTraceIdGenerator(options.traceHost)))
  if (options.stateFile) app.use('*', persistChanges(engine, options.stateFile))
  app.onError((error, c) => handleError(c, error, diagnostics))
  const limit = resolveRateLimit(options.rateLimit, engine.options.wallClock)
  app.use(`${BASE_PATH}/*`, resolveOperation(engine))
  app.use(`${BASE_PATH}/*`, lint())
  app.use(`${BASE_PATH}/*`, rateLimit(limit, diagnostics))
  app.use(
    `${BASE_PATH}/*`,
    faults(engine, {
      diagnostics,
      rateLimit: limit,
      sleep: options.sleep,
    }),
  )
  controlPlane(app, engine)
  tokenRoute(app, BASE_PATH, engine)
  const handlers = {
    ...orderHandlers(engine),
    ...settlementHandlers(engine),
  }
  for (const op of operationIndex) {
    const handler = handlers[op.operationId]
    if (!handler) continue
    for (const path of [op.path, ...op.aliases])
      app.on(op.method, BASE_PATH + honoPath(path), async (c) => {
        c.set('tenant', engine.authenticate(c.req.header('authorization')))
        c.get('tenant').tick()
        const body = op.method === 'GET' ? void 0 : await readJson(c)
        const result = validator.validate(op.operationId, {
          query: new URL(c.req.url).searchParams,
          path: c.req.param(),
          body,
        })
        if (!result.ok)
          throw op.path.startsWith('/v1/pay-settle-mall/')
            ? NpayError.settlement('BAD_REQUEST', result.invalidInputs)
            : NpayError.order('4000', {
                invalidInputs: result.invalidInputs,
                diagnostic: `invalid request: ${result.invalidInputs.map((i) => `${i.name} (${i.type})`).join(', ')}`,
              })
        return handler(c, result.value)
      })
  }
  dashboard(app)
  app.notFound((c) =>
    errorResponse(
      c,
      NpayError.gateway('GW.NOT_FOUND', `no API at ${c.req.method} ${new URL(c.req.url).pathname}`),
      diagnostics,
    ),
  )
  return app
}

//#endregion
export {
  createApp as t,
  FAULT_HEADER as i,
  lintLogOf as a,
  loadStateFile as n,
  OpenApiValidator as o,
  overTcp as r,
}
