// generated — do not edit. Source: openapi/control-plane.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export const controlPlaneDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "npay-sandbox control plane",
    "version": "1.0.0",
    "summary": "Test-only operations of the npay-sandbox emulator, under /__sandbox.",
    "description": "The emulator's own API, in the spirit of Stripe's test helpers: it does what only a test may do — create\nmerchant apps, place orders as a buyer, play the carrier and the platform, move a merchant's virtual\nclock, read the request journal and reset state. None of this exists on the real Naver Pay API.\n\nEverything is JSON. Operations that act on one merchant take an optional `clientId`; without it the\ndefault merchant is used. Errors use the `SandboxError` body, never the real API's envelopes.\n\nEvery operation (the dashboard too) answers only a Host header of a loopback name, an IP address, the\nname the server listens on or an `--allowed-host` (else 403 `FORBIDDEN_HOST`, see `Forbidden`). Every\nstate-changing operation needs `content-type: application/json`, bodiless ones too (else 415\n`UNSUPPORTED_MEDIA_TYPE`), and a browser's `Origin`, when sent, must be the server's own or an\n`--allowed-origin` (else 403 `FORBIDDEN_ORIGIN`). A server started with `--admin-token` asks every\noperation but `health` for `Authorization: Bearer <token>` (`adminToken`; else 401 `UNAUTHORIZED`, see\n`Unauthorized`); without one, nothing is asked. No CORS headers are sent.\n\nSchemas named like the real API's (`ProductOrderDetail`, `ClaimReason`, …) are copied from\n`npay-api.yaml` when the documents are generated, so both documents describe the same shapes.\n"
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8787",
      "description": "Local npay-sandbox emulator"
    }
  ],
  "security": [
    {},
    {
      "adminToken": []
    }
  ],
  "tags": [
    {
      "name": "merchants"
    },
    {
      "name": "orders"
    },
    {
      "name": "clock"
    },
    {
      "name": "settlement"
    },
    {
      "name": "journal"
    },
    {
      "name": "faults"
    },
    {
      "name": "lint"
    },
    {
      "name": "machine"
    },
    {
      "name": "scenarios"
    },
    {
      "name": "admin"
    }
  ],
  "paths": {
    "/__sandbox/merchants": {
      "post": {
        "operationId": "createMerchant",
        "tags": [
          "merchants"
        ],
        "summary": "Register a merchant app (tenant)",
        "description": "Creates a merchant app with its own data, clock, faults and journal. Omitted fields are generated.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMerchantRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The merchant, including its secret.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MerchantCredentials"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      },
      "get": {
        "operationId": "listMerchants",
        "tags": [
          "merchants"
        ],
        "summary": "List merchant apps",
        "responses": {
          "200": {
            "description": "Every merchant, without secrets.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "merchants"
                  ],
                  "properties": {
                    "merchants": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/MerchantSummary"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/merchants/{clientId}": {
      "get": {
        "operationId": "getMerchant",
        "tags": [
          "merchants"
        ],
        "summary": "Read one merchant app, including its secret",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The merchant.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Merchant"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateMerchant",
        "tags": [
          "merchants"
        ],
        "summary": "Change a merchant app's claim settings",
        "description": "Changes what the merchant's future returns and exchanges carry: the `returnReceiveAddress` (fields\ngiven replace those of the current address, the others stay) and the one-way return shipping fee that\nbuyer-fault claims are charged. Claims already opened keep what they had.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MerchantSettings"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The merchant after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Merchant"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/merchants/{clientId}/token": {
      "post": {
        "operationId": "issueMerchantToken",
        "tags": [
          "merchants"
        ],
        "summary": "Issue an access token for a merchant app, signed by the server",
        "description": "Runs the token endpoint's own checks (signature, timestamp window, reuse of a token with at least\n30 minutes left) with a `client_secret_sign` the emulator computes from the merchant's secret. Lets a\nbrowser page such as the dashboard call the real API paths without computing bcrypt itself. The\nissue is not journalled; the API calls made with the token are.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The token, as the real token endpoint answers it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MerchantToken"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/orders": {
      "post": {
        "operationId": "createOrder",
        "tags": [
          "orders"
        ],
        "summary": "Place an order as a buyer",
        "description": "Creates one order with one product order per item, by running the engine's own transitions. With\n`paid: false` the order waits for a deposit (`PAYMENT_WAITING`, 무통장입금); otherwise it is paid at once.\n",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateOrderRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new order's IDs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateOrderResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/product-orders": {
      "get": {
        "operationId": "listProductOrders",
        "tags": [
          "orders"
        ],
        "summary": "List a merchant's product orders",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "name": "productOrderStatus",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ProductOrderStatus"
            }
          },
          {
            "name": "claimType",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ClaimType"
            }
          },
          {
            "name": "claimStatus",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ClaimStatus"
            }
          },
          {
            "name": "q",
            "in": "query",
            "required": false,
            "description": "Only product orders whose productOrderId, orderId, product name, orderer (buyer) name or receiver name contains this text (case-insensitive).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sort",
            "in": "query",
            "required": false,
            "description": "The column to sort by; newest change first without it.",
            "schema": {
              "type": "string",
              "enum": [
                "productOrderId",
                "productName",
                "productOrderStatus",
                "placeOrderStatus",
                "claim",
                "holdbackStatus",
                "totalPaymentAmount",
                "orderDate",
                "paymentDate",
                "lastChangedDate"
              ],
              "default": "lastChangedDate"
            }
          },
          {
            "name": "order",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "asc",
                "desc"
              ],
              "default": "desc"
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "1-based page of `size` rows (the dashboard's table pages through every order).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          },
          {
            "name": "size",
            "in": "query",
            "required": false,
            "description": "Rows per page; `limit` when absent.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of product orders, newest change first, with the true total of the filter.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "productOrders",
                    "total",
                    "page",
                    "size",
                    "facets"
                  ],
                  "properties": {
                    "productOrders": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SandboxProductOrderSummary"
                      }
                    },
                    "total": {
                      "type": "integer",
                      "description": "How many product orders match the filter, on every page together."
                    },
                    "page": {
                      "type": "integer"
                    },
                    "size": {
                      "type": "integer"
                    },
                    "facets": {
                      "type": "object",
                      "description": "Counts per value over all the merchant's product orders, for filter menus.",
                      "required": [
                        "productOrderStatus",
                        "claimType",
                        "claimStatus"
                      ],
                      "properties": {
                        "productOrderStatus": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          }
                        },
                        "claimType": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          }
                        },
                        "claimStatus": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/product-orders/events": {
      "post": {
        "operationId": "applyBulkEvent",
        "tags": [
          "orders"
        ],
        "summary": "Apply one event or merchant action to many product orders, each on its own",
        "description": "For each product order, in the order given, sends what the dashboard sends for one: an outside event\nas `POST /__sandbox/product-orders/{id}/events/{event}`, or a merchant action through the real API\npath with the merchant's token (the body the action declares, with a fresh tracking number per order\nand the fields of `body` over it). Each lands in the journal as its own request. One refusal does not\nstop the others: every item answers with its own status, code and message (a merchant action's\n`failProductOrderInfos` counts as a failure). Give exactly one of `event` and `action`; at most 300\nproduct orders of one merchant.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulkEventRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "One result per product order, in the order given.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BulkEventResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/product-orders/{productOrderId}": {
      "get": {
        "operationId": "inspectProductOrder",
        "tags": [
          "orders"
        ],
        "summary": "Inspect a product order, its history and what may happen next",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderIdPath"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/Inspection"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/product-orders/{productOrderId}/events/{event}": {
      "post": {
        "operationId": "applyEvent",
        "tags": [
          "orders"
        ],
        "summary": "Make something happen to a product order (buyer, carrier, platform or clock)",
        "description": "Applies one outside event through the state machine, exactly as the real world would cause it.\nAn event that the current state does not allow answers 409 `EVENT_NOT_ALLOWED` with the events that are.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderIdPath"
          },
          {
            "name": "event",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/SandboxEvent"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApplyEventRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Inspection"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The event is not allowed in the current state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EventNotAllowedError"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/product-orders/{productOrderId}/reviews": {
      "post": {
        "operationId": "writeReview",
        "tags": [
          "orders"
        ],
        "summary": "Write a purchase review as the buyer",
        "description": "The buyer reviews a delivered, exchanged or purchase-decided product order; the review then shows in\nthe real `GET /v1/pay-order/mall/reviews` (whose names are [REC] guesses, facts §12). Defaults: score 5,\nclass `GENERAL`, a stock title; `content` only for `PREMIUM` reviews, as in the SOAP contract.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderIdPath"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WriteReviewRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The review as the reviews API returns it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Review"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The product order has not been delivered yet, or was cancelled or returned (`EVENT_NOT_ALLOWED`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxError"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/clock": {
      "get": {
        "operationId": "getClock",
        "tags": [
          "clock"
        ],
        "summary": "Read a merchant's virtual clock",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The clock.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Clock"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/clock/advance": {
      "post": {
        "operationId": "advanceClock",
        "tags": [
          "clock"
        ],
        "summary": "Move a merchant's virtual clock forward and fire what falls due",
        "description": "Advances the clock and runs every timed event that falls due on the way (deposit deadlines, delivery\ncompletion, automatic purchase decision, token expiry), in time order.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AdvanceClockRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The clock after advancing, and what fired.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdvanceClockResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/clock/preview": {
      "get": {
        "operationId": "previewClock",
        "tags": [
          "clock"
        ],
        "summary": "What advancing a merchant's clock by a duration would fire, without moving it",
        "description": "Lists the timed events (deposit deadlines, automatic purchase decisions) that fall due within `by` of\nthe merchant's now, in the order an advance would fire them; nothing changes.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "name": "by",
            "in": "query",
            "required": true,
            "description": "A duration like `8d`, `90m`, `1h30m` or a number of milliseconds (at most 10 years).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The clock now, the instant the advance would reach, and what would fire.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClockPreviewResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/merchants/{clientId}/snapshots": {
      "post": {
        "operationId": "takeSnapshot",
        "tags": [
          "clock"
        ],
        "summary": "Save one merchant as it is now, to restore later",
        "description": "Keeps a copy of everything the merchant's data is made of — orders and product orders with their\nclaims and history, change log, reviews, settlement lines and options, faults, lint findings,\nrate-limit buckets, return settings and the virtual clock — in the server's memory. Other merchants\nare not part of it. Tokens, credentials and the request journal are not kept (see `restoreSnapshot`).\nAt most 20 snapshots per merchant (409 `SNAPSHOT_LIMIT` beyond; delete one first). Snapshots live in\nmemory only: a restart, a `PUT /__sandbox/state` and `--state-file` do not keep them.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TakeSnapshotRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The snapshot taken.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MerchantSnapshot"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The merchant has 20 snapshots already (`SNAPSHOT_LIMIT`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxError"
                }
              }
            }
          }
        }
      },
      "get": {
        "operationId": "listSnapshots",
        "tags": [
          "clock"
        ],
        "summary": "List a merchant's snapshots, newest first",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The merchant's snapshots.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SnapshotList"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}": {
      "delete": {
        "operationId": "deleteSnapshot",
        "tags": [
          "clock"
        ],
        "summary": "Forget one snapshot",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          },
          {
            "$ref": "#/components/parameters/SnapshotIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The snapshot is gone.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "deleted",
                    "id"
                  ],
                  "properties": {
                    "deleted": {
                      "type": "boolean",
                      "const": true
                    },
                    "id": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}/restore": {
      "post": {
        "operationId": "restoreSnapshot",
        "tags": [
          "clock"
        ],
        "summary": "Put a merchant back as it was when the snapshot was taken",
        "description": "Replaces the merchant's orders, change log, reviews, settlement, faults, lint findings, rate-limit\nbuckets and return settings with the snapshot's, and sets its virtual clock back to the snapshot's\ninstant; timers (deposit deadlines, purchase decisions) are due again from there. Other merchants are\nuntouched. Orders created after the snapshot are gone (`GET /v1/pay-order/mall/product-orders/{id}`\nanswers as for an unknown id). The merchant's credentials and access tokens stay valid — tokens\nissued after the snapshot too — but none keeps more than a token's lifetime (3 hours) from the\nrestored clock, as after a reset. The request journal is kept: it records what was sent, not the\nmerchant's state. The snapshot stays, so it can be restored again.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdPath"
          },
          {
            "$ref": "#/components/parameters/SnapshotIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The snapshot restored and the merchant's clock after it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RestoreSnapshotResponse"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/settlement": {
      "get": {
        "operationId": "getSettlementOptions",
        "tags": [
          "settlement"
        ],
        "summary": "Read a merchant's settlement options",
        "description": "The choices the facts leave open about when and how much a merchant's product orders settle: the\nmilestone that settles them (`trigger`), the expected-date cycle, the commission rates per payment\nmeans, rounding, holidays, the payout account and whether settle/case shows benefits.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The options in force.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SettlementConfig"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "put": {
        "operationId": "putSettlementOptions",
        "tags": [
          "settlement"
        ],
        "summary": "Set a merchant's settlement options",
        "description": "Replaces the merchant's settlement options: fields given take effect, omitted ones go back to the\nsandbox defaults (`trigger` `purchase-decision`, daily D+1 business day, the standard rates). Lines\nalready written keep their numbers; product orders that have not settled yet settle by the new\noptions, and their `paymentCommission`, `knowledgeShoppingSellingInterlockCommission` and\n`expectedSettlementAmount` follow the new rates at once.\n\nWith `trigger` `payment` (or `dispatch`, `delivery`) a product order settles before the buyer can\nno longer cancel or return it, so a later cancel or return appends `NORMAL_SETTLE_AFTER_CANCEL`\nrows to settle/case and `VOUCH_CANCEL` rows to vat/case; with the default (purchase decision, after\nwhich no claim is possible) only `NORMAL_SETTLE_BEFORE_CANCEL` markers occur.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PutSettlementRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The options now in force.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SettlementConfig"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/requests": {
      "get": {
        "operationId": "listRequests",
        "tags": [
          "journal"
        ],
        "summary": "Read the request journal",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only entries with this HTTP status.",
            "schema": {
              "type": "integer",
              "minimum": 100,
              "maximum": 599
            }
          },
          {
            "name": "path",
            "in": "query",
            "required": false,
            "description": "Only entries whose path contains this text.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "source",
            "in": "query",
            "required": false,
            "description": "Only entries from this source: `integration` (the merchant's code), `dashboard` (the QA dashboard,\nwhich sends `X-Npay-Sandbox-Source: dashboard`), `control` (control-plane calls that change the\nmerchant, from tests or scripts) or `all`. Without it: integration and dashboard requests.\n",
            "schema": {
              "type": "string",
              "enum": [
                "integration",
                "dashboard",
                "control",
                "all"
              ]
            }
          },
          {
            "name": "productOrderId",
            "in": "query",
            "required": false,
            "description": "Only entries whose path, query or bodies name this product order (its request log).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Journal entries, newest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "requests"
                  ],
                  "properties": {
                    "requests": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/RequestSummary"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/__sandbox/requests/{id}": {
      "get": {
        "operationId": "getRequest",
        "tags": [
          "journal"
        ],
        "summary": "Read one journal entry with headers and bodies",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The entry.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RequestDetail"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/faults": {
      "put": {
        "operationId": "putFaults",
        "tags": [
          "faults"
        ],
        "summary": "Replace a merchant's fault rules",
        "description": "Makes the API answer as the real gateway or service does when things go wrong, for one merchant app.\nEach rule matches requests by `method`, `path` (a pattern under the base URL: `{name}` or `:name` is\none path segment, `*` is anything, e.g. `/v1/pay-order/mall/product-orders/*`) and/or\n`operationId`, and fires on every matching call, with a `probability` (drawn from a PRNG seeded with\n`seed`, so a run is repeatable), on the `nth` matching call only, or for the next `times` calls.\n\nKinds: `gateway` answers a catalogue gateway error (`code` such as `GW.TIMEOUT.01`, `GW.PROXY.03`,\n`GW.BLOCK.02`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`) with its real status, body and headers; `business`\nanswers an order-service code (`9999`, `104119`, …) or a settlement code in the real envelope;\n`latency` delays the request (fixed, uniform or exponential, at most 120 s) and then answers it\nnormally; `drop` closes the connection without an answer (over TCP the socket is destroyed;\nin-process the response is `Response.error()`, which fetch under MSW turns into a network error);\n`expire-token` expires the caller's access token and answers 401 `GW.AUTHN`, as if it ran out\nmid-flow. Rules are checked in order: latencies add up, and the first other fault that fires\nanswers the request (later rules do not see it). Faulted responses carry `X-Npay-Sandbox-Fault`.\n\nOne request can force one fault with the request header `X-Npay-Sandbox-Fault`: a gateway code\n(`GW.TIMEOUT.01`), a business code (`9999`), `drop`, `expire-token` or `latency=2s`.\nPutting rules resets their counters and the PRNG. Injected faults are the only 5xx the sandbox sends.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PutFaultsRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rules now in force.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FaultSet"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "get": {
        "operationId": "getFaults",
        "tags": [
          "faults"
        ],
        "summary": "Read a merchant's fault rules and how often each matched and fired",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The rules in force.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FaultSet"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "deleteFaults",
        "tags": [
          "faults"
        ],
        "summary": "Remove every fault rule of a merchant",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The (now empty) rule set.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FaultSet"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/lint": {
      "get": {
        "operationId": "getLint",
        "tags": [
          "lint"
        ],
        "summary": "What this merchant's client does that the real gateway would penalise or that breaks in production",
        "description": "Findings of the client-behaviour lint, newest first, each saying what to change: tokens requested\nwhile the current one still has 30 minutes or more (`excess-token-issuance`, which the real gateway\npunishes with `GW.QUOTA_LIMIT`), last-changed windows reaching within 5 s of now\n(`last-changed-no-margin`), an unencoded `+` in a date-time query value (`unencoded-plus`), `more`\npaging not followed (`more-ignored`), dispatch re-sent for an item already on its way\n(`dispatch-resent`), requests faster than the gateway rate limit even when limiting is off\n(`faster-than-rate-limit`), and body fields the API does not know (`unknown-body-fields`).\nConsecutive findings of one rule on one operation are counted in one entry. Each API request's\nfindings also appear in its journal entry (`lint`).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "Findings and a count per rule.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LintReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/state-machine": {
      "get": {
        "operationId": "getStateMachine",
        "tags": [
          "machine"
        ],
        "summary": "The order/claim state machine as data",
        "description": "The transition table (rows), every state reachable from order placement, the edges between them\n(one per state and row), the inputs of each merchant action and control-plane event as flat form\nfields read from the API documents, and the Korean descriptions of the state enums. The dashboard\ndraws its diagram and builds its action forms from this.\n",
        "responses": {
          "200": {
            "description": "The state machine.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StateMachine"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/state-machine/nodes": {
      "get": {
        "operationId": "listStateNodes",
        "tags": [
          "machine"
        ],
        "summary": "How many product orders sit in each node of the drawn machine, and those of one node",
        "description": "Counts a merchant's product orders by the node of the drawing they are in now (the `node.id` of\ngetStateMachine's states: an open claim by its status and hold, anything else by the product\norder's status), and with `node` lists one page of that node's product orders, newest change first,\nwith the node's true total. `creatable` names the nodes createOrderInState can put an order in (a\nnode that is only passed through inside a chain of rows, such as `ADMIN_CANCEL/ADMIN_CANCELING`,\nis never at rest).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          },
          {
            "name": "node",
            "in": "query",
            "required": false,
            "description": "A node id such as `RETURN/RETURN_REQUEST` or `PAYED · OK`.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          },
          {
            "name": "size",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 20
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The counts per node, and the page of the asked node.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StateNodes"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/orders/in-state": {
      "post": {
        "operationId": "createOrderInState",
        "tags": [
          "orders"
        ],
        "summary": "Place an order and drive it to a node of the machine",
        "description": "Places one order (one product order of 3 units, seeded Korean fake data) and runs the events of the\nshortest path from order placement to the node through the engine's own transitions, as seeds do:\nmerchant actions with their default bodies, the buyer's, carrier's and platform's events as the\ncontrol plane applies them. The clock does not move. Answers the IDs, the state reached and the\nevents run.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateOrderInStateRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new order, in the node asked for.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateOrderInStateResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "No order can rest in the node (it is only passed through inside a chain of rows: `NODE_NOT_AT_REST`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxError"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/scenarios": {
      "get": {
        "operationId": "listScenarios",
        "tags": [
          "scenarios"
        ],
        "summary": "List the named seeds",
        "description": "Every named seed with its one-line description, the state it promises and its parameters.",
        "responses": {
          "200": {
            "description": "The seeds.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "scenarios"
                  ],
                  "properties": {
                    "scenarios": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ScenarioSummary"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/scenarios/{name}": {
      "post": {
        "operationId": "applyScenario",
        "tags": [
          "scenarios"
        ],
        "summary": "Seed a merchant with a named scenario",
        "description": "Creates `count` orders and drives them through the engine's own transitions (never by writing state)\nto the state the seed promises, with seeded Korean fake data. Returns the IDs it created. `busy-shop`\nsimulates days of traffic and moves the merchant's virtual clock forward by `params.days`.\n",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "Seed name, e.g. `return-on-holdback` (see listScenarios)."
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApplyScenarioRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "What the seed created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplyScenarioResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "A step of the seed was refused by the state machine (`SEED_STEP_REFUSED`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxError"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/coverage": {
      "get": {
        "operationId": "getCoverage",
        "tags": [
          "scenarios"
        ],
        "summary": "Transition coverage of a merchant's traffic",
        "description": "Which rows of the state table (by id, e.g. `N8`, `R6`) the merchant's product orders went through and\nwhich they never did, and which business error codes of the merchant actions its recent requests (the\nrequest journal) received. Like code coverage, for the state machine.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ClientIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The coverage report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Coverage"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/scenario-examples": {
      "get": {
        "operationId": "listScenarioExamples",
        "tags": [
          "scenarios"
        ],
        "summary": "List the shipped example scenario files",
        "description": "The QA scenario files of `scenarios/examples`, by file name with the scenario's `name` as title.",
        "responses": {
          "200": {
            "description": "The example files.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "examples"
                  ],
                  "properties": {
                    "examples": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "name",
                          "title"
                        ],
                        "properties": {
                          "name": {
                            "type": "string",
                            "description": "File name, e.g. `return-rejected.yaml`."
                          },
                          "title": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/scenario-runs": {
      "post": {
        "operationId": "runScenarioFile",
        "tags": [
          "scenarios"
        ],
        "summary": "Run a QA scenario file in process",
        "description": "Runs a scenario file (YAML, see scenarios/README.md) on a fresh, isolated engine with a frozen clock,\nnever on this server's merchants, and answers with the per-step report (what was sent, what came back,\nthe differences of a failed step) and the transition coverage of the run. Send the file text as `yaml`\n(with an optional file `name`), or `example` to run one of listScenarioExamples. A file that is not\nYAML or does not follow the scenario schema is a 400 whose `details.problems` lists each problem.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "yaml": {
                    "type": "string",
                    "description": "The scenario file's text."
                  },
                  "name": {
                    "type": "string",
                    "description": "The uploaded file's name, for the report."
                  },
                  "example": {
                    "type": "string",
                    "description": "File name of a shipped example, instead of `yaml`."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The run's report (a failing scenario is still a 200 with `passed` false).",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "file",
                    "name",
                    "passed",
                    "durationMs",
                    "totals",
                    "steps",
                    "coverage"
                  ],
                  "properties": {
                    "file": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    },
                    "passed": {
                      "type": "boolean"
                    },
                    "durationMs": {
                      "type": "integer"
                    },
                    "totals": {
                      "type": "object",
                      "required": [
                        "passed",
                        "failed",
                        "skipped"
                      ],
                      "properties": {
                        "passed": {
                          "type": "integer"
                        },
                        "failed": {
                          "type": "integer"
                        },
                        "skipped": {
                          "type": "integer"
                        }
                      }
                    },
                    "steps": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "index",
                          "title",
                          "status",
                          "sent",
                          "received",
                          "differences"
                        ],
                        "properties": {
                          "index": {
                            "type": "integer"
                          },
                          "line": {
                            "type": "integer"
                          },
                          "title": {
                            "type": "string"
                          },
                          "status": {
                            "type": "string",
                            "enum": [
                              "passed",
                              "failed",
                              "skipped"
                            ]
                          },
                          "sent": {
                            "type": "array",
                            "description": "The request of each answer (method, path, body, status), null when none.",
                            "items": {}
                          },
                          "received": {
                            "type": "array",
                            "description": "Each answer's status, body and error code.",
                            "items": {
                              "type": "object"
                            }
                          },
                          "differences": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "required": [
                                "what",
                                "text"
                              ],
                              "properties": {
                                "what": {
                                  "type": "string"
                                },
                                "expected": {},
                                "actual": {},
                                "text": {
                                  "type": "string",
                                  "description": "`field: expected …, got …`"
                                }
                              }
                            }
                          },
                          "error": {
                            "type": "string"
                          }
                        }
                      }
                    },
                    "coverage": {
                      "type": "object",
                      "description": "As getCoverage (without clientId), plus `exercised` rows of `total`.",
                      "required": [
                        "exercised",
                        "total",
                        "percent",
                        "covered",
                        "uncovered",
                        "errorCodes"
                      ],
                      "properties": {
                        "exercised": {
                          "type": "integer"
                        },
                        "total": {
                          "type": "integer"
                        },
                        "percent": {
                          "type": "number"
                        },
                        "covered": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "uncovered": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "errorCodes": {
                          "type": "array",
                          "description": "Each business error code of the merchant actions with how often it was received.",
                          "items": {
                            "type": "object"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/reset": {
      "post": {
        "operationId": "reset",
        "tags": [
          "admin"
        ],
        "summary": "Forget a merchant's data (or every merchant's)",
        "description": "With `clientId`, resets that merchant only; without it, resets the whole sandbox.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "clientId": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Reset done.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "reset"
                  ],
                  "properties": {
                    "reset": {
                      "type": "boolean",
                      "const": true
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__sandbox/health": {
      "get": {
        "operationId": "health",
        "tags": [
          "admin"
        ],
        "summary": "Liveness and version",
        "security": [],
        "responses": {
          "200": {
            "description": "The sandbox is up.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          }
        }
      }
    },
    "/__sandbox/state": {
      "get": {
        "operationId": "exportState",
        "tags": [
          "admin"
        ],
        "summary": "Export the whole sandbox",
        "description": "Every merchant with its credentials, virtual clock, current tokens, orders, product orders,\nchange log and reviews, as one JSON document (format `npay-sandbox-state`, version 1). The request\njournal is not included. `PUT` the same document to restore it.\n",
        "responses": {
          "200": {
            "description": "The whole sandbox.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxState"
                }
              }
            }
          }
        }
      },
      "put": {
        "operationId": "importState",
        "tags": [
          "admin"
        ],
        "summary": "Replace the whole sandbox with an exported document",
        "description": "A malformed document is refused with 400 and changes nothing.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SandboxState"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The document replaced the sandbox.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "imported",
                    "merchants"
                  ],
                  "properties": {
                    "imported": {
                      "type": "boolean",
                      "const": true
                    },
                    "merchants": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "ClientIdPath": {
        "name": "clientId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "ClientIdQuery": {
        "name": "clientId",
        "in": "query",
        "required": false,
        "description": "Merchant app; the default merchant when omitted.",
        "schema": {
          "type": "string"
        }
      },
      "ProductOrderIdPath": {
        "name": "productOrderId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "SnapshotIdPath": {
        "name": "snapshotId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string"
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Maximum number of entries.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 100
        }
      }
    },
    "responses": {
      "Inspection": {
        "description": "The product order as the real API shows it, its history and what may happen next.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ProductOrderInspection"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Malformed request.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      },
      "NotFound": {
        "description": "Unknown merchant, order, product order or journal entry (`NOT_FOUND`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      },
      "Conflict": {
        "description": "A merchant with this clientId already exists.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The server was started with an admin token and the request did not send it (`UNAUTHORIZED`), with a `WWW-Authenticate: Bearer` header.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The Host header is no name of this sandbox (`FORBIDDEN_HOST`, a DNS-rebinding page), or a browser sent a change from another origin (`FORBIDDEN_ORIGIN`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "A state-changing request without `content-type: application/json` (`UNSUPPORTED_MEDIA_TYPE`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SandboxError"
            }
          }
        }
      }
    },
    "securitySchemes": {
      "adminToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "The `--admin-token` (or `NPAY_SANDBOX_ADMIN_TOKEN`) the server was started with; asked for only then."
      }
    },
    "schemas": {
      "SandboxState": {
        "type": "object",
        "description": "The whole sandbox (see packages/engine/src/persistence.ts for the structure).",
        "required": [
          "format",
          "version",
          "savedAt",
          "tenants",
          "usedTrackingNumbers"
        ],
        "properties": {
          "format": {
            "type": "string",
            "const": "npay-sandbox-state"
          },
          "version": {
            "type": "integer",
            "const": 1
          },
          "savedAt": {
            "type": "integer",
            "description": "Epoch milliseconds (wall clock) of the export."
          },
          "tenants": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "usedTrackingNumbers": {
            "type": "array",
            "items": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        }
      },
      "SandboxError": {
        "type": "object",
        "description": "Error body of every control-plane operation.",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "Machine-readable code such as `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`."
          },
          "message": {
            "type": "string"
          },
          "allowedEvents": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "details": {
            "description": "Extra context, e.g. validation failures."
          }
        }
      },
      "EventNotAllowedError": {
        "type": "object",
        "required": [
          "code",
          "message",
          "allowedEvents"
        ],
        "properties": {
          "code": {
            "type": "string",
            "const": "EVENT_NOT_ALLOWED"
          },
          "message": {
            "type": "string"
          },
          "allowedEvents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxEvent"
            }
          }
        }
      },
      "ApiProfile": {
        "type": "string",
        "description": "Which API a merchant app speaks: `npay` = the Naver Pay 주문형 가맹점 partner API (mall paths under\n`/npay/partner`), `commerce` = the Naver Commerce API of smartstore sellers and solution vendors\n(seller paths under `/external`, token with `type` SELF or SELLER + `account_id`). An app's\ncredentials and tokens work only at its own API's base.\n",
        "enum": [
          "npay",
          "commerce"
        ],
        "x-enum-descriptions": [
          "네이버페이 주문형 가맹점 API",
          "커머스 API (스마트스토어 판매자)"
        ]
      },
      "CreateMerchantRequest": {
        "type": "object",
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiProfile",
            "description": "The API the app speaks; `npay` when omitted."
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "mallId": {
            "type": "string",
            "description": "Merchant ID: `np_` followed by letters/digits like the real 페이센터ID for an Npay app, `ncp_…` (the\nseller ID, e.g. `ncp_1nsut9_01`) for a Commerce app; generated in that form when omitted. A Commerce\napp's `SELLER` token names it as `account_id`.\n",
            "pattern": "^n(c)?p_[A-Za-z0-9_]+$"
          },
          "clientId": {
            "type": "string",
            "description": "Application ID; generated when omitted.",
            "minLength": 1
          },
          "clientSecret": {
            "type": "string",
            "description": "A bcrypt salt such as `$2a$04$` + 22 characters of `./A-Za-z0-9`; generated when omitted.",
            "pattern": "^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{22}$"
          },
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "Where returns and exchanges go; fields omitted come from the merchant's taking address."
          },
          "returnDeliveryFee": {
            "type": "integer",
            "minimum": 0,
            "description": "One-way return shipping fee (won) of buyer-fault claims; 3000 when omitted."
          }
        }
      },
      "MerchantSettings": {
        "type": "object",
        "description": "A merchant's claim settings; omitted ones stay as they are.",
        "properties": {
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "Fields given replace those of the current return receive address."
          },
          "returnDeliveryFee": {
            "type": "integer",
            "minimum": 0,
            "description": "One-way return shipping fee (won) charged on buyer-fault returns (twice on exchanges)."
          }
        }
      },
      "MerchantCredentials": {
        "type": "object",
        "required": [
          "api",
          "basePath",
          "clientId",
          "clientSecret",
          "mallId",
          "name"
        ],
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiProfile"
          },
          "basePath": {
            "type": "string",
            "description": "Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`)."
          },
          "clientId": {
            "type": "string"
          },
          "clientSecret": {
            "type": "string"
          },
          "mallId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "MerchantSummary": {
        "type": "object",
        "required": [
          "api",
          "basePath",
          "clientId",
          "mallId",
          "name",
          "isDefault"
        ],
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiProfile"
          },
          "basePath": {
            "type": "string",
            "description": "Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`)."
          },
          "clientId": {
            "type": "string"
          },
          "mallId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "isDefault": {
            "type": "boolean"
          }
        }
      },
      "Merchant": {
        "type": "object",
        "required": [
          "api",
          "basePath",
          "clientId",
          "clientSecret",
          "mallId",
          "name",
          "isDefault"
        ],
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiProfile"
          },
          "basePath": {
            "type": "string",
            "description": "Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`)."
          },
          "clientId": {
            "type": "string"
          },
          "clientSecret": {
            "type": "string"
          },
          "mallId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "isDefault": {
            "type": "boolean"
          },
          "takingAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "Where the merchant ships from (`takingAddress` of its product orders)."
          },
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "Where returns and exchanges go (`returnReceiveAddress` of their claims)."
          },
          "returnDeliveryFee": {
            "type": "integer",
            "description": "One-way return shipping fee (won) of buyer-fault claims."
          }
        }
      },
      "CreateOrderItem": {
        "type": "object",
        "description": "One product order to create; omitted fields are generated. Amounts are KRW for the whole line unless they say per unit. A line whose unitPrice is given gets only the discounts given; a line with a generated price gets generated discounts on a share of orders. Identities that hold on every product order: totalProductAmount = (unitPrice + optionPrice) × quantity; productDiscountAmount = productImediateDiscountAmount + productProductDiscountAmount + productMultiplePurchaseDiscountAmount; totalPaymentAmount = totalProductAmount − productDiscountAmount + deliveryFeeAmount − deliveryDiscountAmount. Discounts that exceed the product amount, or a card promotion on an order not paid by card, are a 400.",
        "properties": {
          "productName": {
            "type": "string",
            "maxLength": 4000
          },
          "productId": {
            "type": "string",
            "maxLength": 150
          },
          "optionName": {
            "type": "string",
            "maxLength": 4000,
            "description": "productOrder.productOption."
          },
          "optionCode": {
            "type": "string",
            "maxLength": 1000,
            "description": "Generated when omitted; itemNo defaults to it (the docs say the two are equal)."
          },
          "unitPrice": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000,
            "description": "상품 가격 per unit."
          },
          "optionPrice": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100000000,
            "description": "옵션 금액 per unit, part of totalProductAmount. 0 when unitPrice is given and this is omitted."
          },
          "quantity": {
            "type": "integer",
            "minimum": 1,
            "maximum": 999
          },
          "taxType": {
            "$ref": "#/components/schemas/TaxType"
          },
          "deliveryFeeAmount": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000,
            "description": "배송비 합계 of the line. Generated (first line only) when omitted."
          },
          "deliveryDiscountAmount": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000,
            "description": "배송비 할인; at most deliveryFeeAmount."
          },
          "immediateDiscountAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "즉시할인 of the line (productImediateDiscountAmount and its initial/remain twins)."
          },
          "sellerBurdenImmediateDiscountAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "The seller's part of the immediate discount; all of it when omitted."
          },
          "multiplePurchaseDiscountAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "복수구매할인 of the line (productMultiplePurchaseDiscountAmount), borne by the seller."
          },
          "multiplePurchaseDiscountType": {
            "$ref": "#/components/schemas/SellerBurdenMultiplePurchaseDiscountType"
          },
          "appliedCoupons": {
            "type": "array",
            "maxItems": 10,
            "description": "상품할인 쿠폰 (productOrder.appliedCoupons); their sum is productProductDiscountAmount and the seller bears each one's (100 − naverBurdenRatio) %. couponPublishNumber is generated, couponClassCode defaults to NMP_PRD_DCNT and naverBurdenRatio to 0.",
            "items": {
              "type": "object",
              "required": [
                "couponDiscountAmount"
              ],
              "properties": {
                "couponPublishNumber": {
                  "type": "string",
                  "maxLength": 100
                },
                "couponClassCode": {
                  "$ref": "#/components/schemas/CouponClassCode"
                },
                "couponDiscountAmount": {
                  "type": "integer",
                  "minimum": 1
                },
                "naverBurdenRatio": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 100
                }
              }
            }
          },
          "appliedCardPromotion": {
            "type": "object",
            "description": "카드 프로모션 (productOrder.appliedCardPromotion); only with a card paymentMeans (신용카드, 신용카드 간편결제; the default when omitted). Informational: the card company grants it, the amounts paid through Naver Pay do not change.",
            "required": [
              "promotionApplyAmount"
            ],
            "properties": {
              "promotionName": {
                "type": "string",
                "maxLength": 100
              },
              "cardCompanyName": {
                "type": "string",
                "maxLength": 250
              },
              "promotionApplyAmount": {
                "type": "integer",
                "minimum": 1
              },
              "brandCompanyBurdenRatio": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100
              }
            }
          },
          "sellerProductCode": {
            "type": "string",
            "maxLength": 150
          },
          "optionManageCode": {
            "type": "string",
            "maxLength": 1000
          },
          "sellerCustomCode1": {
            "type": "string",
            "maxLength": 1000
          },
          "sellerCustomCode2": {
            "type": "string",
            "maxLength": 1000
          },
          "itemNo": {
            "type": "string",
            "maxLength": 1000
          },
          "originalProductId": {
            "type": "string",
            "maxLength": 150
          },
          "groupProductId": {
            "type": "integer",
            "format": "int64",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "merchantChannelId": {
            "type": "string",
            "maxLength": 150,
            "description": "Defaults to the merchant's channel number (the same on all its orders)."
          },
          "freeGift": {
            "type": "string",
            "maxLength": 1000
          },
          "individualCustomUniqueCode": {
            "type": "string",
            "pattern": "^P\\d{12}$",
            "description": "개인통관고유부호 (P and 12 digits); generated for overseas-purchase catalogue items."
          },
          "inflowPath": {
            "type": "string",
            "maxLength": 250
          },
          "inflowPathAdd": {
            "type": "string",
            "maxLength": 250
          },
          "deliveryAttributeType": {
            "$ref": "#/components/schemas/DeliveryAttributeType"
          },
          "deliveryTagType": {
            "$ref": "#/components/schemas/DeliveryTagType",
            "description": "Only with an arrival-guaranteed deliveryAttributeType (ARRIVAL_GUARANTEE, the default with a tag, SELLER_GUARANTEE, HOPE_SELLER_GUARANTEE); sets arrivalGuaranteeDate."
          },
          "expectedDeliveryCompany": {
            "$ref": "#/components/schemas/DeliveryCompanyCode"
          },
          "hopeDelivery": {
            "$ref": "#/components/schemas/CreateHopeDelivery"
          }
        }
      },
      "CreateHopeDelivery": {
        "type": "object",
        "description": "희망일배송: the day (and time, region, fee) the buyer chose, written as productOrder.hopeDelivery (no changeReason or changer until the seller changes it with changeHopeDelivery). Commerce API merchants only (a mall merchant's order with it is a 400). The day must exist, and lie from the order's KST day to 30 days after it; deliveryAttributeType defaults to HOPE and may be HOPE_SELLER_GUARANTEE (N희망일배송, which takes neither hopeDeliveryHm nor region, and is guaranteed to arrive by the end of the day), never another.",
        "required": [
          "hopeDeliveryYmd"
        ],
        "properties": {
          "hopeDeliveryYmd": {
            "type": "string",
            "pattern": "^\\d{8}$",
            "description": "배송 희망일, yyyyMMdd.",
            "examples": [
              "20240520"
            ]
          },
          "hopeDeliveryHm": {
            "type": "string",
            "pattern": "^([01]\\d|2[0-3])[0-5]\\d$",
            "description": "배송 희망 시간, HHmm.",
            "examples": [
              "1500"
            ]
          },
          "region": {
            "type": "string",
            "minLength": 1,
            "maxLength": 30,
            "description": "지역."
          },
          "additionalFee": {
            "type": "integer",
            "minimum": 0,
            "description": "배송 희망 지역 설정 배송비 (won)."
          }
        }
      },
      "CreateOrderRequest": {
        "type": "object",
        "description": "A new order. The payment columns of the order always add up to Σ totalPaymentAmount − orderDiscountAmount: 포인트/머니결제 to naverMileagePaymentAmount (points) and chargeAmountPaymentAmount (money), 후불결제 to payLaterPaymentAmount, every other means to generalPaymentAmount.",
        "properties": {
          "clientId": {
            "type": "string",
            "description": "Merchant app; the default merchant when omitted."
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/CreateOrderItem"
            }
          },
          "paymentMeans": {
            "$ref": "#/components/schemas/PaymentMeans"
          },
          "paid": {
            "type": "boolean",
            "default": true,
            "description": "`false` leaves the order waiting for a deposit (PAYMENT_WAITING)."
          },
          "ordererName": {
            "type": "string"
          },
          "ordererTel": {
            "type": "string"
          },
          "shippingAddress": {
            "$ref": "#/components/schemas/ShippingAddress"
          },
          "orderDiscountAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "주문 할인 (a store coupon on the whole order), borne by the seller and shared over the lines in proportion to their payment (sellerBurdenStoreDiscountAmount); at most Σ totalPaymentAmount."
          },
          "naverMileagePaymentAmount": {
            "type": "integer",
            "minimum": 0,
            "description": "With 포인트/머니결제 (the default when this is given), the Npay point part; the rest is Npay money."
          },
          "hopeDelivery": {
            "$ref": "#/components/schemas/CreateHopeDelivery",
            "description": "희망일배송 of every item that gives none of its own (Commerce API merchants only)."
          }
        }
      },
      "CreateOrderResponse": {
        "type": "object",
        "required": [
          "orderId",
          "productOrderIds"
        ],
        "properties": {
          "orderId": {
            "type": "string"
          },
          "productOrderIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SandboxProductOrderSummary": {
        "type": "object",
        "required": [
          "productOrderId",
          "orderId",
          "productOrderStatus",
          "placeOrderStatus",
          "productName",
          "totalPaymentAmount",
          "orderDate",
          "lastChangedDate"
        ],
        "properties": {
          "productOrderId": {
            "type": "string"
          },
          "orderId": {
            "type": "string"
          },
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus"
          },
          "placeOrderStatus": {
            "$ref": "#/components/schemas/PlaceOrderStatus"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus"
          },
          "productName": {
            "type": "string"
          },
          "ordererName": {
            "type": "string",
            "description": "The buyer's name (주문자명, the order's ordererName)."
          },
          "receiverName": {
            "type": "string",
            "description": "The receiver's name (수취인명, the product order's shippingAddress.name)."
          },
          "totalPaymentAmount": {
            "type": "integer"
          },
          "quantity": {
            "type": "integer",
            "description": "The quantity ordered (최초 수량)."
          },
          "remainQuantity": {
            "type": "integer",
            "description": "The units still held after cancels and returns of part of the quantity."
          },
          "orderDate": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "paymentDate": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "lastChangedDate": {
            "$ref": "#/components/schemas/KstDateTime"
          }
        }
      },
      "StateSnapshot": {
        "type": "object",
        "description": "The state-machine tuple of a product order at one moment.",
        "required": [
          "productOrderStatus",
          "placeOrderStatus"
        ],
        "properties": {
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus"
          },
          "placeOrderStatus": {
            "$ref": "#/components/schemas/PlaceOrderStatus"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus"
          }
        }
      },
      "HistoryEntry": {
        "type": "object",
        "description": "One applied transition. `from` is absent for the row that placed the order.",
        "required": [
          "at",
          "actor",
          "event",
          "to"
        ],
        "properties": {
          "at": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "actor": {
            "$ref": "#/components/schemas/Actor"
          },
          "event": {
            "type": "string",
            "description": "Transition event name, e.g. `DISPATCHED`, `RETURN_REQUESTED`."
          },
          "rowId": {
            "type": "string",
            "description": "Id of the transition-table row that made this step (`N8`, `R6`, …; see getStateMachine)."
          },
          "lastChangedType": {
            "$ref": "#/components/schemas/LastChangedType"
          },
          "from": {
            "$ref": "#/components/schemas/StateSnapshot"
          },
          "to": {
            "$ref": "#/components/schemas/StateSnapshot"
          }
        }
      },
      "Actor": {
        "type": "string",
        "description": "Who caused a transition.",
        "enum": [
          "buyer",
          "carrier",
          "platform",
          "merchant",
          "clock"
        ]
      },
      "ProductOrderInspection": {
        "type": "object",
        "required": [
          "detail",
          "history",
          "allowedEvents",
          "allowedActions"
        ],
        "properties": {
          "detail": {
            "$ref": "#/components/schemas/ProductOrderDetail"
          },
          "history": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HistoryEntry"
            }
          },
          "allowedEvents": {
            "type": "array",
            "description": "Control-plane events the current state allows.",
            "items": {
              "$ref": "#/components/schemas/SandboxEvent"
            }
          },
          "allowedActions": {
            "type": "array",
            "description": "operationIds of real-API merchant actions the current state allows.",
            "items": {
              "type": "string"
            }
          },
          "prerequisites": {
            "type": "object",
            "description": "For each merchant action the current state does not allow: the shortest run of merchant actions\nand control-plane events (at most three) after which it would be allowed, read from the state\ntable; null when no run of at most three gets there (further away, or no longer possible).\n",
            "additionalProperties": {
              "oneOf": [
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        }
      },
      "SandboxEvent": {
        "type": "string",
        "description": "Outside events a test can cause: pay (deposit received), expire-payment (deposit deadline passed),\nbuyer-cancel, buyer-return, buyer-exchange, change-address (buyer changes the shipping address),\ndeliver (carrier reports delivery; for an exchange, the re-delivered item), collect (collection\nstarts), collect-done (item collected), redeliver-done (re-delivered exchange item arrives),\ndecide-purchase (buyer confirms purchase), admin-cancel (Naver 직권 취소).\n",
        "enum": [
          "pay",
          "expire-payment",
          "buyer-cancel",
          "buyer-return",
          "buyer-exchange",
          "change-address",
          "deliver",
          "collect",
          "collect-done",
          "redeliver-done",
          "decide-purchase",
          "admin-cancel"
        ]
      },
      "WriteReviewRequest": {
        "type": "object",
        "description": "A buyer's review; everything is optional.",
        "properties": {
          "score": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "Star score (default 5)."
          },
          "classType": {
            "$ref": "#/components/schemas/PurchaseReviewClassType"
          },
          "title": {
            "type": "string",
            "maxLength": 100
          },
          "content": {
            "type": "string",
            "maxLength": 2000,
            "description": "Text of a PREMIUM review (ignored for GENERAL ones)."
          }
        }
      },
      "ApplyEventRequest": {
        "type": "object",
        "properties": {
          "reason": {
            "$ref": "#/components/schemas/ClaimReason"
          },
          "detailedReason": {
            "type": "string"
          },
          "quantity": {
            "type": "integer",
            "minimum": 1,
            "description": "Claim quantity; the whole remaining quantity when omitted."
          },
          "shippingAddress": {
            "$ref": "#/components/schemas/ShippingAddress"
          }
        }
      },
      "Clock": {
        "type": "object",
        "required": [
          "clientId",
          "now",
          "epochMillis",
          "offsetMillis"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "now": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "epochMillis": {
            "type": "integer"
          },
          "offsetMillis": {
            "type": "integer",
            "description": "How far the virtual clock runs ahead of the real one."
          }
        }
      },
      "SettleCycle": {
        "description": "When a line's expected settlement date falls after its basis date.",
        "oneOf": [
          {
            "type": "object",
            "required": [
              "kind",
              "businessDays"
            ],
            "additionalProperties": false,
            "description": "The basis date plus `businessDays` business days.",
            "properties": {
              "kind": {
                "const": "daily"
              },
              "businessDays": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60
              }
            }
          },
          {
            "type": "object",
            "required": [
              "kind",
              "businessDays",
              "weekday"
            ],
            "additionalProperties": false,
            "description": "The first `weekday` (1 Monday … 5 Friday) on or after basis + `businessDays` business days.",
            "properties": {
              "kind": {
                "const": "weekly"
              },
              "businessDays": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60
              },
              "weekday": {
                "type": "integer",
                "minimum": 1,
                "maximum": 5
              }
            }
          },
          {
            "type": "object",
            "required": [
              "kind",
              "dayOfMonth"
            ],
            "additionalProperties": false,
            "description": "Day `dayOfMonth` of the month after the basis date (the next business day if it is none).",
            "properties": {
              "kind": {
                "const": "monthly"
              },
              "dayOfMonth": {
                "type": "integer",
                "minimum": 1,
                "maximum": 28
              }
            }
          }
        ]
      },
      "SettlementOptionsInput": {
        "type": "object",
        "properties": {
          "trigger": {
            "type": "string",
            "enum": [
              "purchase-decision",
              "delivery",
              "dispatch",
              "payment"
            ],
            "description": "The milestone that settles a product order (default `purchase-decision`, what Naver Pay does).\n`delivery` and `dispatch` fall back to a later milestone a product order skipped.\n"
          },
          "cycle": {
            "$ref": "#/components/schemas/SettleCycle"
          },
          "payCommissionRates": {
            "type": "object",
            "description": "Npay payment commission rate (0 to below 1) per `payMeansType` (`PAYMEANS_TYPE_CCARD`, …);\nunlisted means take the defaults (card 0.0363, bank 0.0165, virtual account 0.01, mobile 0.0385,\nNpay points/money 0.0374; others the card rate).\n",
            "additionalProperties": {
              "type": "number",
              "minimum": 0,
              "exclusiveMaximum": 1
            }
          },
          "sellingInterlockCommissionRate": {
            "type": "number",
            "minimum": 0,
            "exclusiveMaximum": 1,
            "description": "Sales-interlock commission rate on product amounts, not delivery fees (default 0.02; 0 = none)."
          },
          "sellingInterlockCommissionType": {
            "$ref": "#/components/schemas/SellingInterlockCommissionType"
          },
          "sellingInterlockCommissionCode": {
            "$ref": "#/components/schemas/CommissionType"
          },
          "rounding": {
            "type": "string",
            "enum": [
              "round",
              "floor",
              "ceil"
            ],
            "description": "How basis × rate becomes whole won (default `round`, half away from zero)."
          },
          "holidays": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "type": "string",
              "pattern": "^(\\d{4}-)?\\d{2}-\\d{2}$"
            },
            "description": "Non-business days besides weekends, `yyyy-MM-dd` or `MM-dd` every year (default the fixed-date Korean holidays)."
          },
          "account": {
            "type": "object",
            "additionalProperties": false,
            "description": "The payout account settle/daily shows.",
            "properties": {
              "bankType": {
                "$ref": "#/components/schemas/BankType"
              },
              "accountNo": {
                "type": "string"
              },
              "depositorName": {
                "type": "string"
              }
            }
          },
          "benefitInCase": {
            "type": "boolean",
            "description": "Whether settle/case shows a line's Naver-borne benefit in `benefitSettleAmount` (default `false`:\nper case it is 0 and only settle/daily aggregates it, as observed on the real service).\n"
          }
        }
      },
      "PutSettlementRequest": {
        "allOf": [
          {
            "$ref": "#/components/schemas/SettlementOptionsInput"
          },
          {
            "type": "object",
            "properties": {
              "clientId": {
                "type": "string"
              }
            }
          }
        ],
        "unevaluatedProperties": false
      },
      "SettlementConfig": {
        "type": "object",
        "required": [
          "clientId",
          "options"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "options": {
            "type": "object",
            "required": [
              "trigger",
              "cycle",
              "payCommissionRates",
              "sellingInterlockCommissionRate",
              "sellingInterlockCommissionType",
              "sellingInterlockCommissionCode",
              "rounding",
              "holidays",
              "account",
              "benefitInCase"
            ],
            "properties": {
              "trigger": {
                "type": "string",
                "enum": [
                  "purchase-decision",
                  "delivery",
                  "dispatch",
                  "payment"
                ]
              },
              "cycle": {
                "$ref": "#/components/schemas/SettleCycle"
              },
              "payCommissionRates": {
                "type": "object",
                "additionalProperties": {
                  "type": "number"
                }
              },
              "sellingInterlockCommissionRate": {
                "type": "number"
              },
              "sellingInterlockCommissionType": {
                "$ref": "#/components/schemas/SellingInterlockCommissionType"
              },
              "sellingInterlockCommissionCode": {
                "$ref": "#/components/schemas/CommissionType"
              },
              "rounding": {
                "type": "string",
                "enum": [
                  "round",
                  "floor",
                  "ceil"
                ]
              },
              "holidays": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "account": {
                "type": "object",
                "required": [
                  "bankType",
                  "accountNo",
                  "depositorName"
                ],
                "properties": {
                  "bankType": {
                    "$ref": "#/components/schemas/BankType"
                  },
                  "accountNo": {
                    "type": "string"
                  },
                  "depositorName": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              },
              "benefitInCase": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "AdvanceClockRequest": {
        "type": "object",
        "required": [
          "by"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "by": {
            "description": "A duration such as `8d`, `90m`, `1h30m`, or a number of milliseconds.",
            "oneOf": [
              {
                "type": "string",
                "pattern": "^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?$",
                "minLength": 2
              },
              {
                "type": "integer",
                "minimum": 0
              }
            ]
          }
        }
      },
      "FiredEvent": {
        "type": "object",
        "required": [
          "at",
          "event",
          "description"
        ],
        "properties": {
          "at": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "productOrderId": {
            "type": "string"
          },
          "event": {
            "type": "string"
          },
          "description": {
            "type": "string"
          }
        }
      },
      "ClockPreviewResponse": {
        "type": "object",
        "required": [
          "clientId",
          "now",
          "until",
          "due"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "now": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "until": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "due": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FiredEvent"
            }
          }
        }
      },
      "TakeSnapshotRequest": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string",
            "maxLength": 80,
            "description": "A name for the snapshot; `snapshot N` when omitted."
          }
        }
      },
      "MerchantSnapshot": {
        "type": "object",
        "required": [
          "id",
          "label",
          "at",
          "takenAt",
          "productOrders",
          "changes"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Unique within the merchant, e.g. `snap-3`."
          },
          "label": {
            "type": "string"
          },
          "at": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "The merchant's virtual time when the snapshot was taken (the clock it restores)."
          },
          "takenAt": {
            "type": "string",
            "format": "date-time",
            "description": "Real (wall-clock) time when it was taken."
          },
          "productOrders": {
            "type": "integer",
            "description": "Product orders the snapshot holds."
          },
          "changes": {
            "type": "integer",
            "description": "Change-log rows the snapshot holds."
          }
        }
      },
      "SnapshotList": {
        "type": "object",
        "required": [
          "clientId",
          "snapshots",
          "limit"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "snapshots": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MerchantSnapshot"
            }
          },
          "limit": {
            "type": "integer",
            "description": "How many snapshots a merchant may keep."
          }
        }
      },
      "RestoreSnapshotResponse": {
        "type": "object",
        "required": [
          "clientId",
          "restored",
          "now",
          "epochMillis",
          "offsetMillis"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "restored": {
            "$ref": "#/components/schemas/MerchantSnapshot"
          },
          "now": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "epochMillis": {
            "type": "integer"
          },
          "offsetMillis": {
            "type": "integer"
          }
        }
      },
      "BulkEventRequest": {
        "type": "object",
        "required": [
          "productOrderIds"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "productOrderIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 300,
            "uniqueItems": true,
            "items": {
              "type": "string"
            }
          },
          "event": {
            "$ref": "#/components/schemas/SandboxEvent"
          },
          "action": {
            "type": "string",
            "description": "A merchant action's operationId (`confirmProductOrders`, `dispatchProductOrders`, …)."
          },
          "body": {
            "type": "object",
            "additionalProperties": true,
            "description": "For an event, its `ApplyEventRequest`; for a merchant action, flat fields of its body (of the list\nentry for bulk operations), laid over the action's declared default body.\n"
          }
        }
      },
      "BulkEventResult": {
        "type": "object",
        "required": [
          "productOrderId",
          "ok",
          "status"
        ],
        "properties": {
          "productOrderId": {
            "type": "string"
          },
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer",
            "description": "HTTP status of the item's own request."
          },
          "code": {
            "type": "string",
            "description": "The refusal's code (`EVENT_NOT_ALLOWED`, `NOT_FOUND`, a business code such as `9999`)."
          },
          "message": {
            "type": "string",
            "description": "The refusal's message (the real API's Korean text for merchant actions)."
          },
          "productOrderStatus": {
            "type": "string"
          },
          "claimType": {
            "type": "string"
          },
          "claimStatus": {
            "type": "string"
          }
        }
      },
      "BulkEventResponse": {
        "type": "object",
        "required": [
          "clientId",
          "total",
          "succeeded",
          "failed",
          "results"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "total": {
            "type": "integer"
          },
          "succeeded": {
            "type": "integer"
          },
          "failed": {
            "type": "integer"
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BulkEventResult"
            }
          }
        }
      },
      "AdvanceClockResponse": {
        "type": "object",
        "required": [
          "clientId",
          "now",
          "epochMillis",
          "offsetMillis",
          "fired"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "now": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "epochMillis": {
            "type": "integer"
          },
          "offsetMillis": {
            "type": "integer"
          },
          "fired": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FiredEvent"
            }
          }
        }
      },
      "RequestSummary": {
        "type": "object",
        "required": [
          "id",
          "at",
          "method",
          "path",
          "status",
          "source",
          "latencyMillis"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "at": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "code": {
            "type": "string",
            "description": "Error code of the response body, when there is one."
          },
          "source": {
            "type": "string",
            "enum": [
              "integration",
              "dashboard",
              "control"
            ],
            "description": "Who sent the request (see listRequests)."
          },
          "partialFailure": {
            "type": "object",
            "description": "A 2xx whose `data.failProductOrderInfos` is not empty, i.e. product orders were refused.",
            "required": [
              "succeeded",
              "failed",
              "codes",
              "items"
            ],
            "properties": {
              "succeeded": {
                "type": "integer"
              },
              "failed": {
                "type": "integer"
              },
              "codes": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "items": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "productOrderId",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "productOrderId": {
                      "type": "string"
                    },
                    "code": {
                      "type": "string"
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "latencyMillis": {
            "type": "number"
          },
          "clientId": {
            "type": "string"
          },
          "diagnostic": {
            "type": "string",
            "description": "Why the emulator answered as it did, in plain English (e.g. which signature check failed)."
          },
          "lint": {
            "type": "array",
            "description": "Client-behaviour lint findings of this request (see getLint).",
            "items": {
              "$ref": "#/components/schemas/LintNote"
            }
          }
        }
      },
      "RequestDetail": {
        "allOf": [
          {
            "$ref": "#/components/schemas/RequestSummary"
          },
          {
            "type": "object",
            "required": [
              "request",
              "response"
            ],
            "properties": {
              "request": {
                "type": "object",
                "required": [
                  "headers",
                  "query"
                ],
                "properties": {
                  "headers": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "query": {
                    "type": "object",
                    "additionalProperties": {
                      "oneOf": [
                        {
                          "type": "string"
                        },
                        {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      ]
                    }
                  },
                  "body": {}
                }
              },
              "response": {
                "type": "object",
                "required": [
                  "headers"
                ],
                "properties": {
                  "headers": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    }
                  },
                  "body": {}
                }
              }
            }
          }
        ]
      },
      "FaultKind": {
        "type": "string",
        "description": "What the fault does (see putFaults).",
        "enum": [
          "gateway",
          "business",
          "latency",
          "drop",
          "expire-token"
        ]
      },
      "FaultLatency": {
        "type": "object",
        "description": "`fixed` waits `ms`; `uniform` draws from [minMs, maxMs]; `exponential` has mean `meanMs`, capped at `maxMs`.",
        "additionalProperties": false,
        "properties": {
          "distribution": {
            "type": "string",
            "enum": [
              "fixed",
              "uniform",
              "exponential"
            ],
            "default": "fixed"
          },
          "ms": {
            "type": "integer",
            "minimum": 0,
            "maximum": 120000
          },
          "minMs": {
            "type": "integer",
            "minimum": 0,
            "maximum": 120000
          },
          "maxMs": {
            "type": "integer",
            "minimum": 0,
            "maximum": 120000
          },
          "meanMs": {
            "type": "integer",
            "minimum": 0,
            "maximum": 120000
          }
        }
      },
      "FaultRule": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "id": {
            "type": "string",
            "maxLength": 100,
            "description": "Name of the rule (`r1`, `r2`, … when omitted)."
          },
          "method": {
            "type": "string",
            "description": "HTTP method to match (any when omitted or `*`).",
            "pattern": "^([A-Za-z]{1,10}|\\*)$"
          },
          "path": {
            "type": "string",
            "maxLength": 500,
            "description": "Path pattern under the base URL, e.g. `/v1/pay-order/mall/product-orders/{productOrderId}/claim/*`."
          },
          "operationId": {
            "type": "string",
            "description": "operationId of the real API to match, e.g. `dispatchProductOrders`."
          },
          "kind": {
            "$ref": "#/components/schemas/FaultKind"
          },
          "code": {
            "type": "string",
            "description": "For `gateway`, a `GW.*` code; for `business`, an order-service or settlement code."
          },
          "latency": {
            "$ref": "#/components/schemas/FaultLatency"
          },
          "headers": {
            "type": "object",
            "description": "Extra response headers, e.g. other `GNCP-GW-Quota-*` values.",
            "maxProperties": 20,
            "additionalProperties": {
              "type": "string",
              "maxLength": 1000
            }
          },
          "probability": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Fire with this probability (seeded PRNG)."
          },
          "nth": {
            "type": "integer",
            "minimum": 1,
            "description": "Fire on the nth matching call only."
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "Fire on the next N matching calls, then stop."
          }
        }
      },
      "PutFaultsRequest": {
        "type": "object",
        "required": [
          "rules"
        ],
        "additionalProperties": false,
        "properties": {
          "clientId": {
            "type": "string"
          },
          "seed": {
            "type": "integer",
            "description": "Seed of the PRNG behind `probability` and latency distributions (default the sandbox seed)."
          },
          "rules": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/FaultRule"
                }
              ],
              "unevaluatedProperties": false
            }
          }
        }
      },
      "FaultRuleState": {
        "allOf": [
          {
            "$ref": "#/components/schemas/FaultRule"
          },
          {
            "type": "object",
            "required": [
              "id",
              "matched",
              "fired"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "matched": {
                "type": "integer",
                "description": "Calls that matched the rule."
              },
              "fired": {
                "type": "integer",
                "description": "Calls the rule answered (or delayed)."
              }
            }
          }
        ]
      },
      "FaultSet": {
        "type": "object",
        "required": [
          "clientId",
          "seed",
          "rules"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "seed": {
            "type": "integer"
          },
          "rules": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FaultRuleState"
            }
          }
        }
      },
      "LintRule": {
        "type": "string",
        "enum": [
          "excess-token-issuance",
          "last-changed-no-margin",
          "unencoded-plus",
          "more-ignored",
          "dispatch-resent",
          "faster-than-rate-limit",
          "unknown-body-fields"
        ]
      },
      "LintNote": {
        "type": "object",
        "description": "One finding as the journal shows it.",
        "required": [
          "rule",
          "message",
          "advice"
        ],
        "properties": {
          "rule": {
            "$ref": "#/components/schemas/LintRule"
          },
          "message": {
            "type": "string",
            "description": "What the client did."
          },
          "advice": {
            "type": "string",
            "description": "What to change."
          }
        }
      },
      "LintFinding": {
        "allOf": [
          {
            "$ref": "#/components/schemas/LintNote"
          },
          {
            "type": "object",
            "required": [
              "method",
              "path",
              "firstAt",
              "lastAt",
              "count"
            ],
            "properties": {
              "operationId": {
                "type": "string"
              },
              "method": {
                "type": "string"
              },
              "path": {
                "type": "string"
              },
              "firstAt": {
                "$ref": "#/components/schemas/KstDateTime"
              },
              "lastAt": {
                "$ref": "#/components/schemas/KstDateTime"
              },
              "count": {
                "type": "integer",
                "description": "Consecutive occurrences counted in this entry."
              }
            }
          }
        ]
      },
      "LintReport": {
        "type": "object",
        "required": [
          "clientId",
          "findings",
          "summary"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "findings": {
            "type": "array",
            "description": "Newest first.",
            "items": {
              "$ref": "#/components/schemas/LintFinding"
            }
          },
          "summary": {
            "type": "array",
            "description": "One line per rule that fired, with the total count and the advice.",
            "items": {
              "type": "object",
              "required": [
                "rule",
                "count",
                "advice"
              ],
              "properties": {
                "rule": {
                  "$ref": "#/components/schemas/LintRule"
                },
                "count": {
                  "type": "integer"
                },
                "advice": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "ScenarioParam": {
        "type": "object",
        "required": [
          "name",
          "description",
          "default",
          "minimum",
          "maximum"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "default": {
            "type": "integer"
          },
          "minimum": {
            "type": "integer"
          },
          "maximum": {
            "type": "integer"
          }
        }
      },
      "ScenarioPromise": {
        "type": "object",
        "description": "The state every product order the seed returns is left in.",
        "required": [
          "productOrderStatus"
        ],
        "properties": {
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus"
          },
          "placeOrderStatus": {
            "$ref": "#/components/schemas/PlaceOrderStatus"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus"
          }
        }
      },
      "ScenarioSummary": {
        "type": "object",
        "required": [
          "name",
          "description",
          "defaultCount",
          "movesClock",
          "params"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "promise": {
            "$ref": "#/components/schemas/ScenarioPromise"
          },
          "defaultCount": {
            "type": "integer"
          },
          "movesClock": {
            "type": "boolean",
            "description": "Whether applying it moves the merchant's virtual clock (busy-shop)."
          },
          "params": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScenarioParam"
            }
          }
        }
      },
      "ApplyScenarioRequest": {
        "type": "object",
        "properties": {
          "clientId": {
            "type": "string",
            "description": "Merchant app; the default merchant when omitted."
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000,
            "description": "Orders to create (default 1; busy-shop 200)."
          },
          "seed": {
            "type": "integer",
            "description": "Seed of the fake data (default 1)."
          },
          "params": {
            "type": "object",
            "description": "The seed's own parameters (see listScenarios), e.g. `{\"days\": 14}`.",
            "additionalProperties": {
              "type": "integer"
            }
          }
        }
      },
      "ApplyScenarioResponse": {
        "type": "object",
        "required": [
          "scenario",
          "clientId",
          "seed",
          "count",
          "params",
          "orders",
          "productOrderIds",
          "states",
          "refused",
          "clock"
        ],
        "properties": {
          "scenario": {
            "type": "string"
          },
          "clientId": {
            "type": "string"
          },
          "seed": {
            "type": "integer"
          },
          "count": {
            "type": "integer"
          },
          "params": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "orders": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CreateOrderResponse"
            }
          },
          "productOrderIds": {
            "type": "array",
            "description": "The product orders the promise is about (every product order created).",
            "items": {
              "type": "string"
            }
          },
          "states": {
            "type": "object",
            "description": "Product orders per state label, e.g. `DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK`.",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "refused": {
            "type": "integer",
            "description": "Orders whose plan a refused transition cut short (busy-shop); 0 normally."
          },
          "clock": {
            "type": "object",
            "required": [
              "from",
              "to"
            ],
            "properties": {
              "from": {
                "$ref": "#/components/schemas/KstDateTime"
              },
              "to": {
                "$ref": "#/components/schemas/KstDateTime"
              }
            }
          }
        }
      },
      "Coverage": {
        "type": "object",
        "required": [
          "clientId",
          "rows",
          "covered",
          "uncovered",
          "percent",
          "errorCodes",
          "uncoveredErrorCodes"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "rows": {
            "type": "array",
            "description": "Every row of the state table with how often it fired.",
            "items": {
              "type": "object",
              "required": [
                "id",
                "event",
                "actor",
                "count"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "event": {
                  "type": "string"
                },
                "actor": {
                  "$ref": "#/components/schemas/Actor"
                },
                "count": {
                  "type": "integer"
                }
              }
            }
          },
          "covered": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "uncovered": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "percent": {
            "type": "number",
            "description": "Share of rows covered, 0–100."
          },
          "errorCodes": {
            "type": "array",
            "description": "Business codes a merchant action can answer, with how often the journal saw each.",
            "items": {
              "type": "object",
              "required": [
                "code",
                "message",
                "count"
              ],
              "properties": {
                "code": {
                  "type": "string"
                },
                "message": {
                  "type": "string"
                },
                "count": {
                  "type": "integer"
                }
              }
            }
          },
          "uncoveredErrorCodes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status",
          "version",
          "uptimeSeconds",
          "merchants"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "ok"
          },
          "version": {
            "type": "string"
          },
          "uptimeSeconds": {
            "type": "number"
          },
          "merchants": {
            "type": "integer",
            "description": "Number of registered merchant apps."
          }
        }
      },
      "MerchantToken": {
        "type": "object",
        "description": "The real token endpoint's success body (facts §3.4).",
        "required": [
          "access_token",
          "expires_in",
          "token_type"
        ],
        "properties": {
          "access_token": {
            "type": "string"
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds the token stays valid on the merchant's virtual clock."
          },
          "token_type": {
            "type": "string",
            "const": "Bearer"
          }
        }
      },
      "StatePattern": {
        "type": "object",
        "description": "What a state must look like for a row to apply; omitted parts match anything.",
        "properties": {
          "productOrderStatus": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProductOrderStatus"
            }
          },
          "placeOrderStatus": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlaceOrderStatus"
            }
          },
          "claim": {
            "description": "`none`: no claim in progress; otherwise the open claim's type and statuses.",
            "oneOf": [
              {
                "type": "string",
                "const": "none"
              },
              {
                "type": "object",
                "required": [
                  "type",
                  "status"
                ],
                "properties": {
                  "type": {
                    "$ref": "#/components/schemas/ClaimType"
                  },
                  "status": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ClaimStatus"
                    }
                  }
                }
              }
            ]
          },
          "holdback": {
            "type": "string",
            "enum": [
              "held",
              "not-held"
            ]
          }
        }
      },
      "TransitionRow": {
        "type": "object",
        "description": "One row of the transition table (packages/engine/src/machine/table.ts).",
        "required": [
          "id",
          "event",
          "actor",
          "from",
          "to",
          "effects",
          "note"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Stable id after the facts file's numbering (N5, C4, R3, …)."
          },
          "event": {
            "type": "string",
            "description": "A merchant action's operationId, a control-plane event, or an internal follow-up step."
          },
          "actor": {
            "$ref": "#/components/schemas/Actor"
          },
          "from": {
            "description": "`new` for order placement, otherwise the state pattern the row applies to.",
            "oneOf": [
              {
                "type": "string",
                "const": "new"
              },
              {
                "$ref": "#/components/schemas/StatePattern"
              }
            ]
          },
          "guard": {
            "type": "string",
            "enum": [
              "paidAtOnce",
              "awaitingDeposit",
              "wholeQuantity",
              "partQuantity"
            ]
          },
          "to": {
            "type": "object",
            "description": "What the row changes; omitted parts stay as they are.",
            "properties": {
              "productOrderStatus": {
                "$ref": "#/components/schemas/ProductOrderStatus"
              },
              "placeOrderStatus": {
                "$ref": "#/components/schemas/PlaceOrderStatus"
              },
              "claimType": {
                "$ref": "#/components/schemas/ClaimType"
              },
              "claimStatus": {
                "$ref": "#/components/schemas/ClaimStatus"
              },
              "holdbackStatus": {
                "$ref": "#/components/schemas/HoldbackStatus"
              }
            }
          },
          "emits": {
            "$ref": "#/components/schemas/LastChangedType"
          },
          "effects": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "next": {
            "type": "string",
            "description": "A follow-up event the platform applies at once."
          },
          "note": {
            "type": "string",
            "description": "Provenance of the row (facts labels)."
          }
        }
      },
      "MachineStateView": {
        "type": "object",
        "description": "A reachable state and its one-line label.",
        "required": [
          "key",
          "productOrderStatus",
          "placeOrderStatus",
          "openClaim",
          "node"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "One-line label of the state, e.g. `DELIVERED · OK · RETURN/RETURN_REQUEST · holdback HOLDBACK`."
          },
          "openClaim": {
            "type": "boolean",
            "description": "Whether a claim is in progress (a finished or rejected claim no longer blocks actions)."
          },
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus"
          },
          "placeOrderStatus": {
            "$ref": "#/components/schemas/PlaceOrderStatus"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus"
          },
          "node": {
            "$ref": "#/components/schemas/DiagramNode"
          }
        }
      },
      "DiagramNode": {
        "type": "object",
        "description": "The node the dashboard draws a state as: an open claim by its status (a held claim beside its unheld twin), anything else by the product order's status.\n",
        "required": [
          "id",
          "label",
          "lane",
          "open",
          "held",
          "base"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "e.g. `RETURN/RETURN_REQUEST · HOLD`, `PAYED · OK`, `DELIVERED`."
          },
          "label": {
            "type": "string"
          },
          "lane": {
            "type": "string",
            "description": "`id` of the lane the node sits in."
          },
          "open": {
            "type": "boolean",
            "description": "A claim is in progress."
          },
          "held": {
            "type": "boolean"
          },
          "base": {
            "type": "string",
            "description": "`id` of the unheld twin (the node itself when not held)."
          }
        }
      },
      "MachineLane": {
        "type": "object",
        "description": "A swimlane of the drawn machine (normal flow, then one per claim type).",
        "required": [
          "id",
          "label"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`normal` or a claim type."
          },
          "label": {
            "type": "object",
            "required": [
              "ko",
              "en"
            ],
            "properties": {
              "ko": {
                "type": "string"
              },
              "en": {
                "type": "string"
              }
            }
          }
        }
      },
      "MachineEdge": {
        "type": "object",
        "required": [
          "from",
          "to",
          "rowId"
        ],
        "properties": {
          "from": {
            "type": "string",
            "description": "`key` of the state before, or `new` for order placement."
          },
          "to": {
            "type": "string",
            "description": "`key` of the state after."
          },
          "rowId": {
            "type": "string"
          }
        }
      },
      "FormField": {
        "type": "object",
        "description": "One flat input of an action or event, read from the API document.",
        "required": [
          "name",
          "type",
          "required"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "string",
              "integer",
              "number"
            ]
          },
          "required": {
            "type": "boolean"
          },
          "format": {
            "type": "string"
          },
          "enum": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "labels": {
            "type": "array",
            "description": "Korean descriptions of `enum`, in the same order.",
            "items": {
              "type": "string"
            }
          },
          "description": {
            "type": "string"
          },
          "default": {
            "description": "The value of the action's declared default body: a constant, or a placeholder filled when the form is shown — `{\"$now\": ms}` (the merchant's now plus ms), `{\"$afterDue\": ms}` (ms after the dispatch deadline, or after now when later), `{\"$tracking\": true}` (a fresh tracking number), `{\"$hopeDay\": n}` (the KST day n days after the merchant's now, as `yyyyMMdd`).\n"
          }
        }
      },
      "MerchantActionForm": {
        "type": "object",
        "required": [
          "operationId",
          "method",
          "path",
          "summary",
          "hasBody",
          "fields"
        ],
        "properties": {
          "operationId": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string",
            "description": "Path under `apiBasePath`, with `{productOrderId}` where the action takes one."
          },
          "summary": {
            "type": "string"
          },
          "listProperty": {
            "type": "string",
            "description": "Bulk operations carry the product order in this array property."
          },
          "hasBody": {
            "type": "boolean"
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FormField"
            }
          },
          "api": {
            "type": "string",
            "enum": [
              "commerce"
            ],
            "description": "The one API that has this operation (the Commerce API's 배송 희망일 변경, changeHopeDelivery, at its seller path); absent when both APIs have it. Such an action has no bulk form.\n"
          }
        }
      },
      "SandboxEventForm": {
        "type": "object",
        "required": [
          "event",
          "actor",
          "fields"
        ],
        "properties": {
          "event": {
            "$ref": "#/components/schemas/SandboxEvent"
          },
          "actor": {
            "$ref": "#/components/schemas/Actor"
          },
          "fields": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FormField"
            }
          }
        }
      },
      "StateNodes": {
        "type": "object",
        "required": [
          "counts",
          "creatable",
          "total",
          "page",
          "size",
          "productOrders"
        ],
        "properties": {
          "counts": {
            "type": "object",
            "description": "Product orders of the merchant per node id (nodes with none are left out).",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "creatable": {
            "type": "array",
            "description": "Node ids an order can rest in (createOrderInState accepts them).",
            "items": {
              "type": "string"
            }
          },
          "node": {
            "type": "string",
            "description": "The node asked for."
          },
          "total": {
            "type": "integer",
            "description": "How many product orders are in the node asked for (0 without `node`)."
          },
          "page": {
            "type": "integer"
          },
          "size": {
            "type": "integer"
          },
          "productOrders": {
            "type": "array",
            "description": "One page of the node's product orders, newest change first (empty without `node`).",
            "items": {
              "$ref": "#/components/schemas/SandboxProductOrderSummary"
            }
          }
        }
      },
      "CreateOrderInStateRequest": {
        "type": "object",
        "required": [
          "node"
        ],
        "properties": {
          "clientId": {
            "type": "string",
            "description": "Merchant app; the default merchant when omitted."
          },
          "node": {
            "type": "string",
            "description": "A node id of getStateMachine's states, e.g. `RETURN/COLLECT_DONE · HOLD`."
          }
        }
      },
      "CreateOrderInStateResponse": {
        "type": "object",
        "required": [
          "orderId",
          "productOrderIds",
          "productOrderId",
          "node",
          "state",
          "events"
        ],
        "properties": {
          "orderId": {
            "type": "string"
          },
          "productOrderIds": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "productOrderId": {
            "type": "string",
            "description": "The product order driven to the node."
          },
          "node": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "description": "The full state reached (`describeState`, a key of getStateMachine's states)."
          },
          "events": {
            "type": "array",
            "description": "The events run after placement, in order (merchant actions by operationId).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "MachineApi": {
        "type": "object",
        "required": [
          "api",
          "basePath",
          "operations"
        ],
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiProfile"
          },
          "basePath": {
            "type": "string",
            "description": "Where the API is served, relative to the emulator's origin (`/npay/partner`, `/external`)."
          },
          "operations": {
            "type": "object",
            "description": "Every operation of the API by operationId (the token endpoint too), with its path under `basePath`.",
            "additionalProperties": {
              "type": "object",
              "required": [
                "method",
                "path"
              ],
              "properties": {
                "method": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "StateMachine": {
        "type": "object",
        "required": [
          "apiBasePath",
          "apis",
          "rows",
          "lanes",
          "states",
          "edges",
          "sandboxEvents",
          "merchantActions",
          "labels"
        ],
        "properties": {
          "apiBasePath": {
            "type": "string",
            "description": "Base path of the Npay mall API on this server (`/npay/partner`); `apis` has each API's."
          },
          "apis": {
            "type": "object",
            "description": "Each API a merchant app may speak, by `ApiProfile` (a merchant's `api` names its own): its base path on\nthis server and every operation's method and path under it. `merchantActions` give the mall API's paths;\na Commerce app's actions are at the paths its own entry names (seller paths, `collect/approve`).\n",
            "required": [
              "npay",
              "commerce"
            ],
            "properties": {
              "npay": {
                "$ref": "#/components/schemas/MachineApi"
              },
              "commerce": {
                "$ref": "#/components/schemas/MachineApi"
              }
            }
          },
          "rows": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TransitionRow"
            }
          },
          "lanes": {
            "type": "array",
            "description": "The swimlanes of the drawing, left to right.",
            "items": {
              "$ref": "#/components/schemas/MachineLane"
            }
          },
          "states": {
            "type": "array",
            "description": "Every state reachable from order placement.",
            "items": {
              "$ref": "#/components/schemas/MachineStateView"
            }
          },
          "edges": {
            "type": "array",
            "description": "One edge per (state before, state after, row); a row that keeps the state is a loop.",
            "items": {
              "$ref": "#/components/schemas/MachineEdge"
            }
          },
          "sandboxEvents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxEventForm"
            }
          },
          "merchantActions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MerchantActionForm"
            }
          },
          "labels": {
            "type": "object",
            "description": "Korean descriptions of enum values, by enum name (ProductOrderStatus, ClaimStatus, …).",
            "additionalProperties": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              }
            }
          }
        }
      },
      "Address": {
        "type": "object",
        "description": "Address (takingAddress, collectAddress, reDeliveryAddress) [DOC].",
        "properties": {
          "addressType": {
            "$ref": "#/components/schemas/AddressType",
            "description": "주소 유형"
          },
          "name": {
            "type": "string",
            "description": "이름"
          },
          "tel1": {
            "type": "string",
            "description": "연락처 1"
          },
          "tel2": {
            "type": "string",
            "description": "연락처 2"
          },
          "zipCode": {
            "type": "string",
            "description": "우편번호"
          },
          "baseAddress": {
            "type": "string",
            "description": "기본 주소"
          },
          "detailedAddress": {
            "type": "string",
            "description": "상세 주소"
          },
          "city": {
            "type": "string",
            "description": "도시 (empty string for domestic)"
          },
          "state": {
            "type": "string",
            "description": "주 (empty string for domestic)"
          },
          "country": {
            "type": "string",
            "description": "국가"
          },
          "isRoadNameAddress": {
            "type": "boolean",
            "description": "도로명 주소 여부"
          }
        }
      },
      "AddressType": {
        "type": "string",
        "description": "주소 유형. [DOC]",
        "enum": [
          "DOMESTIC",
          "FOREIGN"
        ],
        "x-enum-descriptions": [
          "국내",
          "국외"
        ]
      },
      "AppliedCardPromotion": {
        "type": "object",
        "description": "Applied card promotion [DOC].",
        "properties": {
          "promotionName": {
            "type": "string",
            "description": "프로모션명"
          },
          "cardCompanyName": {
            "type": "string",
            "description": "카드사명"
          },
          "promotionApplyAmount": {
            "type": "integer",
            "description": "프로모션 적용 금액"
          },
          "brandCompanyBurdenRatio": {
            "type": "integer",
            "description": "브랜드사 부담 비율"
          }
        }
      },
      "AppliedCoupon": {
        "type": "object",
        "description": "Applied coupon [DOC].",
        "properties": {
          "couponPublishNumber": {
            "type": "string",
            "description": "쿠폰 발행 번호"
          },
          "couponClassCode": {
            "$ref": "#/components/schemas/CouponClassCode",
            "description": "쿠폰 유형"
          },
          "couponDiscountAmount": {
            "type": "integer",
            "description": "쿠폰 할인 금액"
          },
          "naverBurdenRatio": {
            "type": "integer",
            "description": "네이버 부담 비율"
          }
        }
      },
      "BankType": {
        "type": "string",
        "description": "은행 코드 (settle/daily bankType). Some spellings are the real ones (HYNDAI_SEC, SANSUNG_SEC). [DOC]",
        "enum": [
          "KDB",
          "IBK",
          "KB",
          "KEB_OLD",
          "SUHYUP",
          "KOREAEXIM",
          "NH",
          "LNH",
          "WOORI",
          "SC",
          "CITI",
          "IM",
          "BUSAN",
          "KWANGJU",
          "JEJU",
          "JEONBUK",
          "KYONGNAM",
          "SAEMAUL",
          "SHINHYUP",
          "FSB",
          "HSBC",
          "DEUTSCHE_BANK",
          "JP_MORGAN",
          "BOA",
          "BNP",
          "ICBC",
          "NFCF",
          "POST",
          "KEB_HANA",
          "SHINHAN",
          "KBANK",
          "KKOBANK",
          "TOSS",
          "DAISHIN_BANK",
          "SBISB",
          "HK_BANK",
          "WELCOME_BANK",
          "SHINHAN_SAVING",
          "DONGYANG_SEC",
          "HYNDAI_SEC",
          "IBK_IVST_SEC",
          "MIRAEASSET",
          "MIRAEASSET_DAEWOO",
          "SANSUNG_SEC",
          "HANGKOOK_IVST_SEC",
          "WOORI_IVST_SEC",
          "KYOBO_IVST_SEC",
          "HI_IVST_SEC",
          "HMC_IVST_SEC",
          "KIWOOM_IVST_SEC",
          "EBEST_IVST_SEC",
          "SK_SEC",
          "DAESHIN_SEC",
          "HANWHA_SEC",
          "HANA_DAETOO_SEC",
          "SHINHAN_IVST",
          "DONGBU_SEC",
          "EUGENE_IVST_SEC",
          "MERITZ_SEC",
          "NH_NONGHYUP_SEC",
          "BOOKOOK_SEC",
          "SHINYOUNG_SEC",
          "LIG_IVST_SEC",
          "KSFC"
        ],
        "x-enum-descriptions": [
          "산업은행",
          "기업은행",
          "KB국민은행",
          "외환은행",
          "수협은행",
          "수출입은행",
          "NH농협은행",
          "지역농.축협",
          "우리은행",
          "SC제일은행",
          "한국씨티은행",
          "iM뱅크",
          "부산은행",
          "광주은행",
          "제주은행",
          "전북은행",
          "경남은행",
          "새마을금고",
          "신협",
          "저축은행",
          "HSBC은행",
          "도이치은행",
          "제이피모간체이스",
          "BOA은행",
          "비엔피파리바은행",
          "중국공상은행",
          "산림조합중앙회",
          "우체국",
          "하나은행",
          "신한은행",
          "케이뱅크",
          "카카오뱅크",
          "토스뱅크",
          "대신저축은행",
          "에스비아이저축은행",
          "에이치케이저축은행",
          "웰컴저축은행",
          "신한저축은행",
          "유안타증권",
          "KB증권",
          "IBK투자증권",
          "미래에셋대우",
          "미래에셋대우",
          "삼성증권",
          "한국투자증권",
          "NH투자증권",
          "교보증권",
          "하이투자증권",
          "현대자증권",
          "키움증권",
          "이베스트투자증권",
          "SK증권",
          "대신증권",
          "한화투자증권",
          "하나금융투자",
          "신한금융투자",
          "DB금융투자",
          "유진투자증권",
          "메리츠증권",
          "NH농협증권",
          "부국증권",
          "신영증권",
          "케이프투자증권",
          "한국증권금융"
        ]
      },
      "BeforeClaim": {
        "type": "object",
        "description": "Previous claim of the product order [DOC].",
        "properties": {
          "exchange": {
            "$ref": "#/components/schemas/ExchangeClaim",
            "description": "이전 교환 클레임"
          }
        }
      },
      "CancelClaim": {
        "type": "object",
        "description": "Cancel claim block [DOC].",
        "properties": {
          "claimId": {
            "type": "string",
            "description": "클레임 번호"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "클레임 상태"
          },
          "claimRequestDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 요청 일시"
          },
          "requestChannel": {
            "type": "string",
            "description": "접수 채널 (Korean text; value set not public)"
          },
          "cancelReason": {
            "$ref": "#/components/schemas/ClaimReason",
            "description": "취소 사유"
          },
          "cancelDetailedReason": {
            "type": "string",
            "description": "취소 상세 사유"
          },
          "cancelApprovalDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "취소 승인 일시"
          },
          "cancelCompletedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "취소 완료 일시"
          },
          "refundExpectedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "환불 예정일"
          },
          "refundStandbyReason": {
            "type": "string",
            "description": "환불 대기 사유"
          },
          "refundStandbyStatus": {
            "type": "string",
            "description": "환불 대기 상태"
          },
          "requestQuantity": {
            "type": "integer",
            "description": "요청 수량"
          }
        }
      },
      "ClaimDeliveryFeeSupportType": {
        "type": "string",
        "description": "클레임 배송비 지원 유형. [DOC]",
        "enum": [
          "MEMBERSHIP_ARRIVAL_GUARANTEE",
          "MEMBERSHIP_KURLY"
        ],
        "x-enum-descriptions": [
          "멤버십도착보장",
          "멤버십컬리N마트"
        ]
      },
      "ClaimReason": {
        "type": "string",
        "description": "클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]",
        "enum": [
          "INTENT_CHANGED",
          "COLOR_AND_SIZE",
          "WRONG_ORDER",
          "PRODUCT_UNSATISFIED",
          "DELAYED_DELIVERY",
          "SOLD_OUT",
          "DROPPED_DELIVERY",
          "NOT_YET_DELIVERY",
          "BROKEN",
          "INCORRECT_INFO",
          "WRONG_DELIVERY",
          "WRONG_OPTION",
          "SIMPLE_INTENT_CHANGED",
          "MISTAKE_ORDER",
          "ETC",
          "DELAYED_DELIVERY_BY_PURCHASER",
          "INCORRECT_INFO_BY_PURCHASER",
          "PRODUCT_UNSATISFIED_BY_PURCHASER",
          "NOT_YET_DISCUSSION",
          "OUT_OF_STOCK",
          "SALE_INTENT_CHANGED",
          "NOT_YET_PAYMENT",
          "NOT_YET_RECEIVE",
          "WRONG_DELAYED_DELIVERY",
          "BROKEN_AND_BAD",
          "RECEIVING_DUE_DATE_OVER",
          "RECEIVER_MISMATCHED",
          "GIFT_INTENT_CHANGED",
          "GIFT_REFUSAL",
          "MINOR_RESTRICTED",
          "RECEIVING_BLOCKED",
          "UNDER_QUANTITY",
          "ASYNC_FAIL_PAYMENT",
          "ASYNC_LONG_WAIT_PAYMENT"
        ],
        "x-enum-descriptions": [
          "구매 의사 취소",
          "색상 및 사이즈 변경",
          "다른 상품 잘못 주문",
          "서비스 불만족",
          "배송 지연",
          "상품 품절",
          "배송 누락",
          "미배송",
          "상품 파손",
          "상품 정보 상이",
          "오배송",
          "색상 등 다른 상품 잘못 배송",
          "단순 변심",
          "주문 실수",
          "기타",
          "배송 지연",
          "상품 정보 상이",
          "서비스 불만족",
          "상호 협의가 완료되지 않은 주문 건",
          "재고 부족으로 인한 판매 불가",
          "판매 의사 변심으로 인한 거부",
          "구매자의 미결제로 인한 거부",
          "상품 미수취",
          "오배송 및 지연",
          "파손 및 불량",
          "수락 기한 만료",
          "수신인 불일치",
          "보내기 취소",
          "선물 거절",
          "상품 수신 불가",
          "상품 수신 불가",
          "주문 수량 미달",
          "결제 승인 실패",
          "결제 승인 실패"
        ]
      },
      "ClaimStatus": {
        "type": "string",
        "description": "클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]",
        "enum": [
          "CANCEL_REQUEST",
          "CANCELING",
          "CANCEL_DONE",
          "CANCEL_REJECT",
          "RETURN_REQUEST",
          "EXCHANGE_REQUEST",
          "COLLECTING",
          "COLLECT_DONE",
          "EXCHANGE_REDELIVERING",
          "RETURN_DONE",
          "EXCHANGE_DONE",
          "RETURN_REJECT",
          "EXCHANGE_REJECT",
          "PURCHASE_DECISION_HOLDBACK",
          "PURCHASE_DECISION_REQUEST",
          "PURCHASE_DECISION_HOLDBACK_RELEASE",
          "ADMIN_CANCELING",
          "ADMIN_CANCEL_DONE",
          "ADMIN_CANCEL_REJECT"
        ],
        "x-enum-descriptions": [
          "취소 요청",
          "취소 처리 중",
          "취소 처리 완료",
          "취소 철회",
          "반품 요청",
          "교환 요청",
          "수거 처리 중",
          "수거 완료",
          "교환 재배송 중",
          "반품 완료",
          "교환 완료",
          "반품 철회",
          "교환 철회",
          "구매 확정 보류",
          "구매 확정 요청",
          "구매 확정 보류 해제",
          "직권 취소 중",
          "직권 취소 완료",
          "직권 취소 철회"
        ]
      },
      "ClaimType": {
        "type": "string",
        "description": "클레임 구분 (claimType). [DOC]",
        "enum": [
          "CANCEL",
          "RETURN",
          "EXCHANGE",
          "PURCHASE_DECISION_HOLDBACK",
          "ADMIN_CANCEL"
        ],
        "x-enum-descriptions": [
          "취소",
          "반품",
          "교환",
          "구매 확정 보류",
          "직권 취소"
        ]
      },
      "CollectStatus": {
        "type": "string",
        "description": "수거 상태 (return/exchange collectStatus). [DOC]",
        "enum": [
          "NOT_REQUESTED",
          "COLLECT_REQUEST_TO_AGENT",
          "COLLECT_REQUEST_TO_DELIVERY_COMPANY",
          "COLLECT_WAITING",
          "DELIVERING",
          "DELIVERED",
          "DELIVERY_FAILED",
          "COLLECT_FAILED",
          "WRONG_INVOICE",
          "COLLECT_CANCELED"
        ],
        "x-enum-descriptions": [
          "수거 미요청",
          "수거 지시 완료",
          "수거 요청",
          "택배사 수거 예정",
          "수거 진행 중",
          "수거 완료",
          "배송 실패",
          "수거 실패",
          "오류 송장",
          "수거 취소"
        ]
      },
      "CommissionPrePayStatus": {
        "type": "string",
        "description": "수수료 선결제 상태. [DOC]",
        "enum": [
          "GENERAL_PRD",
          "PRE_PAY_PRD_NO_PAY",
          "PRE_PAY_PRD_PAYED"
        ],
        "x-enum-descriptions": [
          "일반 상품",
          "선차감(차감 전)",
          "선차감(차감 후)"
        ]
      },
      "CommissionType": {
        "type": "string",
        "description": "수수료 구분 (commission-details). [DOC]",
        "enum": [
          "SALE_COMMISSION",
          "PAY_COMMISSION",
          "CHNL_COMMISSION",
          "ISTLM_COMMISSION",
          "PUBLISHING_COMMISSION",
          "INFLOW_COMMISSION",
          "SERVICE_COMMISSION",
          "CONTRACT_COMMISSION",
          "PACKAGE_COMMISSION",
          "PARTNER_COMMISSION",
          "PLATFORM_COMMISSION",
          "VERTICAL_COMMISSION",
          "PURCHASER_COMMISSION",
          "PRICE_COMPARISON_COMMISSION"
        ],
        "x-enum-descriptions": [
          "(구)판매 수수료",
          "Npay 수수료",
          "채널 수수료",
          "무이자 할부 수수료",
          "퍼블리싱 수수료",
          "유입 수수료",
          "솔루션 사용료",
          "계약 수수료",
          "패키지 사용료",
          "제휴 사용료",
          "판매 수수료",
          "버티컬 사용료",
          "구매자 수수료",
          "가격비교 수수료"
        ]
      },
      "CompletedClaim": {
        "type": "object",
        "description": "Completed claim history entry (completedClaims[]) [DOC]. Includes the collect/holdback dates the official example shows.",
        "properties": {
          "claimType": {
            "$ref": "#/components/schemas/ClaimType",
            "description": "클레임 구분"
          },
          "claimId": {
            "type": "string",
            "description": "클레임 번호"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "클레임 상태"
          },
          "claimRequestDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 요청 일시"
          },
          "requestChannel": {
            "type": "string",
            "description": "접수 채널"
          },
          "claimRequestDetailContent": {
            "type": "string",
            "description": "클레임 요청 상세 사유"
          },
          "claimRequestReason": {
            "$ref": "#/components/schemas/ClaimReason",
            "description": "클레임 요청 사유"
          },
          "refundExpectedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "환불 예정일"
          },
          "refundStandbyReason": {
            "type": "string",
            "description": "환불 대기 사유"
          },
          "refundStandbyStatus": {
            "type": "string",
            "description": "환불 대기 상태"
          },
          "requestQuantity": {
            "type": "integer",
            "description": "요청 수량"
          },
          "claimDeliveryFeeDemandAmount": {
            "type": "integer",
            "description": "클레임 배송비 청구액"
          },
          "claimDeliveryFeePayMeans": {
            "type": "string",
            "description": "클레임 배송비 결제 수단"
          },
          "claimDeliveryFeePayMethod": {
            "type": "string",
            "description": "클레임 배송비 결제 방법"
          },
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "반품 수령지"
          },
          "collectAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "수거지 주소"
          },
          "collectStatus": {
            "$ref": "#/components/schemas/CollectStatus",
            "description": "수거 상태"
          },
          "collectDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "수거 방법"
          },
          "collectDeliveryCompany": {
            "type": "string",
            "description": "수거 택배사 코드",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "collectTrackingNumber": {
            "type": "string",
            "description": "수거 송장 번호"
          },
          "collectCompletedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "수거 완료 일시"
          },
          "etcFeeDemandAmount": {
            "type": "integer",
            "description": "기타 비용 청구액"
          },
          "etcFeePayMeans": {
            "type": "string",
            "description": "기타 비용 결제 수단"
          },
          "etcFeePayMethod": {
            "type": "string",
            "description": "기타 비용 결제 방법"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus",
            "description": "보류 상태"
          },
          "holdbackReason": {
            "$ref": "#/components/schemas/HoldbackClassType",
            "description": "보류 유형"
          },
          "holdbackDetailedReason": {
            "type": "string",
            "description": "보류 상세 사유"
          },
          "holdbackConfigDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 설정 일시"
          },
          "holdbackConfigurer": {
            "type": "string",
            "description": "보류 설정자"
          },
          "holdbackReleaseDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 해제 일시"
          },
          "holdbackReleaser": {
            "type": "string",
            "description": "보류 해제자"
          },
          "claimDeliveryFeeProductOrderIds": {
            "type": "string",
            "description": "클레임 배송비 묶음 상품 주문 번호"
          },
          "claimDeliveryFeeDiscountAmount": {
            "type": "integer",
            "description": "클레임 배송비 할인액"
          },
          "remoteAreaCostChargeAmount": {
            "type": "integer",
            "description": "도서산간 추가 비용"
          },
          "claimCompleteOperationDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 완료 처리 일시"
          },
          "claimRequestAdmissionDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 요청 승인 일시"
          },
          "collectOperationDate": {
            "type": "string",
            "description": "수거 처리일 (typed as a plain string in the docs)"
          },
          "collectStartTime": {
            "type": "string",
            "description": "수거 시작 시각"
          },
          "collectEndTime": {
            "type": "string",
            "description": "수거 종료 시각"
          },
          "collectSlotId": {
            "type": "string",
            "description": "수거 슬롯 ID"
          },
          "reDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "재배송 방법"
          },
          "reDeliveryStatus": {
            "$ref": "#/components/schemas/DeliveryStatus",
            "description": "재배송 상태"
          },
          "reDeliveryCompany": {
            "type": "string",
            "description": "재배송 택배사 코드",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "reDeliveryTrackingNumber": {
            "type": "string",
            "description": "재배송 송장 번호"
          },
          "reDeliveryAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "재배송지 주소"
          },
          "reDeliveryOperationDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "재배송 처리 일시"
          },
          "membershipsArrivalGuaranteeClaimSupportingAmount": {
            "type": "integer",
            "description": "멤버십 도착 보장 클레임 지원 금액"
          },
          "claimDeliveryFeeSupportType": {
            "$ref": "#/components/schemas/ClaimDeliveryFeeSupportType",
            "description": "클레임 배송비 지원 유형"
          },
          "claimDeliveryFeeSupportAmount": {
            "type": "integer",
            "description": "클레임 배송비 지원 금액"
          }
        }
      },
      "CouponClassCode": {
        "type": "string",
        "description": "쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]",
        "enum": [
          "NMP_PRD_DCNT",
          "NMP_PRD_DUP_DCNT"
        ],
        "x-enum-descriptions": [
          "관리자 상품할인",
          "관리자/판매자 상품중복할인"
        ]
      },
      "CurrentClaim": {
        "type": "object",
        "description": "Claim currently attached to the product order [DOC].",
        "properties": {
          "cancel": {
            "$ref": "#/components/schemas/CancelClaim",
            "description": "취소"
          },
          "return": {
            "$ref": "#/components/schemas/ReturnClaim",
            "description": "반품"
          },
          "exchange": {
            "$ref": "#/components/schemas/ExchangeClaim",
            "description": "교환"
          }
        }
      },
      "DelayedDispatchReason": {
        "type": "string",
        "description": "발송 지연 사유. [DOC]",
        "enum": [
          "PRODUCT_PREPARE",
          "CUSTOMER_REQUEST",
          "CUSTOM_BUILD",
          "RESERVED_DISPATCH",
          "OVERSEA_DELIVERY",
          "ETC"
        ],
        "x-enum-descriptions": [
          "상품 준비 중",
          "고객 요청",
          "주문 제작",
          "예약 발송",
          "해외 배송",
          "기타"
        ]
      },
      "Delivery": {
        "type": "object",
        "description": "Delivery of a dispatched product order [DOC].",
        "properties": {
          "deliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "배송 방법"
          },
          "deliveryCompany": {
            "type": "string",
            "description": "택배사 코드 (DeliveryCompanyCode)",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "trackingNumber": {
            "type": "string",
            "description": "송장 번호"
          },
          "sendDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "발송 일시 (the dispatchDate sent)"
          },
          "pickupDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "집화 일시"
          },
          "deliveredDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "배송 완료 일시"
          },
          "deliveryStatus": {
            "$ref": "#/components/schemas/DeliveryStatus",
            "description": "배송 상세 상태"
          },
          "isWrongTrackingNumber": {
            "type": "boolean",
            "description": "오류 송장 여부"
          },
          "wrongTrackingNumberRegisteredDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "오류 송장 등록 일시"
          },
          "wrongTrackingNumberType": {
            "type": "string",
            "description": "오류 송장 등록 구분 (value set not public)"
          }
        }
      },
      "DeliveryAttributeType": {
        "type": "string",
        "description": "배송 속성 유형. [DOC]",
        "enum": [
          "NORMAL",
          "TODAY",
          "OPTION_TODAY",
          "HOPE",
          "TODAY_ARRIVAL",
          "DAWN_ARRIVAL",
          "PRE_ORDER",
          "ARRIVAL_GUARANTEE",
          "SELLER_GUARANTEE",
          "HOPE_SELLER_GUARANTEE",
          "PICKUP",
          "QUICK"
        ],
        "x-enum-descriptions": [
          "일반배송",
          "오늘출발",
          "옵션별 오늘출발",
          "희망일배송",
          "당일배송",
          "새벽배송",
          "예약구매",
          "N배송",
          "N판매자배송",
          "N희망일배송",
          "픽업",
          "즉시배달"
        ]
      },
      "DeliveryCompanyCode": {
        "type": "string",
        "description": "택배사 코드 (deliveryCompanyCode, deliveryCompany, collectDeliveryCompany, reDeliveryCompany, expectedDeliveryCompany): the current seller-doc list [DOC], including the Korean code value `GS더프레시` and both `FRESH` (older doc version) and `KURLY` (current) for 컬리넥스트마일. Legacy SOAP-only codes DONGBU, INNOGIS, DADREAM are not included. Any other value → business error 104119 [REC].",
        "enum": [
          "CJGLS",
          "HYUNDAI",
          "HANJIN",
          "KGB",
          "EPOST",
          "MTINTER",
          "1004HOME",
          "TWOFASTEXPRESS",
          "ACE",
          "ACIEXPRESS",
          "ADCAIR",
          "AIRWAY",
          "APEX",
          "ARAMEX",
          "ARGO",
          "AIRBOY",
          "KOREXG",
          "CUPARCEL",
          "CWAYEXPRESS",
          "DHL",
          "DHLDE",
          "DHLGLOBALMAIL",
          "DPD",
          "ECMSEXPRESS",
          "EFS",
          "EMS",
          "EZUSA",
          "EUROPARCEL",
          "FEDEX",
          "GOP",
          "GOS",
          "GPSLOGIX",
          "GSFRESH",
          "GSIEXPRESS",
          "GSMNTON",
          "GSPOSTBOX",
          "CVSNET",
          "GS더프레시",
          "GTSLOGIS",
          "HYBRID",
          "HY",
          "IK",
          "KGLNET",
          "KT",
          "LGE",
          "LTL",
          "NDEXKOREA",
          "SBGLS",
          "SFEX",
          "SLX",
          "SSG",
          "TNT",
          "LOGISPARTNER",
          "UPS",
          "USPS",
          "WIZWA",
          "YJSWORLD",
          "YJS",
          "YUNDA",
          "IPARCEL",
          "KY",
          "KUNYOUNG",
          "KDEXP",
          "KIN",
          "KORYO",
          "GDSP",
          "KOKUSAI",
          "GOODTOLUCK",
          "NAEUN",
          "NOGOK",
          "NONGHYUP",
          "HANAROMART",
          "DAELIM",
          "DAESIN",
          "DAEWOON",
          "THEBAO",
          "DODOFLEX",
          "DONGGANG",
          "DONGJIN",
          "CHAINLOGIS",
          "DRABBIT",
          "JMNP",
          "ONEDAYLOGIS",
          "LINEEXP",
          "ROADSUNEXPRESS",
          "LOGISVALLEY",
          "POOLATHOME",
          "LOTOS",
          "HLCGLOBAL",
          "LOTTECHILSUNG",
          "MDLOGIS",
          "DASONG",
          "BABABA",
          "BANPOOM",
          "VALEX",
          "SHIPNERGY",
          "PANTOS",
          "VROONG",
          "BRIDGE",
          "EKDP",
          "SELC",
          "SEORIM",
          "SWGEXP",
          "SUNGHUN",
          "SEBANG",
          "SMARTLOGIS",
          "SPARKLE",
          "SPASYS1",
          "CRLX",
          "ANYTRACK",
          "ABOUTPET",
          "ESTHER",
          "VENDORPIA",
          "ACTCORE",
          "HKHOLDINGS",
          "NTLPS",
          "TODAYPICKUP",
          "RUSH",
          "ALLIN",
          "ALLTAKOREA",
          "WIDETECH",
          "YONGMA",
          "DCOMMERCE",
          "WEVILL",
          "HONAM",
          "WOORIHB",
          "WOOJIN",
          "REGISTPOST",
          "WOONGJI",
          "WARPEX",
          "WINION",
          "WIHTYOU",
          "WEMOVE",
          "UFREIGHT",
          "EUNHA",
          "INNOS",
          "EMARTEVERYDAY",
          "ESTLA",
          "ETOMARS",
          "GENERALPOST",
          "ILSHIN",
          "ILYANG",
          "GNETWORK",
          "ZENIEL",
          "JLOGIST",
          "GENIEGO",
          "GDAKOREA",
          "GHSPEED",
          "JIKGUMOON",
          "CHUNIL",
          "CHOROC",
          "CHOROCMAEUL",
          "COSHIP",
          "KJT",
          "QRUN",
          "CUBEFLOW",
          "QXPRESS",
          "HEREWEGO",
          "TOMATO",
          "TODAY",
          "TSG",
          "TEAMFRESH",
          "PATEK",
          "XINPATEK",
          "PANASIA",
          "PANSTAR",
          "FOREVER",
          "PULMUONE",
          "FREDIT",
          "FRESHMATES",
          "KURLY",
          "PINGPONG",
          "HOWSER",
          "HIVECITY",
          "HANDALUM",
          "HANDEX",
          "HANMI",
          "HANSSEM",
          "HANWOORI",
          "HPL",
          "HDEXP",
          "HERWUZUG",
          "GLOVIS",
          "HOMEINNO",
          "HOMEPICKTODAY",
          "HOMEPICK",
          "HOMEPLUSDELIVERY",
          "HOMEPLUSEXPRESS",
          "CARGOPLEASE",
          "HWATONG",
          "CH1",
          "LETUS",
          "LETUS3PL",
          "CASA",
          "GCS",
          "GKGLOBAL",
          "BRCH",
          "DNDN",
          "GONELO",
          "JCLS",
          "JWTNL",
          "GS25",
          "CU",
          "FRESH"
        ],
        "x-enum-descriptions": [
          "CJ대한통운",
          "롯데택배",
          "한진택배",
          "로젠택배",
          "우체국택배",
          "엠티인터내셔널",
          "1004HOME",
          "2FAST익스프레스",
          "ACEexpress",
          "ACI",
          "ADC항운택배",
          "AIRWAY익스프레스",
          "APEX",
          "ARAMEX",
          "ARGO",
          "AirboyExpress",
          "CJ대한통운(국제택배)",
          "CU편의점택배",
          "CwayExpress",
          "DHL",
          "DHL(독일)",
          "DHLGlobalMail",
          "DPD",
          "ECMSExpress",
          "EFS",
          "EMS",
          "EZUSA",
          "EuroParcel",
          "FEDEX",
          "GOP당일택배",
          "GOS당일택배",
          "GPSLOGIX",
          "GSFresh",
          "GSI익스프레스",
          "GSMNTON",
          "GSPostbox퀵",
          "GSPostbox택배",
          "GSTHEFRESH",
          "GTS로지스",
          "HI택배",
          "HY",
          "IK물류",
          "KGL네트웍스",
          "KT EXPRESS",
          "LG전자배송센터",
          "LTL",
          "NDEX KOREA",
          "SBGLS",
          "SFexpress",
          "SLX택배",
          "SSG",
          "TNT",
          "UFO로지스",
          "UPS",
          "USPS",
          "WIZWA",
          "YJS글로벌",
          "YJS글로벌(영국)",
          "YUNDAEXPRESS",
          "i-parcel",
          "건영복합물류",
          "건영택배",
          "경동택배",
          "경인택배",
          "고려택배",
          "골드스넵스",
          "국제익스프레스",
          "굿투럭",
          "나은물류",
          "노곡물류",
          "농협택배",
          "농협하나로마트",
          "대림통운",
          "대신택배",
          "대운글로벌",
          "더바오",
          "도도플렉스",
          "동강물류",
          "동진특송",
          "두발히어로당일택배",
          "딜리래빗",
          "딜리박스",
          "라스트마일",
          "라인익스프레스",
          "로드썬익스프레스",
          "로지스밸리",
          "로지스올홈케어(풀앳홈)",
          "로토스",
          "롯데글로벌로지스(국제택배)",
          "롯데칠성",
          "모든로지스(SLO)",
          "물류대장",
          "바바바로지스",
          "반품구조대",
          "발렉스",
          "배송하기좋은날",
          "LX판토스",
          "부릉",
          "브릿지로지스",
          "삼다수가정배송",
          "삼성전자물류",
          "서림물류",
          "성원글로벌",
          "성훈물류",
          "세방택배",
          "스마트로지스",
          "스파클직배송",
          "스페이시스원",
          "시알로지텍",
          "애니트랙",
          "어바웃펫",
          "에스더쉬핑",
          "벤더피아",
          "에이씨티앤코아",
          "에이치케이홀딩스",
          "엔티엘피스",
          "카카오T당일배송",
          "오늘회러쉬",
          "올인닷컴",
          "올타코리아",
          "와이드테크",
          "용마로지스",
          "우리동네커머스",
          "우리동네택배",
          "우리택배",
          "우리한방택배",
          "우진인터로지스",
          "우편등기",
          "웅지익스프레스",
          "워펙스",
          "위니온로지스",
          "위드유당일택배",
          "위무브",
          "유프레이트코리아",
          "은하쉬핑",
          "이노스(올인닷컴)",
          "이마트에브리데이",
          "이스트라",
          "이투마스",
          "일반우편",
          "일신모닝택배",
          "일양로지스",
          "자이언트",
          "제니엘시스템",
          "제이로지스트",
          "지니고당일특급",
          "지디에이코리아",
          "지에이치스피드",
          "직구문",
          "천일택배",
          "초록마을(외부연동)",
          "초록마을(네이버직연동)",
          "캐나다쉬핑",
          "케이제이티",
          "큐런",
          "큐브플로우",
          "트랙스로지스",
          "탱고앤고",
          "토마토앱",
          "투데이",
          "티에스지로지스",
          "팀프레시",
          "파테크해운상공",
          "파테크해운항공",
          "판월드로지스틱",
          "팬스타국제특송(PIEX)",
          "퍼레버택배",
          "풀무원(로지스밸리)",
          "프레딧",
          "프레시메이트",
          "컬리넥스트마일",
          "핑퐁",
          "하우저",
          "하이브시티",
          "한달음택배",
          "한덱스",
          "한미포스트",
          "한샘",
          "한우리물류",
          "한의사랑택배",
          "합동택배",
          "허우적",
          "현대글로비스",
          "홈이노베이션로지스",
          "홈픽오늘도착",
          "홈픽택배",
          "홈플러스",
          "홈플러스익스프레스",
          "화물을부탁해",
          "화통",
          "기타택배",
          "바로스",
          "레터스",
          "신세계까사",
          "지씨에스",
          "지케이글로벌",
          "비알씨에이치",
          "든든택배",
          "고넬로",
          "JCLS",
          "JWTNL",
          "GS편의점(퀵배달용)",
          "CU편의점(퀵배달용)",
          "컬리넥스트마일 (older doc version; current docs use KURLY)"
        ]
      },
      "DeliveryMethod": {
        "type": "string",
        "description": "배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]",
        "enum": [
          "DELIVERY",
          "GDFW_ISSUE_SVC",
          "VISIT_RECEIPT",
          "DIRECT_DELIVERY",
          "QUICK_SVC",
          "NOTHING",
          "RETURN_DESIGNATED",
          "RETURN_DELIVERY",
          "RETURN_INDIVIDUAL",
          "RETURN_MERCHANT",
          "UNKNOWN"
        ],
        "x-enum-descriptions": [
          "택배, 등기, 소포",
          "굿스플로 송장 출력",
          "방문 수령",
          "직접 전달",
          "퀵서비스",
          "배송 없음",
          "지정 반품 택배",
          "일반 반품 택배",
          "직접 반송",
          "판매자 직접 수거(장보기 전용)",
          "알 수 없음(예외 처리에 사용)"
        ]
      },
      "DeliveryStatus": {
        "type": "string",
        "description": "배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]",
        "enum": [
          "COLLECT_REQUEST",
          "COLLECT_WAIT",
          "COLLECT_CARGO",
          "DELIVERY_COMPLETION",
          "DELIVERING",
          "DELIVERY_FAIL",
          "WRONG_INVOICE",
          "COLLECT_CARGO_FAIL",
          "COLLECT_CARGO_CANCEL",
          "NOT_TRACKING"
        ],
        "x-enum-descriptions": [
          "수거 요청",
          "수거 대기",
          "집화",
          "배송 완료",
          "배송중",
          "배송 실패",
          "오류 송장",
          "집화 실패",
          "집화 취소",
          "배송 추적 없음"
        ]
      },
      "DeliveryTagType": {
        "type": "string",
        "description": "배송 태그 유형. [DOC]",
        "enum": [
          "TODAY",
          "TOMORROW",
          "DAWN",
          "SUNDAY",
          "STANDARD",
          "HOPE"
        ],
        "x-enum-descriptions": [
          "오늘배송",
          "내일배송",
          "새벽배송",
          "일요배송",
          "D+2이상배송",
          "희망일배송"
        ]
      },
      "EntryMethod": {
        "type": "string",
        "description": "공동현관 출입 방법. [DOC values; glosses INF]",
        "enum": [
          "LOBBY_PW",
          "MANAGEMENT_OFFICE",
          "FREE",
          "OTHER"
        ],
        "x-enum-descriptions": [
          "공동현관 비밀번호",
          "경비실 호출",
          "자유 출입",
          "기타"
        ]
      },
      "ExchangeClaim": {
        "type": "object",
        "description": "Exchange claim block [DOC].",
        "properties": {
          "claimId": {
            "type": "string",
            "description": "클레임 번호"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "클레임 상태"
          },
          "claimRequestDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 요청 일시"
          },
          "requestChannel": {
            "type": "string",
            "description": "접수 채널 (Korean text; value set not public)"
          },
          "exchangeReason": {
            "$ref": "#/components/schemas/ClaimReason",
            "description": "교환 사유"
          },
          "exchangeDetailedReason": {
            "type": "string",
            "description": "교환 상세 사유"
          },
          "requestQuantity": {
            "type": "integer",
            "description": "요청 수량"
          },
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "반품(교환 수거) 수령지 — present in the official example although the field list omits it [DOC]"
          },
          "collectAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "수거지 주소"
          },
          "collectStatus": {
            "$ref": "#/components/schemas/CollectStatus",
            "description": "수거 상태"
          },
          "collectDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "수거 방법"
          },
          "collectDeliveryCompany": {
            "type": "string",
            "description": "수거 택배사 코드 (DeliveryCompanyCode)",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "collectTrackingNumber": {
            "type": "string",
            "description": "수거 송장 번호"
          },
          "collectCompletedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "수거 완료 일시"
          },
          "claimDeliveryFeeDemandAmount": {
            "type": "integer",
            "description": "클레임 배송비 청구액"
          },
          "claimDeliveryFeePayMeans": {
            "type": "string",
            "description": "클레임 배송비 결제 수단"
          },
          "claimDeliveryFeePayMethod": {
            "type": "string",
            "description": "클레임 배송비 결제 방법"
          },
          "claimDeliveryFeeProductOrderIds": {
            "type": "string",
            "description": "클레임 배송비 묶음 상품 주문 번호 (comma-separated)"
          },
          "claimDeliveryFeeDiscountAmount": {
            "type": "integer",
            "description": "클레임 배송비 할인액"
          },
          "remoteAreaCostChargeAmount": {
            "type": "integer",
            "description": "도서산간 추가 비용"
          },
          "etcFeeDemandAmount": {
            "type": "integer",
            "description": "기타 비용 청구액"
          },
          "etcFeePayMeans": {
            "type": "string",
            "description": "기타 비용 결제 수단"
          },
          "etcFeePayMethod": {
            "type": "string",
            "description": "기타 비용 결제 방법"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus",
            "description": "보류 상태"
          },
          "holdbackReason": {
            "$ref": "#/components/schemas/HoldbackClassType",
            "description": "보류 유형"
          },
          "holdbackDetailedReason": {
            "type": "string",
            "description": "보류 상세 사유"
          },
          "holdbackConfigDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 설정 일시"
          },
          "holdbackConfigurer": {
            "type": "string",
            "description": "보류 설정자"
          },
          "holdbackReleaseDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 해제 일시"
          },
          "holdbackReleaser": {
            "type": "string",
            "description": "보류 해제자"
          },
          "membershipsArrivalGuaranteeClaimSupportingAmount": {
            "type": "integer",
            "description": "멤버십 도착 보장 클레임 지원 금액"
          },
          "claimDeliveryFeeSupportType": {
            "$ref": "#/components/schemas/ClaimDeliveryFeeSupportType",
            "description": "클레임 배송비 지원 유형"
          },
          "claimDeliveryFeeSupportAmount": {
            "type": "integer",
            "description": "클레임 배송비 지원 금액"
          },
          "reDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "재배송 방법"
          },
          "reDeliveryStatus": {
            "$ref": "#/components/schemas/DeliveryStatus",
            "description": "재배송 상태"
          },
          "reDeliveryCompany": {
            "type": "string",
            "description": "재배송 택배사 코드 (DeliveryCompanyCode)",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "reDeliveryTrackingNumber": {
            "type": "string",
            "description": "재배송 송장 번호"
          },
          "reDeliveryAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "재배송지 주소"
          },
          "reDeliveryOperationDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "재배송 처리 일시"
          },
          "exchangeImageUrl": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "교환 이미지 URL"
          }
        }
      },
      "GiftReceivingStatus": {
        "type": "string",
        "description": "선물 수락 상태 (선물하기 orders only). [DOC]",
        "enum": [
          "WAIT_FOR_RECEIVING",
          "RECEIVED"
        ],
        "x-enum-descriptions": [
          "수락 대기(배송지 입력 대기)",
          "수락 완료"
        ]
      },
      "HoldbackClassType": {
        "type": "string",
        "description": "보류 유형 (request holdbackClassType; response holdbackReason). Note the real spelling `EXTRAFEEE`. Return-side values: RETURN_*, EXTRAFEEE, ETC; exchange-side: EXCHANGE_*, ETC [INF partition]. [DOC]",
        "enum": [
          "RETURN_DELIVERYFEE",
          "EXTRAFEEE",
          "RETURN_DELIVERYFEE_AND_EXTRAFEEE",
          "RETURN_PRODUCT_NOT_DELIVERED",
          "ETC",
          "EXCHANGE_DELIVERYFEE",
          "EXCHANGE_EXTRAFEE",
          "EXCHANGE_PRODUCT_READY",
          "EXCHANGE_PRODUCT_NOT_DELIVERED",
          "EXCHANGE_HOLDBACK",
          "SELLER_CONFIRM_NEED",
          "PURCHASER_CONFIRM_NEED",
          "SELLER_REMIT",
          "ETC2"
        ],
        "x-enum-descriptions": [
          "반품 배송비 청구",
          "추가 비용 청구",
          "반품 배송비 + 추가 비용 청구",
          "반품 상품 미입고",
          "기타 사유",
          "교환 배송비 청구",
          "추가 교환 비용 청구",
          "교환 상품 준비 중",
          "교환 상품 미입고",
          "교환 구매 확정 보류",
          "판매자 확인 필요",
          "구매자 확인 필요",
          "판매자 직접 송금",
          "기타"
        ]
      },
      "HoldbackStatus": {
        "type": "string",
        "description": "보류 상태. The SOAP predecessor also had NOT_YET [SOAP]; not included. [DOC]",
        "enum": [
          "HOLDBACK",
          "RELEASED"
        ],
        "x-enum-descriptions": [
          "보류 중",
          "보류 해제"
        ]
      },
      "HopeDelivery": {
        "type": "object",
        "description": "희망일 배송 정보 (productOrder.hopeDelivery) [DOC].",
        "properties": {
          "region": {
            "type": "string",
            "description": "지역"
          },
          "additionalFee": {
            "type": "integer",
            "description": "추가 배송비"
          },
          "hopeDeliveryYmd": {
            "type": "string",
            "pattern": "^\\d{8}$",
            "description": "배송 희망일 yyyyMMdd"
          },
          "hopeDeliveryHm": {
            "type": "string",
            "pattern": "^\\d{4}$",
            "description": "배송 희망 시간 HHmm"
          },
          "changeReason": {
            "type": "string",
            "description": "변경 사유"
          },
          "changer": {
            "type": "string",
            "description": "변경자"
          }
        }
      },
      "KstDateTime": {
        "type": "string",
        "format": "date-time",
        "description": "Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].\n(Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)\n",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00$",
        "examples": [
          "2023-01-16T17:14:51.794+09:00"
        ]
      },
      "LastChangedType": {
        "type": "string",
        "description": "최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]",
        "enum": [
          "PAY_WAITING",
          "PAYED",
          "EXCHANGE_OPTION",
          "DELIVERY_ADDRESS_CHANGED",
          "GIFT_RECEIVED",
          "CLAIM_REJECTED",
          "DISPATCHED",
          "CLAIM_REQUESTED",
          "COLLECT_DONE",
          "CLAIM_COMPLETED",
          "PURCHASE_DECIDED",
          "HOPE_DELIVERY_INFO_CHANGED",
          "CLAIM_REDELIVERING"
        ],
        "x-enum-descriptions": [
          "결제 대기",
          "결제 완료",
          "옵션 변경",
          "배송지 변경",
          "선물 수락",
          "클레임 철회",
          "발송 처리",
          "클레임 요청",
          "수거 완료",
          "클레임 완료",
          "구매 확정",
          "배송 희망일 변경",
          "교환 재배송처리"
        ]
      },
      "Order": {
        "type": "object",
        "description": "Order-level fields of a product order detail [DOC].",
        "properties": {
          "orderId": {
            "type": "string",
            "description": "주문 번호"
          },
          "orderDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "주문 일시"
          },
          "paymentDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "결제 일시; absent while unpaid"
          },
          "paymentDueDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "입금 기한 (무통장입금)"
          },
          "paymentMeans": {
            "type": "string",
            "description": "결제 수단: a Korean label such as 신용카드 or 무통장입금 (see PaymentMeans) [DOC][OBS]",
            "x-npay-enum": "PaymentMeans"
          },
          "payLocationType": {
            "$ref": "#/components/schemas/PayLocationType",
            "description": "결제 위치 구분 (PC/MOBILE)"
          },
          "ordererId": {
            "type": "string",
            "description": "주문자 ID (masked)"
          },
          "ordererNo": {
            "type": "string",
            "description": "주문자 번호"
          },
          "ordererName": {
            "type": "string",
            "description": "주문자 이름"
          },
          "ordererTel": {
            "type": "string",
            "description": "주문자 연락처"
          },
          "orderDiscountAmount": {
            "type": "integer",
            "description": "주문 할인액"
          },
          "generalPaymentAmount": {
            "type": "integer",
            "description": "일반 결제 수단 최종 결제 금액"
          },
          "naverMileagePaymentAmount": {
            "type": "integer",
            "description": "네이버페이 포인트 최종 결제 금액"
          },
          "chargeAmountPaymentAmount": {
            "type": "integer",
            "description": "충전금 최종 결제 금액"
          },
          "checkoutAccumulationPaymentAmount": {
            "type": "integer",
            "description": "적립금 최종 결제 금액 (legacy)"
          },
          "payLaterPaymentAmount": {
            "type": "integer",
            "description": "후불 결제 최종 결제 금액"
          },
          "isDeliveryMemoParticularInput": {
            "type": [
              "string",
              "boolean"
            ],
            "description": "배송 메모 개별 입력 여부: a string \"true\"/\"false\" in the docs [DOC]; a live sample carried a JSON boolean [OBS]."
          },
          "isMembershipSubscribed": {
            "type": "boolean",
            "description": "네이버플러스 멤버십 가입 여부"
          }
        }
      },
      "PayLocationType": {
        "type": "string",
        "description": "결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]",
        "enum": [
          "PC",
          "MOBILE"
        ],
        "x-enum-descriptions": [
          "PC",
          "모바일"
        ]
      },
      "PaymentMeans": {
        "type": "string",
        "description": "결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.",
        "enum": [
          "신용카드",
          "신용카드 간편결제",
          "휴대폰",
          "휴대폰 간편결제",
          "계좌 간편결제",
          "무통장입금",
          "포인트/머니결제",
          "패밀리결제",
          "후불결제"
        ],
        "x-enum-descriptions": [
          "신용카드",
          "신용카드 간편결제",
          "휴대폰",
          "휴대폰 간편결제",
          "계좌 간편결제",
          "무통장입금",
          "포인트/머니결제",
          "패밀리결제",
          "후불결제"
        ]
      },
      "PickupLocationType": {
        "type": "string",
        "description": "수령 위치 유형. [DOC values; glosses INF]",
        "enum": [
          "FRONT_OF_DOOR",
          "MANAGEMENT_OFFICE",
          "DIRECT_RECEIVE",
          "OTHER"
        ],
        "x-enum-descriptions": [
          "문 앞",
          "경비실",
          "직접 수령",
          "기타"
        ]
      },
      "PlaceOrderStatus": {
        "type": "string",
        "description": "발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]",
        "enum": [
          "NOT_YET",
          "OK",
          "CANCEL"
        ],
        "x-enum-descriptions": [
          "발주 미확인",
          "발주 확인",
          "발주 확인 해제"
        ]
      },
      "ProductOrder": {
        "type": "object",
        "description": "The product order itself [DOC]. Field spellings are the real ones, including productImediateDiscountAmount and sellerBurdenImediateDiscountAmount (one \"m\"). Absent values are omitted.",
        "properties": {
          "productOrderId": {
            "type": "string",
            "description": "상품 주문 번호"
          },
          "mallId": {
            "type": "string",
            "description": "가맹점 ID (Npay merchants: np_… [INF])"
          },
          "merchantChannelId": {
            "type": "string",
            "description": "채널 번호"
          },
          "productId": {
            "type": "string",
            "description": "상품 번호 (for Npay presumably the merchant product ID [INF])"
          },
          "originalProductId": {
            "type": "string",
            "description": "원상품 번호"
          },
          "groupProductId": {
            "type": "integer",
            "format": "int64",
            "description": "그룹 상품 번호"
          },
          "productName": {
            "type": "string",
            "description": "상품명"
          },
          "productOption": {
            "type": "string",
            "description": "상품 옵션"
          },
          "optionCode": {
            "type": "string",
            "description": "옵션 코드"
          },
          "optionManageCode": {
            "type": "string",
            "description": "판매자 옵션 관리 코드"
          },
          "sellerProductCode": {
            "type": "string",
            "description": "판매자 상품 코드"
          },
          "sellerCustomCode1": {
            "type": "string",
            "description": "판매자 내부 코드 1"
          },
          "sellerCustomCode2": {
            "type": "string",
            "description": "판매자 내부 코드 2"
          },
          "itemNo": {
            "type": "string",
            "description": "아이템 번호"
          },
          "productClass": {
            "type": "string",
            "description": "상품 종류, Korean text such as 조합형옵션상품 [DOC]"
          },
          "freeGift": {
            "type": "string",
            "description": "사은품"
          },
          "packageNumber": {
            "type": "string",
            "description": "묶음 배송 번호"
          },
          "inflowPath": {
            "type": "string",
            "description": "유입 경로"
          },
          "inflowPathAdd": {
            "type": "string",
            "description": "유입 경로 추가 정보"
          },
          "individualCustomUniqueCode": {
            "type": "string",
            "description": "개인통관고유부호"
          },
          "taxType": {
            "$ref": "#/components/schemas/TaxType",
            "description": "과세 유형"
          },
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus",
            "description": "상품 주문 상태"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType",
            "description": "현재 클레임 구분; omitted without a claim"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "현재 클레임 상태; omitted without a claim"
          },
          "claimId": {
            "type": "string",
            "description": "현재 클레임 번호"
          },
          "placeOrderStatus": {
            "$ref": "#/components/schemas/PlaceOrderStatus",
            "description": "발주 상태"
          },
          "placeOrderDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "발주 확인 일시"
          },
          "decisionDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "구매 확정 일시"
          },
          "giftReceivingStatus": {
            "$ref": "#/components/schemas/GiftReceivingStatus",
            "description": "선물 수락 상태"
          },
          "quantity": {
            "type": "integer",
            "description": "수량"
          },
          "initialQuantity": {
            "type": "integer",
            "description": "최초 수량"
          },
          "remainQuantity": {
            "type": "integer",
            "description": "잔여 수량 (after 수량 클레임)"
          },
          "unitPrice": {
            "type": "integer",
            "description": "상품 가격"
          },
          "optionPrice": {
            "type": "integer",
            "description": "옵션 금액"
          },
          "totalProductAmount": {
            "type": "integer",
            "description": "상품 주문 금액"
          },
          "initialProductAmount": {
            "type": "integer",
            "description": "최초 상품 주문 금액"
          },
          "remainProductAmount": {
            "type": "integer",
            "description": "잔여 상품 주문 금액"
          },
          "productDiscountAmount": {
            "type": "integer",
            "description": "상품별 할인액"
          },
          "initialProductDiscountAmount": {
            "type": "integer",
            "description": "최초 상품별 할인액"
          },
          "remainProductDiscountAmount": {
            "type": "integer",
            "description": "잔여 상품별 할인액"
          },
          "totalPaymentAmount": {
            "type": "integer",
            "description": "총 결제 금액"
          },
          "initialPaymentAmount": {
            "type": "integer",
            "description": "최초 결제 금액"
          },
          "remainPaymentAmount": {
            "type": "integer",
            "description": "잔여 결제 금액"
          },
          "productImediateDiscountAmount": {
            "type": "integer",
            "description": "상품별 즉시 할인 금액 (real spelling, one \"m\")"
          },
          "initialProductImmediateDiscountAmount": {
            "type": "integer",
            "description": "최초 상품별 즉시 할인 금액"
          },
          "remainProductImmediateDiscountAmount": {
            "type": "integer",
            "description": "잔여 상품별 즉시 할인 금액"
          },
          "productProductDiscountAmount": {
            "type": "integer",
            "description": "상품별 상품 할인 쿠폰 금액"
          },
          "initialProductProductDiscountAmount": {
            "type": "integer",
            "description": "최초 상품별 상품 할인 쿠폰 금액"
          },
          "remainProductProductDiscountAmount": {
            "type": "integer",
            "description": "잔여 상품별 상품 할인 쿠폰 금액"
          },
          "productMultiplePurchaseDiscountAmount": {
            "type": "integer",
            "description": "상품별 복수 구매 할인 금액"
          },
          "sellerBurdenDiscountAmount": {
            "type": "integer",
            "description": "판매자 부담 할인액"
          },
          "sellerBurdenImediateDiscountAmount": {
            "type": "integer",
            "description": "판매자 부담 즉시 할인 금액 (real spelling, one \"m\")"
          },
          "initialSellerBurdenImmediateDiscountAmount": {
            "type": "integer",
            "description": "최초 판매자 부담 즉시 할인 금액"
          },
          "remainSellerBurdenImmediateDiscountAmount": {
            "type": "integer",
            "description": "잔여 판매자 부담 즉시 할인 금액"
          },
          "sellerBurdenProductDiscountAmount": {
            "type": "integer",
            "description": "판매자 부담 상품 할인 쿠폰 금액"
          },
          "initialSellerBurdenProductDiscountAmount": {
            "type": "integer",
            "description": "최초 판매자 부담 상품 할인 쿠폰 금액"
          },
          "remainSellerBurdenProductDiscountAmount": {
            "type": "integer",
            "description": "잔여 판매자 부담 상품 할인 쿠폰 금액"
          },
          "sellerBurdenMultiplePurchaseDiscountAmount": {
            "type": "integer",
            "description": "판매자 부담 복수 구매 할인 금액"
          },
          "sellerBurdenMultiplePurchaseDiscountType": {
            "$ref": "#/components/schemas/SellerBurdenMultiplePurchaseDiscountType",
            "description": "판매자 부담 복수 구매 할인 유형"
          },
          "sellerBurdenStoreDiscountAmount": {
            "type": "integer",
            "description": "판매자 부담 스토어 할인 금액"
          },
          "deliveryFeeAmount": {
            "type": "integer",
            "description": "배송비 합계"
          },
          "deliveryDiscountAmount": {
            "type": "integer",
            "description": "배송비 최종 할인액"
          },
          "sectionDeliveryFee": {
            "type": "integer",
            "description": "지역별 추가 배송비"
          },
          "paymentCommission": {
            "type": "integer",
            "description": "결제 수수료"
          },
          "saleCommission": {
            "type": "integer",
            "description": "판매 수수료"
          },
          "channelCommission": {
            "type": "integer",
            "description": "채널 수수료"
          },
          "knowledgeShoppingSellingInterlockCommission": {
            "type": "integer",
            "description": "네이버쇼핑 매출 연동 수수료"
          },
          "expectedSettlementAmount": {
            "type": "integer",
            "description": "정산 예정 금액"
          },
          "expectedDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "배송 방법"
          },
          "deliveryPolicyType": {
            "type": "string",
            "description": "배송비 정책, Korean text such as 유료 [DOC]"
          },
          "shippingFeeType": {
            "type": "string",
            "description": "배송비 형태, Korean text such as 선결제 [DOC]"
          },
          "shippingAddress": {
            "$ref": "#/components/schemas/ShippingAddress",
            "description": "배송지 정보"
          },
          "takingAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "출고지 정보"
          },
          "shippingDueDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "발송 기한 (changed by delayDispatch)"
          },
          "shippingStartDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "배송 시작 일시"
          },
          "shippingMemo": {
            "type": "string",
            "description": "배송 메모"
          },
          "delayedDispatchReason": {
            "$ref": "#/components/schemas/DelayedDispatchReason",
            "description": "발송 지연 사유 (set by delayDispatch)"
          },
          "delayedDispatchDetailedReason": {
            "type": "string",
            "description": "발송 지연 상세 사유 (set by delayDispatch)"
          },
          "hopeDelivery": {
            "$ref": "#/components/schemas/HopeDelivery",
            "description": "희망일 배송 정보"
          },
          "deliveryAttributeType": {
            "$ref": "#/components/schemas/DeliveryAttributeType",
            "description": "배송 속성"
          },
          "deliveryTagType": {
            "$ref": "#/components/schemas/DeliveryTagType",
            "description": "배송 태그"
          },
          "expectedDeliveryCompany": {
            "type": "string",
            "description": "예상 택배사 코드 (DeliveryCompanyCode)",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "arrivalGuaranteeDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "도착 보장 일시"
          },
          "logisticsCompanyId": {
            "type": "string",
            "description": "물류사 ID (fulfillment)"
          },
          "logisticsCenterId": {
            "type": "string",
            "description": "물류 센터 ID (fulfillment)"
          },
          "logisticsDirectContracted": {
            "type": "boolean",
            "description": "물류사 직계약 여부"
          },
          "storageType": {
            "$ref": "#/components/schemas/StorageType",
            "description": "보관 유형"
          },
          "skuMappings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SkuMapping"
            },
            "description": "SKU 매핑 (fulfillment)"
          },
          "commissionRatingType": {
            "type": "string",
            "description": "수수료 과금 구분, Korean text such as 결제수수료 [DOC]"
          },
          "commissionPrePayStatus": {
            "$ref": "#/components/schemas/CommissionPrePayStatus",
            "description": "수수료 선결제 상태"
          },
          "appliedCoupons": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AppliedCoupon"
            },
            "description": "적용 쿠폰"
          },
          "appliedCardPromotion": {
            "$ref": "#/components/schemas/AppliedCardPromotion",
            "description": "적용 카드 프로모션"
          }
        }
      },
      "ProductOrderDetail": {
        "type": "object",
        "description": "One product order with its order, delivery and claims (element of queryProductOrders data; content of searchProductOrders) [DOC]. Absent blocks are omitted, not null.",
        "properties": {
          "order": {
            "$ref": "#/components/schemas/Order",
            "description": "주문 정보 (shared by every product order of the orderId)"
          },
          "productOrder": {
            "$ref": "#/components/schemas/ProductOrder",
            "description": "상품 주문 정보"
          },
          "delivery": {
            "$ref": "#/components/schemas/Delivery",
            "description": "배송 정보; present once dispatched"
          },
          "cancel": {
            "$ref": "#/components/schemas/CancelClaim",
            "description": "Deprecated top-level copy of the current cancel claim (2025년 상반기 중 제거 예정) [DOC]; read currentClaim.cancel.",
            "deprecated": true
          },
          "return": {
            "$ref": "#/components/schemas/ReturnClaim",
            "description": "Deprecated top-level copy of the current return claim [DOC]; read currentClaim.return.",
            "deprecated": true
          },
          "exchange": {
            "$ref": "#/components/schemas/ExchangeClaim",
            "description": "Deprecated top-level copy of the current exchange claim [DOC]; read currentClaim.exchange.",
            "deprecated": true
          },
          "beforeClaim": {
            "$ref": "#/components/schemas/BeforeClaim",
            "description": "이전 클레임 정보"
          },
          "currentClaim": {
            "$ref": "#/components/schemas/CurrentClaim",
            "description": "현재 클레임 정보"
          },
          "completedClaims": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CompletedClaim"
            },
            "description": "완료된 클레임 목록 (flattened history entries)"
          }
        }
      },
      "ProductOrderStatus": {
        "type": "string",
        "description": "상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]",
        "enum": [
          "PAYMENT_WAITING",
          "PAYED",
          "DELIVERING",
          "DELIVERED",
          "PURCHASE_DECIDED",
          "EXCHANGED",
          "CANCELED",
          "RETURNED",
          "CANCELED_BY_NOPAYMENT"
        ],
        "x-enum-descriptions": [
          "결제 대기",
          "결제 완료",
          "배송 중",
          "배송 완료",
          "구매 확정",
          "교환",
          "취소",
          "반품",
          "미결제 취소"
        ]
      },
      "PurchaseReviewClassType": {
        "type": "string",
        "description": "리뷰 구분 [SOAP values; REST name REC guess].",
        "enum": [
          "GENERAL",
          "PREMIUM"
        ],
        "x-enum-descriptions": [
          "일반",
          "프리미엄"
        ]
      },
      "ReturnClaim": {
        "type": "object",
        "description": "Return claim block [DOC].",
        "properties": {
          "claimId": {
            "type": "string",
            "description": "클레임 번호"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "클레임 상태"
          },
          "claimRequestDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "클레임 요청 일시"
          },
          "requestChannel": {
            "type": "string",
            "description": "접수 채널 (Korean text; value set not public)"
          },
          "returnReason": {
            "$ref": "#/components/schemas/ClaimReason",
            "description": "반품 사유"
          },
          "returnDetailedReason": {
            "type": "string",
            "description": "반품 상세 사유"
          },
          "requestQuantity": {
            "type": "integer",
            "description": "요청 수량"
          },
          "returnReceiveAddress": {
            "$ref": "#/components/schemas/ReturnReceiveAddress",
            "description": "반품 수령지"
          },
          "collectAddress": {
            "$ref": "#/components/schemas/Address",
            "description": "수거지 주소"
          },
          "collectStatus": {
            "$ref": "#/components/schemas/CollectStatus",
            "description": "수거 상태"
          },
          "collectDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod",
            "description": "수거 방법"
          },
          "collectDeliveryCompany": {
            "type": "string",
            "description": "수거 택배사 코드 (DeliveryCompanyCode)",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "collectTrackingNumber": {
            "type": "string",
            "description": "수거 송장 번호"
          },
          "collectCompletedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "수거 완료 일시"
          },
          "returnCompletedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "반품 완료 일시"
          },
          "claimDeliveryFeeDemandAmount": {
            "type": "integer",
            "description": "클레임 배송비 청구액"
          },
          "claimDeliveryFeePayMeans": {
            "type": "string",
            "description": "클레임 배송비 결제 수단"
          },
          "claimDeliveryFeePayMethod": {
            "type": "string",
            "description": "클레임 배송비 결제 방법"
          },
          "claimDeliveryFeeProductOrderIds": {
            "type": "string",
            "description": "클레임 배송비 묶음 상품 주문 번호 (comma-separated)"
          },
          "claimDeliveryFeeDiscountAmount": {
            "type": "integer",
            "description": "클레임 배송비 할인액"
          },
          "remoteAreaCostChargeAmount": {
            "type": "integer",
            "description": "도서산간 추가 비용"
          },
          "etcFeeDemandAmount": {
            "type": "integer",
            "description": "기타 비용 청구액"
          },
          "etcFeePayMeans": {
            "type": "string",
            "description": "기타 비용 결제 수단"
          },
          "etcFeePayMethod": {
            "type": "string",
            "description": "기타 비용 결제 방법"
          },
          "holdbackStatus": {
            "$ref": "#/components/schemas/HoldbackStatus",
            "description": "보류 상태"
          },
          "holdbackReason": {
            "$ref": "#/components/schemas/HoldbackClassType",
            "description": "보류 유형"
          },
          "holdbackDetailedReason": {
            "type": "string",
            "description": "보류 상세 사유"
          },
          "holdbackConfigDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 설정 일시"
          },
          "holdbackConfigurer": {
            "type": "string",
            "description": "보류 설정자"
          },
          "holdbackReleaseDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "보류 해제 일시"
          },
          "holdbackReleaser": {
            "type": "string",
            "description": "보류 해제자"
          },
          "refundExpectedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "환불 예정일"
          },
          "refundStandbyReason": {
            "type": "string",
            "description": "환불 대기 사유"
          },
          "refundStandbyStatus": {
            "type": "string",
            "description": "환불 대기 상태"
          },
          "membershipsArrivalGuaranteeClaimSupportingAmount": {
            "type": "integer",
            "description": "멤버십 도착 보장 클레임 지원 금액"
          },
          "claimDeliveryFeeSupportType": {
            "$ref": "#/components/schemas/ClaimDeliveryFeeSupportType",
            "description": "클레임 배송비 지원 유형"
          },
          "claimDeliveryFeeSupportAmount": {
            "type": "integer",
            "description": "클레임 배송비 지원 금액"
          },
          "returnImageUrl": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "반품 이미지 URL"
          }
        }
      },
      "ReturnReceiveAddress": {
        "type": "object",
        "description": "Return receiving address: Address plus logisticsCenterId [DOC].",
        "properties": {
          "addressType": {
            "$ref": "#/components/schemas/AddressType",
            "description": "주소 유형"
          },
          "name": {
            "type": "string",
            "description": "이름"
          },
          "tel1": {
            "type": "string",
            "description": "연락처 1"
          },
          "tel2": {
            "type": "string",
            "description": "연락처 2"
          },
          "zipCode": {
            "type": "string",
            "description": "우편번호"
          },
          "baseAddress": {
            "type": "string",
            "description": "기본 주소"
          },
          "detailedAddress": {
            "type": "string",
            "description": "상세 주소"
          },
          "city": {
            "type": "string",
            "description": "도시 (empty string for domestic)"
          },
          "state": {
            "type": "string",
            "description": "주 (empty string for domestic)"
          },
          "country": {
            "type": "string",
            "description": "국가"
          },
          "isRoadNameAddress": {
            "type": "boolean",
            "description": "도로명 주소 여부"
          },
          "logisticsCenterId": {
            "type": "string",
            "description": "물류 센터 ID"
          }
        }
      },
      "Review": {
        "type": "object",
        "description": "One purchase review. [REC] Every name is a guess: camelCase of the SOAP PurchaseReviewList fields.",
        "properties": {
          "purchaseReviewId": {
            "type": "string",
            "description": "리뷰 번호 [REC guess]"
          },
          "purchaseReviewScore": {
            "type": "integer",
            "description": "평점: GENERAL 0–2 (불만족/보통/만족), PREMIUM 10–13, newer reviews 1–5 [SOAP/OBS]; name [REC guess]"
          },
          "purchaseReviewClassType": {
            "$ref": "#/components/schemas/PurchaseReviewClassType",
            "description": "리뷰 구분 [REC guess]"
          },
          "productOrderId": {
            "type": "string",
            "description": "상품 주문 번호 [REC guess]"
          },
          "productId": {
            "type": "string",
            "description": "상품 번호 [REC guess]"
          },
          "productName": {
            "type": "string",
            "description": "상품명 [REC guess]"
          },
          "productOption": {
            "type": "string",
            "description": "상품 옵션 [REC guess]"
          },
          "title": {
            "type": "string",
            "description": "제목 [REC guess]"
          },
          "content": {
            "type": "string",
            "description": "내용, premium reviews only [SOAP]; name [REC guess]"
          },
          "writerId": {
            "type": "string",
            "description": "작성자 ID, masked like jsp2**** [SOAP]; name [REC guess]"
          },
          "createYmdt": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "작성 일시 [REC guess]"
          },
          "modifyYmdt": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "수정 일시 [REC guess]"
          }
        }
      },
      "SellerBurdenMultiplePurchaseDiscountType": {
        "type": "string",
        "description": "판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]",
        "enum": [
          "IGNORE_QUANTITY",
          "QUANTITY"
        ],
        "x-enum-descriptions": [
          "수량 무관 할인",
          "수량 기준 할인"
        ]
      },
      "SellingInterlockCommissionType": {
        "type": "string",
        "description": "매출 연동 수수료 상세 구분 (commission-details). [DOC]",
        "enum": [
          "NAVER_SHOPPING",
          "TOPTOP",
          "EASY_BOOKING",
          "ONEPLUS",
          "SEARCH_ETC",
          "LENS",
          "SHOPPING_SEARCH",
          "SHOPPING_SEARCH_CATALOG",
          "INTEGRATED_SEARCH",
          "INTEGRATED_SEARCH_CATALOG",
          "BRAND_SEARCH",
          "SHOPPING_SEARCH_AD",
          "SHOPPING_BOX",
          "ONEPLUS_DEAL",
          "DA",
          "SA",
          "NAVER",
          "NOT_NAVER",
          "SMART_PLACE",
          "BOOK",
          "LUXURY",
          "MR",
          "PET",
          "OVERSEA_DIRECT_PURCHASE",
          "VERTICAL_BEST",
          "FORYOU",
          "TOP_TOP",
          "SHOPPING_ETC",
          "EXHIBITION",
          "PAN_CONTENTS",
          "BRAND_STORE",
          "GIFT",
          "SHOPPING_LIVE",
          "TALKTALK",
          "HOT_DEAL",
          "AITEMS",
          "SHOPPING_BEST",
          "LIVING",
          "BEAUTY",
          "SHOPPING_WINDOW",
          "ART",
          "KIDS",
          "FOOD",
          "PLAY",
          "BRANCH",
          "VILLAGE_MARKET",
          "MART",
          "BRAND_BRANCH",
          "MY",
          "CART_ZIM_RECENT",
          "REPURCHASE",
          "PAY",
          "SUBSCRIPTION",
          "FASH_TW",
          "DEPARTMENT_STORE",
          "OUTLET",
          "SOHO_STREET",
          "DESIGNER",
          "FASH_TW_BRAND",
          "ARRIVAL_GUARANTEE",
          "N_SHOPPING_SEARCH",
          "NPLUS_SEARCH",
          "NPLUS_SEARCH_AD",
          "NPLUS_SEARCH_CATEGORY",
          "NPLUS_INTEGRATED_SEARCH",
          "SHOPPING_BEST_AD",
          "NPLUS_PRODUCT_AD",
          "BRAND_CONNECT",
          "SHOPPING_BEST_V2",
          "SHOPPING_BEST_TAB",
          "TODAY_EVENT",
          "TODAY_EVENT_TAB",
          "COUPON_BENEFIT",
          "SHOPPING_REWARD",
          "N_CATEGORY",
          "SHOPPING_HOME",
          "FORYOU_TAB",
          "FASHION_BEAUTY_TAB",
          "INTEGRATED_PROMOTION_TAB",
          "CURATION_TAB",
          "NPLUS_HOME_TAB",
          "NPLUS_HOME_FASHION_BEAUTY_TAB",
          "NPLUS_HOME_FORYOU_TAB",
          "NPLUS_HOME_CURATION_TAB",
          "NPLUS_HOME_INTEGRATED_PROMOTION_TAB",
          "NPLUS_HOME_BEST_TAB",
          "NPLUS_HOME_TODAY_EVENT_TAB",
          "NPLUS_HOME_ARRIVAL_GUARANTEE_TAB",
          "PAY_HISTORY_TAB",
          "ZIM_PRODUCT_TAB",
          "SHOPPING_REVIEW_TAB",
          "SHOPPING_WEB_HISTORY",
          "DISCOVER",
          "NOW_DELIVERY",
          "NOW_DELIVERY_MART",
          "NOW_DELIVERY_LOCAL_MARKET",
          "NOW_DELIVERY_BRAND_BRANCH",
          "TODAY_LAST_DEAL",
          "NPLUS_TODAY_LAST_DEAL",
          "VTC_SHOPPING_LIVE",
          "VTC_FASHION_TOWN",
          "VTC_ONE_PLUS_DEAL",
          "VTC_MISTER",
          "HIGHEND",
          "KURLY_N_MART_HOME",
          "KUR_N_MART",
          "PLT_SMART_STORE",
          "PLF_BRAND_STORE",
          "PLF_SMART_STORE_MARKETING",
          "PLF_BRAND_STORE_MARKETING",
          "SVC_RENTAL",
          "SVC_REGULAR_SUBSCRIPTION",
          "SVC_ARRIVAL_GUARANTEE",
          "SVC_SELLER_GUARANTEE",
          "SVC_HOPE_SELLER_GUARANTEE",
          "SVC_N_SHOPPING_CONNECT",
          "SVC_SUPER_POINT",
          "SVC_N_DELIVERY_DIRECT_CONTRACT",
          "CONTRACT_TYPE",
          "PKG_BRAND_SOLUTION",
          "PATR_AFFILIATE",
          "CAFE",
          "FLEA_MARKET",
          "FLEA_MARKET_NAVER",
          "FLEA_MARKET_DELIVERY_FEE",
          "FLEA_MARKET_NAVER_DELIVERY_FEE",
          "SETTLE_DANAWA",
          "SETTLE_ENURI"
        ],
        "x-enum-descriptions": [
          "네이버쇼핑",
          "탑탑",
          "네이버예약",
          "원쁠딜",
          "검색>기타",
          "검색>렌즈",
          "검색>쇼핑검색",
          "검색>쇼핑검색카탈로그",
          "검색>통합검색",
          "검색>통합검색카탈로그",
          "광고>브랜드검색",
          "광고>쇼핑검색",
          "광고>쇼핑박스",
          "광고>원쁠딜",
          "광고>DA",
          "광고>SA",
          "기타>네이버",
          "기타>네이버외",
          "예약",
          "버티컬>도서",
          "버티컬>럭셔리",
          "버티컬>미스터",
          "버티컬>펫",
          "패션타운>해외직구",
          "버티컬>BEST",
          "버티컬>FORYOU",
          "TOPTOP",
          "쇼핑>기타",
          "쇼핑>기획전",
          "쇼핑>메인판컨텐츠",
          "쇼핑>브랜드스토어",
          "쇼핑>선물",
          "쇼핑>쇼핑LIVE",
          "쇼핑>톡톡",
          "쇼핑>핫딜",
          "쇼핑>AiTEMS",
          "쇼핑>BEST",
          "윈도>리빙",
          "패션타운>뷰티",
          "윈도>쇼핑",
          "윈도>아트",
          "윈도>키즈",
          "윈도>푸드",
          "윈도>플레이",
          "장보기>기타",
          "장보기>동네시장",
          "장보기>마트",
          "장보기>브랜드직영관",
          "MY>기타",
          "MY>장바구니,찜,최근",
          "MY>재구매",
          "MY>페이",
          "MY>정기구독",
          "패션타운>패션타운",
          "패션타운>백화점",
          "패션타운>아울렛",
          "패션타운>소호&스트릿",
          "패션타운>디자이너",
          "패션타운>브랜드직영몰",
          "쇼핑>N배송관",
          "검색>N쇼핑검색",
          "검색>플러스스토어_검색",
          "검색>플러스스토어_검색광고",
          "검색>플러스스토어_카테고리",
          "검색>통검_플러스스토어_검색",
          "광고>쇼핑베스트",
          "광고>N+상품광고",
          "기타>브랜드커넥트",
          "쇼핑>쇼핑베스트",
          "쇼핑>베스트탭",
          "쇼핑>오늘행사",
          "쇼핑>오늘행사탭",
          "쇼핑>쿠폰/혜택",
          "쇼핑>슈퍼적립",
          "쇼핑>N카테고리",
          "쇼핑>홈",
          "쇼핑>포유탭",
          "쇼핑>패션뷰티탭",
          "쇼핑>통합프로모션탭",
          "쇼핑>큐레이션탭",
          "쇼핑>플러스스토어_홈탭",
          "쇼핑>플러스스토어_홈_패션뷰티탭",
          "쇼핑>플러스스토어_홈_포유탭",
          "쇼핑>플러스스토어_홈_큐레이션탭",
          "쇼핑>플러스스토어_홈_통프탭",
          "쇼핑>플러스스토어_홈_베스트탭",
          "쇼핑>플러스스토어_홈_오늘행사탭",
          "쇼핑>플러스스토어_홈_N배송탭",
          "MY>결제탭",
          "MY>찜한상품탭",
          "MY>쇼핑리뷰탭",
          "MY>쇼핑웹_구매내역",
          "쇼핑>발견",
          "지금배달>기타",
          "지금배달>마트",
          "지금배달>동네시장",
          "지금배달>브랜드직영관",
          "쇼핑>오늘끝딜",
          "쇼핑>N+스토어_오늘끝딜탭",
          "쇼핑라이브 버티컬 사용료",
          "패션타운 버티컬 사용료",
          "원쁠딜 버티컬 사용료",
          "미스터 버티컬 사용료",
          "하이엔드",
          "컬리N마트>홈",
          "컬리N마트>기타",
          "스마트스토어 판매 수수료",
          "브랜드스토어 판매 수수료",
          "스마트스토어 판매자 마케팅 수수료",
          "브랜드스토어 판매자 마케팅 수수료",
          "렌탈 솔루션 사용료",
          "정기구독 솔루션 사용료",
          "N배송 솔루션 사용료",
          "N판매자배송 솔루션 사용료",
          "N희망일배송 솔루션 사용료",
          "쇼핑 커넥트 솔루션 사용료",
          "슈퍼적립 솔루션 사용료",
          "네이버 물류직계약 솔루션 사용료",
          "계약",
          "브랜드솔루션패키지 사용료",
          "어필리에이트 사용료",
          "구매자",
          "FLEA_MARKET",
          "FLEA_MARKET_NAVER",
          "FLEA_MARKET_DELIVERY_FEE",
          "FLEA_MARKET_NAVER_DELIVERY_FEE",
          "다나와",
          "에누리"
        ]
      },
      "ShippingAddress": {
        "type": "object",
        "description": "Receiver address (productOrder.shippingAddress) [DOC].",
        "properties": {
          "addressType": {
            "$ref": "#/components/schemas/AddressType",
            "description": "주소 유형"
          },
          "name": {
            "type": "string",
            "description": "이름"
          },
          "tel1": {
            "type": "string",
            "description": "연락처 1"
          },
          "tel2": {
            "type": "string",
            "description": "연락처 2"
          },
          "zipCode": {
            "type": "string",
            "description": "우편번호"
          },
          "baseAddress": {
            "type": "string",
            "description": "기본 주소"
          },
          "detailedAddress": {
            "type": "string",
            "description": "상세 주소"
          },
          "city": {
            "type": "string",
            "description": "도시 (empty string for domestic)"
          },
          "state": {
            "type": "string",
            "description": "주 (empty string for domestic)"
          },
          "country": {
            "type": "string",
            "description": "국가"
          },
          "isRoadNameAddress": {
            "type": "boolean",
            "description": "도로명 주소 여부"
          },
          "pickupLocationType": {
            "$ref": "#/components/schemas/PickupLocationType",
            "description": "수령 위치"
          },
          "pickupLocationContent": {
            "type": "string",
            "description": "수령 위치 상세"
          },
          "entryMethod": {
            "$ref": "#/components/schemas/EntryMethod",
            "description": "공동현관 출입 방법"
          },
          "entryMethodContent": {
            "type": "string",
            "description": "출입 방법 상세"
          },
          "buildingManagementNo": {
            "type": "string",
            "description": "건물 관리 번호"
          },
          "longitude": {
            "type": "string",
            "description": "경도"
          },
          "latitude": {
            "type": "string",
            "description": "위도"
          }
        }
      },
      "SkuMapping": {
        "type": "object",
        "description": "SKU mapping of a fulfillment product order [DOC].",
        "properties": {
          "nsId": {
            "type": "string",
            "description": "SKU ID"
          },
          "nsBarcode": {
            "type": "string",
            "description": "SKU 바코드"
          },
          "pickingQuantityPerOrder": {
            "type": "integer",
            "description": "주문당 피킹 수량"
          }
        }
      },
      "StorageType": {
        "type": "string",
        "description": "보관 유형 (fulfillment). [DOC]",
        "enum": [
          "DRY",
          "WET",
          "FROZEN"
        ],
        "x-enum-descriptions": [
          "상온",
          "냉장",
          "냉동"
        ]
      },
      "TaxType": {
        "type": "string",
        "description": "과세 유형. [DOC]",
        "enum": [
          "TAXATION",
          "TAX_EXEMPTION",
          "TAX_FREE"
        ],
        "x-enum-descriptions": [
          "과세",
          "면세",
          "영세"
        ]
      }
    }
  }
} as const
