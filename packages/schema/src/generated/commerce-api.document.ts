// generated — do not edit. Source: openapi/profiles/commerce-api.yaml over npay-api.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export const commerceApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Naver Commerce API 주문·정산 (판매자)",
    "version": "1.0.0",
    "summary": "The Commerce API seller order and settlement endpoints as emulated by npay-sandbox.",
    "description": "OpenAPI description of the Naver Commerce API order management (`/v1/pay-order/seller/...`) and\nsettlement (`/v1/pay-settle/...`) endpoints with OAuth 2.0 token issuance, as served by npay-sandbox to\nmerchant apps created with `\"api\": \"commerce\"`. Generated from the mall document (the two APIs share\ngateway, schemas and state machine [DOC]); operations and fields the docs of\nhttps://apicenter.commerce.naver.com describe only for sellers are added here. Provenance labels as in\nthe mall document.\n",
    "contact": {
      "name": "npay-sandbox"
    }
  },
  "servers": [
    {
      "url": "https://api.commerce.naver.com/external",
      "description": "Real Commerce API (one host for development and production) [DOC]"
    },
    {
      "url": "http://127.0.0.1:8787/external",
      "description": "Local npay-sandbox emulator"
    }
  ],
  "tags": [
    {
      "name": "OAuth 2.0",
      "description": "인증 토큰 발급"
    },
    {
      "name": "주문 조회",
      "description": "변경 내역, 상세, 상품 주문 번호, 조건형 조회"
    },
    {
      "name": "주문 처리",
      "description": "발주 확인, 발송 지연, 발송 처리"
    },
    {
      "name": "취소·반품·교환",
      "description": "Claim actions on one product order"
    },
    {
      "name": "정산",
      "description": "정산·부가세 내역 조회"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "paths": {
    "/v1/oauth2/token": {
      "post": {
        "operationId": "issueToken",
        "tags": [
          "OAuth 2.0"
        ],
        "summary": "인증 토큰 발급 요청",
        "description": "Issues a bearer token (OAuth 2.0 client credentials with a bcrypt signature). Path is the Commerce\nlayout `{base}/v1/oauth2/token` [INF; Npay does not publish it]. Parameters are normally sent as an\n`application/x-www-form-urlencoded` body [DOC]; several public clients send the same parameters in\nthe query string with an empty body and this works against the real server [OBS], so both are\ndescribed here and the emulator accepts either [REC].\n\nSignature: `client_secret_sign = Base64(bcrypt(client_id + \"_\" + timestamp, client_secret))`,\nwhere the client secret itself is the bcrypt salt [DOC]. A token lives 10,800 s; while at least\n30 minutes remain the same token is returned [DOC].\n",
        "security": [],
        "parameters": [
          {
            "name": "client_id",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "timestamp",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "type": "integer",
              "format": "int64"
            }
          },
          {
            "name": "grant_type",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "$ref": "#/components/schemas/GrantType"
            }
          },
          {
            "name": "client_secret_sign",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "$ref": "#/components/schemas/TokenType"
            }
          },
          {
            "name": "account_id",
            "in": "query",
            "required": false,
            "description": "Same as the body field; query-string form [OBS].",
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": false,
          "description": "Token parameters. May be empty when the parameters are sent in the query string [OBS].",
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/TokenOk"
          },
          "400": {
            "$ref": "#/components/responses/TokenBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/TokenForbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/TokenServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/last-changed-statuses": {
      "get": {
        "operationId": "getLastChangedStatuses",
        "tags": [
          "주문 조회"
        ],
        "summary": "변경 상품 주문 내역 조회",
        "description": "조회 범위 내에 변경 이력이 있는 상품 주문 내역을 조회 [NPAY]. Rows are ordered by `lastChangedDate`\nthen product order ID [DOC]. When more rows remain than `limitCount`, `data.more` carries the\ncursor: call again with `lastChangedFrom = more.moreFrom`, `moreSequence = more.moreSequence` and\nthe same `lastChangedTo` [DOC]. An empty result may carry no `data` at all [OBS]. A window longer\nthan 24 h is rejected with 400 `104139` [INF]. The emulator records one row per change event [REC].\n",
        "parameters": [
          {
            "name": "lastChangedFrom",
            "in": "query",
            "required": true,
            "description": "Inclusive start of the window. Send the `+` of `+09:00` as `%2B`. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/DateTimeInput"
            },
            "example": "2024-06-07T19:00:00.000+09:00"
          },
          {
            "name": "lastChangedTo",
            "in": "query",
            "required": false,
            "description": "Inclusive end of the window; default `lastChangedFrom` + 24 h. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/DateTimeInput"
            }
          },
          {
            "name": "lastChangedType",
            "in": "query",
            "required": false,
            "description": "Only rows of this change type. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/LastChangedType"
            }
          },
          {
            "name": "moreSequence",
            "in": "query",
            "required": false,
            "description": "Continuation cursor from a previous `data.more.moreSequence`. [DOC]",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "limitCount",
            "in": "query",
            "required": false,
            "description": "Page size. Omitted or greater than 300 → 300 (the value is clamped, not rejected). [DOC]",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 300
            }
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/LastChangedStatusesOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/query": {
      "post": {
        "operationId": "queryProductOrders",
        "tags": [
          "주문 조회"
        ],
        "summary": "상품 주문 상세 내역 조회",
        "description": "상품 주문에 대한 상세 내역을 조회 [NPAY]. Unknown IDs and IDs of another merchant are left out of\n`data` [INF]; results follow the requested order [REC]. An empty list or more than 300 IDs → 400\n`4000` [INF/REC].\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QueryProductOrdersRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProductOrderDetailsOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/orders/{orderId}/product-order-ids": {
      "get": {
        "operationId": "getProductOrderIds",
        "tags": [
          "주문 조회"
        ],
        "summary": "상품 주문 번호 목록 조회",
        "description": "주문에 대한 상품 주문 번호 목록을 조회 [NPAY]. `data` is a plain array [DOC]. Unknown order → 400\n`100003` [INF]; another merchant's order → 400 `101010` [OBS].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/OrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ProductOrderIdsOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders": {
      "get": {
        "operationId": "searchProductOrders",
        "tags": [
          "주문 조회"
        ],
        "summary": "조건형 상품 주문 상세 내역 조회",
        "description": "조건에 맞는 상품 주문 상세 내역을 조회 [NPAY]. The span `from`..`to` must not exceed 24 h (400 `4000`\n[OBS]).\n",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": true,
            "description": "Inclusive start. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/DateTimeInput"
            },
            "example": "2024-06-07T19:00:00.000+09:00"
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "description": "Inclusive end; default `from` + 24 h. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/DateTimeInput"
            }
          },
          {
            "name": "rangeType",
            "in": "query",
            "required": false,
            "description": "Which timestamp `from`/`to` filter on. The current docs make it optional with default\n`PAYED_DATETIME` [DOC]; an older doc version listed it as required.\n",
            "schema": {
              "$ref": "#/components/schemas/RangeType"
            }
          },
          {
            "name": "productOrderStatuses",
            "in": "query",
            "required": false,
            "description": "Product order status filter. Repeated keys (`?productOrderStatuses=PAYED&productOrderStatuses=DELIVERING`)\nand comma lists (`?productOrderStatuses=PAYED,DELIVERING`) are both accepted [REC; encoding not documented].\n",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ProductOrderStatus"
              }
            }
          },
          {
            "name": "claimStatuses",
            "in": "query",
            "required": false,
            "description": "Claim status filter. Repeated keys and comma lists are both accepted [REC; encoding not documented].\n",
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ClaimStatus"
              }
            }
          },
          {
            "name": "placeOrderStatusType",
            "in": "query",
            "required": false,
            "description": "발주 상태 filter. [DOC]",
            "schema": {
              "$ref": "#/components/schemas/PlaceOrderStatus"
            }
          },
          {
            "name": "fulfillment",
            "in": "query",
            "required": false,
            "description": "Absent = all; `false` = non-fulfillment orders; `true` = fulfillment (logistics-center) orders. [DOC]",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "pageSize",
            "in": "query",
            "required": false,
            "description": "Page size. [DOC]",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 300,
              "default": 300
            }
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "1-based page number. [DOC]",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            }
          },
          {
            "$ref": "#/components/parameters/QuantityClaimCompatibility"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/SearchProductOrdersOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/confirm": {
      "post": {
        "operationId": "confirmProductOrders",
        "tags": [
          "주문 처리"
        ],
        "summary": "발주 확인 처리",
        "description": "단수 또는 복수 개 상품 주문의 발주를 확인 처리 [NPAY]. `placeOrderStatus` NOT_YET → OK; the product order\nstays PAYED [OBS]. HTTP 200 even when items fail; failures are listed in `failProductOrderInfos` [DOC].\nWhether the mall variant answers with `successProductOrderInfos` (as the seller API) is unverified [INF].\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConfirmProductOrdersRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ConfirmOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/delay": {
      "post": {
        "operationId": "delayDispatch",
        "tags": [
          "주문 처리"
        ],
        "summary": "발송 지연 처리",
        "description": "1건의 상품 주문을 발송 지연 요청 [NPAY]. Sets `shippingDueDate`, `delayedDispatchReason` and\n`delayedDispatchDetailedReason`; the status stays PAYED and no last-changed row is written [INF].\nA due date out of the allowed range fails with `104105` [DOC]; the emulator rejects a date not after\nnow and not after the current due date [REC]. Business-state failures are HTTP 200 with one\n`failProductOrderInfos` entry [REC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DelayDispatchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/dispatch": {
      "post": {
        "operationId": "dispatchProductOrders",
        "tags": [
          "주문 처리"
        ],
        "summary": "발송 처리",
        "description": "단수 또는 복수 개 상품 주문을 발송 처리 [NPAY]. HTTP 200 even when items fail; failures are listed in\n`failProductOrderInfos` with codes such as `9999` (주문상태 및 클레임상태를 확인하세요), `104118`–`104122`\nand `104131` [DOC][OBS]. The status moves PAYED → DELIVERING and a `DISPATCHED` last-changed row is\nwritten [INF]. Dispatch straight from 발주 미확인 is allowed and confirms implicitly [INF/REC].\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DispatchProductOrdersRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/request": {
      "post": {
        "operationId": "requestCancel",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "취소 요청",
        "description": "1건의 상품 주문에 대한 판매 취소 [NPAY]. A seller-initiated cancel completes without buyer approval [OBS];\na `cancelQuantity` below the remaining quantity is a partial (수량) cancel and the status stays PAYED [OBS].\nBusiness-state failures are HTTP 200 with one `failProductOrderInfos` entry [REC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RequestCancelRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/approve": {
      "post": {
        "operationId": "approveCancel",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "취소 요청 승인",
        "description": "1건의 상품 주문에 대한 취소 요청을 승인 [NPAY]. Allowed only for a buyer cancel request in\n`CANCEL_REQUEST` [OBS]. No request body [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/request": {
      "post": {
        "operationId": "requestReturn",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "반품 요청",
        "description": "1건의 상품 주문에 대한 반품을 요청 [NPAY]. Allowed from DELIVERING/DELIVERED without another open claim [INF].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RequestReturnRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/approve": {
      "post": {
        "operationId": "approveReturn",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "반품 승인",
        "description": "1건의 상품 주문에 대한 반품을 승인 [NPAY]. Not allowed while the return is held back [INF]. No request body [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/reject": {
      "post": {
        "operationId": "rejectReturn",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "반품 거부(철회)",
        "description": "1건의 상품 주문에 대한 반품 요청을 거부(철회) [NPAY].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RejectReturnRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback": {
      "post": {
        "operationId": "holdbackReturn",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "반품 보류",
        "description": "1건의 상품 주문에 대한 반품을 보류 [NPAY]. Sets `return.holdbackStatus=HOLDBACK`; the claim status is\nunchanged and no last-changed row is written [INF].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HoldbackReturnRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback/release": {
      "post": {
        "operationId": "releaseReturnHoldback",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "반품 보류 해제",
        "description": "1건의 상품 주문에 대한 반품 보류를 해제 [NPAY]. No request body [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve": {
      "post": {
        "operationId": "completeExchangeCollect",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "교환 수거 완료",
        "description": "1건의 상품 주문에 대한 교환을 수거 완료 처리 [NPAY]. The mall path ends in `collect/complete` [NPAY];\nthe seller sibling ends in `collect/approve` [DOC], which the emulator also serves (see\n`x-npay-sandbox-aliases`) [REC]. No request body [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/dispatch": {
      "post": {
        "operationId": "redeliverExchange",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "교환 재배송 처리",
        "description": "1건의 상품 주문에 대한 교환 승인 건을 재배송 처리 [NPAY]. Allowed only after collection (`COLLECT_DONE`),\notherwise `104417` [DOC code; state INF].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RedeliverExchangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/reject": {
      "post": {
        "operationId": "rejectExchange",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "교환 거부(철회)",
        "description": "1건의 상품 주문에 대한 교환 요청을 거부(철회) [NPAY].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RejectExchangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback": {
      "post": {
        "operationId": "holdbackExchange",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "교환 보류",
        "description": "1건의 상품 주문에 대한 교환을 보류 [NPAY]. Sets `exchange.holdbackStatus=HOLDBACK` [INF].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HoldbackExchangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback/release": {
      "post": {
        "operationId": "releaseExchangeHoldback",
        "tags": [
          "취소·반품·교환"
        ],
        "summary": "교환 보류 해제",
        "description": "1건의 상품 주문에 대한 교환 보류를 해제 [NPAY]. No request body [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-settle/settle/case": {
      "get": {
        "operationId": "getSettleCases",
        "tags": [
          "정산"
        ],
        "summary": "건별 정산 내역 조회",
        "description": "Settlement lines per product order, delivery fee or other fee [DOC]. (The Npay README swaps the one-line\ndescriptions of case and daily; the names and schemas agree that `case` is per line item [DOC].)\nRows are appended, never edited, when something changes after settlement [OBS].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/SettleSearchDate"
          },
          {
            "$ref": "#/components/parameters/SettleOrderId"
          },
          {
            "$ref": "#/components/parameters/SettleProductOrderId"
          },
          {
            "$ref": "#/components/parameters/SettlePeriodTypeParam"
          },
          {
            "$ref": "#/components/parameters/SettleDecisionTypeParam"
          },
          {
            "$ref": "#/components/parameters/SettleTypeParam"
          },
          {
            "$ref": "#/components/parameters/PageNumber"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/SettleCasesOk"
          },
          "400": {
            "$ref": "#/components/responses/SettlementBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/SettlementServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-settle/settle/daily": {
      "get": {
        "operationId": "getSettleDaily",
        "tags": [
          "정산"
        ],
        "summary": "일별 정산 내역 조회",
        "description": "Settlement totals per settlement day, filtered on the expected settlement date [DOC][OBS].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/PageNumber"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/SettleDailyOk"
          },
          "400": {
            "$ref": "#/components/responses/SettlementBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/SettlementServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-settle/settle/commission-details": {
      "get": {
        "operationId": "getCommissionDetails",
        "tags": [
          "정산"
        ],
        "summary": "수수료 상세 내역 조회",
        "description": "Commission lines [DOC]. Note the element field `orderNo` (not `orderId`) [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/SettleSearchDate"
          },
          {
            "$ref": "#/components/parameters/SettleOrderId"
          },
          {
            "$ref": "#/components/parameters/SettleProductOrderId"
          },
          {
            "$ref": "#/components/parameters/SettlePeriodTypeParam"
          },
          {
            "$ref": "#/components/parameters/SettleDecisionTypeParam"
          },
          {
            "$ref": "#/components/parameters/SettleTypeParam"
          },
          {
            "$ref": "#/components/parameters/PageNumber"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/CommissionDetailsOk"
          },
          "400": {
            "$ref": "#/components/responses/SettlementBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/SettlementServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-settle/vat/case": {
      "get": {
        "operationId": "getVatCases",
        "tags": [
          "정산"
        ],
        "summary": "건별 부가세 내역 조회",
        "description": "VAT lines per order [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/VatStartDate"
          },
          {
            "$ref": "#/components/parameters/VatEndDate"
          },
          {
            "$ref": "#/components/parameters/PageNumber"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/VatCasesOk"
          },
          "400": {
            "$ref": "#/components/responses/SettlementBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/SettlementServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-settle/vat/daily": {
      "get": {
        "operationId": "getVatDaily",
        "tags": [
          "정산"
        ],
        "summary": "일별 부가세 내역 조회",
        "description": "VAT totals per day [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/VatStartDate"
          },
          {
            "$ref": "#/components/parameters/VatEndDate"
          },
          {
            "$ref": "#/components/parameters/PageNumber"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/VatDailyOk"
          },
          "400": {
            "$ref": "#/components/responses/SettlementBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/SettlementServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    },
    "/v1/pay-order/seller/product-orders/{productOrderId}/hope-delivery/change": {
      "post": {
        "operationId": "changeHopeDelivery",
        "tags": [
          "주문 처리"
        ],
        "summary": "배송 희망일 변경 처리",
        "description": "배송 희망일 정보를 변경 처리합니다 [DOC]. Only product orders placed with a hope-delivery date\n(`productOrder.hopeDelivery`, else 104441) that are not yet dispatched and have no claim in\nprogress can change it (else 104442) [INF]. The change writes the new day (time and region when\ngiven), `hopeDelivery.changeReason` and `changer` (`판매자 API` [REC]), and one last-changed row of\ntype `HOPE_DELIVERY_INFO_CHANGED` [DOC enum][INF], which the conditional query's\n`HOPE_DELIVERY_INFO_CHANGED_DATETIME` finds. A day that does not exist or is past (104444), more\nthan 30 days ahead (104445), unchanged (104446), a current hope day that has come (104449), or a\ntime or region for N희망일배송 (104450) is refused [DOC codes][REC rules]. Business-state failures\nare HTTP 200 with one `failProductOrderInfos` entry, as for every single-order action [REC].\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductOrderId"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "배송 희망일 변경 정보 [DOC].",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/HopeDeliveryChangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ClaimActionOk"
          },
          "400": {
            "$ref": "#/components/responses/OrderBadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/OrderServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          },
          "504": {
            "$ref": "#/components/responses/GatewayTimeout"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer {access_token}` from issueToken [NPAY][DOC]."
      }
    },
    "headers": {
      "TraceId": {
        "description": "Gateway trace id `{host}^{epochMillis}^{counter}`, on every response [NPAY][OBS].",
        "schema": {
          "type": "string"
        },
        "example": "ar2-55f4fd5f54-mwk8w^1643182339983^366577"
      },
      "RateLimitReplenishRate": {
        "description": "Token-bucket refill rate, tokens per second [DOC].",
        "schema": {
          "type": "integer"
        }
      },
      "RateLimitBurstCapacity": {
        "description": "Token-bucket size; twice the replenish rate [DOC].",
        "schema": {
          "type": "integer"
        }
      },
      "RateLimitRemaining": {
        "description": "Tokens left in the bucket [DOC].",
        "schema": {
          "type": "integer"
        }
      }
    },
    "parameters": {
      "ProductOrderId": {
        "name": "productOrderId",
        "in": "path",
        "required": true,
        "description": "상품 주문 번호 (16-digit numeric string) [DOC].",
        "schema": {
          "type": "string"
        },
        "example": "2022040521691951"
      },
      "OrderId": {
        "name": "orderId",
        "in": "path",
        "required": true,
        "description": "주문 번호 (16-digit numeric string beginning with the order date) [DOC].",
        "schema": {
          "type": "string"
        },
        "example": "2022051120592121"
      },
      "QuantityClaimCompatibility": {
        "name": "quantityClaimCompatibility",
        "in": "query",
        "required": false,
        "description": "수량 클레임 변경사항 대응 완료 여부; exact semantics unclear (open question) [DOC].",
        "schema": {
          "type": "boolean"
        }
      },
      "PageNumber": {
        "name": "pageNumber",
        "in": "query",
        "required": true,
        "description": "1-based page number [DOC].",
        "schema": {
          "type": "integer",
          "format": "int32",
          "minimum": 1
        },
        "example": 1
      },
      "PageSize": {
        "name": "pageSize",
        "in": "query",
        "required": true,
        "description": "Page size, at most 1000 [DOC].",
        "schema": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 1000
        },
        "example": 10
      },
      "SettleSearchDate": {
        "name": "searchDate",
        "in": "query",
        "required": false,
        "description": "조회일, the single day `periodType` refers to [DOC]. Practically required [INF].",
        "schema": {
          "$ref": "#/components/schemas/LocalDate"
        },
        "example": "2022-01-01"
      },
      "SettleOrderId": {
        "name": "orderId",
        "in": "query",
        "required": false,
        "description": "주문 번호 [DOC].",
        "schema": {
          "type": "string"
        }
      },
      "SettleProductOrderId": {
        "name": "productOrderId",
        "in": "query",
        "required": false,
        "description": "상품 주문 번호 [DOC].",
        "schema": {
          "type": "string"
        }
      },
      "SettlePeriodTypeParam": {
        "name": "periodType",
        "in": "query",
        "required": false,
        "description": "조회 기간 기준 [DOC].",
        "schema": {
          "$ref": "#/components/schemas/SettlePeriodType"
        }
      },
      "SettleDecisionTypeParam": {
        "name": "settleDecisionType",
        "in": "query",
        "required": false,
        "description": "결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC].",
        "schema": {
          "$ref": "#/components/schemas/SettleDecisionType"
        }
      },
      "SettleTypeParam": {
        "name": "settleType",
        "in": "query",
        "required": false,
        "description": "정산 구분 [DOC].",
        "schema": {
          "$ref": "#/components/schemas/SettleType"
        }
      },
      "StartDate": {
        "name": "startDate",
        "in": "query",
        "required": true,
        "description": "시작일 (settlement basis date) [DOC]. Maximum span is not documented [INF].",
        "schema": {
          "$ref": "#/components/schemas/LocalDate"
        },
        "example": "2022-01-01"
      },
      "EndDate": {
        "name": "endDate",
        "in": "query",
        "required": true,
        "description": "종료일 [DOC].",
        "schema": {
          "$ref": "#/components/schemas/LocalDate"
        },
        "example": "2022-02-01"
      },
      "VatStartDate": {
        "name": "startDate",
        "in": "query",
        "required": true,
        "description": "시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].",
        "schema": {
          "$ref": "#/components/schemas/LocalDate"
        },
        "example": "2022-01-01"
      },
      "VatEndDate": {
        "name": "endDate",
        "in": "query",
        "required": true,
        "description": "종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].",
        "schema": {
          "$ref": "#/components/schemas/LocalDate"
        },
        "example": "2022-02-01"
      }
    },
    "responses": {
      "TokenOk": {
        "description": "인증 토큰 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/TokenResponse"
            }
          }
        }
      },
      "LastChangedStatusesOk": {
        "description": "변경 상품 주문 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/LastChangedStatusesResponse"
            }
          }
        }
      },
      "ProductOrderDetailsOk": {
        "description": "상품 주문 상세 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ProductOrderDetailsResponse"
            }
          }
        }
      },
      "ProductOrderIdsOk": {
        "description": "상품 주문 번호 목록 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ProductOrderIdsResponse"
            }
          }
        }
      },
      "SearchProductOrdersOk": {
        "description": "조건형 상품 주문 상세 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SearchProductOrdersResponse"
            }
          }
        }
      },
      "ConfirmOk": {
        "description": "(성공/실패) 발주 확인 처리 내역; HTTP 200 even when items fail [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ConfirmResponse"
            }
          }
        }
      },
      "ClaimActionOk": {
        "description": "(성공/실패) 상품 주문 처리 내역 (주문 클레임 처리 반환 구조체); HTTP 200 even when items fail [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ClaimActionResponse"
            }
          }
        }
      },
      "ReviewsOk": {
        "description": "리뷰 목록 [REC: shape is a guess]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ReviewsResponse"
            }
          }
        }
      },
      "SettleCasesOk": {
        "description": "건별 정산 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SettleCasePage"
            }
          }
        }
      },
      "SettleDailyOk": {
        "description": "일별 정산 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SettleDailyPage"
            }
          }
        }
      },
      "CommissionDetailsOk": {
        "description": "수수료 상세 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CommissionDetailPage"
            }
          }
        }
      },
      "VatCasesOk": {
        "description": "건별 부가세 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VatCasePage"
            }
          }
        }
      },
      "VatDailyOk": {
        "description": "일별 부가세 내역 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VatDailyPage"
            }
          }
        }
      },
      "OrderBadRequest": {
        "description": "(실패) 잘못된 요청: validation (`4000` with `invalidInputs`) or a business error of a query endpoint (e.g. `104139`, `100003`, `101010`) [DOC][OBS]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/OrderErrorBody"
            }
          }
        }
      },
      "OrderServerError": {
        "description": "(실패) 서버 내부: service error (`9999`) or gateway proxy error `GW.PROXY.0x` / `GW.INTERNAL_SERVER_ERROR` (same shape without `invalidInputs`) [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/OrderErrorBody"
            }
          }
        }
      },
      "SettlementBadRequest": {
        "description": "잘못된 요청: `BAD_REQUEST` / `잘못된 요청` with `invalidInputs` (e.g. `type` `typeMismatch`) [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SettlementErrorBody"
            }
          }
        }
      },
      "SettlementServerError": {
        "description": "내부 서버 오류: `INTERNAL_SERVER_ERROR` with empty `invalidInputs` [DOC], or a gateway proxy error body [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/SettlementErrorBody"
                },
                {
                  "$ref": "#/components/schemas/GatewayErrorBody"
                }
              ]
            }
          }
        }
      },
      "TokenBadRequest": {
        "description": "유효성 검사 오류. The concrete codes for a bad signature, an expired timestamp or an unknown client are not public; the emulator answers `BAD_REQUEST` with `invalidInputs` naming the field [REC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/TokenErrorBody"
            }
          }
        }
      },
      "TokenForbidden": {
        "description": "접근 권한 오류, e.g. gateway `GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/TokenErrorBody"
            }
          }
        }
      },
      "TokenServerError": {
        "description": "서버 오류 [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/TokenErrorBody"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "`GW.AUTHN` 요청을 보낼 권한이 없습니다. — missing, unknown or expired token; re-issue a token [DOC][OBS]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      },
      "Forbidden": {
        "description": "`GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) or a missing API-group permission (`GW.AUTHZ` [REC]; one report shows `GW.AUTHN` with 403 [OBS]) [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      },
      "NotFound": {
        "description": "`GW.NOT_FOUND` 요청하신 리소스를 찾을 수 없습니다. — path not registered on the gateway [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "`GW.RATE_LIMIT` (요청이 많아 서비스를 일시적으로 사용할 수 없습니다.) or `GW.QUOTA_LIMIT` (할당된 시간당 요청량을 초과하였습니다.). No `Retry-After` header [OBS] [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          },
          "GNCP-GW-RateLimit-Replenish-Rate": {
            "$ref": "#/components/headers/RateLimitReplenishRate"
          },
          "GNCP-GW-RateLimit-Burst-Capacity": {
            "$ref": "#/components/headers/RateLimitBurstCapacity"
          },
          "GNCP-GW-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "`GW.BLOCK.01` (circuit breaker) / `GW.BLOCK.02` (점검): 서비스를 일시적으로 사용할 수 없습니다. [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      },
      "GatewayTimeout": {
        "description": "`GW.TIMEOUT.01` / `GW.TIMEOUT.02`: 요청 대기 시간이 초과되었습니다. [DOC]",
        "headers": {
          "GNCP-GW-Trace-ID": {
            "$ref": "#/components/headers/TraceId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayErrorBody"
            }
          }
        }
      }
    },
    "schemas": {
      "DateTimeInput": {
        "type": "string",
        "format": "date-time",
        "description": "Date-time input `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` [DOC]. An offset (`Z` or ±hh:mm) is required; milliseconds\nare required by the docs, and 1–3 fraction digits are accepted because real responses sometimes print\nfewer digits and clients echo them back [OBS][REC]. In query strings send `+` as `%2B` [DOC].\n",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}(Z|[+-]\\d{2}:\\d{2})$",
        "examples": [
          "2022-09-29T17:32:06.000+09:00"
        ]
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
      "LocalDate": {
        "type": "string",
        "format": "date",
        "description": "Date `yyyy-MM-dd` [DOC].",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
        "examples": [
          "2022-01-01"
        ]
      },
      "GrantType": {
        "type": "string",
        "description": "OAuth 2.0 grant type; only `client_credentials` [DOC].",
        "enum": [
          "client_credentials"
        ]
      },
      "TokenType": {
        "type": "string",
        "description": "Token resource type [DOC]: `SELF` = the app's own resources, `SELLER` = resources of a related seller\n(needs `account_id`). Required by the Commerce API; for Npay mall apps optional, `SELF` assumed [INF][REC].\n",
        "enum": [
          "SELF",
          "SELLER"
        ],
        "x-enum-descriptions": [
          "애플리케이션 자신의 리소스",
          "연결된 판매자의 리소스 (account_id 필요)"
        ]
      },
      "TokenRequest": {
        "type": "object",
        "description": "Token request parameters (form body or query string) [DOC][OBS].",
        "required": [
          "client_id",
          "timestamp",
          "grant_type",
          "client_secret_sign",
          "type"
        ],
        "properties": {
          "client_id": {
            "type": "string",
            "description": "애플리케이션 ID [DOC].",
            "examples": [
              "7dMvteboKNHwyRremLXXXX"
            ]
          },
          "timestamp": {
            "type": "integer",
            "format": "int64",
            "description": "Unix time in milliseconds used in the signature; valid for 5 minutes [DOC]. Timestamps in the\nfuture beyond a few seconds are rejected [INF][REC].\n",
            "examples": [
              1706671059230
            ]
          },
          "grant_type": {
            "$ref": "#/components/schemas/GrantType"
          },
          "client_secret_sign": {
            "type": "string",
            "description": "전자서명: Base64(bcrypt(`client_id` + \"_\" + `timestamp`, salt = `client_secret`)) — 80 characters\nover `[A-Za-z0-9]` [DOC].\n",
            "examples": [
              "JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy"
            ]
          },
          "type": {
            "$ref": "#/components/schemas/TokenType"
          },
          "account_id": {
            "type": "string",
            "description": "Seller ID or UID; only with `type=SELLER` [DOC]."
          }
        }
      },
      "TokenResponse": {
        "type": "object",
        "description": "Issued token [DOC].",
        "properties": {
          "access_token": {
            "type": "string",
            "description": "Opaque bearer token [DOC]."
          },
          "expires_in": {
            "type": "integer",
            "format": "int64",
            "description": "Seconds of validity: 10800 for a fresh token [DOC]; the remaining seconds when an existing token\nwith at least 30 minutes left is returned again [INF][REC].\n"
          },
          "token_type": {
            "type": "string",
            "description": "Always `Bearer` [DOC].",
            "examples": [
              "Bearer"
            ]
          }
        }
      },
      "InvalidInput": {
        "type": "object",
        "description": "One rejected input [DOC].",
        "required": [
          "name",
          "type",
          "message"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Field name."
          },
          "type": {
            "type": "string",
            "description": "Error type, e.g. `typeMismatch`."
          },
          "message": {
            "type": "string",
            "description": "Korean message."
          }
        }
      },
      "OrderErrorBody": {
        "type": "object",
        "description": "Order-API error body [DOC]. `code` is a numeric-looking string from the pay-order error table (`4000`,\n`9999`, `100001`, `104139`, …); gateway errors use the same shape without `invalidInputs`.\n",
        "required": [
          "code",
          "message",
          "timestamp",
          "traceId"
        ],
        "properties": {
          "code": {
            "type": "string",
            "examples": [
              "4000"
            ]
          },
          "message": {
            "type": "string"
          },
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "invalidInputs": {
            "type": "array",
            "description": "Present on validation failures [DOC].",
            "items": {
              "$ref": "#/components/schemas/InvalidInput"
            }
          }
        }
      },
      "TokenErrorBody": {
        "type": "object",
        "description": "Token endpoint error body [DOC]: same shape as the order error body; `code` e.g. `BAD_REQUEST`, or a\ngateway code. Concrete codes per failure are not public [REC].\n",
        "required": [
          "code",
          "message",
          "timestamp"
        ],
        "properties": {
          "code": {
            "type": "string",
            "examples": [
              "BAD_REQUEST"
            ]
          },
          "message": {
            "type": "string"
          },
          "timestamp": {
            "type": "string",
            "format": "date-time",
            "description": "Error time. The official token example prints UTC with `Z` (2024-07-29T15:51:28.071Z) [DOC], unlike the KST of the other APIs; the emulator writes KST [REC]."
          },
          "traceId": {
            "type": "string"
          },
          "invalidInputs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InvalidInput"
            }
          },
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "추가 데이터 정보 [DOC]."
          }
        }
      },
      "GatewayErrorBody": {
        "type": "object",
        "description": "GNCP gateway error body, produced before the request reaches the service [DOC][OBS].",
        "required": [
          "code",
          "message",
          "timestamp",
          "traceId"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "`GW.AUTHN`, `GW.AUTHZ`, `GW.IP_NOT_ALLOWED`, `GW.NOT_FOUND`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`, `GW.PROXY.01`–`05`, `GW.INTERNAL_SERVER_ERROR`, `GW.BLOCK.01`/`02`, `GW.TIMEOUT.01`/`02` [DOC].",
            "examples": [
              "GW.AUTHN"
            ]
          },
          "message": {
            "type": "string",
            "examples": [
              "요청을 보낼 권한이 없습니다."
            ]
          },
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string",
            "examples": [
              "cr3-000000-aaaaaa^1730711073284^6745261"
            ]
          }
        }
      },
      "SettlementErrorBody": {
        "type": "object",
        "description": "Settlement-API error body [DOC]; `invalidInputs` is always present (empty on 500).",
        "required": [
          "code",
          "message",
          "invalidInputs",
          "timestamp"
        ],
        "properties": {
          "code": {
            "type": "string",
            "examples": [
              "BAD_REQUEST"
            ]
          },
          "message": {
            "type": "string",
            "examples": [
              "잘못된 요청"
            ]
          },
          "invalidInputs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InvalidInput"
            }
          },
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          }
        }
      },
      "OrderEnvelope": {
        "type": "object",
        "description": "Common order-API success wrapper [DOC]: `{timestamp, traceId, data}`; each operation's response schema\nrepeats these two fields with its own `data`. Absent fields are omitted, never `null` [DOC][OBS].\n",
        "required": [
          "timestamp",
          "traceId"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          }
        }
      },
      "LastChangedStatusesResponse": {
        "type": "object",
        "description": "Success body of getLastChangedStatuses. An empty result may omit `data` [OBS].",
        "required": [
          "timestamp",
          "traceId"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/LastChangedStatusesData"
          }
        }
      },
      "ProductOrderDetailsResponse": {
        "type": "object",
        "description": "Success body of queryProductOrders; `data` is an array [DOC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProductOrderDetail"
            }
          }
        }
      },
      "ProductOrderIdsResponse": {
        "type": "object",
        "description": "Success body of getProductOrderIds [DOC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/ProductOrderIds"
          }
        }
      },
      "SearchProductOrdersResponse": {
        "type": "object",
        "description": "Success body of searchProductOrders [DOC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/SearchProductOrdersData"
          }
        }
      },
      "ConfirmResponse": {
        "type": "object",
        "description": "Success body of confirmProductOrders [DOC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/ConfirmResult"
          }
        }
      },
      "ClaimActionResponse": {
        "type": "object",
        "description": "Success body of dispatch, delay and every claim action [DOC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/ClaimActionResult"
          }
        }
      },
      "ReviewsResponse": {
        "type": "object",
        "description": "Success body of getReviews; the order-API envelope is assumed [REC].",
        "required": [
          "timestamp",
          "traceId",
          "data"
        ],
        "properties": {
          "timestamp": {
            "$ref": "#/components/schemas/KstDateTime"
          },
          "traceId": {
            "type": "string"
          },
          "data": {
            "$ref": "#/components/schemas/ReviewsData"
          }
        }
      },
      "QueryProductOrdersRequest": {
        "type": "object",
        "description": "상품 주문 상세 내역 조회 request [DOC].",
        "required": [
          "productOrderIds"
        ],
        "properties": {
          "productOrderIds": {
            "type": "array",
            "description": "1–300 product order IDs [DOC].",
            "minItems": 1,
            "maxItems": 300,
            "items": {
              "type": "string"
            }
          },
          "quantityClaimCompatibility": {
            "type": "boolean",
            "description": "수량 클레임 변경사항 대응 완료 여부; exact semantics unclear [DOC]."
          }
        }
      },
      "ConfirmProductOrdersRequest": {
        "type": "object",
        "description": "발주 확인 request [DOC].",
        "required": [
          "productOrderIds"
        ],
        "properties": {
          "productOrderIds": {
            "type": "array",
            "description": "1–30 product order IDs [DOC].",
            "minItems": 1,
            "maxItems": 30,
            "items": {
              "type": "string"
            }
          }
        }
      },
      "DispatchProductOrder": {
        "type": "object",
        "description": "One dispatch instruction [DOC]. The docs mark no inner field required; `productOrderId` is required here\nso failures can be reported per item [REC]. `deliveryMethod` and `dispatchDate` are needed in practice and\ncompany/tracking number are needed for `DELIVERY`; their absence is reported per item with business\ncodes 104118/104119/104120 [DOC codes][OBS].\n",
        "required": [
          "productOrderId"
        ],
        "properties": {
          "productOrderId": {
            "type": "string"
          },
          "deliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod"
          },
          "deliveryCompanyCode": {
            "type": "string",
            "description": "택배사 코드 (DeliveryCompanyCode). Typed as a string so an unknown code reaches the per-item check (104119) instead of failing the whole request [REC].",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "trackingNumber": {
            "type": "string",
            "description": "송장 번호."
          },
          "dispatchDate": {
            "$ref": "#/components/schemas/DateTimeInput"
          }
        }
      },
      "DispatchProductOrdersRequest": {
        "type": "object",
        "description": "발송 처리 request [DOC].",
        "required": [
          "dispatchProductOrders"
        ],
        "properties": {
          "dispatchProductOrders": {
            "type": "array",
            "description": "1–30 entries [DOC].",
            "minItems": 1,
            "maxItems": 30,
            "items": {
              "$ref": "#/components/schemas/DispatchProductOrder"
            }
          }
        }
      },
      "DelayDispatchRequest": {
        "type": "object",
        "description": "발송 지연 request [DOC]. The docs mark no field required; the due date and the reason code are required here (a delay without them does nothing), the detailed reason is optional [REC].",
        "required": [
          "dispatchDueDate",
          "delayedDispatchReason"
        ],
        "properties": {
          "dispatchDueDate": {
            "$ref": "#/components/schemas/DateTimeInput"
          },
          "delayedDispatchReason": {
            "$ref": "#/components/schemas/DelayedDispatchReason"
          },
          "dispatchDelayedDetailedReason": {
            "type": "string",
            "description": "발송 지연 상세 사유, shown to the buyer."
          }
        }
      },
      "RequestCancelRequest": {
        "type": "object",
        "description": "판매자 취소 요청 [DOC].",
        "required": [
          "cancelReason"
        ],
        "properties": {
          "cancelReason": {
            "$ref": "#/components/schemas/CancelRequestReason"
          },
          "cancelDetailedReason": {
            "type": "string",
            "description": "취소 상세 사유."
          },
          "cancelQuantity": {
            "type": "integer",
            "minimum": 1,
            "description": "Omitted = whole remaining quantity; less = partial (수량) cancel [DOC]."
          }
        }
      },
      "RequestReturnRequest": {
        "type": "object",
        "description": "판매자 반품 요청 [DOC].",
        "required": [
          "returnReason",
          "collectDeliveryMethod"
        ],
        "properties": {
          "returnReason": {
            "$ref": "#/components/schemas/ReturnRequestReason"
          },
          "collectDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod"
          },
          "collectDeliveryCompany": {
            "type": "string",
            "description": "수거 택배사 코드 (DeliveryCompanyCode).",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "collectTrackingNumber": {
            "type": "string",
            "description": "수거 송장 번호."
          },
          "returnQuantity": {
            "type": "integer",
            "minimum": 1,
            "description": "Omitted = whole remaining quantity [DOC]."
          }
        }
      },
      "RejectReturnRequest": {
        "type": "object",
        "description": "반품 거부 request [DOC].",
        "required": [
          "rejectReturnReason"
        ],
        "properties": {
          "rejectReturnReason": {
            "type": "string",
            "description": "반품 거부 사유."
          }
        }
      },
      "HoldbackReturnRequest": {
        "type": "object",
        "description": "반품 보류 request [DOC]. Return-side holdback types are expected [INF].",
        "required": [
          "holdbackClassType",
          "holdbackReturnDetailReason"
        ],
        "properties": {
          "holdbackClassType": {
            "$ref": "#/components/schemas/HoldbackClassType"
          },
          "holdbackReturnDetailReason": {
            "type": "string",
            "description": "보류 상세 사유."
          },
          "extraReturnFeeAmount": {
            "type": "number",
            "description": "기타 반품 비용."
          }
        }
      },
      "RedeliverExchangeRequest": {
        "type": "object",
        "description": "교환 재배송 request [DOC]. The docs mark no field required; the method, and for `DELIVERY` company and\ntracking number, are needed in practice [INF].\n",
        "properties": {
          "reDeliveryMethod": {
            "$ref": "#/components/schemas/DeliveryMethod"
          },
          "reDeliveryCompany": {
            "type": "string",
            "description": "재배송 택배사 코드 (DeliveryCompanyCode).",
            "x-npay-enum": "DeliveryCompanyCode"
          },
          "reDeliveryTrackingNumber": {
            "type": "string",
            "description": "재배송 송장 번호."
          }
        }
      },
      "RejectExchangeRequest": {
        "type": "object",
        "description": "교환 거부 request [DOC].",
        "required": [
          "rejectExchangeReason"
        ],
        "properties": {
          "rejectExchangeReason": {
            "type": "string",
            "description": "교환 거부 사유."
          }
        }
      },
      "HoldbackExchangeRequest": {
        "type": "object",
        "description": "교환 보류 request [DOC]. Exchange-side holdback types are expected [INF].",
        "required": [
          "holdbackClassType",
          "holdbackExchangeDetailReason"
        ],
        "properties": {
          "holdbackClassType": {
            "$ref": "#/components/schemas/HoldbackClassType"
          },
          "holdbackExchangeDetailReason": {
            "type": "string",
            "description": "보류 상세 사유."
          },
          "extraExchangeFeeAmount": {
            "type": "number",
            "description": "기타 교환 비용."
          }
        }
      },
      "LastChangedStatusesData": {
        "type": "object",
        "description": "data of getLastChangedStatuses [DOC]. Note the real spelling `lastChangeStatuses`.",
        "required": [
          "count",
          "lastChangeStatuses"
        ],
        "properties": {
          "count": {
            "type": "integer",
            "description": "Number of rows in this response."
          },
          "more": {
            "$ref": "#/components/schemas/LastChangedMore",
            "description": "Present only when rows remain beyond limitCount [DOC]."
          },
          "lastChangeStatuses": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LastChangedStatus"
            },
            "description": "Changed product orders, ordered by lastChangedDate then productOrderId [DOC]."
          }
        }
      },
      "LastChangedMore": {
        "type": "object",
        "description": "Continuation cursor of getLastChangedStatuses [DOC].",
        "properties": {
          "moreFrom": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "lastChangedDate of the first row not returned; send back as lastChangedFrom."
          },
          "moreSequence": {
            "type": "string",
            "description": "Cursor of that row; send back as moreSequence (doc example 2022051122443341)."
          }
        }
      },
      "LastChangedStatus": {
        "type": "object",
        "description": "One changed product order (lastChangeStatuses[]) [DOC]. Absent values are omitted.",
        "properties": {
          "orderId": {
            "type": "string",
            "description": "주문 번호"
          },
          "productOrderId": {
            "type": "string",
            "description": "상품 주문 번호"
          },
          "lastChangedType": {
            "$ref": "#/components/schemas/LastChangedType",
            "description": "최종 변경 구분"
          },
          "paymentDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "결제 일시; omitted while unpaid"
          },
          "lastChangedDate": {
            "$ref": "#/components/schemas/KstDateTime",
            "description": "최종 변경 일시"
          },
          "productOrderStatus": {
            "$ref": "#/components/schemas/ProductOrderStatus",
            "description": "상품 주문 상태"
          },
          "claimType": {
            "$ref": "#/components/schemas/ClaimType",
            "description": "클레임 구분; omitted without a claim"
          },
          "claimStatus": {
            "$ref": "#/components/schemas/ClaimStatus",
            "description": "클레임 상태; omitted without a claim"
          },
          "receiverAddressChanged": {
            "type": "boolean",
            "description": "배송지 정보 변경 여부 (default false)"
          },
          "giftReceivingStatus": {
            "$ref": "#/components/schemas/GiftReceivingStatus",
            "description": "선물 수락 상태 (gift orders only)"
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
      "SearchProductOrdersData": {
        "type": "object",
        "description": "data of searchProductOrders [DOC].",
        "properties": {
          "contents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SearchProductOrdersContent"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SearchProductOrdersPagination",
            "description": "페이지 정보"
          }
        }
      },
      "SearchProductOrdersContent": {
        "type": "object",
        "description": "One result of searchProductOrders [DOC].",
        "properties": {
          "productOrderId": {
            "type": "string",
            "description": "상품 주문 번호"
          },
          "content": {
            "$ref": "#/components/schemas/ProductOrderDetail",
            "description": "상품 주문 상세"
          }
        }
      },
      "SearchProductOrdersPagination": {
        "type": "object",
        "description": "Paging of searchProductOrders [DOC].",
        "properties": {
          "page": {
            "type": "integer",
            "description": "현재 페이지 (1-based)"
          },
          "size": {
            "type": "integer",
            "description": "페이지 크기"
          },
          "hasNext": {
            "type": "boolean",
            "description": "다음 페이지 존재 여부"
          }
        }
      },
      "FailProductOrderInfo": {
        "type": "object",
        "description": "One failed product order of a batch or claim action [DOC].",
        "properties": {
          "productOrderId": {
            "type": "string",
            "description": "(실패) 상품 주문 번호"
          },
          "code": {
            "type": "string",
            "description": "Business error code, e.g. 9999 or 104119 [DOC][OBS]"
          },
          "message": {
            "type": "string",
            "description": "(실패) 메시지, e.g. 주문상태 및 클레임상태를 확인하세요 [OBS]"
          }
        }
      },
      "ClaimActionResult": {
        "type": "object",
        "description": "주문 클레임 처리 반환 구조체: data of dispatch, delay and every claim action [DOC].",
        "properties": {
          "successProductOrderIds": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "(성공) 상품 주문 번호"
          },
          "failProductOrderInfos": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FailProductOrderInfo"
            },
            "description": "(실패) 상품 주문 정보"
          }
        }
      },
      "ConfirmSuccessInfo": {
        "type": "object",
        "description": "One confirmed product order [DOC].",
        "properties": {
          "productOrderId": {
            "type": "string",
            "description": "(성공) 상품 주문 번호"
          },
          "isReceiverAddressChanged": {
            "type": "boolean",
            "description": "배송지 변경 여부 since ordering [INF from name]"
          }
        }
      },
      "ConfirmResult": {
        "type": "object",
        "description": "data of confirmProductOrders [DOC]; differs from ClaimActionResult.",
        "properties": {
          "successProductOrderInfos": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConfirmSuccessInfo"
            },
            "description": "(성공) 상품 주문 정보"
          },
          "failProductOrderInfos": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FailProductOrderInfo"
            },
            "description": "(실패) 상품 주문 정보"
          }
        }
      },
      "ReviewsData": {
        "type": "object",
        "description": "data of getReviews. [REC] Every name here is a guess modelled on SOAP GetPurchaseReviewList (ReturnedDataCount, PurchaseReviewList).",
        "properties": {
          "count": {
            "type": "integer",
            "description": "Number of reviews in this response [REC guess]."
          },
          "hasNext": {
            "type": "boolean",
            "description": "More pages exist [REC guess]."
          },
          "purchaseReviews": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Review"
            },
            "description": "Reviews [REC guess]."
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
      "SettlementPagination": {
        "type": "object",
        "description": "Settlement paging [DOC]. `page` echoes the requested 1-based page number [INF].",
        "properties": {
          "page": {
            "type": "integer",
            "format": "int32",
            "description": "페이지 번호"
          },
          "size": {
            "type": "integer",
            "format": "int32",
            "description": "페이지 크기"
          },
          "totalPages": {
            "type": "integer",
            "format": "int32",
            "description": "전체 페이지 수"
          },
          "totalElements": {
            "type": "integer",
            "format": "int64",
            "description": "전체 건수"
          }
        }
      },
      "SettleCasePage": {
        "type": "object",
        "description": "Success body of getSettleCases; no order-API wrapper [DOC].",
        "required": [
          "elements",
          "pagination"
        ],
        "properties": {
          "elements": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SettleCase"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SettlementPagination",
            "description": "페이지 정보"
          }
        }
      },
      "SettleDailyPage": {
        "type": "object",
        "description": "Success body of getSettleDaily; no order-API wrapper [DOC].",
        "required": [
          "elements",
          "pagination"
        ],
        "properties": {
          "elements": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SettleDaily"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SettlementPagination",
            "description": "페이지 정보"
          }
        }
      },
      "CommissionDetailPage": {
        "type": "object",
        "description": "Success body of getCommissionDetails; no order-API wrapper [DOC].",
        "required": [
          "elements",
          "pagination"
        ],
        "properties": {
          "elements": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CommissionDetail"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SettlementPagination",
            "description": "페이지 정보"
          }
        }
      },
      "VatCasePage": {
        "type": "object",
        "description": "Success body of getVatCases; no order-API wrapper [DOC].",
        "required": [
          "elements",
          "pagination"
        ],
        "properties": {
          "elements": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VatCase"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SettlementPagination",
            "description": "페이지 정보"
          }
        }
      },
      "VatDailyPage": {
        "type": "object",
        "description": "Success body of getVatDaily; no order-API wrapper [DOC].",
        "required": [
          "elements",
          "pagination"
        ],
        "properties": {
          "elements": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VatDaily"
            },
            "description": "조회 결과"
          },
          "pagination": {
            "$ref": "#/components/schemas/SettlementPagination",
            "description": "페이지 정보"
          }
        }
      },
      "SettleCase": {
        "type": "object",
        "description": "건별 정산 내역 element [DOC]. Nullable fields are sent as null [INF][REC].",
        "required": [
          "productOrderType",
          "paySettleAmount",
          "benefitSettleAmount",
          "settleExpectAmount"
        ],
        "properties": {
          "settleBasisDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 기준일"
          },
          "settleExpectDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 예정일"
          },
          "settleCompleteDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 완료일"
          },
          "payDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "결제일"
          },
          "orderId": {
            "type": [
              "string",
              "null"
            ],
            "description": "주문 번호"
          },
          "productOrderId": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품 주문 번호, or delivery-fee / other-fee number depending on productOrderType"
          },
          "productOrderType": {
            "$ref": "#/components/schemas/SettleProductOrderType",
            "description": "정산 대상 구분"
          },
          "settleType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SettleType"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 구분"
          },
          "productId": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품 번호"
          },
          "productName": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품명"
          },
          "purchaserName": {
            "type": [
              "string",
              "null"
            ],
            "description": "구매자명"
          },
          "paySettleAmount": {
            "type": "number",
            "description": "결제 정산 금액"
          },
          "totalPayCommissionAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "총 네이버페이 관리 수수료"
          },
          "freeInstallmentCommissionAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "판매자 부담 무이자 할부 수수료"
          },
          "sellingInterlockCommissionAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "매출 연동 수수료"
          },
          "benefitSettleAmount": {
            "type": "number",
            "description": "혜택 정산 금액"
          },
          "settleExpectAmount": {
            "type": "number",
            "description": "정산 예정 금액"
          },
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점 ID"
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점명"
          },
          "contractNo": {
            "type": [
              "string",
              "null"
            ],
            "description": "계약 번호"
          }
        }
      },
      "SettleDaily": {
        "type": "object",
        "description": "일별 정산 내역 element [DOC]. Everything but returnCareSettleAmount is nullable.",
        "required": [
          "returnCareSettleAmount"
        ],
        "properties": {
          "settleBasisStartDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 기준 시작일"
          },
          "settleBasisEndDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 기준 종료일"
          },
          "settleExpectDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 예정일"
          },
          "settleCompleteDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 완료일"
          },
          "settleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "정산 금액"
          },
          "paySettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "결제 정산 금액"
          },
          "commissionSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "수수료 정산 금액"
          },
          "benefitSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "혜택 정산 금액"
          },
          "deductionRestoreSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "공제 환급 정산 금액"
          },
          "payHoldbackAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "지급 보류 금액"
          },
          "minusChargeAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "마이너스 충전금 상계 금액"
          },
          "differenceSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "차액 정산 금액"
          },
          "returnCareSettleAmount": {
            "type": "number",
            "description": "반품안심케어 정산 금액"
          },
          "normalSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "일반 정산 금액"
          },
          "quickSettleAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "빠른정산 금액"
          },
          "preferentialCommissionAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "우대 수수료 환급 금액"
          },
          "settlementLimitAmount": {
            "type": [
              "number",
              "null"
            ],
            "description": "한도 보류/해제 금액"
          },
          "settleMethodType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SettleMethodType"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 방법"
          },
          "bankType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/BankType"
              },
              {
                "type": "null"
              }
            ],
            "description": "은행"
          },
          "depositorName": {
            "type": [
              "string",
              "null"
            ],
            "description": "예금주"
          },
          "accountNo": {
            "type": [
              "string",
              "null"
            ],
            "description": "계좌 번호"
          },
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점 ID"
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점명"
          }
        }
      },
      "CommissionDetail": {
        "type": "object",
        "description": "수수료 상세 내역 element [DOC]. Note `orderNo` (not orderId).",
        "required": [
          "orderNo",
          "productOrderId",
          "productOrderType",
          "merchantId",
          "merchantName",
          "settleType",
          "commissionBasisAmount",
          "commissionType",
          "commissionAmount"
        ],
        "properties": {
          "orderNo": {
            "type": "string",
            "description": "주문 번호 (real name orderNo)"
          },
          "productOrderId": {
            "type": "string",
            "description": "상품 주문 번호"
          },
          "productOrderType": {
            "$ref": "#/components/schemas/SettleProductOrderType",
            "description": "정산 대상 구분"
          },
          "productId": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품 번호"
          },
          "productName": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품명"
          },
          "merchantId": {
            "type": "string",
            "description": "가맹점 ID"
          },
          "merchantName": {
            "type": "string",
            "description": "가맹점명"
          },
          "purchaserName": {
            "type": [
              "string",
              "null"
            ],
            "description": "구매자명"
          },
          "settleType": {
            "$ref": "#/components/schemas/SettleType",
            "description": "정산 구분"
          },
          "settleBasisDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 기준일"
          },
          "settleExpectDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 예정일"
          },
          "settleCompleteDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 완료일"
          },
          "taxReturnDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "세금 신고 기준일"
          },
          "commissionBasisAmount": {
            "type": "number",
            "description": "수수료 기준 금액"
          },
          "commissionType": {
            "$ref": "#/components/schemas/CommissionType",
            "description": "수수료 구분"
          },
          "sellingInterlockCommissionType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SellingInterlockCommissionType"
              },
              {
                "type": "null"
              }
            ],
            "description": "매출 연동 수수료 구분"
          },
          "payMeansType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/PayMeansType"
              },
              {
                "type": "null"
              }
            ],
            "description": "결제 수단"
          },
          "commissionAmount": {
            "type": "number",
            "description": "수수료 금액 (negative = deduction [OBS])"
          },
          "maximumSellingInterlockCommissionAmount": {
            "type": "number",
            "description": "최대 과금 매출 연동 수수료 금액"
          }
        }
      },
      "VatCase": {
        "type": "object",
        "description": "건별 부가세 내역 element [DOC].",
        "required": [
          "orderId",
          "totalSalesAmount",
          "taxationSalesAmount",
          "taxExemptionSalesAmount",
          "creditCardAmount",
          "cashInComeDeductionAmount",
          "cashOutGoingEvidenceAmount",
          "cashExclusionIssuanceAmount",
          "otherAmount"
        ],
        "properties": {
          "settleBasisDate": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/LocalDate"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 기준일"
          },
          "orderId": {
            "type": "string",
            "description": "주문 번호"
          },
          "productOrderId": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품 주문 번호, or delivery-fee / other-fee number"
          },
          "productOrderType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SettleProductOrderType"
              },
              {
                "type": "null"
              }
            ],
            "description": "정산 대상 구분"
          },
          "detailType": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/VatDetailType"
              },
              {
                "type": "null"
              }
            ],
            "description": "상세 유형"
          },
          "status": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/VatStatus"
              },
              {
                "type": "null"
              }
            ],
            "description": "상태"
          },
          "productName": {
            "type": [
              "string",
              "null"
            ],
            "description": "상품명"
          },
          "totalSalesAmount": {
            "type": "number",
            "description": "총 매출 금액"
          },
          "taxationSalesAmount": {
            "type": "number",
            "description": "과세 매출 금액"
          },
          "taxExemptionSalesAmount": {
            "type": "number",
            "description": "면세 매출 금액"
          },
          "creditCardAmount": {
            "type": "number",
            "description": "신용카드 금액"
          },
          "cashInComeDeductionAmount": {
            "type": "number",
            "description": "현금영수증 소득공제 금액 (real spelling InCome)"
          },
          "cashOutGoingEvidenceAmount": {
            "type": "number",
            "description": "현금영수증 지출 증빙 금액"
          },
          "cashExclusionIssuanceAmount": {
            "type": "number",
            "description": "현금영수증 발행 제외 금액"
          },
          "otherAmount": {
            "type": "number",
            "description": "기타 금액"
          },
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점 ID"
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점명"
          }
        }
      },
      "VatDaily": {
        "type": "object",
        "description": "일별 부가세 내역 element [DOC].",
        "required": [
          "totalSalesAmount",
          "taxationSalesAmount",
          "taxExemptionSalesAmount",
          "creditCardAmount",
          "cashInComeDeductionAmount",
          "cashOutGoingEvidenceAmount",
          "cashExclusionIssuanceAmount",
          "otherAmount"
        ],
        "properties": {
          "settleBasisDate": {
            "$ref": "#/components/schemas/LocalDate",
            "description": "정산 기준일"
          },
          "totalSalesAmount": {
            "type": "number",
            "description": "총 매출 금액"
          },
          "taxationSalesAmount": {
            "type": "number",
            "description": "과세 매출 금액"
          },
          "taxExemptionSalesAmount": {
            "type": "number",
            "description": "면세 매출 금액"
          },
          "creditCardAmount": {
            "type": "number",
            "description": "신용카드 금액"
          },
          "cashInComeDeductionAmount": {
            "type": "number",
            "description": "현금영수증 소득공제 금액 (real spelling InCome)"
          },
          "cashOutGoingEvidenceAmount": {
            "type": "number",
            "description": "현금영수증 지출 증빙 금액"
          },
          "cashExclusionIssuanceAmount": {
            "type": "number",
            "description": "현금영수증 발행 제외 금액"
          },
          "otherAmount": {
            "type": "number",
            "description": "기타 금액"
          },
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점 ID"
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "가맹점명"
          }
        }
      },
      "ProductOrderIds": {
        "type": "array",
        "description": "data of getProductOrderIds, a plain array of product order IDs [DOC].",
        "items": {
          "type": "string"
        }
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
      "CancelRequestReason": {
        "type": "string",
        "description": "취소 요청 사유 a merchant may send to claim/cancel/request (requestCancelClaimReason). [DOC]",
        "enum": [
          "INTENT_CHANGED",
          "COLOR_AND_SIZE",
          "WRONG_ORDER",
          "PRODUCT_UNSATISFIED",
          "DELAYED_DELIVERY",
          "SOLD_OUT",
          "INCORRECT_INFO"
        ],
        "x-enum-descriptions": [
          "구매 의사 취소",
          "색상 및 사이즈 변경",
          "다른 상품 잘못 주문",
          "서비스 불만족",
          "배송 지연",
          "상품 품절",
          "상품 정보 상이"
        ]
      },
      "ReturnRequestReason": {
        "type": "string",
        "description": "반품 요청 사유 a merchant may send to claim/return/request (requestReturnClaimReason). [DOC]",
        "enum": [
          "INTENT_CHANGED",
          "COLOR_AND_SIZE",
          "WRONG_ORDER",
          "PRODUCT_UNSATISFIED",
          "DELAYED_DELIVERY",
          "SOLD_OUT",
          "DROPPED_DELIVERY",
          "BROKEN",
          "INCORRECT_INFO",
          "WRONG_DELIVERY",
          "WRONG_OPTION"
        ],
        "x-enum-descriptions": [
          "구매 의사 취소",
          "색상 및 사이즈 변경",
          "다른 상품 잘못 주문",
          "서비스 불만족",
          "배송 지연",
          "상품 품절",
          "배송 누락",
          "상품 파손",
          "상품 정보 상이",
          "오배송",
          "색상 등 다른 상품 잘못 배송"
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
      "RangeType": {
        "type": "string",
        "description": "조건형 조회 기준 일시 유형 (rangeType). [DOC]",
        "enum": [
          "PAYED_DATETIME",
          "ORDERED_DATETIME",
          "DISPATCHED_DATETIME",
          "PURCHASE_DECIDED_DATETIME",
          "CLAIM_REQUESTED_DATETIME",
          "CLAIM_COMPLETED_DATETIME",
          "COLLECT_COMPLETED_DATETIME",
          "GIFT_RECEIVED_DATETIME",
          "HOPE_DELIVERY_INFO_CHANGED_DATETIME"
        ],
        "x-enum-descriptions": [
          "결제일시",
          "주문일시",
          "발송처리일시",
          "구매확정일시",
          "클레임요청일시",
          "클레임완료일시",
          "수거완료일시",
          "선물수락일시",
          "배송희망일변경일시"
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
      "SettleProductOrderType": {
        "type": "string",
        "description": "정산 대상 구분 (settlement productOrderType). [DOC]",
        "enum": [
          "PROD_ORDER",
          "DELIVERY",
          "EXTRAFEE",
          "WITHDRAW",
          "REFUND",
          "PL_REFUND",
          "DEDUCTION_RESTORE",
          "PROD_PAY",
          "PURCHASE_REVIEW",
          "PREMIUM_PURCHASE_REVIEW",
          "REGULAR_PURCHASE_REVIEW",
          "ONE_MONTH_PURCHASE_REVIEW",
          "ONE_MONTH_PREMIUM_PURCHASE_REVIEW",
          "REVIEW",
          "ETC_COUPON",
          "QUICK_SETTLE",
          "QUANTITY_CANCEL",
          "DIFFERENCE_SETTLE",
          "DEPOSIT_SETTLE",
          "RENTAL_ORDER",
          "MANUAL_ORDER",
          "RENTAL_SCHEDULED_ORDER",
          "PREFERENTIAL_COMMISSION",
          "POINT_ACCUMULATION"
        ],
        "x-enum-descriptions": [
          "상품 주문",
          "배송비",
          "기타 비용",
          "결제 수단 출금",
          "구매자 환불",
          "후불 결제 환불",
          "기타 공제 환급",
          "상품 결제",
          "텍스트 리뷰",
          "포토/동영상 리뷰",
          "알림받기 동의 회원 리뷰 추가 적립",
          "한 달 사용 텍스트 리뷰",
          "한 달 사용 포토/동영상 리뷰",
          "리뷰 적립",
          "기타 할인",
          "빠른정산",
          "수량 취소",
          "차액 정산",
          "보증금",
          "렌탈 주문",
          "수기 주문",
          "월 렌탈료 주문",
          "우대 수수료 환급",
          "포인트 적립"
        ]
      },
      "SettleType": {
        "type": "string",
        "description": "정산 구분. The docs description also mentions `PURCHASE_CONFIRM` (구매 확정), which the possible-values list omits, so it is not accepted here. [DOC]",
        "enum": [
          "NORMAL_SETTLE_ORIGINAL",
          "NORMAL_SETTLE_AFTER_CANCEL",
          "NORMAL_SETTLE_BEFORE_CANCEL",
          "QUICK_SETTLE_ORIGINAL",
          "QUICK_SETTLE_CANCEL",
          "QUANTITY_CANCEL_DEDUCTION",
          "QUANTITY_CANCEL_RESTORE"
        ],
        "x-enum-descriptions": [
          "일반정산",
          "정산 후 취소",
          "정산 전 취소",
          "빠른정산",
          "빠른정산 회수",
          "수량 취소 정산(공제)",
          "수량 취소 정산(환급)"
        ]
      },
      "SettlePeriodType": {
        "type": "string",
        "description": "조회 기간 기준 (settle/case and commission-details periodType). [DOC]",
        "enum": [
          "SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE",
          "SETTLE_CASEBYCASE_SETTLE_BASIS_DATE",
          "SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE",
          "SETTLE_CASEBYCASE_PAY_DATE",
          "SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE"
        ],
        "x-enum-descriptions": [
          "정산 예정일",
          "정산 기준일",
          "정산 완료일",
          "결제일",
          "세금 신고 기준일"
        ]
      },
      "SettleDecisionType": {
        "type": "string",
        "description": "결제일 구분, only meaningful with periodType=SETTLE_CASEBYCASE_PAY_DATE. [DOC]",
        "enum": [
          "SETTLED",
          "UNSETTLED",
          "BEFORE_CANCEL"
        ],
        "x-enum-descriptions": [
          "정산 확정 건",
          "정산 미확정 건",
          "정산 전 취소 건"
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
      "PayMeansType": {
        "type": "string",
        "description": "결제 수단 구분 (commission-details). [DOC]",
        "enum": [
          "PAYMEANS_TYPE_ALL",
          "PAYMEANS_TYPE_BANK",
          "PAYMEANS_TYPE_CCARD",
          "PAYMEANS_TYPE_CHAMT",
          "PAYMEANS_TYPE_CHKAC",
          "PAYMEANS_TYPE_DON",
          "PAYMEANS_TYPE_MOBIL",
          "PAYMEANS_TYPE_NCASH",
          "PAYMEANS_TYPE_POINT",
          "PAYMEANS_TYPE_VACCT",
          "PAYMEANS_TYPE_SKIP",
          "PAYMEANS_TYPE_PAYLATER",
          "PAYMEANS_TYPE_GIFTCARD",
          "PAYMEANS_TYPE_NONE",
          "PAYMEANS_TYPE_NMP_DISCOUNT",
          "PAYMEANS_TYPE_OVERSEAS_CARD"
        ],
        "x-enum-descriptions": [
          "전체",
          "실시간 계좌 이체",
          "신용카드",
          "(구)구매자충전금",
          "(구)체크아웃적립금",
          "(구)네이버캐쉬",
          "휴대폰 결제",
          "네이버페이 포인트·머니",
          "포인트 결제",
          "무통장입금",
          "나중에결제",
          "후불 결제",
          "기프트 카드",
          "주결제 수단 없음",
          "네이버 할인지원금",
          "해외 카드"
        ]
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
      "SettleMethodType": {
        "type": "string",
        "description": "정산 방법 (settle/daily). [DOC]",
        "enum": [
          "ACCOUNT",
          "CHARGE_AMT"
        ],
        "x-enum-descriptions": [
          "계좌 이체",
          "충전금"
        ]
      },
      "VatDetailType": {
        "type": "string",
        "description": "부가세 상세 유형 (vat/case detailType). [DOC]",
        "enum": [
          "VOUCH_DETAIL_PAYMENT_SETL",
          "VOUCH_DETAIL_PRODUCT_COUPON_SETL",
          "VOUCH_DETAIL_ORDER_COUPON_SETL",
          "VOUCH_DETAIL_DLVFEE_COUPON_SETL",
          "VOUCH_DETAIL_RTNDLV",
          "VOUCH_DETAIL_ETCDLV",
          "VOUCH_DETAIL_DCCNCL",
          "VOUCH_DETAIL_DLVREC",
          "VOUCH_DETAIL_DLCNCL",
          "VOUCH_DETAIL_COUPON_SETL",
          "VOUCH_DETAIL_DDTN_RSTOR"
        ],
        "x-enum-descriptions": [
          "결제 수단 정산",
          "혜택 정산(상품 할인)",
          "혜택 정산(스토어 할인)",
          "혜택 정산(배송비 할인)",
          "공제/환급(반품 배송비)",
          "공제/환급(기타)",
          "공제/환급(복수구매 할인 취소)",
          "공제/환급(배송비 금액 변동)",
          "공제/환급(배송비 할인 금액 변동)",
          "혜택 정산",
          "공제/환급"
        ]
      },
      "VatStatus": {
        "type": "string",
        "description": "부가세 전표 상태 (vat/case status). [DOC]",
        "enum": [
          "VOUCH_PUBLICATION",
          "VOUCH_CANCEL",
          "VOUCH_RSTOR_PUBLICATION",
          "VOUCH_RSTOR_CANCEL"
        ],
        "x-enum-descriptions": [
          "원주문 매출",
          "주문 취소",
          "공제/환급",
          "환급 취소"
        ]
      },
      "HopeDeliveryChangeRequest": {
        "type": "object",
        "description": "배송 희망일 변경 정보 [DOC].",
        "required": [
          "hopeDeliveryYmd",
          "changeReason"
        ],
        "properties": {
          "hopeDeliveryYmd": {
            "type": "string",
            "description": "배송 희망일. yyyymmdd 형식의 연월일 [DOC].",
            "pattern": "^\\d{8}$",
            "examples": [
              "20221231"
            ]
          },
          "hopeDeliveryHm": {
            "type": "string",
            "description": "배송 희망 시간. HHmm 형식의 시간 [DOC].",
            "pattern": "^\\d{4}$",
            "examples": [
              "1500"
            ]
          },
          "region": {
            "type": "string",
            "description": "지역. 길이 제한 1~30 [DOC].",
            "minLength": 1,
            "maxLength": 30
          },
          "changeReason": {
            "type": "string",
            "description": "변경 사유. 길이 제한 1~300 [DOC].",
            "minLength": 1,
            "maxLength": 300
          }
        }
      }
    }
  }
} as const
