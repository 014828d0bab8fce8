import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { faker } from '@faker-js/faker/locale/ko'
import { Ajv } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import {
  b as BASE_PATH,
  n as createControlPlaneClient,
  t as createNpayClient,
  j as failInfo,
  m as formatKst,
  h as formatKstDate,
  d as isBcryptSalt,
  g as kstCompactDate,
  _ as kstDayStart,
  N as MAX_QUERY_WINDOW_MS,
  P as MAX_SETTLEMENT_PAGE_SIZE,
  r as NpayApiError,
  O as NpayError,
  k as ORDER_ERRORS,
  l as operationIndex,
  v as parseDateTime,
  y as parseKstDate,
  c as SandboxControlError,
  F as SIGNATURE_FUTURE_TOLERANCE_MS,
  L as TOKEN_LIFETIME_SECONDS,
  p as verifyClientSecretSign,
} from './src-4qY9yS3t.js'

//#region ../packages/schema/src/generated/npay-api.document.ts
const npayApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Naver Pay 주문형 가맹점 주문관리·정산 API',
    version: '1.0.0',
    summary: 'The real partner API (mall paths) as emulated by npay-sandbox.',
    description:
      "OpenAPI description of the Naver Pay 주문형 가맹점 (order-type merchant) partner REST API: OAuth 2.0\ntoken issuance, order management (`/v1/pay-order/mall/...`) and settlement (`/v1/pay-settle-mall/...`).\n\nThe partner docs are login-gated, so schemas come from the official docs of the Commerce API seller\nsiblings (`/v1/pay-order/seller/...`, `/v1/pay-settle/...`), which share paths, gateway and schemas.\nDescriptions carry provenance labels:\n\n- [NPAY] stated by Naver Pay (support repository for merchants).\n- [DOC] stated in the official Commerce API docs for the seller sibling endpoint.\n- [OBS] observed in real traffic quoted by third parties; real but anecdotal.\n- [SOAP] semantics of the predecessor SOAP API.\n- [INF] inference, not stated anywhere.\n- [REC] emulator choice where real behaviour is unknown; not a fact.\n\nConventions: order-API successes are wrapped as `{timestamp, traceId, data}` and omit absent fields;\nsettlement successes are `{elements, pagination}` with explicit `null`s. Response date-times are KST\nwith milliseconds (`yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`); in query strings the `+` must be sent as `%2B`.\nEvery response carries the `GNCP-GW-Trace-ID` header.\n\nVendor extensions: `x-enum-descriptions` gives the Korean meaning of each enum value (same order);\n`x-npay-enum` names the enum component an open string field draws its values from (kept open so an\nunknown value reaches the business-error path instead of failing validation); `x-npay-sandbox-aliases`\nlists extra paths the emulator serves for an operation.\n",
    contact: { name: 'npay-sandbox' },
  },
  servers: [
    {
      url: 'https://sandbox-api.pay.naver.com/npay/partner',
      description: 'Real Naver Pay sandbox [NPAY]',
    },
    {
      url: 'https://api.pay.naver.com/npay/partner',
      description: 'Real production (IP allow-list) [NPAY]',
    },
    {
      url: 'http://127.0.0.1:8787/npay/partner',
      description: 'Local npay-sandbox emulator',
    },
  ],
  tags: [
    {
      name: 'OAuth 2.0',
      description: '인증 토큰 발급',
    },
    {
      name: '주문 조회',
      description: '변경 내역, 상세, 상품 주문 번호, 조건형 조회',
    },
    {
      name: '주문 처리',
      description: '발주 확인, 발송 지연, 발송 처리',
    },
    {
      name: '취소·반품·교환',
      description: 'Claim actions on one product order',
    },
    {
      name: '리뷰',
      description: '리뷰 조회 (mall only; schema is a guess)',
    },
    {
      name: '정산',
      description: '정산·부가세 내역 조회',
    },
  ],
  security: [{ bearerAuth: [] }],
  paths: {
    '/v1/oauth2/token': {
      post: {
        operationId: 'issueToken',
        tags: ['OAuth 2.0'],
        summary: '인증 토큰 발급 요청',
        description:
          'Issues a bearer token (OAuth 2.0 client credentials with a bcrypt signature). Path is the Commerce\nlayout `{base}/v1/oauth2/token` [INF; Npay does not publish it]. Parameters are normally sent as an\n`application/x-www-form-urlencoded` body [DOC]; several public clients send the same parameters in\nthe query string with an empty body and this works against the real server [OBS], so both are\ndescribed here and the emulator accepts either [REC].\n\nSignature: `client_secret_sign = Base64(bcrypt(client_id + "_" + timestamp, client_secret))`,\nwhere the client secret itself is the bcrypt salt [DOC]. A token lives 10,800 s; while at least\n30 minutes remain the same token is returned [DOC].\n',
        security: [],
        parameters: [
          {
            name: 'client_id',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: { type: 'string' },
          },
          {
            name: 'timestamp',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: {
              type: 'integer',
              format: 'int64',
            },
          },
          {
            name: 'grant_type',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: { $ref: '#/components/schemas/GrantType' },
          },
          {
            name: 'client_secret_sign',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: { type: 'string' },
          },
          {
            name: 'type',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: { $ref: '#/components/schemas/TokenType' },
          },
          {
            name: 'account_id',
            in: 'query',
            required: false,
            description: 'Same as the body field; query-string form [OBS].',
            schema: { type: 'string' },
          },
        ],
        requestBody: {
          required: false,
          description:
            'Token parameters. May be empty when the parameters are sent in the query string [OBS].',
          content: {
            'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/TokenRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/TokenOk' },
          400: { $ref: '#/components/responses/TokenBadRequest' },
          403: { $ref: '#/components/responses/TokenForbidden' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/TokenServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/last-changed-statuses': {
      get: {
        operationId: 'getLastChangedStatuses',
        tags: ['주문 조회'],
        summary: '변경 상품 주문 내역 조회',
        description:
          '조회 범위 내에 변경 이력이 있는 상품 주문 내역을 조회 [NPAY]. Rows are ordered by `lastChangedDate`\nthen product order ID [DOC]. When more rows remain than `limitCount`, `data.more` carries the\ncursor: call again with `lastChangedFrom = more.moreFrom`, `moreSequence = more.moreSequence` and\nthe same `lastChangedTo` [DOC]. An empty result may carry no `data` at all [OBS]. A window longer\nthan 24 h is rejected with 400 `104139` [INF]. The emulator records one row per change event [REC].\n',
        parameters: [
          {
            name: 'lastChangedFrom',
            in: 'query',
            required: true,
            description: 'Inclusive start of the window. Send the `+` of `+09:00` as `%2B`. [DOC]',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
            example: '2024-06-07T19:00:00.000+09:00',
          },
          {
            name: 'lastChangedTo',
            in: 'query',
            required: false,
            description: 'Inclusive end of the window; default `lastChangedFrom` + 24 h. [DOC]',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
          },
          {
            name: 'lastChangedType',
            in: 'query',
            required: false,
            description: 'Only rows of this change type. [DOC]',
            schema: { $ref: '#/components/schemas/LastChangedType' },
          },
          {
            name: 'moreSequence',
            in: 'query',
            required: false,
            description: 'Continuation cursor from a previous `data.more.moreSequence`. [DOC]',
            schema: { type: 'string' },
          },
          {
            name: 'limitCount',
            in: 'query',
            required: false,
            description:
              'Page size. Omitted or greater than 300 → 300 (the value is clamped, not rejected). [DOC]',
            schema: {
              type: 'integer',
              minimum: 1,
              default: 300,
            },
          },
        ],
        responses: {
          200: { $ref: '#/components/responses/LastChangedStatusesOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/query': {
      post: {
        operationId: 'queryProductOrders',
        tags: ['주문 조회'],
        summary: '상품 주문 상세 내역 조회',
        description:
          '상품 주문에 대한 상세 내역을 조회 [NPAY]. Unknown IDs and IDs of another merchant are left out of\n`data` [INF]; results follow the requested order [REC]. An empty list or more than 300 IDs → 400\n`4000` [INF/REC].\n',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/QueryProductOrdersRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/ProductOrderDetailsOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/orders/{orderId}/product-order-ids': {
      get: {
        operationId: 'getProductOrderIds',
        tags: ['주문 조회'],
        summary: '상품 주문 번호 목록 조회',
        description:
          "주문에 대한 상품 주문 번호 목록을 조회 [NPAY]. `data` is a plain array [DOC]. Unknown order → 400\n`100003` [INF]; another merchant's order → 400 `101010` [OBS].\n",
        parameters: [{ $ref: '#/components/parameters/OrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ProductOrderIdsOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders': {
      get: {
        operationId: 'searchProductOrders',
        tags: ['주문 조회'],
        summary: '조건형 상품 주문 상세 내역 조회',
        description:
          '조건에 맞는 상품 주문 상세 내역을 조회 [NPAY]. The span `from`..`to` must not exceed 24 h (400 `4000`\n[OBS]).\n',
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: true,
            description: 'Inclusive start. [DOC]',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
            example: '2024-06-07T19:00:00.000+09:00',
          },
          {
            name: 'to',
            in: 'query',
            required: false,
            description: 'Inclusive end; default `from` + 24 h. [DOC]',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
          },
          {
            name: 'rangeType',
            in: 'query',
            required: false,
            description:
              'Which timestamp `from`/`to` filter on. The current docs make it optional with default\n`PAYED_DATETIME` [DOC]; an older doc version listed it as required.\n',
            schema: { $ref: '#/components/schemas/RangeType' },
          },
          {
            name: 'productOrderStatuses',
            in: 'query',
            required: false,
            description:
              'Product order status filter. Repeated keys (`?productOrderStatuses=PAYED&productOrderStatuses=DELIVERING`)\nand comma lists (`?productOrderStatuses=PAYED,DELIVERING`) are both accepted [REC; encoding not documented].\n',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              items: { $ref: '#/components/schemas/ProductOrderStatus' },
            },
          },
          {
            name: 'claimStatuses',
            in: 'query',
            required: false,
            description:
              'Claim status filter. Repeated keys and comma lists are both accepted [REC; encoding not documented].\n',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              items: { $ref: '#/components/schemas/ClaimStatus' },
            },
          },
          {
            name: 'placeOrderStatusType',
            in: 'query',
            required: false,
            description: '발주 상태 filter. [DOC]',
            schema: { $ref: '#/components/schemas/PlaceOrderStatus' },
          },
          {
            name: 'fulfillment',
            in: 'query',
            required: false,
            description:
              'Absent = all; `false` = non-fulfillment orders; `true` = fulfillment (logistics-center) orders. [DOC]',
            schema: { type: 'boolean' },
          },
          {
            name: 'pageSize',
            in: 'query',
            required: false,
            description: 'Page size. [DOC]',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 300,
              default: 300,
            },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            description: '1-based page number. [DOC]',
            schema: {
              type: 'integer',
              minimum: 1,
              default: 1,
            },
          },
          { $ref: '#/components/parameters/QuantityClaimCompatibility' },
        ],
        responses: {
          200: { $ref: '#/components/responses/SearchProductOrdersOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/confirm': {
      post: {
        operationId: 'confirmProductOrders',
        tags: ['주문 처리'],
        summary: '발주 확인 처리',
        description:
          '단수 또는 복수 개 상품 주문의 발주를 확인 처리 [NPAY]. `placeOrderStatus` NOT_YET → OK; the product order\nstays PAYED [OBS]. HTTP 200 even when items fail; failures are listed in `failProductOrderInfos` [DOC].\nWhether the mall variant answers with `successProductOrderInfos` (as the seller API) is unverified [INF].\n',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ConfirmProductOrdersRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/ConfirmOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/delay': {
      post: {
        operationId: 'delayDispatch',
        tags: ['주문 처리'],
        summary: '발송 지연 처리',
        description:
          '1건의 상품 주문을 발송 지연 요청 [NPAY]. Sets `shippingDueDate`, `delayedDispatchReason` and\n`delayedDispatchDetailedReason`; the status stays PAYED and no last-changed row is written [INF].\nA due date out of the allowed range fails with `104105` [DOC]; the emulator rejects a date not after\nnow and not after the current due date [REC]. Business-state failures are HTTP 200 with one\n`failProductOrderInfos` entry [REC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/DelayDispatchRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/dispatch': {
      post: {
        operationId: 'dispatchProductOrders',
        tags: ['주문 처리'],
        summary: '발송 처리',
        description:
          '단수 또는 복수 개 상품 주문을 발송 처리 [NPAY]. HTTP 200 even when items fail; failures are listed in\n`failProductOrderInfos` with codes such as `9999` (주문상태 및 클레임상태를 확인하세요), `104118`–`104122`\nand `104131` [DOC][OBS]. The status moves PAYED → DELIVERING and a `DISPATCHED` last-changed row is\nwritten [INF]. Dispatch straight from 발주 미확인 is allowed and confirms implicitly [INF/REC].\n',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/DispatchProductOrdersRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/request': {
      post: {
        operationId: 'requestCancel',
        tags: ['취소·반품·교환'],
        summary: '취소 요청',
        description:
          '1건의 상품 주문에 대한 판매 취소 [NPAY]. A seller-initiated cancel completes without buyer approval [OBS];\na `cancelQuantity` below the remaining quantity is a partial (수량) cancel and the status stays PAYED [OBS].\nBusiness-state failures are HTTP 200 with one `failProductOrderInfos` entry [REC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/RequestCancelRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/approve': {
      post: {
        operationId: 'approveCancel',
        tags: ['취소·반품·교환'],
        summary: '취소 요청 승인',
        description:
          '1건의 상품 주문에 대한 취소 요청을 승인 [NPAY]. Allowed only for a buyer cancel request in\n`CANCEL_REQUEST` [OBS]. No request body [DOC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/request': {
      post: {
        operationId: 'requestReturn',
        tags: ['취소·반품·교환'],
        summary: '반품 요청',
        description:
          '1건의 상품 주문에 대한 반품을 요청 [NPAY]. Allowed from DELIVERING/DELIVERED without another open claim [INF].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/RequestReturnRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/approve': {
      post: {
        operationId: 'approveReturn',
        tags: ['취소·반품·교환'],
        summary: '반품 승인',
        description:
          '1건의 상품 주문에 대한 반품을 승인 [NPAY]. Not allowed while the return is held back [INF]. No request body [DOC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/reject': {
      post: {
        operationId: 'rejectReturn',
        tags: ['취소·반품·교환'],
        summary: '반품 거부(철회)',
        description: '1건의 상품 주문에 대한 반품 요청을 거부(철회) [NPAY].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/RejectReturnRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback': {
      post: {
        operationId: 'holdbackReturn',
        tags: ['취소·반품·교환'],
        summary: '반품 보류',
        description:
          '1건의 상품 주문에 대한 반품을 보류 [NPAY]. Sets `return.holdbackStatus=HOLDBACK`; the claim status is\nunchanged and no last-changed row is written [INF].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/HoldbackReturnRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback/release': {
      post: {
        operationId: 'releaseReturnHoldback',
        tags: ['취소·반품·교환'],
        summary: '반품 보류 해제',
        description: '1건의 상품 주문에 대한 반품 보류를 해제 [NPAY]. No request body [DOC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/complete': {
      post: {
        operationId: 'completeExchangeCollect',
        tags: ['취소·반품·교환'],
        summary: '교환 수거 완료',
        description:
          '1건의 상품 주문에 대한 교환을 수거 완료 처리 [NPAY]. The mall path ends in `collect/complete` [NPAY];\nthe seller sibling ends in `collect/approve` [DOC], which the emulator also serves (see\n`x-npay-sandbox-aliases`) [REC]. No request body [DOC].\n',
        'x-npay-sandbox-aliases': [
          '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/approve',
        ],
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/dispatch': {
      post: {
        operationId: 'redeliverExchange',
        tags: ['취소·반품·교환'],
        summary: '교환 재배송 처리',
        description:
          '1건의 상품 주문에 대한 교환 승인 건을 재배송 처리 [NPAY]. Allowed only after collection (`COLLECT_DONE`),\notherwise `104417` [DOC code; state INF].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/RedeliverExchangeRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/reject': {
      post: {
        operationId: 'rejectExchange',
        tags: ['취소·반품·교환'],
        summary: '교환 거부(철회)',
        description: '1건의 상품 주문에 대한 교환 요청을 거부(철회) [NPAY].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/RejectExchangeRequest' } } },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback': {
      post: {
        operationId: 'holdbackExchange',
        tags: ['취소·반품·교환'],
        summary: '교환 보류',
        description:
          '1건의 상품 주문에 대한 교환을 보류 [NPAY]. Sets `exchange.holdbackStatus=HOLDBACK` [INF].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/HoldbackExchangeRequest' } },
          },
        },
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback/release': {
      post: {
        operationId: 'releaseExchangeHoldback',
        tags: ['취소·반품·교환'],
        summary: '교환 보류 해제',
        description: '1건의 상품 주문에 대한 교환 보류를 해제 [NPAY]. No request body [DOC].\n',
        parameters: [{ $ref: '#/components/parameters/ProductOrderId' }],
        responses: {
          200: { $ref: '#/components/responses/ClaimActionOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-order/mall/reviews': {
      get: {
        operationId: 'getReviews',
        tags: ['리뷰'],
        summary: '리뷰 조회',
        description:
          '상품 주문에 대한 리뷰를 조회 [NPAY: method, path and this sentence only]. The REST contract is not public;\nevery parameter and field name here is a guess modelled on the SOAP predecessor GetPurchaseReviewList\nin camelCase [REC]. The window is on review creation/modification time and may span at most 24 h [REC].\n',
        parameters: [
          {
            name: 'inquiryTimeFrom',
            in: 'query',
            required: true,
            description: 'Inclusive start of the create/modify-time window. Name is a guess [REC].',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
          },
          {
            name: 'inquiryTimeTo',
            in: 'query',
            required: false,
            description: 'Inclusive end; default `inquiryTimeFrom` + 24 h. Name is a guess [REC].',
            schema: { $ref: '#/components/schemas/DateTimeInput' },
          },
          {
            name: 'purchaseReviewClassType',
            in: 'query',
            required: false,
            description: 'Review class filter. Name is a guess [REC].',
            schema: { $ref: '#/components/schemas/PurchaseReviewClassType' },
          },
          {
            name: 'page',
            in: 'query',
            required: false,
            description: '1-based page number. Paging is a guess [REC].',
            schema: {
              type: 'integer',
              minimum: 1,
              default: 1,
            },
          },
          {
            name: 'pageSize',
            in: 'query',
            required: false,
            description: 'Page size. Paging is a guess [REC].',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 300,
              default: 300,
            },
          },
        ],
        responses: {
          200: { $ref: '#/components/responses/ReviewsOk' },
          400: { $ref: '#/components/responses/OrderBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/OrderServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-settle-mall/settle/case': {
      get: {
        operationId: 'getSettleCases',
        tags: ['정산'],
        summary: '건별 정산 내역 조회',
        description:
          'Settlement lines per product order, delivery fee or other fee [DOC]. (The Npay README swaps the one-line\ndescriptions of case and daily; the names and schemas agree that `case` is per line item [DOC].)\nRows are appended, never edited, when something changes after settlement [OBS].\n',
        parameters: [
          { $ref: '#/components/parameters/SettleSearchDate' },
          { $ref: '#/components/parameters/SettleOrderId' },
          { $ref: '#/components/parameters/SettleProductOrderId' },
          { $ref: '#/components/parameters/SettlePeriodTypeParam' },
          { $ref: '#/components/parameters/SettleDecisionTypeParam' },
          { $ref: '#/components/parameters/SettleTypeParam' },
          { $ref: '#/components/parameters/PageNumber' },
          { $ref: '#/components/parameters/PageSize' },
        ],
        responses: {
          200: { $ref: '#/components/responses/SettleCasesOk' },
          400: { $ref: '#/components/responses/SettlementBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/SettlementServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-settle-mall/settle/daily': {
      get: {
        operationId: 'getSettleDaily',
        tags: ['정산'],
        summary: '일별 정산 내역 조회',
        description:
          'Settlement totals per settlement day, filtered on the expected settlement date [DOC][OBS].\n',
        parameters: [
          { $ref: '#/components/parameters/StartDate' },
          { $ref: '#/components/parameters/EndDate' },
          { $ref: '#/components/parameters/PageNumber' },
          { $ref: '#/components/parameters/PageSize' },
        ],
        responses: {
          200: { $ref: '#/components/responses/SettleDailyOk' },
          400: { $ref: '#/components/responses/SettlementBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/SettlementServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-settle-mall/settle/commission-details': {
      get: {
        operationId: 'getCommissionDetails',
        tags: ['정산'],
        summary: '수수료 상세 내역 조회',
        description: 'Commission lines [DOC]. Note the element field `orderNo` (not `orderId`) [DOC].\n',
        parameters: [
          { $ref: '#/components/parameters/SettleSearchDate' },
          { $ref: '#/components/parameters/SettleOrderId' },
          { $ref: '#/components/parameters/SettleProductOrderId' },
          { $ref: '#/components/parameters/SettlePeriodTypeParam' },
          { $ref: '#/components/parameters/SettleDecisionTypeParam' },
          { $ref: '#/components/parameters/SettleTypeParam' },
          { $ref: '#/components/parameters/PageNumber' },
          { $ref: '#/components/parameters/PageSize' },
        ],
        responses: {
          200: { $ref: '#/components/responses/CommissionDetailsOk' },
          400: { $ref: '#/components/responses/SettlementBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/SettlementServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-settle-mall/vat/case': {
      get: {
        operationId: 'getVatCases',
        tags: ['정산'],
        summary: '건별 부가세 내역 조회',
        description:
          'VAT lines per order [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n',
        parameters: [
          { $ref: '#/components/parameters/VatStartDate' },
          { $ref: '#/components/parameters/VatEndDate' },
          { $ref: '#/components/parameters/PageNumber' },
          { $ref: '#/components/parameters/PageSize' },
        ],
        responses: {
          200: { $ref: '#/components/responses/VatCasesOk' },
          400: { $ref: '#/components/responses/SettlementBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/SettlementServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
    '/v1/pay-settle-mall/vat/daily': {
      get: {
        operationId: 'getVatDaily',
        tags: ['정산'],
        summary: '일별 부가세 내역 조회',
        description:
          'VAT totals per day [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n',
        parameters: [
          { $ref: '#/components/parameters/VatStartDate' },
          { $ref: '#/components/parameters/VatEndDate' },
          { $ref: '#/components/parameters/PageNumber' },
          { $ref: '#/components/parameters/PageSize' },
        ],
        responses: {
          200: { $ref: '#/components/responses/VatDailyOk' },
          400: { $ref: '#/components/responses/SettlementBadRequest' },
          401: { $ref: '#/components/responses/Unauthorized' },
          403: { $ref: '#/components/responses/Forbidden' },
          404: { $ref: '#/components/responses/NotFound' },
          429: { $ref: '#/components/responses/TooManyRequests' },
          500: { $ref: '#/components/responses/SettlementServerError' },
          503: { $ref: '#/components/responses/ServiceUnavailable' },
          504: { $ref: '#/components/responses/GatewayTimeout' },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        description: '`Authorization: Bearer {access_token}` from issueToken [NPAY][DOC].',
      },
    },
    headers: {
      TraceId: {
        description: 'Gateway trace id `{host}^{epochMillis}^{counter}`, on every response [NPAY][OBS].',
        schema: { type: 'string' },
        example: 'ar2-55f4fd5f54-mwk8w^1643182339983^366577',
      },
      RateLimitReplenishRate: {
        description: 'Token-bucket refill rate, tokens per second [DOC].',
        schema: { type: 'integer' },
      },
      RateLimitBurstCapacity: {
        description: 'Token-bucket size; twice the replenish rate [DOC].',
        schema: { type: 'integer' },
      },
      RateLimitRemaining: {
        description: 'Tokens left in the bucket [DOC].',
        schema: { type: 'integer' },
      },
    },
    parameters: {
      ProductOrderId: {
        name: 'productOrderId',
        in: 'path',
        required: true,
        description: '상품 주문 번호 (16-digit numeric string) [DOC].',
        schema: { type: 'string' },
        example: '2022040521691951',
      },
      OrderId: {
        name: 'orderId',
        in: 'path',
        required: true,
        description: '주문 번호 (16-digit numeric string beginning with the order date) [DOC].',
        schema: { type: 'string' },
        example: '2022051120592121',
      },
      QuantityClaimCompatibility: {
        name: 'quantityClaimCompatibility',
        in: 'query',
        required: false,
        description: '수량 클레임 변경사항 대응 완료 여부; exact semantics unclear (open question) [DOC].',
        schema: { type: 'boolean' },
      },
      PageNumber: {
        name: 'pageNumber',
        in: 'query',
        required: true,
        description: '1-based page number [DOC].',
        schema: {
          type: 'integer',
          format: 'int32',
          minimum: 1,
        },
        example: 1,
      },
      PageSize: {
        name: 'pageSize',
        in: 'query',
        required: true,
        description: 'Page size, at most 1000 [DOC].',
        schema: {
          type: 'integer',
          format: 'int32',
          minimum: 1,
          maximum: 1e3,
        },
        example: 10,
      },
      SettleSearchDate: {
        name: 'searchDate',
        in: 'query',
        required: false,
        description: '조회일, the single day `periodType` refers to [DOC]. Practically required [INF].',
        schema: { $ref: '#/components/schemas/LocalDate' },
        example: '2022-01-01',
      },
      SettleOrderId: {
        name: 'orderId',
        in: 'query',
        required: false,
        description: '주문 번호 [DOC].',
        schema: { type: 'string' },
      },
      SettleProductOrderId: {
        name: 'productOrderId',
        in: 'query',
        required: false,
        description: '상품 주문 번호 [DOC].',
        schema: { type: 'string' },
      },
      SettlePeriodTypeParam: {
        name: 'periodType',
        in: 'query',
        required: false,
        description: '조회 기간 기준 [DOC].',
        schema: { $ref: '#/components/schemas/SettlePeriodType' },
      },
      SettleDecisionTypeParam: {
        name: 'settleDecisionType',
        in: 'query',
        required: false,
        description: '결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC].',
        schema: { $ref: '#/components/schemas/SettleDecisionType' },
      },
      SettleTypeParam: {
        name: 'settleType',
        in: 'query',
        required: false,
        description: '정산 구분 [DOC].',
        schema: { $ref: '#/components/schemas/SettleType' },
      },
      StartDate: {
        name: 'startDate',
        in: 'query',
        required: true,
        description: '시작일 (settlement basis date) [DOC]. Maximum span is not documented [INF].',
        schema: { $ref: '#/components/schemas/LocalDate' },
        example: '2022-01-01',
      },
      EndDate: {
        name: 'endDate',
        in: 'query',
        required: true,
        description: '종료일 [DOC].',
        schema: { $ref: '#/components/schemas/LocalDate' },
        example: '2022-02-01',
      },
      VatStartDate: {
        name: 'startDate',
        in: 'query',
        required: true,
        description: '시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].',
        schema: { $ref: '#/components/schemas/LocalDate' },
        example: '2022-01-01',
      },
      VatEndDate: {
        name: 'endDate',
        in: 'query',
        required: true,
        description: '종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].',
        schema: { $ref: '#/components/schemas/LocalDate' },
        example: '2022-02-01',
      },
    },
    responses: {
      TokenOk: {
        description: '인증 토큰 [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenResponse' } } },
      },
      LastChangedStatusesOk: {
        description: '변경 상품 주문 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/LastChangedStatusesResponse' } },
        },
      },
      ProductOrderDetailsOk: {
        description: '상품 주문 상세 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/ProductOrderDetailsResponse' } },
        },
      },
      ProductOrderIdsOk: {
        description: '상품 주문 번호 목록 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ProductOrderIdsResponse' } } },
      },
      SearchProductOrdersOk: {
        description: '조건형 상품 주문 상세 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/SearchProductOrdersResponse' } },
        },
      },
      ConfirmOk: {
        description: '(성공/실패) 발주 확인 처리 내역; HTTP 200 even when items fail [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ConfirmResponse' } } },
      },
      ClaimActionOk: {
        description:
          '(성공/실패) 상품 주문 처리 내역 (주문 클레임 처리 반환 구조체); HTTP 200 even when items fail [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ClaimActionResponse' } } },
      },
      ReviewsOk: {
        description: '리뷰 목록 [REC: shape is a guess]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ReviewsResponse' } } },
      },
      SettleCasesOk: {
        description: '건별 정산 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SettleCasePage' } } },
      },
      SettleDailyOk: {
        description: '일별 정산 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SettleDailyPage' } } },
      },
      CommissionDetailsOk: {
        description: '수수료 상세 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/CommissionDetailPage' } } },
      },
      VatCasesOk: {
        description: '건별 부가세 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/VatCasePage' } } },
      },
      VatDailyOk: {
        description: '일별 부가세 내역 [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/VatDailyPage' } } },
      },
      OrderBadRequest: {
        description:
          '(실패) 잘못된 요청: validation (`4000` with `invalidInputs`) or a business error of a query endpoint (e.g. `104139`, `100003`, `101010`) [DOC][OBS]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderErrorBody' } } },
      },
      OrderServerError: {
        description:
          '(실패) 서버 내부: service error (`9999`) or gateway proxy error `GW.PROXY.0x` / `GW.INTERNAL_SERVER_ERROR` (same shape without `invalidInputs`) [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderErrorBody' } } },
      },
      SettlementBadRequest: {
        description:
          '잘못된 요청: `BAD_REQUEST` / `잘못된 요청` with `invalidInputs` (e.g. `type` `typeMismatch`) [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/SettlementErrorBody' } } },
      },
      SettlementServerError: {
        description:
          '내부 서버 오류: `INTERNAL_SERVER_ERROR` with empty `invalidInputs` [DOC], or a gateway proxy error body [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: {
          'application/json': {
            schema: {
              anyOf: [
                { $ref: '#/components/schemas/SettlementErrorBody' },
                { $ref: '#/components/schemas/GatewayErrorBody' },
              ],
            },
          },
        },
      },
      TokenBadRequest: {
        description:
          '유효성 검사 오류. The concrete codes for a bad signature, an expired timestamp or an unknown client are not public; the emulator answers `BAD_REQUEST` with `invalidInputs` naming the field [REC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenErrorBody' } } },
      },
      TokenForbidden: {
        description:
          '접근 권한 오류, e.g. gateway `GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenErrorBody' } } },
      },
      TokenServerError: {
        description: '서버 오류 [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/TokenErrorBody' } } },
      },
      Unauthorized: {
        description:
          '`GW.AUTHN` 요청을 보낼 권한이 없습니다. — missing, unknown or expired token; re-issue a token [DOC][OBS]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
      Forbidden: {
        description:
          '`GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) or a missing API-group permission (`GW.AUTHZ` [REC]; one report shows `GW.AUTHN` with 403 [OBS]) [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
      NotFound: {
        description:
          '`GW.NOT_FOUND` 요청하신 리소스를 찾을 수 없습니다. — path not registered on the gateway [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
      TooManyRequests: {
        description:
          '`GW.RATE_LIMIT` (요청이 많아 서비스를 일시적으로 사용할 수 없습니다.) or `GW.QUOTA_LIMIT` (할당된 시간당 요청량을 초과하였습니다.). No `Retry-After` header [OBS] [DOC]',
        headers: {
          'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' },
          'GNCP-GW-RateLimit-Replenish-Rate': { $ref: '#/components/headers/RateLimitReplenishRate' },
          'GNCP-GW-RateLimit-Burst-Capacity': { $ref: '#/components/headers/RateLimitBurstCapacity' },
          'GNCP-GW-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
      ServiceUnavailable: {
        description:
          '`GW.BLOCK.01` (circuit breaker) / `GW.BLOCK.02` (점검): 서비스를 일시적으로 사용할 수 없습니다. [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
      GatewayTimeout: {
        description: '`GW.TIMEOUT.01` / `GW.TIMEOUT.02`: 요청 대기 시간이 초과되었습니다. [DOC]',
        headers: { 'GNCP-GW-Trace-ID': { $ref: '#/components/headers/TraceId' } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayErrorBody' } } },
      },
    },
    schemas: {
      DateTimeInput: {
        type: 'string',
        format: 'date-time',
        description:
          "Date-time input `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` [DOC]. An offset (`Z` or ±hh:mm) is required; milliseconds\nare required by the docs, and 1–3 fraction digits are accepted because real responses sometimes print\nfewer digits and clients echo them back [OBS][REC]. In query strings send `+` as `%2B` [DOC].\n",
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}(Z|[+-]\\d{2}:\\d{2})$',
        examples: ['2022-09-29T17:32:06.000+09:00'],
      },
      KstDateTime: {
        type: 'string',
        format: 'date-time',
        description:
          "Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].\n(Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)\n",
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00$',
        examples: ['2023-01-16T17:14:51.794+09:00'],
      },
      LocalDate: {
        type: 'string',
        format: 'date',
        description: 'Date `yyyy-MM-dd` [DOC].',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        examples: ['2022-01-01'],
      },
      GrantType: {
        type: 'string',
        description: 'OAuth 2.0 grant type; only `client_credentials` [DOC].',
        enum: ['client_credentials'],
      },
      TokenType: {
        type: 'string',
        description:
          "Token resource type [DOC]: `SELF` = the app's own resources, `SELLER` = resources of a related seller\n(needs `account_id`). Required by the Commerce API; for Npay mall apps optional, `SELF` assumed [INF][REC].\n",
        enum: ['SELF', 'SELLER'],
        'x-enum-descriptions': ['애플리케이션 자신의 리소스', '연결된 판매자의 리소스 (account_id 필요)'],
      },
      TokenRequest: {
        type: 'object',
        description: 'Token request parameters (form body or query string) [DOC][OBS].',
        required: ['client_id', 'timestamp', 'grant_type', 'client_secret_sign'],
        properties: {
          client_id: {
            type: 'string',
            description: '애플리케이션 ID [DOC].',
            examples: ['7dMvteboKNHwyRremLXXXX'],
          },
          timestamp: {
            type: 'integer',
            format: 'int64',
            description:
              'Unix time in milliseconds used in the signature; valid for 5 minutes [DOC]. Timestamps in the\nfuture beyond a few seconds are rejected [INF][REC].\n',
            examples: [1706671059230],
          },
          grant_type: { $ref: '#/components/schemas/GrantType' },
          client_secret_sign: {
            type: 'string',
            description:
              '전자서명: Base64(bcrypt(`client_id` + "_" + `timestamp`, salt = `client_secret`)) — 80 characters\nover `[A-Za-z0-9]` [DOC].\n',
            examples: ['JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy'],
          },
          type: { $ref: '#/components/schemas/TokenType' },
          account_id: {
            type: 'string',
            description: 'Seller ID or UID; only with `type=SELLER` [DOC].',
          },
        },
      },
      TokenResponse: {
        type: 'object',
        description: 'Issued token [DOC].',
        properties: {
          access_token: {
            type: 'string',
            description: 'Opaque bearer token [DOC].',
          },
          expires_in: {
            type: 'integer',
            format: 'int64',
            description:
              'Seconds of validity: 10800 for a fresh token [DOC]; the remaining seconds when an existing token\nwith at least 30 minutes left is returned again [INF][REC].\n',
          },
          token_type: {
            type: 'string',
            description: 'Always `Bearer` [DOC].',
            examples: ['Bearer'],
          },
        },
      },
      InvalidInput: {
        type: 'object',
        description: 'One rejected input [DOC].',
        required: ['name', 'type', 'message'],
        properties: {
          name: {
            type: 'string',
            description: 'Field name.',
          },
          type: {
            type: 'string',
            description: 'Error type, e.g. `typeMismatch`.',
          },
          message: {
            type: 'string',
            description: 'Korean message.',
          },
        },
      },
      OrderErrorBody: {
        type: 'object',
        description:
          'Order-API error body [DOC]. `code` is a numeric-looking string from the pay-order error table (`4000`,\n`9999`, `100001`, `104139`, …); gateway errors use the same shape without `invalidInputs`.\n',
        required: ['code', 'message', 'timestamp', 'traceId'],
        properties: {
          code: {
            type: 'string',
            examples: ['4000'],
          },
          message: { type: 'string' },
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          invalidInputs: {
            type: 'array',
            description: 'Present on validation failures [DOC].',
            items: { $ref: '#/components/schemas/InvalidInput' },
          },
        },
      },
      TokenErrorBody: {
        type: 'object',
        description:
          'Token endpoint error body [DOC]: same shape as the order error body; `code` e.g. `BAD_REQUEST`, or a\ngateway code. Concrete codes per failure are not public [REC].\n',
        required: ['code', 'message', 'timestamp'],
        properties: {
          code: {
            type: 'string',
            examples: ['BAD_REQUEST'],
          },
          message: { type: 'string' },
          timestamp: {
            type: 'string',
            format: 'date-time',
            description:
              'Error time. The official token example prints UTC with `Z` (2024-07-29T15:51:28.071Z) [DOC], unlike the KST of the other APIs; the emulator writes KST [REC].',
          },
          traceId: { type: 'string' },
          invalidInputs: {
            type: 'array',
            items: { $ref: '#/components/schemas/InvalidInput' },
          },
          data: {
            type: 'object',
            additionalProperties: true,
            description: '추가 데이터 정보 [DOC].',
          },
        },
      },
      GatewayErrorBody: {
        type: 'object',
        description: 'GNCP gateway error body, produced before the request reaches the service [DOC][OBS].',
        required: ['code', 'message', 'timestamp', 'traceId'],
        properties: {
          code: {
            type: 'string',
            description:
              '`GW.AUTHN`, `GW.AUTHZ`, `GW.IP_NOT_ALLOWED`, `GW.NOT_FOUND`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`, `GW.PROXY.01`–`05`, `GW.INTERNAL_SERVER_ERROR`, `GW.BLOCK.01`/`02`, `GW.TIMEOUT.01`/`02` [DOC].',
            examples: ['GW.AUTHN'],
          },
          message: {
            type: 'string',
            examples: ['요청을 보낼 권한이 없습니다.'],
          },
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: {
            type: 'string',
            examples: ['cr3-000000-aaaaaa^1730711073284^6745261'],
          },
        },
      },
      SettlementErrorBody: {
        type: 'object',
        description: 'Settlement-API error body [DOC]; `invalidInputs` is always present (empty on 500).',
        required: ['code', 'message', 'invalidInputs', 'timestamp'],
        properties: {
          code: {
            type: 'string',
            examples: ['BAD_REQUEST'],
          },
          message: {
            type: 'string',
            examples: ['잘못된 요청'],
          },
          invalidInputs: {
            type: 'array',
            items: { $ref: '#/components/schemas/InvalidInput' },
          },
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
        },
      },
      OrderEnvelope: {
        type: 'object',
        description:
          "Common order-API success wrapper [DOC]: `{timestamp, traceId, data}`; each operation's response schema\nrepeats these two fields with its own `data`. Absent fields are omitted, never `null` [DOC][OBS].\n",
        required: ['timestamp', 'traceId'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
        },
      },
      LastChangedStatusesResponse: {
        type: 'object',
        description: 'Success body of getLastChangedStatuses. An empty result may omit `data` [OBS].',
        required: ['timestamp', 'traceId'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/LastChangedStatusesData' },
        },
      },
      ProductOrderDetailsResponse: {
        type: 'object',
        description: 'Success body of queryProductOrders; `data` is an array [DOC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: {
            type: 'array',
            items: { $ref: '#/components/schemas/ProductOrderDetail' },
          },
        },
      },
      ProductOrderIdsResponse: {
        type: 'object',
        description: 'Success body of getProductOrderIds [DOC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/ProductOrderIds' },
        },
      },
      SearchProductOrdersResponse: {
        type: 'object',
        description: 'Success body of searchProductOrders [DOC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/SearchProductOrdersData' },
        },
      },
      ConfirmResponse: {
        type: 'object',
        description: 'Success body of confirmProductOrders [DOC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/ConfirmResult' },
        },
      },
      ClaimActionResponse: {
        type: 'object',
        description: 'Success body of dispatch, delay and every claim action [DOC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/ClaimActionResult' },
        },
      },
      ReviewsResponse: {
        type: 'object',
        description: 'Success body of getReviews; the order-API envelope is assumed [REC].',
        required: ['timestamp', 'traceId', 'data'],
        properties: {
          timestamp: { $ref: '#/components/schemas/KstDateTime' },
          traceId: { type: 'string' },
          data: { $ref: '#/components/schemas/ReviewsData' },
        },
      },
      QueryProductOrdersRequest: {
        type: 'object',
        description: '상품 주문 상세 내역 조회 request [DOC].',
        required: ['productOrderIds'],
        properties: {
          productOrderIds: {
            type: 'array',
            description: '1–300 product order IDs [DOC].',
            minItems: 1,
            maxItems: 300,
            items: { type: 'string' },
          },
          quantityClaimCompatibility: {
            type: 'boolean',
            description: '수량 클레임 변경사항 대응 완료 여부; exact semantics unclear [DOC].',
          },
        },
      },
      ConfirmProductOrdersRequest: {
        type: 'object',
        description: '발주 확인 request [DOC].',
        required: ['productOrderIds'],
        properties: {
          productOrderIds: {
            type: 'array',
            description: '1–30 product order IDs [DOC].',
            minItems: 1,
            maxItems: 30,
            items: { type: 'string' },
          },
        },
      },
      DispatchProductOrder: {
        type: 'object',
        description:
          'One dispatch instruction [DOC]. The docs mark no inner field required; `productOrderId` is required here\nso failures can be reported per item [REC]. `deliveryMethod` and `dispatchDate` are needed in practice and\ncompany/tracking number are needed for `DELIVERY`; their absence is reported per item with business\ncodes 104118/104119/104120 [DOC codes][OBS].\n',
        required: ['productOrderId'],
        properties: {
          productOrderId: { type: 'string' },
          deliveryMethod: { $ref: '#/components/schemas/DeliveryMethod' },
          deliveryCompanyCode: {
            type: 'string',
            description:
              '택배사 코드 (DeliveryCompanyCode). Typed as a string so an unknown code reaches the per-item check (104119) instead of failing the whole request [REC].',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          trackingNumber: {
            type: 'string',
            description: '송장 번호.',
          },
          dispatchDate: { $ref: '#/components/schemas/DateTimeInput' },
        },
      },
      DispatchProductOrdersRequest: {
        type: 'object',
        description: '발송 처리 request [DOC].',
        required: ['dispatchProductOrders'],
        properties: {
          dispatchProductOrders: {
            type: 'array',
            description: '1–30 entries [DOC].',
            minItems: 1,
            maxItems: 30,
            items: { $ref: '#/components/schemas/DispatchProductOrder' },
          },
        },
      },
      DelayDispatchRequest: {
        type: 'object',
        description: '발송 지연 request [DOC]; required flags are medium confidence.',
        required: ['dispatchDueDate', 'delayedDispatchReason', 'dispatchDelayedDetailedReason'],
        properties: {
          dispatchDueDate: { $ref: '#/components/schemas/DateTimeInput' },
          delayedDispatchReason: { $ref: '#/components/schemas/DelayedDispatchReason' },
          dispatchDelayedDetailedReason: {
            type: 'string',
            description: '발송 지연 상세 사유, shown to the buyer.',
          },
        },
      },
      RequestCancelRequest: {
        type: 'object',
        description: '판매자 취소 요청 [DOC].',
        required: ['cancelReason'],
        properties: {
          cancelReason: { $ref: '#/components/schemas/CancelRequestReason' },
          cancelDetailedReason: {
            type: 'string',
            description: '취소 상세 사유.',
          },
          cancelQuantity: {
            type: 'integer',
            minimum: 1,
            description: 'Omitted = whole remaining quantity; less = partial (수량) cancel [DOC].',
          },
        },
      },
      RequestReturnRequest: {
        type: 'object',
        description: '판매자 반품 요청 [DOC].',
        required: ['returnReason', 'collectDeliveryMethod'],
        properties: {
          returnReason: { $ref: '#/components/schemas/ReturnRequestReason' },
          collectDeliveryMethod: { $ref: '#/components/schemas/DeliveryMethod' },
          collectDeliveryCompany: {
            type: 'string',
            description: '수거 택배사 코드 (DeliveryCompanyCode).',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          collectTrackingNumber: {
            type: 'string',
            description: '수거 송장 번호.',
          },
          returnQuantity: {
            type: 'integer',
            minimum: 1,
            description: 'Omitted = whole remaining quantity [DOC].',
          },
        },
      },
      RejectReturnRequest: {
        type: 'object',
        description: '반품 거부 request [DOC].',
        required: ['rejectReturnReason'],
        properties: {
          rejectReturnReason: {
            type: 'string',
            description: '반품 거부 사유.',
          },
        },
      },
      HoldbackReturnRequest: {
        type: 'object',
        description: '반품 보류 request [DOC]. Return-side holdback types are expected [INF].',
        required: ['holdbackClassType', 'holdbackReturnDetailReason'],
        properties: {
          holdbackClassType: { $ref: '#/components/schemas/HoldbackClassType' },
          holdbackReturnDetailReason: {
            type: 'string',
            description: '보류 상세 사유.',
          },
          extraReturnFeeAmount: {
            type: 'number',
            description: '기타 반품 비용.',
          },
        },
      },
      RedeliverExchangeRequest: {
        type: 'object',
        description:
          '교환 재배송 request [DOC]. The docs mark no field required; the method, and for `DELIVERY` company and\ntracking number, are needed in practice [INF].\n',
        properties: {
          reDeliveryMethod: { $ref: '#/components/schemas/DeliveryMethod' },
          reDeliveryCompany: {
            type: 'string',
            description: '재배송 택배사 코드 (DeliveryCompanyCode).',
            'x-npay-enum': 'DeliveryCompanyCode',
          },
          reDeliveryTrackingNumber: {
            type: 'string',
            description: '재배송 송장 번호.',
          },
        },
      },
      RejectExchangeRequest: {
        type: 'object',
        description: '교환 거부 request [DOC].',
        required: ['rejectExchangeReason'],
        properties: {
          rejectExchangeReason: {
            type: 'string',
            description: '교환 거부 사유.',
          },
        },
      },
      HoldbackExchangeRequest: {
        type: 'object',
        description: '교환 보류 request [DOC]. Exchange-side holdback types are expected [INF].',
        required: ['holdbackClassType', 'holdbackExchangeDetailReason'],
        properties: {
          holdbackClassType: { $ref: '#/components/schemas/HoldbackClassType' },
          holdbackExchangeDetailReason: {
            type: 'string',
            description: '보류 상세 사유.',
          },
          extraExchangeFeeAmount: {
            type: 'number',
            description: '기타 교환 비용.',
          },
        },
      },
      LastChangedStatusesData: {
        type: 'object',
        description: 'data of getLastChangedStatuses [DOC]. Note the real spelling `lastChangeStatuses`.',
        required: ['count', 'lastChangeStatuses'],
        properties: {
          count: {
            type: 'integer',
            description: 'Number of rows in this response.',
          },
          more: {
            $ref: '#/components/schemas/LastChangedMore',
            description: 'Present only when rows remain beyond limitCount [DOC].',
          },
          lastChangeStatuses: {
            type: 'array',
            items: { $ref: '#/components/schemas/LastChangedStatus' },
            description: 'Changed product orders, ordered by lastChangedDate then productOrderId [DOC].',
          },
        },
      },
      LastChangedMore: {
        type: 'object',
        description: 'Continuation cursor of getLastChangedStatuses [DOC].',
        properties: {
          moreFrom: {
            $ref: '#/components/schemas/KstDateTime',
            description: 'lastChangedDate of the first row not returned; send back as lastChangedFrom.',
          },
          moreSequence: {
            type: 'string',
            description: 'Cursor of that row; send back as moreSequence (doc example 2022051122443341).',
          },
        },
      },
      LastChangedStatus: {
        type: 'object',
        description: 'One changed product order (lastChangeStatuses[]) [DOC]. Absent values are omitted.',
        properties: {
          orderId: {
            type: 'string',
            description: '주문 번호',
          },
          productOrderId: {
            type: 'string',
            description: '상품 주문 번호',
          },
          lastChangedType: {
            $ref: '#/components/schemas/LastChangedType',
            description: '최종 변경 구분',
          },
          paymentDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '결제 일시; omitted while unpaid',
          },
          lastChangedDate: {
            $ref: '#/components/schemas/KstDateTime',
            description: '최종 변경 일시',
          },
          productOrderStatus: {
            $ref: '#/components/schemas/ProductOrderStatus',
            description: '상품 주문 상태',
          },
          claimType: {
            $ref: '#/components/schemas/ClaimType',
            description: '클레임 구분; omitted without a claim',
          },
          claimStatus: {
            $ref: '#/components/schemas/ClaimStatus',
            description: '클레임 상태; omitted without a claim',
          },
          receiverAddressChanged: {
            type: 'boolean',
            description: '배송지 정보 변경 여부 (default false)',
          },
          giftReceivingStatus: {
            $ref: '#/components/schemas/GiftReceivingStatus',
            description: '선물 수락 상태 (gift orders only)',
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
      SearchProductOrdersData: {
        type: 'object',
        description: 'data of searchProductOrders [DOC].',
        properties: {
          contents: {
            type: 'array',
            items: { $ref: '#/components/schemas/SearchProductOrdersContent' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SearchProductOrdersPagination',
            description: '페이지 정보',
          },
        },
      },
      SearchProductOrdersContent: {
        type: 'object',
        description: 'One result of searchProductOrders [DOC].',
        properties: {
          productOrderId: {
            type: 'string',
            description: '상품 주문 번호',
          },
          content: {
            $ref: '#/components/schemas/ProductOrderDetail',
            description: '상품 주문 상세',
          },
        },
      },
      SearchProductOrdersPagination: {
        type: 'object',
        description: 'Paging of searchProductOrders [DOC].',
        properties: {
          page: {
            type: 'integer',
            description: '현재 페이지 (1-based)',
          },
          size: {
            type: 'integer',
            description: '페이지 크기',
          },
          hasNext: {
            type: 'boolean',
            description: '다음 페이지 존재 여부',
          },
        },
      },
      FailProductOrderInfo: {
        type: 'object',
        description: 'One failed product order of a batch or claim action [DOC].',
        properties: {
          productOrderId: {
            type: 'string',
            description: '(실패) 상품 주문 번호',
          },
          code: {
            type: 'string',
            description: 'Business error code, e.g. 9999 or 104119 [DOC][OBS]',
          },
          message: {
            type: 'string',
            description: '(실패) 메시지, e.g. 주문상태 및 클레임상태를 확인하세요 [OBS]',
          },
        },
      },
      ClaimActionResult: {
        type: 'object',
        description: '주문 클레임 처리 반환 구조체: data of dispatch, delay and every claim action [DOC].',
        properties: {
          successProductOrderIds: {
            type: 'array',
            items: { type: 'string' },
            description: '(성공) 상품 주문 번호',
          },
          failProductOrderInfos: {
            type: 'array',
            items: { $ref: '#/components/schemas/FailProductOrderInfo' },
            description: '(실패) 상품 주문 정보',
          },
        },
      },
      ConfirmSuccessInfo: {
        type: 'object',
        description: 'One confirmed product order [DOC].',
        properties: {
          productOrderId: {
            type: 'string',
            description: '(성공) 상품 주문 번호',
          },
          isReceiverAddressChanged: {
            type: 'boolean',
            description: '배송지 변경 여부 since ordering [INF from name]',
          },
        },
      },
      ConfirmResult: {
        type: 'object',
        description: 'data of confirmProductOrders [DOC]; differs from ClaimActionResult.',
        properties: {
          successProductOrderInfos: {
            type: 'array',
            items: { $ref: '#/components/schemas/ConfirmSuccessInfo' },
            description: '(성공) 상품 주문 정보',
          },
          failProductOrderInfos: {
            type: 'array',
            items: { $ref: '#/components/schemas/FailProductOrderInfo' },
            description: '(실패) 상품 주문 정보',
          },
        },
      },
      ReviewsData: {
        type: 'object',
        description:
          'data of getReviews. [REC] Every name here is a guess modelled on SOAP GetPurchaseReviewList (ReturnedDataCount, PurchaseReviewList).',
        properties: {
          count: {
            type: 'integer',
            description: 'Number of reviews in this response [REC guess].',
          },
          hasNext: {
            type: 'boolean',
            description: 'More pages exist [REC guess].',
          },
          purchaseReviews: {
            type: 'array',
            items: { $ref: '#/components/schemas/Review' },
            description: 'Reviews [REC guess].',
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
      SettlementPagination: {
        type: 'object',
        description: 'Settlement paging [DOC]. `page` echoes the requested 1-based page number [INF].',
        properties: {
          page: {
            type: 'integer',
            format: 'int32',
            description: '페이지 번호',
          },
          size: {
            type: 'integer',
            format: 'int32',
            description: '페이지 크기',
          },
          totalPages: {
            type: 'integer',
            format: 'int32',
            description: '전체 페이지 수',
          },
          totalElements: {
            type: 'integer',
            format: 'int64',
            description: '전체 건수',
          },
        },
      },
      SettleCasePage: {
        type: 'object',
        description: 'Success body of getSettleCases; no order-API wrapper [DOC].',
        required: ['elements', 'pagination'],
        properties: {
          elements: {
            type: 'array',
            items: { $ref: '#/components/schemas/SettleCase' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SettlementPagination',
            description: '페이지 정보',
          },
        },
      },
      SettleDailyPage: {
        type: 'object',
        description: 'Success body of getSettleDaily; no order-API wrapper [DOC].',
        required: ['elements', 'pagination'],
        properties: {
          elements: {
            type: 'array',
            items: { $ref: '#/components/schemas/SettleDaily' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SettlementPagination',
            description: '페이지 정보',
          },
        },
      },
      CommissionDetailPage: {
        type: 'object',
        description: 'Success body of getCommissionDetails; no order-API wrapper [DOC].',
        required: ['elements', 'pagination'],
        properties: {
          elements: {
            type: 'array',
            items: { $ref: '#/components/schemas/CommissionDetail' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SettlementPagination',
            description: '페이지 정보',
          },
        },
      },
      VatCasePage: {
        type: 'object',
        description: 'Success body of getVatCases; no order-API wrapper [DOC].',
        required: ['elements', 'pagination'],
        properties: {
          elements: {
            type: 'array',
            items: { $ref: '#/components/schemas/VatCase' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SettlementPagination',
            description: '페이지 정보',
          },
        },
      },
      VatDailyPage: {
        type: 'object',
        description: 'Success body of getVatDaily; no order-API wrapper [DOC].',
        required: ['elements', 'pagination'],
        properties: {
          elements: {
            type: 'array',
            items: { $ref: '#/components/schemas/VatDaily' },
            description: '조회 결과',
          },
          pagination: {
            $ref: '#/components/schemas/SettlementPagination',
            description: '페이지 정보',
          },
        },
      },
      SettleCase: {
        type: 'object',
        description: '건별 정산 내역 element [DOC]. Nullable fields are sent as null [INF][REC].',
        required: ['productOrderType', 'paySettleAmount', 'benefitSettleAmount', 'settleExpectAmount'],
        properties: {
          settleBasisDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 기준일',
          },
          settleExpectDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 예정일',
          },
          settleCompleteDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 완료일',
          },
          payDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '결제일',
          },
          orderId: {
            type: ['string', 'null'],
            description: '주문 번호',
          },
          productOrderId: {
            type: ['string', 'null'],
            description: '상품 주문 번호, or delivery-fee / other-fee number depending on productOrderType',
          },
          productOrderType: {
            $ref: '#/components/schemas/SettleProductOrderType',
            description: '정산 대상 구분',
          },
          settleType: {
            anyOf: [{ $ref: '#/components/schemas/SettleType' }, { type: 'null' }],
            description: '정산 구분',
          },
          productId: {
            type: ['string', 'null'],
            description: '상품 번호',
          },
          productName: {
            type: ['string', 'null'],
            description: '상품명',
          },
          purchaserName: {
            type: ['string', 'null'],
            description: '구매자명',
          },
          paySettleAmount: {
            type: 'number',
            description: '결제 정산 금액',
          },
          totalPayCommissionAmount: {
            type: ['number', 'null'],
            description: '총 네이버페이 관리 수수료',
          },
          freeInstallmentCommissionAmount: {
            type: ['number', 'null'],
            description: '판매자 부담 무이자 할부 수수료',
          },
          sellingInterlockCommissionAmount: {
            type: ['number', 'null'],
            description: '매출 연동 수수료',
          },
          benefitSettleAmount: {
            type: 'number',
            description: '혜택 정산 금액',
          },
          settleExpectAmount: {
            type: 'number',
            description: '정산 예정 금액',
          },
          merchantId: {
            type: ['string', 'null'],
            description: '가맹점 ID',
          },
          merchantName: {
            type: ['string', 'null'],
            description: '가맹점명',
          },
          contractNo: {
            type: ['string', 'null'],
            description: '계약 번호',
          },
        },
      },
      SettleDaily: {
        type: 'object',
        description: '일별 정산 내역 element [DOC]. Everything but returnCareSettleAmount is nullable.',
        required: ['returnCareSettleAmount'],
        properties: {
          settleBasisStartDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 기준 시작일',
          },
          settleBasisEndDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 기준 종료일',
          },
          settleExpectDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 예정일',
          },
          settleCompleteDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 완료일',
          },
          settleAmount: {
            type: ['number', 'null'],
            description: '정산 금액',
          },
          paySettleAmount: {
            type: ['number', 'null'],
            description: '결제 정산 금액',
          },
          commissionSettleAmount: {
            type: ['number', 'null'],
            description: '수수료 정산 금액',
          },
          benefitSettleAmount: {
            type: ['number', 'null'],
            description: '혜택 정산 금액',
          },
          deductionRestoreSettleAmount: {
            type: ['number', 'null'],
            description: '공제 환급 정산 금액',
          },
          payHoldbackAmount: {
            type: ['number', 'null'],
            description: '지급 보류 금액',
          },
          minusChargeAmount: {
            type: ['number', 'null'],
            description: '마이너스 충전금 상계 금액',
          },
          differenceSettleAmount: {
            type: ['number', 'null'],
            description: '차액 정산 금액',
          },
          returnCareSettleAmount: {
            type: 'number',
            description: '반품안심케어 정산 금액',
          },
          normalSettleAmount: {
            type: ['number', 'null'],
            description: '일반 정산 금액',
          },
          quickSettleAmount: {
            type: ['number', 'null'],
            description: '빠른정산 금액',
          },
          preferentialCommissionAmount: {
            type: ['number', 'null'],
            description: '우대 수수료 환급 금액',
          },
          settlementLimitAmount: {
            type: ['number', 'null'],
            description: '한도 보류/해제 금액',
          },
          settleMethodType: {
            anyOf: [{ $ref: '#/components/schemas/SettleMethodType' }, { type: 'null' }],
            description: '정산 방법',
          },
          bankType: {
            anyOf: [{ $ref: '#/components/schemas/BankType' }, { type: 'null' }],
            description: '은행',
          },
          depositorName: {
            type: ['string', 'null'],
            description: '예금주',
          },
          accountNo: {
            type: ['string', 'null'],
            description: '계좌 번호',
          },
          merchantId: {
            type: ['string', 'null'],
            description: '가맹점 ID',
          },
          merchantName: {
            type: ['string', 'null'],
            description: '가맹점명',
          },
        },
      },
      CommissionDetail: {
        type: 'object',
        description: '수수료 상세 내역 element [DOC]. Note `orderNo` (not orderId).',
        required: [
          'orderNo',
          'productOrderId',
          'productOrderType',
          'merchantId',
          'merchantName',
          'settleType',
          'commissionBasisAmount',
          'commissionType',
          'commissionAmount',
        ],
        properties: {
          orderNo: {
            type: 'string',
            description: '주문 번호 (real name orderNo)',
          },
          productOrderId: {
            type: 'string',
            description: '상품 주문 번호',
          },
          productOrderType: {
            $ref: '#/components/schemas/SettleProductOrderType',
            description: '정산 대상 구분',
          },
          productId: {
            type: ['string', 'null'],
            description: '상품 번호',
          },
          productName: {
            type: ['string', 'null'],
            description: '상품명',
          },
          merchantId: {
            type: 'string',
            description: '가맹점 ID',
          },
          merchantName: {
            type: 'string',
            description: '가맹점명',
          },
          purchaserName: {
            type: ['string', 'null'],
            description: '구매자명',
          },
          settleType: {
            $ref: '#/components/schemas/SettleType',
            description: '정산 구분',
          },
          settleBasisDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 기준일',
          },
          settleExpectDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 예정일',
          },
          settleCompleteDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 완료일',
          },
          taxReturnDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '세금 신고 기준일',
          },
          commissionBasisAmount: {
            type: 'number',
            description: '수수료 기준 금액',
          },
          commissionType: {
            $ref: '#/components/schemas/CommissionType',
            description: '수수료 구분',
          },
          sellingInterlockCommissionType: {
            anyOf: [{ $ref: '#/components/schemas/SellingInterlockCommissionType' }, { type: 'null' }],
            description: '매출 연동 수수료 구분',
          },
          payMeansType: {
            anyOf: [{ $ref: '#/components/schemas/PayMeansType' }, { type: 'null' }],
            description: '결제 수단',
          },
          commissionAmount: {
            type: 'number',
            description: '수수료 금액 (negative = deduction [OBS])',
          },
          maximumSellingInterlockCommissionAmount: {
            type: 'number',
            description: '최대 과금 매출 연동 수수료 금액',
          },
        },
      },
      VatCase: {
        type: 'object',
        description: '건별 부가세 내역 element [DOC].',
        required: [
          'orderId',
          'totalSalesAmount',
          'taxationSalesAmount',
          'taxExemptionSalesAmount',
          'creditCardAmount',
          'cashInComeDeductionAmount',
          'cashOutGoingEvidenceAmount',
          'cashExclusionIssuanceAmount',
          'otherAmount',
        ],
        properties: {
          settleBasisDate: {
            anyOf: [{ $ref: '#/components/schemas/LocalDate' }, { type: 'null' }],
            description: '정산 기준일',
          },
          orderId: {
            type: 'string',
            description: '주문 번호',
          },
          productOrderId: {
            type: ['string', 'null'],
            description: '상품 주문 번호, or delivery-fee / other-fee number',
          },
          productOrderType: {
            anyOf: [{ $ref: '#/components/schemas/SettleProductOrderType' }, { type: 'null' }],
            description: '정산 대상 구분',
          },
          detailType: {
            anyOf: [{ $ref: '#/components/schemas/VatDetailType' }, { type: 'null' }],
            description: '상세 유형',
          },
          status: {
            anyOf: [{ $ref: '#/components/schemas/VatStatus' }, { type: 'null' }],
            description: '상태',
          },
          productName: {
            type: ['string', 'null'],
            description: '상품명',
          },
          totalSalesAmount: {
            type: 'number',
            description: '총 매출 금액',
          },
          taxationSalesAmount: {
            type: 'number',
            description: '과세 매출 금액',
          },
          taxExemptionSalesAmount: {
            type: 'number',
            description: '면세 매출 금액',
          },
          creditCardAmount: {
            type: 'number',
            description: '신용카드 금액',
          },
          cashInComeDeductionAmount: {
            type: 'number',
            description: '현금영수증 소득공제 금액 (real spelling InCome)',
          },
          cashOutGoingEvidenceAmount: {
            type: 'number',
            description: '현금영수증 지출 증빙 금액',
          },
          cashExclusionIssuanceAmount: {
            type: 'number',
            description: '현금영수증 발행 제외 금액',
          },
          otherAmount: {
            type: 'number',
            description: '기타 금액',
          },
          merchantId: {
            type: ['string', 'null'],
            description: '가맹점 ID',
          },
          merchantName: {
            type: ['string', 'null'],
            description: '가맹점명',
          },
        },
      },
      VatDaily: {
        type: 'object',
        description: '일별 부가세 내역 element [DOC].',
        required: [
          'totalSalesAmount',
          'taxationSalesAmount',
          'taxExemptionSalesAmount',
          'creditCardAmount',
          'cashInComeDeductionAmount',
          'cashOutGoingEvidenceAmount',
          'cashExclusionIssuanceAmount',
          'otherAmount',
        ],
        properties: {
          settleBasisDate: {
            $ref: '#/components/schemas/LocalDate',
            description: '정산 기준일',
          },
          totalSalesAmount: {
            type: 'number',
            description: '총 매출 금액',
          },
          taxationSalesAmount: {
            type: 'number',
            description: '과세 매출 금액',
          },
          taxExemptionSalesAmount: {
            type: 'number',
            description: '면세 매출 금액',
          },
          creditCardAmount: {
            type: 'number',
            description: '신용카드 금액',
          },
          cashInComeDeductionAmount: {
            type: 'number',
            description: '현금영수증 소득공제 금액 (real spelling InCome)',
          },
          cashOutGoingEvidenceAmount: {
            type: 'number',
            description: '현금영수증 지출 증빙 금액',
          },
          cashExclusionIssuanceAmount: {
            type: 'number',
            description: '현금영수증 발행 제외 금액',
          },
          otherAmount: {
            type: 'number',
            description: '기타 금액',
          },
          merchantId: {
            type: ['string', 'null'],
            description: '가맹점 ID',
          },
          merchantName: {
            type: ['string', 'null'],
            description: '가맹점명',
          },
        },
      },
      ProductOrderIds: {
        type: 'array',
        description: 'data of getProductOrderIds, a plain array of product order IDs [DOC].',
        items: { type: 'string' },
      },
      PurchaseReviewClassType: {
        type: 'string',
        description: '리뷰 구분 [SOAP values; REST name REC guess].',
        enum: ['GENERAL', 'PREMIUM'],
        'x-enum-descriptions': ['일반', '프리미엄'],
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
      ClaimType: {
        type: 'string',
        description: '클레임 구분 (claimType). [DOC]',
        enum: ['CANCEL', 'RETURN', 'EXCHANGE', 'PURCHASE_DECISION_HOLDBACK', 'ADMIN_CANCEL'],
        'x-enum-descriptions': ['취소', '반품', '교환', '구매 확정 보류', '직권 취소'],
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
      PlaceOrderStatus: {
        type: 'string',
        description: '발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]',
        enum: ['NOT_YET', 'OK', 'CANCEL'],
        'x-enum-descriptions': ['발주 미확인', '발주 확인', '발주 확인 해제'],
      },
      GiftReceivingStatus: {
        type: 'string',
        description: '선물 수락 상태 (선물하기 orders only). [DOC]',
        enum: ['WAIT_FOR_RECEIVING', 'RECEIVED'],
        'x-enum-descriptions': ['수락 대기(배송지 입력 대기)', '수락 완료'],
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
      CancelRequestReason: {
        type: 'string',
        description:
          '취소 요청 사유 a merchant may send to claim/cancel/request (requestCancelClaimReason). [DOC]',
        enum: [
          'INTENT_CHANGED',
          'COLOR_AND_SIZE',
          'WRONG_ORDER',
          'PRODUCT_UNSATISFIED',
          'DELAYED_DELIVERY',
          'SOLD_OUT',
          'INCORRECT_INFO',
        ],
        'x-enum-descriptions': [
          '구매 의사 취소',
          '색상 및 사이즈 변경',
          '다른 상품 잘못 주문',
          '서비스 불만족',
          '배송 지연',
          '상품 품절',
          '상품 정보 상이',
        ],
      },
      ReturnRequestReason: {
        type: 'string',
        description:
          '반품 요청 사유 a merchant may send to claim/return/request (requestReturnClaimReason). [DOC]',
        enum: [
          'INTENT_CHANGED',
          'COLOR_AND_SIZE',
          'WRONG_ORDER',
          'PRODUCT_UNSATISFIED',
          'DELAYED_DELIVERY',
          'SOLD_OUT',
          'DROPPED_DELIVERY',
          'BROKEN',
          'INCORRECT_INFO',
          'WRONG_DELIVERY',
          'WRONG_OPTION',
        ],
        'x-enum-descriptions': [
          '구매 의사 취소',
          '색상 및 사이즈 변경',
          '다른 상품 잘못 주문',
          '서비스 불만족',
          '배송 지연',
          '상품 품절',
          '배송 누락',
          '상품 파손',
          '상품 정보 상이',
          '오배송',
          '색상 등 다른 상품 잘못 배송',
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
      DeliveryCompanyCode: {
        type: 'string',
        description:
          '택배사 코드 (deliveryCompanyCode, deliveryCompany, collectDeliveryCompany, reDeliveryCompany, expectedDeliveryCompany): the current seller-doc list [DOC], including the Korean code value `GS더프레시` and both `FRESH` (older doc version) and `KURLY` (current) for 컬리넥스트마일. Legacy SOAP-only codes DONGBU, INNOGIS, DADREAM are not included. Any other value → business error 104119 [REC].',
        enum: [
          'CJGLS',
          'HYUNDAI',
          'HANJIN',
          'KGB',
          'EPOST',
          'MTINTER',
          '1004HOME',
          'TWOFASTEXPRESS',
          'ACE',
          'ACIEXPRESS',
          'ADCAIR',
          'AIRWAY',
          'APEX',
          'ARAMEX',
          'ARGO',
          'AIRBOY',
          'KOREXG',
          'CUPARCEL',
          'CWAYEXPRESS',
          'DHL',
          'DHLDE',
          'DHLGLOBALMAIL',
          'DPD',
          'ECMSEXPRESS',
          'EFS',
          'EMS',
          'EZUSA',
          'EUROPARCEL',
          'FEDEX',
          'GOP',
          'GOS',
          'GPSLOGIX',
          'GSFRESH',
          'GSIEXPRESS',
          'GSMNTON',
          'GSPOSTBOX',
          'CVSNET',
          'GS더프레시',
          'GTSLOGIS',
          'HYBRID',
          'HY',
          'IK',
          'KGLNET',
          'KT',
          'LGE',
          'LTL',
          'NDEXKOREA',
          'SBGLS',
          'SFEX',
          'SLX',
          'SSG',
          'TNT',
          'LOGISPARTNER',
          'UPS',
          'USPS',
          'WIZWA',
          'YJSWORLD',
          'YJS',
          'YUNDA',
          'IPARCEL',
          'KY',
          'KUNYOUNG',
          'KDEXP',
          'KIN',
          'KORYO',
          'GDSP',
          'KOKUSAI',
          'GOODTOLUCK',
          'NAEUN',
          'NOGOK',
          'NONGHYUP',
          'HANAROMART',
          'DAELIM',
          'DAESIN',
          'DAEWOON',
          'THEBAO',
          'DODOFLEX',
          'DONGGANG',
          'DONGJIN',
          'CHAINLOGIS',
          'DRABBIT',
          'JMNP',
          'ONEDAYLOGIS',
          'LINEEXP',
          'ROADSUNEXPRESS',
          'LOGISVALLEY',
          'POOLATHOME',
          'LOTOS',
          'HLCGLOBAL',
          'LOTTECHILSUNG',
          'MDLOGIS',
          'DASONG',
          'BABABA',
          'BANPOOM',
          'VALEX',
          'SHIPNERGY',
          'PANTOS',
          'VROONG',
          'BRIDGE',
          'EKDP',
          'SELC',
          'SEORIM',
          'SWGEXP',
          'SUNGHUN',
          'SEBANG',
          'SMARTLOGIS',
          'SPARKLE',
          'SPASYS1',
          'CRLX',
          'ANYTRACK',
          'ABOUTPET',
          'ESTHER',
          'VENDORPIA',
          'ACTCORE',
          'HKHOLDINGS',
          'NTLPS',
          'TODAYPICKUP',
          'RUSH',
          'ALLIN',
          'ALLTAKOREA',
          'WIDETECH',
          'YONGMA',
          'DCOMMERCE',
          'WEVILL',
          'HONAM',
          'WOORIHB',
          'WOOJIN',
          'REGISTPOST',
          'WOONGJI',
          'WARPEX',
          'WINION',
          'WIHTYOU',
          'WEMOVE',
          'UFREIGHT',
          'EUNHA',
          'INNOS',
          'EMARTEVERYDAY',
          'ESTLA',
          'ETOMARS',
          'GENERALPOST',
          'ILSHIN',
          'ILYANG',
          'GNETWORK',
          'ZENIEL',
          'JLOGIST',
          'GENIEGO',
          'GDAKOREA',
          'GHSPEED',
          'JIKGUMOON',
          'CHUNIL',
          'CHOROC',
          'CHOROCMAEUL',
          'COSHIP',
          'KJT',
          'QRUN',
          'CUBEFLOW',
          'QXPRESS',
          'HEREWEGO',
          'TOMATO',
          'TODAY',
          'TSG',
          'TEAMFRESH',
          'PATEK',
          'XINPATEK',
          'PANASIA',
          'PANSTAR',
          'FOREVER',
          'PULMUONE',
          'FREDIT',
          'FRESHMATES',
          'KURLY',
          'PINGPONG',
          'HOWSER',
          'HIVECITY',
          'HANDALUM',
          'HANDEX',
          'HANMI',
          'HANSSEM',
          'HANWOORI',
          'HPL',
          'HDEXP',
          'HERWUZUG',
          'GLOVIS',
          'HOMEINNO',
          'HOMEPICKTODAY',
          'HOMEPICK',
          'HOMEPLUSDELIVERY',
          'HOMEPLUSEXPRESS',
          'CARGOPLEASE',
          'HWATONG',
          'CH1',
          'LETUS',
          'LETUS3PL',
          'CASA',
          'GCS',
          'GKGLOBAL',
          'BRCH',
          'DNDN',
          'GONELO',
          'JCLS',
          'JWTNL',
          'GS25',
          'CU',
          'FRESH',
        ],
        'x-enum-descriptions': [
          'CJ대한통운',
          '롯데택배',
          '한진택배',
          '로젠택배',
          '우체국택배',
          '엠티인터내셔널',
          '1004HOME',
          '2FAST익스프레스',
          'ACEexpress',
          'ACI',
          'ADC항운택배',
          'AIRWAY익스프레스',
          'APEX',
          'ARAMEX',
          'ARGO',
          'AirboyExpress',
          'CJ대한통운(국제택배)',
          'CU편의점택배',
          'CwayExpress',
          'DHL',
          'DHL(독일)',
          'DHLGlobalMail',
          'DPD',
          'ECMSExpress',
          'EFS',
          'EMS',
          'EZUSA',
          'EuroParcel',
          'FEDEX',
          'GOP당일택배',
          'GOS당일택배',
          'GPSLOGIX',
          'GSFresh',
          'GSI익스프레스',
          'GSMNTON',
          'GSPostbox퀵',
          'GSPostbox택배',
          'GSTHEFRESH',
          'GTS로지스',
          'HI택배',
          'HY',
          'IK물류',
          'KGL네트웍스',
          'KT EXPRESS',
          'LG전자배송센터',
          'LTL',
          'NDEX KOREA',
          'SBGLS',
          'SFexpress',
          'SLX택배',
          'SSG',
          'TNT',
          'UFO로지스',
          'UPS',
          'USPS',
          'WIZWA',
          'YJS글로벌',
          'YJS글로벌(영국)',
          'YUNDAEXPRESS',
          'i-parcel',
          '건영복합물류',
          '건영택배',
          '경동택배',
          '경인택배',
          '고려택배',
          '골드스넵스',
          '국제익스프레스',
          '굿투럭',
          '나은물류',
          '노곡물류',
          '농협택배',
          '농협하나로마트',
          '대림통운',
          '대신택배',
          '대운글로벌',
          '더바오',
          '도도플렉스',
          '동강물류',
          '동진특송',
          '두발히어로당일택배',
          '딜리래빗',
          '딜리박스',
          '라스트마일',
          '라인익스프레스',
          '로드썬익스프레스',
          '로지스밸리',
          '로지스올홈케어(풀앳홈)',
          '로토스',
          '롯데글로벌로지스(국제택배)',
          '롯데칠성',
          '모든로지스(SLO)',
          '물류대장',
          '바바바로지스',
          '반품구조대',
          '발렉스',
          '배송하기좋은날',
          'LX판토스',
          '부릉',
          '브릿지로지스',
          '삼다수가정배송',
          '삼성전자물류',
          '서림물류',
          '성원글로벌',
          '성훈물류',
          '세방택배',
          '스마트로지스',
          '스파클직배송',
          '스페이시스원',
          '시알로지텍',
          '애니트랙',
          '어바웃펫',
          '에스더쉬핑',
          '벤더피아',
          '에이씨티앤코아',
          '에이치케이홀딩스',
          '엔티엘피스',
          '카카오T당일배송',
          '오늘회러쉬',
          '올인닷컴',
          '올타코리아',
          '와이드테크',
          '용마로지스',
          '우리동네커머스',
          '우리동네택배',
          '우리택배',
          '우리한방택배',
          '우진인터로지스',
          '우편등기',
          '웅지익스프레스',
          '워펙스',
          '위니온로지스',
          '위드유당일택배',
          '위무브',
          '유프레이트코리아',
          '은하쉬핑',
          '이노스(올인닷컴)',
          '이마트에브리데이',
          '이스트라',
          '이투마스',
          '일반우편',
          '일신모닝택배',
          '일양로지스',
          '자이언트',
          '제니엘시스템',
          '제이로지스트',
          '지니고당일특급',
          '지디에이코리아',
          '지에이치스피드',
          '직구문',
          '천일택배',
          '초록마을(외부연동)',
          '초록마을(네이버직연동)',
          '캐나다쉬핑',
          '케이제이티',
          '큐런',
          '큐브플로우',
          '트랙스로지스',
          '탱고앤고',
          '토마토앱',
          '투데이',
          '티에스지로지스',
          '팀프레시',
          '파테크해운상공',
          '파테크해운항공',
          '판월드로지스틱',
          '팬스타국제특송(PIEX)',
          '퍼레버택배',
          '풀무원(로지스밸리)',
          '프레딧',
          '프레시메이트',
          '컬리넥스트마일',
          '핑퐁',
          '하우저',
          '하이브시티',
          '한달음택배',
          '한덱스',
          '한미포스트',
          '한샘',
          '한우리물류',
          '한의사랑택배',
          '합동택배',
          '허우적',
          '현대글로비스',
          '홈이노베이션로지스',
          '홈픽오늘도착',
          '홈픽택배',
          '홈플러스',
          '홈플러스익스프레스',
          '화물을부탁해',
          '화통',
          '기타택배',
          '바로스',
          '레터스',
          '신세계까사',
          '지씨에스',
          '지케이글로벌',
          '비알씨에이치',
          '든든택배',
          '고넬로',
          'JCLS',
          'JWTNL',
          'GS편의점(퀵배달용)',
          'CU편의점(퀵배달용)',
          '컬리넥스트마일 (older doc version; current docs use KURLY)',
        ],
      },
      RangeType: {
        type: 'string',
        description: '조건형 조회 기준 일시 유형 (rangeType). [DOC]',
        enum: [
          'PAYED_DATETIME',
          'ORDERED_DATETIME',
          'DISPATCHED_DATETIME',
          'PURCHASE_DECIDED_DATETIME',
          'CLAIM_REQUESTED_DATETIME',
          'CLAIM_COMPLETED_DATETIME',
          'COLLECT_COMPLETED_DATETIME',
          'GIFT_RECEIVED_DATETIME',
          'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
        ],
        'x-enum-descriptions': [
          '결제일시',
          '주문일시',
          '발송처리일시',
          '구매확정일시',
          '클레임요청일시',
          '클레임완료일시',
          '수거완료일시',
          '선물수락일시',
          '배송희망일변경일시',
        ],
      },
      TaxType: {
        type: 'string',
        description: '과세 유형. [DOC]',
        enum: ['TAXATION', 'TAX_EXEMPTION', 'TAX_FREE'],
        'x-enum-descriptions': ['과세', '면세', '영세'],
      },
      StorageType: {
        type: 'string',
        description: '보관 유형 (fulfillment). [DOC]',
        enum: ['DRY', 'WET', 'FROZEN'],
        'x-enum-descriptions': ['상온', '냉장', '냉동'],
      },
      CommissionPrePayStatus: {
        type: 'string',
        description: '수수료 선결제 상태. [DOC]',
        enum: ['GENERAL_PRD', 'PRE_PAY_PRD_NO_PAY', 'PRE_PAY_PRD_PAYED'],
        'x-enum-descriptions': ['일반 상품', '선차감(차감 전)', '선차감(차감 후)'],
      },
      SellerBurdenMultiplePurchaseDiscountType: {
        type: 'string',
        description:
          '판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]',
        enum: ['IGNORE_QUANTITY', 'QUANTITY'],
        'x-enum-descriptions': ['수량 무관 할인', '수량 기준 할인'],
      },
      AddressType: {
        type: 'string',
        description: '주소 유형. [DOC]',
        enum: ['DOMESTIC', 'FOREIGN'],
        'x-enum-descriptions': ['국내', '국외'],
      },
      PickupLocationType: {
        type: 'string',
        description: '수령 위치 유형. [DOC values; glosses INF]',
        enum: ['FRONT_OF_DOOR', 'MANAGEMENT_OFFICE', 'DIRECT_RECEIVE', 'OTHER'],
        'x-enum-descriptions': ['문 앞', '경비실', '직접 수령', '기타'],
      },
      EntryMethod: {
        type: 'string',
        description: '공동현관 출입 방법. [DOC values; glosses INF]',
        enum: ['LOBBY_PW', 'MANAGEMENT_OFFICE', 'FREE', 'OTHER'],
        'x-enum-descriptions': ['공동현관 비밀번호', '경비실 호출', '자유 출입', '기타'],
      },
      ClaimDeliveryFeeSupportType: {
        type: 'string',
        description: '클레임 배송비 지원 유형. [DOC]',
        enum: ['MEMBERSHIP_ARRIVAL_GUARANTEE', 'MEMBERSHIP_KURLY'],
        'x-enum-descriptions': ['멤버십도착보장', '멤버십컬리N마트'],
      },
      PayLocationType: {
        type: 'string',
        description:
          '결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]',
        enum: ['PC', 'MOBILE'],
        'x-enum-descriptions': ['PC', '모바일'],
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
      DeliveryTagType: {
        type: 'string',
        description: '배송 태그 유형. [DOC]',
        enum: ['TODAY', 'TOMORROW', 'DAWN', 'SUNDAY', 'STANDARD', 'HOPE'],
        'x-enum-descriptions': ['오늘배송', '내일배송', '새벽배송', '일요배송', 'D+2이상배송', '희망일배송'],
      },
      CouponClassCode: {
        type: 'string',
        description: '쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]',
        enum: ['NMP_PRD_DCNT', 'NMP_PRD_DUP_DCNT'],
        'x-enum-descriptions': ['관리자 상품할인', '관리자/판매자 상품중복할인'],
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
      SettleProductOrderType: {
        type: 'string',
        description: '정산 대상 구분 (settlement productOrderType). [DOC]',
        enum: [
          'PROD_ORDER',
          'DELIVERY',
          'EXTRAFEE',
          'WITHDRAW',
          'REFUND',
          'PL_REFUND',
          'DEDUCTION_RESTORE',
          'PROD_PAY',
          'PURCHASE_REVIEW',
          'PREMIUM_PURCHASE_REVIEW',
          'REGULAR_PURCHASE_REVIEW',
          'ONE_MONTH_PURCHASE_REVIEW',
          'ONE_MONTH_PREMIUM_PURCHASE_REVIEW',
          'REVIEW',
          'ETC_COUPON',
          'QUICK_SETTLE',
          'QUANTITY_CANCEL',
          'DIFFERENCE_SETTLE',
          'DEPOSIT_SETTLE',
          'RENTAL_ORDER',
          'MANUAL_ORDER',
          'RENTAL_SCHEDULED_ORDER',
          'PREFERENTIAL_COMMISSION',
          'POINT_ACCUMULATION',
        ],
        'x-enum-descriptions': [
          '상품 주문',
          '배송비',
          '기타 비용',
          '결제 수단 출금',
          '구매자 환불',
          '후불 결제 환불',
          '기타 공제 환급',
          '상품 결제',
          '텍스트 리뷰',
          '포토/동영상 리뷰',
          '알림받기 동의 회원 리뷰 추가 적립',
          '한 달 사용 텍스트 리뷰',
          '한 달 사용 포토/동영상 리뷰',
          '리뷰 적립',
          '기타 할인',
          '빠른정산',
          '수량 취소',
          '차액 정산',
          '보증금',
          '렌탈 주문',
          '수기 주문',
          '월 렌탈료 주문',
          '우대 수수료 환급',
          '포인트 적립',
        ],
      },
      SettleType: {
        type: 'string',
        description:
          '정산 구분. The docs description also mentions `PURCHASE_CONFIRM` (구매 확정), which the possible-values list omits, so it is not accepted here. [DOC]',
        enum: [
          'NORMAL_SETTLE_ORIGINAL',
          'NORMAL_SETTLE_AFTER_CANCEL',
          'NORMAL_SETTLE_BEFORE_CANCEL',
          'QUICK_SETTLE_ORIGINAL',
          'QUICK_SETTLE_CANCEL',
          'QUANTITY_CANCEL_DEDUCTION',
          'QUANTITY_CANCEL_RESTORE',
        ],
        'x-enum-descriptions': [
          '일반정산',
          '정산 후 취소',
          '정산 전 취소',
          '빠른정산',
          '빠른정산 회수',
          '수량 취소 정산(공제)',
          '수량 취소 정산(환급)',
        ],
      },
      SettlePeriodType: {
        type: 'string',
        description: '조회 기간 기준 (settle/case and commission-details periodType). [DOC]',
        enum: [
          'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
          'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
          'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
          'SETTLE_CASEBYCASE_PAY_DATE',
          'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE',
        ],
        'x-enum-descriptions': ['정산 예정일', '정산 기준일', '정산 완료일', '결제일', '세금 신고 기준일'],
      },
      SettleDecisionType: {
        type: 'string',
        description: '결제일 구분, only meaningful with periodType=SETTLE_CASEBYCASE_PAY_DATE. [DOC]',
        enum: ['SETTLED', 'UNSETTLED', 'BEFORE_CANCEL'],
        'x-enum-descriptions': ['정산 확정 건', '정산 미확정 건', '정산 전 취소 건'],
      },
      CommissionType: {
        type: 'string',
        description: '수수료 구분 (commission-details). [DOC]',
        enum: [
          'SALE_COMMISSION',
          'PAY_COMMISSION',
          'CHNL_COMMISSION',
          'ISTLM_COMMISSION',
          'PUBLISHING_COMMISSION',
          'INFLOW_COMMISSION',
          'SERVICE_COMMISSION',
          'CONTRACT_COMMISSION',
          'PACKAGE_COMMISSION',
          'PARTNER_COMMISSION',
          'PLATFORM_COMMISSION',
          'VERTICAL_COMMISSION',
          'PURCHASER_COMMISSION',
          'PRICE_COMPARISON_COMMISSION',
        ],
        'x-enum-descriptions': [
          '(구)판매 수수료',
          'Npay 수수료',
          '채널 수수료',
          '무이자 할부 수수료',
          '퍼블리싱 수수료',
          '유입 수수료',
          '솔루션 사용료',
          '계약 수수료',
          '패키지 사용료',
          '제휴 사용료',
          '판매 수수료',
          '버티컬 사용료',
          '구매자 수수료',
          '가격비교 수수료',
        ],
      },
      SellingInterlockCommissionType: {
        type: 'string',
        description: '매출 연동 수수료 상세 구분 (commission-details). [DOC]',
        enum: [
          'NAVER_SHOPPING',
          'TOPTOP',
          'EASY_BOOKING',
          'ONEPLUS',
          'SEARCH_ETC',
          'LENS',
          'SHOPPING_SEARCH',
          'SHOPPING_SEARCH_CATALOG',
          'INTEGRATED_SEARCH',
          'INTEGRATED_SEARCH_CATALOG',
          'BRAND_SEARCH',
          'SHOPPING_SEARCH_AD',
          'SHOPPING_BOX',
          'ONEPLUS_DEAL',
          'DA',
          'SA',
          'NAVER',
          'NOT_NAVER',
          'SMART_PLACE',
          'BOOK',
          'LUXURY',
          'MR',
          'PET',
          'OVERSEA_DIRECT_PURCHASE',
          'VERTICAL_BEST',
          'FORYOU',
          'TOP_TOP',
          'SHOPPING_ETC',
          'EXHIBITION',
          'PAN_CONTENTS',
          'BRAND_STORE',
          'GIFT',
          'SHOPPING_LIVE',
          'TALKTALK',
          'HOT_DEAL',
          'AITEMS',
          'SHOPPING_BEST',
          'LIVING',
          'BEAUTY',
          'SHOPPING_WINDOW',
          'ART',
          'KIDS',
          'FOOD',
          'PLAY',
          'BRANCH',
          'VILLAGE_MARKET',
          'MART',
          'BRAND_BRANCH',
          'MY',
          'CART_ZIM_RECENT',
          'REPURCHASE',
          'PAY',
          'SUBSCRIPTION',
          'FASH_TW',
          'DEPARTMENT_STORE',
          'OUTLET',
          'SOHO_STREET',
          'DESIGNER',
          'FASH_TW_BRAND',
          'ARRIVAL_GUARANTEE',
          'N_SHOPPING_SEARCH',
          'NPLUS_SEARCH',
          'NPLUS_SEARCH_AD',
          'NPLUS_SEARCH_CATEGORY',
          'NPLUS_INTEGRATED_SEARCH',
          'SHOPPING_BEST_AD',
          'NPLUS_PRODUCT_AD',
          'BRAND_CONNECT',
          'SHOPPING_BEST_V2',
          'SHOPPING_BEST_TAB',
          'TODAY_EVENT',
          'TODAY_EVENT_TAB',
          'COUPON_BENEFIT',
          'SHOPPING_REWARD',
          'N_CATEGORY',
          'SHOPPING_HOME',
          'FORYOU_TAB',
          'FASHION_BEAUTY_TAB',
          'INTEGRATED_PROMOTION_TAB',
          'CURATION_TAB',
          'NPLUS_HOME_TAB',
          'NPLUS_HOME_FASHION_BEAUTY_TAB',
          'NPLUS_HOME_FORYOU_TAB',
          'NPLUS_HOME_CURATION_TAB',
          'NPLUS_HOME_INTEGRATED_PROMOTION_TAB',
          'NPLUS_HOME_BEST_TAB',
          'NPLUS_HOME_TODAY_EVENT_TAB',
          'NPLUS_HOME_ARRIVAL_GUARANTEE_TAB',
          'PAY_HISTORY_TAB',
          'ZIM_PRODUCT_TAB',
          'SHOPPING_REVIEW_TAB',
          'SHOPPING_WEB_HISTORY',
          'DISCOVER',
          'NOW_DELIVERY',
          'NOW_DELIVERY_MART',
          'NOW_DELIVERY_LOCAL_MARKET',
          'NOW_DELIVERY_BRAND_BRANCH',
          'TODAY_LAST_DEAL',
          'NPLUS_TODAY_LAST_DEAL',
          'VTC_SHOPPING_LIVE',
          'VTC_FASHION_TOWN',
          'VTC_ONE_PLUS_DEAL',
          'VTC_MISTER',
          'HIGHEND',
          'KURLY_N_MART_HOME',
          'KUR_N_MART',
          'PLT_SMART_STORE',
          'PLF_BRAND_STORE',
          'PLF_SMART_STORE_MARKETING',
          'PLF_BRAND_STORE_MARKETING',
          'SVC_RENTAL',
          'SVC_REGULAR_SUBSCRIPTION',
          'SVC_ARRIVAL_GUARANTEE',
          'SVC_SELLER_GUARANTEE',
          'SVC_HOPE_SELLER_GUARANTEE',
          'SVC_N_SHOPPING_CONNECT',
          'SVC_SUPER_POINT',
          'SVC_N_DELIVERY_DIRECT_CONTRACT',
          'CONTRACT_TYPE',
          'PKG_BRAND_SOLUTION',
          'PATR_AFFILIATE',
          'CAFE',
          'FLEA_MARKET',
          'FLEA_MARKET_NAVER',
          'FLEA_MARKET_DELIVERY_FEE',
          'FLEA_MARKET_NAVER_DELIVERY_FEE',
          'SETTLE_DANAWA',
          'SETTLE_ENURI',
        ],
        'x-enum-descriptions': [
          '네이버쇼핑',
          '탑탑',
          '네이버예약',
          '원쁠딜',
          '검색>기타',
          '검색>렌즈',
          '검색>쇼핑검색',
          '검색>쇼핑검색카탈로그',
          '검색>통합검색',
          '검색>통합검색카탈로그',
          '광고>브랜드검색',
          '광고>쇼핑검색',
          '광고>쇼핑박스',
          '광고>원쁠딜',
          '광고>DA',
          '광고>SA',
          '기타>네이버',
          '기타>네이버외',
          '예약',
          '버티컬>도서',
          '버티컬>럭셔리',
          '버티컬>미스터',
          '버티컬>펫',
          '패션타운>해외직구',
          '버티컬>BEST',
          '버티컬>FORYOU',
          'TOPTOP',
          '쇼핑>기타',
          '쇼핑>기획전',
          '쇼핑>메인판컨텐츠',
          '쇼핑>브랜드스토어',
          '쇼핑>선물',
          '쇼핑>쇼핑LIVE',
          '쇼핑>톡톡',
          '쇼핑>핫딜',
          '쇼핑>AiTEMS',
          '쇼핑>BEST',
          '윈도>리빙',
          '패션타운>뷰티',
          '윈도>쇼핑',
          '윈도>아트',
          '윈도>키즈',
          '윈도>푸드',
          '윈도>플레이',
          '장보기>기타',
          '장보기>동네시장',
          '장보기>마트',
          '장보기>브랜드직영관',
          'MY>기타',
          'MY>장바구니,찜,최근',
          'MY>재구매',
          'MY>페이',
          'MY>정기구독',
          '패션타운>패션타운',
          '패션타운>백화점',
          '패션타운>아울렛',
          '패션타운>소호&스트릿',
          '패션타운>디자이너',
          '패션타운>브랜드직영몰',
          '쇼핑>N배송관',
          '검색>N쇼핑검색',
          '검색>플러스스토어_검색',
          '검색>플러스스토어_검색광고',
          '검색>플러스스토어_카테고리',
          '검색>통검_플러스스토어_검색',
          '광고>쇼핑베스트',
          '광고>N+상품광고',
          '기타>브랜드커넥트',
          '쇼핑>쇼핑베스트',
          '쇼핑>베스트탭',
          '쇼핑>오늘행사',
          '쇼핑>오늘행사탭',
          '쇼핑>쿠폰/혜택',
          '쇼핑>슈퍼적립',
          '쇼핑>N카테고리',
          '쇼핑>홈',
          '쇼핑>포유탭',
          '쇼핑>패션뷰티탭',
          '쇼핑>통합프로모션탭',
          '쇼핑>큐레이션탭',
          '쇼핑>플러스스토어_홈탭',
          '쇼핑>플러스스토어_홈_패션뷰티탭',
          '쇼핑>플러스스토어_홈_포유탭',
          '쇼핑>플러스스토어_홈_큐레이션탭',
          '쇼핑>플러스스토어_홈_통프탭',
          '쇼핑>플러스스토어_홈_베스트탭',
          '쇼핑>플러스스토어_홈_오늘행사탭',
          '쇼핑>플러스스토어_홈_N배송탭',
          'MY>결제탭',
          'MY>찜한상품탭',
          'MY>쇼핑리뷰탭',
          'MY>쇼핑웹_구매내역',
          '쇼핑>발견',
          '지금배달>기타',
          '지금배달>마트',
          '지금배달>동네시장',
          '지금배달>브랜드직영관',
          '쇼핑>오늘끝딜',
          '쇼핑>N+스토어_오늘끝딜탭',
          '쇼핑라이브 버티컬 사용료',
          '패션타운 버티컬 사용료',
          '원쁠딜 버티컬 사용료',
          '미스터 버티컬 사용료',
          '하이엔드',
          '컬리N마트>홈',
          '컬리N마트>기타',
          '스마트스토어 판매 수수료',
          '브랜드스토어 판매 수수료',
          '스마트스토어 판매자 마케팅 수수료',
          '브랜드스토어 판매자 마케팅 수수료',
          '렌탈 솔루션 사용료',
          '정기구독 솔루션 사용료',
          'N배송 솔루션 사용료',
          'N판매자배송 솔루션 사용료',
          'N희망일배송 솔루션 사용료',
          '쇼핑 커넥트 솔루션 사용료',
          '슈퍼적립 솔루션 사용료',
          '네이버 물류직계약 솔루션 사용료',
          '계약',
          '브랜드솔루션패키지 사용료',
          '어필리에이트 사용료',
          '구매자',
          'FLEA_MARKET',
          'FLEA_MARKET_NAVER',
          'FLEA_MARKET_DELIVERY_FEE',
          'FLEA_MARKET_NAVER_DELIVERY_FEE',
          '다나와',
          '에누리',
        ],
      },
      PayMeansType: {
        type: 'string',
        description: '결제 수단 구분 (commission-details). [DOC]',
        enum: [
          'PAYMEANS_TYPE_ALL',
          'PAYMEANS_TYPE_BANK',
          'PAYMEANS_TYPE_CCARD',
          'PAYMEANS_TYPE_CHAMT',
          'PAYMEANS_TYPE_CHKAC',
          'PAYMEANS_TYPE_DON',
          'PAYMEANS_TYPE_MOBIL',
          'PAYMEANS_TYPE_NCASH',
          'PAYMEANS_TYPE_POINT',
          'PAYMEANS_TYPE_VACCT',
          'PAYMEANS_TYPE_SKIP',
          'PAYMEANS_TYPE_PAYLATER',
          'PAYMEANS_TYPE_GIFTCARD',
          'PAYMEANS_TYPE_NONE',
          'PAYMEANS_TYPE_NMP_DISCOUNT',
          'PAYMEANS_TYPE_OVERSEAS_CARD',
        ],
        'x-enum-descriptions': [
          '전체',
          '실시간 계좌 이체',
          '신용카드',
          '(구)구매자충전금',
          '(구)체크아웃적립금',
          '(구)네이버캐쉬',
          '휴대폰 결제',
          '네이버페이 포인트·머니',
          '포인트 결제',
          '무통장입금',
          '나중에결제',
          '후불 결제',
          '기프트 카드',
          '주결제 수단 없음',
          '네이버 할인지원금',
          '해외 카드',
        ],
      },
      BankType: {
        type: 'string',
        description:
          '은행 코드 (settle/daily bankType). Some spellings are the real ones (HYNDAI_SEC, SANSUNG_SEC). [DOC]',
        enum: [
          'KDB',
          'IBK',
          'KB',
          'KEB_OLD',
          'SUHYUP',
          'KOREAEXIM',
          'NH',
          'LNH',
          'WOORI',
          'SC',
          'CITI',
          'IM',
          'BUSAN',
          'KWANGJU',
          'JEJU',
          'JEONBUK',
          'KYONGNAM',
          'SAEMAUL',
          'SHINHYUP',
          'FSB',
          'HSBC',
          'DEUTSCHE_BANK',
          'JP_MORGAN',
          'BOA',
          'BNP',
          'ICBC',
          'NFCF',
          'POST',
          'KEB_HANA',
          'SHINHAN',
          'KBANK',
          'KKOBANK',
          'TOSS',
          'DAISHIN_BANK',
          'SBISB',
          'HK_BANK',
          'WELCOME_BANK',
          'SHINHAN_SAVING',
          'DONGYANG_SEC',
          'HYNDAI_SEC',
          'IBK_IVST_SEC',
          'MIRAEASSET',
          'MIRAEASSET_DAEWOO',
          'SANSUNG_SEC',
          'HANGKOOK_IVST_SEC',
          'WOORI_IVST_SEC',
          'KYOBO_IVST_SEC',
          'HI_IVST_SEC',
          'HMC_IVST_SEC',
          'KIWOOM_IVST_SEC',
          'EBEST_IVST_SEC',
          'SK_SEC',
          'DAESHIN_SEC',
          'HANWHA_SEC',
          'HANA_DAETOO_SEC',
          'SHINHAN_IVST',
          'DONGBU_SEC',
          'EUGENE_IVST_SEC',
          'MERITZ_SEC',
          'NH_NONGHYUP_SEC',
          'BOOKOOK_SEC',
          'SHINYOUNG_SEC',
          'LIG_IVST_SEC',
          'KSFC',
        ],
        'x-enum-descriptions': [
          '산업은행',
          '기업은행',
          'KB국민은행',
          '외환은행',
          '수협은행',
          '수출입은행',
          'NH농협은행',
          '지역농.축협',
          '우리은행',
          'SC제일은행',
          '한국씨티은행',
          'iM뱅크',
          '부산은행',
          '광주은행',
          '제주은행',
          '전북은행',
          '경남은행',
          '새마을금고',
          '신협',
          '저축은행',
          'HSBC은행',
          '도이치은행',
          '제이피모간체이스',
          'BOA은행',
          '비엔피파리바은행',
          '중국공상은행',
          '산림조합중앙회',
          '우체국',
          '하나은행',
          '신한은행',
          '케이뱅크',
          '카카오뱅크',
          '토스뱅크',
          '대신저축은행',
          '에스비아이저축은행',
          '에이치케이저축은행',
          '웰컴저축은행',
          '신한저축은행',
          '유안타증권',
          'KB증권',
          'IBK투자증권',
          '미래에셋대우',
          '미래에셋대우',
          '삼성증권',
          '한국투자증권',
          'NH투자증권',
          '교보증권',
          '하이투자증권',
          '현대자증권',
          '키움증권',
          '이베스트투자증권',
          'SK증권',
          '대신증권',
          '한화투자증권',
          '하나금융투자',
          '신한금융투자',
          'DB금융투자',
          '유진투자증권',
          '메리츠증권',
          'NH농협증권',
          '부국증권',
          '신영증권',
          '케이프투자증권',
          '한국증권금융',
        ],
      },
      SettleMethodType: {
        type: 'string',
        description: '정산 방법 (settle/daily). [DOC]',
        enum: ['ACCOUNT', 'CHARGE_AMT'],
        'x-enum-descriptions': ['계좌 이체', '충전금'],
      },
      VatDetailType: {
        type: 'string',
        description: '부가세 상세 유형 (vat/case detailType). [DOC]',
        enum: [
          'VOUCH_DETAIL_PAYMENT_SETL',
          'VOUCH_DETAIL_PRODUCT_COUPON_SETL',
          'VOUCH_DETAIL_ORDER_COUPON_SETL',
          'VOUCH_DETAIL_DLVFEE_COUPON_SETL',
          'VOUCH_DETAIL_RTNDLV',
          'VOUCH_DETAIL_ETCDLV',
          'VOUCH_DETAIL_DCCNCL',
          'VOUCH_DETAIL_DLVREC',
          'VOUCH_DETAIL_DLCNCL',
          'VOUCH_DETAIL_COUPON_SETL',
          'VOUCH_DETAIL_DDTN_RSTOR',
        ],
        'x-enum-descriptions': [
          '결제 수단 정산',
          '혜택 정산(상품 할인)',
          '혜택 정산(스토어 할인)',
          '혜택 정산(배송비 할인)',
          '공제/환급(반품 배송비)',
          '공제/환급(기타)',
          '공제/환급(복수구매 할인 취소)',
          '공제/환급(배송비 금액 변동)',
          '공제/환급(배송비 할인 금액 변동)',
          '혜택 정산',
          '공제/환급',
        ],
      },
      VatStatus: {
        type: 'string',
        description: '부가세 전표 상태 (vat/case status). [DOC]',
        enum: ['VOUCH_PUBLICATION', 'VOUCH_CANCEL', 'VOUCH_RSTOR_PUBLICATION', 'VOUCH_RSTOR_CANCEL'],
        'x-enum-descriptions': ['원주문 매출', '주문 취소', '공제/환급', '환급 취소'],
      },
    },
  },
}
//#endregion
//#region ../packages/engine/src/api/delivery-rules.ts
/** Every delivery company code the real API accepts ([REC] exactly the documented set). */
const DELIVERY_COMPANY_CODES = new Set(npayApiDocument.components.schemas.DeliveryCompanyCode.enum)
/** [REC] 8–20 digits, dashes allowed between them. */
const TRACKING_RE = /^(?=(?:\D*\d){8,20}\D*$)\d[\d-]*\d$/
/** Methods that ship goods to the buyer (return-side methods cannot dispatch). */
const OUTBOUND_METHODS = new Set([
  'DELIVERY',
  'GDFW_ISSUE_SVC',
  'VISIT_RECEIPT',
  'DIRECT_DELIVERY',
  'QUICK_SVC',
  'NOTHING',
])
/**
 * The business code of the first problem with a delivery, or undefined when it is acceptable.
 * @example checkDelivery({ method: 'DELIVERY', company: 'CJGLS', tracking: '123456789012' }) // undefined
 */
function checkDelivery(d) {
  if (!d.method || !OUTBOUND_METHODS.has(d.method)) return '104117'
  if (d.method === 'NOTHING' && d.expectedMethod && d.expectedMethod !== 'NOTHING') return '104116'
  if (d.method !== 'DELIVERY') return void 0
  if (!d.company) return '104118'
  if (!DELIVERY_COMPANY_CODES.has(d.company)) return '104119'
  if (!d.tracking) return '104120'
  if (!TRACKING_RE.test(d.tracking)) return '104122'
}
//#endregion
//#region ../packages/engine/src/machine/state.ts
/** Claim statuses after which the claim no longer blocks other actions. */
const TERMINAL_CLAIM_STATUSES = [
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
  'PURCHASE_DECISION_HOLDBACK_RELEASE',
]
/** Whether the product order has a claim that is still in progress. */
function hasOpenClaim(state) {
  return state.claimStatus !== void 0 && !TERMINAL_CLAIM_STATUSES.includes(state.claimStatus)
}
/** A one-line label of a state, used in docs, diagrams and error diagnostics. */
function describeState(state) {
  const parts = [state.productOrderStatus, state.placeOrderStatus]
  if (state.claimType) parts.push(`${state.claimType}/${state.claimStatus}`)
  if (state.holdbackStatus) parts.push(`holdback ${state.holdbackStatus}`)
  return parts.join(' · ')
}
//#endregion
//#region ../packages/engine/src/records.ts
/** The machine's view of a stored product order. */
function stateOf(record) {
  const po = record.productOrder
  const state = {
    productOrderStatus: po.productOrderStatus,
    placeOrderStatus: po.placeOrderStatus,
    claimType: po.claimType,
    claimStatus: po.claimStatus,
  }
  if (hasOpenClaim(state)) state.holdbackStatus = record.claim?.holdbackStatus
  return state
}
/**
 * Remembers what a transition may change in a record and its order, and returns the undo that puts it
 * all back. Effects write only the top level, the product order, times, delivery and claim blocks and
 * the order, and append to the two lists; nested values they replace whole. Transitions therefore
 * change the committed objects in place and undo only when an effect throws, instead of deep-copying
 * the record: a copy per transition made seeding slow, and objects built by spreading and then growing
 * get a hidden class (V8 map) each, which tripled the memory of a product order (bench/README.md).
 */
function checkpoint(record, order) {
  const parts = [record, record.productOrder, record.times, order]
  if (record.delivery) parts.push(record.delivery)
  if (record.claim) parts.push(record.claim)
  const saved = parts.map((part) => ({ ...part }))
  const historyLength = record.history.length
  const completedLength = record.completedClaims.length
  return () => {
    for (const [i, part] of parts.entries()) restore(part, saved[i])
    record.history.length = historyLength
    record.completedClaims.length = completedLength
  }
}
function restore(target, copy) {
  for (const key of Object.keys(target)) if (!(key in copy)) delete target[key]
  Object.assign(target, copy)
}
//#endregion
//#region ../packages/engine/src/api/detail.ts
function blockKey(claimType) {
  if (claimType === 'CANCEL' || claimType === 'ADMIN_CANCEL') return 'cancel'
  if (claimType === 'RETURN') return 'return'
  if (claimType === 'EXCHANGE') return 'exchange'
}
function buildDetail(record, order, options) {
  const detail = {
    order: order.order,
    productOrder: record.productOrder,
  }
  if (record.delivery) detail.delivery = record.delivery
  const key = blockKey(record.productOrder.claimType)
  if (record.claim && key) {
    const claim = record.claim
    if (options.deprecatedClaimBlocks) detail[key] = claim
    detail.currentClaim = { [key]: claim }
  }
  if (record.beforeExchange) detail.beforeClaim = { exchange: record.beforeExchange }
  if (record.completedClaims.length > 0) detail.completedClaims = record.completedClaims
  return detail
}
//#endregion
//#region ../packages/engine/src/api/queries.ts
/** The read endpoints: last-changed, query, product-order-ids, conditional query (facts §7.1–7.4). */
/** Parses a date-time parameter or fails with 400 4000 naming it. */
function dateParam(name, value) {
  const parsed = parseDateTime(value)
  if (parsed.ok) return parsed.epochMs
  const why =
    parsed.problem === 'millis'
      ? 'milliseconds (1–3 fraction digits) are required'
      : parsed.problem === 'range'
        ? 'the date does not exist'
        : "expected yyyy-MM-dd'T'HH:mm:ss.SSS+09:00 (encode '+' as %2B in a query string)"
  throw NpayError.order('4000', {
    invalidInputs: [
      {
        name,
        type: 'typeMismatch',
        message: `${name}: ${value}`,
      },
    ],
    diagnostic: `${name} "${value}" is not a valid date-time: ${why}`,
  })
}
function lastChangedStatuses(tenant, q, options) {
  const from = dateParam('lastChangedFrom', q.lastChangedFrom)
  const to =
    q.lastChangedTo === void 0 ? from + MAX_QUERY_WINDOW_MS : dateParam('lastChangedTo', q.lastChangedTo)
  if (to < from)
    throw NpayError.order('4000', {
      invalidInputs: [
        {
          name: 'lastChangedTo',
          type: 'Range',
          message: 'lastChangedTo must not precede lastChangedFrom',
        },
      ],
    })
  if (to - from > 864e5)
    throw NpayError.order('104139', {
      diagnostic: 'the window from lastChangedFrom to lastChangedTo may span at most 24 hours',
    })
  const limit = Math.min(q.limitCount ?? 300, 300)
  const page = tenant.log.page({
    from,
    to,
    limit,
    ...(q.lastChangedType ? { type: q.lastChangedType } : {}),
    ...(q.moreSequence ? { moreSequence: q.moreSequence } : {}),
  })
  if (page.rows.length === 0 && options.emptyLastChanged === 'omit-data') return void 0
  return {
    count: page.rows.length,
    ...(page.more
      ? {
          more: {
            moreFrom: formatKst(page.more.at),
            moreSequence: page.more.productOrderId,
          },
        }
      : {}),
    lastChangeStatuses: page.rows.map(toRow),
  }
}
function toRow(e) {
  const row = {
    orderId: e.orderId,
    productOrderId: e.productOrderId,
    lastChangedType: e.lastChangedType,
  }
  if (e.paymentDate) row.paymentDate = e.paymentDate
  row.lastChangedDate = formatKst(e.at)
  row.productOrderStatus = e.productOrderStatus
  if (e.claimType) row.claimType = e.claimType
  if (e.claimStatus) row.claimStatus = e.claimStatus
  row.receiverAddressChanged = e.receiverAddressChanged
  return row
}
/** Details in the requested order; unknown and foreign ids are left out (facts §7.2 [INF]). */
function queryProductOrders(tenant, ids, options) {
  const out = []
  for (const id of new Set(ids)) {
    const record = tenant.productOrders.get(id)
    if (record) out.push(buildDetail(record, tenant.orders.get(record.orderId), options))
  }
  return out
}
function productOrderIds(tenant, orderId, ownerOf) {
  const order = tenant.orders.get(orderId)
  if (order) return [...order.productOrderIds]
  if (ownerOf(orderId)) throw NpayError.order('101010')
  throw NpayError.order('100003')
}
const RANGE_MILESTONE = {
  PAYED_DATETIME: 'payed',
  ORDERED_DATETIME: 'ordered',
  DISPATCHED_DATETIME: 'dispatched',
  PURCHASE_DECIDED_DATETIME: 'decided',
  CLAIM_REQUESTED_DATETIME: 'claimRequested',
  CLAIM_COMPLETED_DATETIME: 'claimCompleted',
  COLLECT_COMPLETED_DATETIME: 'collectCompleted',
  GIFT_RECEIVED_DATETIME: void 0,
  HOPE_DELIVERY_INFO_CHANGED_DATETIME: void 0,
}
function searchProductOrders(tenant, q, options) {
  const from = dateParam('from', q.from)
  const to = q.to === void 0 ? from + MAX_QUERY_WINDOW_MS : dateParam('to', q.to)
  if (to < from || to - from > 864e5)
    throw NpayError.order('4000', {
      invalidInputs: [
        {
          name: 'from, to',
          type: 'Range',
          message: 'from, to: 조회 기간은 24시간 이내여야 합니다.',
        },
      ],
      diagnostic: 'the conditional query window must be at most 24 hours and `to` must not precede `from`',
    })
  const milestone = RANGE_MILESTONE[q.rangeType ?? 'PAYED_DATETIME']
  const size = Math.min(q.pageSize ?? 300, 300)
  const page = q.page ?? 1
  const hits = []
  if (milestone && q.fulfillment !== true)
    for (const record of tenant.productOrders.values()) {
      const at = record.times[milestone]
      if (at === void 0 || at < from || at > to) continue
      const s = stateOf(record)
      if (q.productOrderStatuses?.length && !q.productOrderStatuses.includes(s.productOrderStatus)) continue
      if (q.claimStatuses?.length && (!s.claimStatus || !q.claimStatuses.includes(s.claimStatus))) continue
      if (q.placeOrderStatusType && s.placeOrderStatus !== q.placeOrderStatusType) continue
      hits.push({
        at,
        id: record.productOrderId,
      })
    }
  hits.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
  return {
    contents: hits.slice((page - 1) * size, page * size).map(({ id }) => {
      const record = tenant.productOrders.get(id)
      return {
        productOrderId: id,
        content: buildDetail(record, tenant.orders.get(record.orderId), options),
      }
    }),
    pagination: {
      page,
      size,
      hasNext: hits.length > page * size,
    },
  }
}
//#endregion
//#region ../packages/engine/src/api/actions.ts
/**
 * The merchant actions (facts §7.5–7.19): per-item results with HTTP 200, business failures in
 * `failProductOrderInfos`, malformed requests as 400 `4000`. Every item is applied atomically.
 */
/** 100001 for unknown ids, 101009 for another merchant's. */
function ownership(tenant, id, ownerOf) {
  if (tenant.productOrders.has(id)) return void 0
  return ownerOf(id) ? '101009' : '100001'
}
function apply(tenant, id, action, input, ownerOf) {
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return failInfo(id, owner)
  const result = tenant.run(id, action, input, 'merchant')
  return result.ok ? void 0 : failInfo(id, result.code)
}
function confirm(tenant, ids, ownerOf) {
  tenant.tick()
  const successProductOrderInfos = []
  const failProductOrderInfos = []
  for (const id of new Set(ids)) {
    const fail = apply(tenant, id, 'confirmProductOrders', {}, ownerOf)
    if (fail) failProductOrderInfos.push(fail)
    else
      successProductOrderInfos.push({
        productOrderId: id,
        isReceiverAddressChanged: tenant.productOrders.get(id).receiverAddressChanged,
      })
  }
  return {
    successProductOrderInfos,
    failProductOrderInfos,
  }
}
function dispatch(tenant, items, ownerOf, usedTracking) {
  tenant.tick()
  const successProductOrderIds = []
  const failProductOrderInfos = []
  const seen = /* @__PURE__ */ new Set()
  for (const item of items) {
    const fail = dispatchOne(tenant, item, seen, ownerOf, usedTracking)
    if (fail) failProductOrderInfos.push(fail)
    else successProductOrderIds.push(item.productOrderId)
  }
  return {
    successProductOrderIds,
    failProductOrderInfos,
  }
}
function dispatchOne(tenant, item, seen, ownerOf, usedTracking) {
  const id = item.productOrderId
  if (seen.has(id)) return failInfo(id, '104131')
  seen.add(id)
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return failInfo(id, owner)
  const record = tenant.productOrders.get(id)
  const problem = checkDelivery({
    method: item.deliveryMethod,
    company: item.deliveryCompanyCode,
    tracking: item.trackingNumber,
    expectedMethod: record.productOrder.expectedDeliveryMethod,
  })
  if (problem) return failInfo(id, problem)
  const trackingKey = item.trackingNumber
    ? `${item.deliveryCompanyCode}:${item.trackingNumber.replaceAll('-', '')}`
    : void 0
  if (trackingKey && usedTracking.has(trackingKey) && usedTracking.get(trackingKey) !== record.orderId)
    return failInfo(id, '104121')
  if (!item.dispatchDate) return failInfo(id, '4000', 'dispatchDate: 발송일은 필수입니다.')
  const dispatchDate = dateParam('dispatchDate', item.dispatchDate)
  if (dispatchDate > tenant.now() + 6e4)
    return failInfo(id, '4000', 'dispatchDate: 발송일은 미래일 수 없습니다.')
  const input = {
    dispatch: {
      deliveryMethod: item.deliveryMethod,
      ...(item.deliveryCompanyCode ? { deliveryCompanyCode: item.deliveryCompanyCode } : {}),
      ...(item.trackingNumber ? { trackingNumber: item.trackingNumber } : {}),
      dispatchDate,
    },
  }
  const run = tenant.run(id, 'dispatchProductOrders', input, 'merchant')
  if (!run.ok) return failInfo(id, run.code)
  if (trackingKey) usedTracking.set(trackingKey, record.orderId)
}
const single = (id, fail) =>
  fail
    ? {
        successProductOrderIds: [],
        failProductOrderInfos: [fail],
      }
    : {
        successProductOrderIds: [id],
        failProductOrderInfos: [],
      }
function invalid$1(name, message) {
  return NpayError.order('4000', {
    invalidInputs: [
      {
        name,
        type: 'Range',
        message,
      },
    ],
  })
}
/** One of the single-item actions (delay and the claim actions) with its body already schema-valid. */
function act(tenant, action, id, body, ownerOf) {
  tenant.tick()
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return single(id, failInfo(id, owner))
  const input = toInput(tenant, action, id, body)
  if ('fail' in input) return single(id, failInfo(id, input.fail))
  return single(id, apply(tenant, id, action, input, ownerOf))
}
function toInput(tenant, action, id, b) {
  const record = tenant.productOrders.get(id)
  const remain = record.productOrder.remainQuantity ?? record.productOrder.quantity ?? 1
  const str = (k) => (typeof b[k] === 'string' ? b[k] : void 0)
  const num = (k) => (typeof b[k] === 'number' ? b[k] : void 0)
  switch (action) {
    case 'delayDispatch': {
      const due = dateParam('dispatchDueDate', str('dispatchDueDate'))
      const current = record.productOrder.shippingDueDate
        ? Date.parse(record.productOrder.shippingDueDate)
        : 0
      if (due <= tenant.now() || due <= current) return { fail: '104105' }
      return {
        delay: {
          dispatchDueDate: due,
          reason: str('delayedDispatchReason'),
          detailedReason: str('dispatchDelayedDetailedReason'),
        },
      }
    }
    case 'requestCancel': {
      const quantity = num('cancelQuantity')
      if (quantity !== void 0 && quantity > remain)
        throw invalid$1('cancelQuantity', `cancelQuantity: 최대 ${remain}`)
      return {
        reason: str('cancelReason'),
        ...opt('detailedReason', str('cancelDetailedReason')),
        ...opt('quantity', quantity),
      }
    }
    case 'requestReturn': {
      const quantity = num('returnQuantity')
      if (quantity !== void 0 && quantity > remain)
        throw invalid$1('returnQuantity', `returnQuantity: 최대 ${remain}`)
      const company = str('collectDeliveryCompany')
      if (company && !DELIVERY_COMPANY_CODES.has(company)) return { fail: '104119' }
      return {
        reason: str('returnReason'),
        ...opt('quantity', quantity),
        collect: {
          deliveryMethod: str('collectDeliveryMethod'),
          ...opt('deliveryCompany', company),
          ...opt('trackingNumber', str('collectTrackingNumber')),
        },
      }
    }
    case 'holdbackReturn':
    case 'holdbackExchange': {
      const side = action === 'holdbackReturn' ? 'Return' : 'Exchange'
      return {
        holdback: {
          classType: str('holdbackClassType'),
          detailedReason: str(`holdback${side}DetailReason`),
          ...opt('extraFeeAmount', num(`extra${side}FeeAmount`)),
        },
      }
    }
    case 'redeliverExchange': {
      const method = str('reDeliveryMethod')
      const problem = checkDelivery({
        method,
        company: str('reDeliveryCompany'),
        tracking: str('reDeliveryTrackingNumber'),
      })
      if (problem) return { fail: problem }
      return {
        redelivery: {
          deliveryMethod: method,
          ...opt('deliveryCompany', str('reDeliveryCompany')),
          ...opt('trackingNumber', str('reDeliveryTrackingNumber')),
        },
      }
    }
    case 'rejectReturn':
      return { rejectReason: str('rejectReturnReason') }
    case 'rejectExchange':
      return { rejectReason: str('rejectExchangeReason') }
    default:
      return {}
  }
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value }
}
//#endregion
//#region ../packages/engine/src/sandbox-error.ts
/** An error of the emulator's own control plane (not part of the real API). */
var SandboxError = class extends Error {
  constructor(status, code, message, details) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
    this.name = 'SandboxError'
  }
}
//#endregion
//#region ../packages/engine/src/api/reviews.ts
/**
 * Purchase reviews ([REC] shape of facts §12: every name is a guess modelled on SOAP
 * GetPurchaseReviewList). Reviews are written by the buyer through the control plane.
 */
/** Statuses in which a buyer can review what they received. */
const REVIEWABLE = new Set(['DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED'])
function writeReview(tenant, productOrderId, input, nextId) {
  const record = tenant.productOrders.get(productOrderId)
  if (!record)
    throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId} for this merchant`)
  if (!REVIEWABLE.has(record.productOrder.productOrderStatus ?? ''))
    throw new SandboxError(
      409,
      'EVENT_NOT_ALLOWED',
      'a review needs a delivered or purchase-decided product order',
    )
  const classType = input.classType ?? 'GENERAL'
  const score = input.score ?? 5
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw new SandboxError(400, 'BAD_REQUEST', 'score must be 1–5')
  const now = formatKst(tenant.now())
  const review = {
    purchaseReviewId: nextId(),
    purchaseReviewScore: score,
    purchaseReviewClassType: classType,
    productOrderId,
    productId: record.productOrder.productId,
    productName: record.productOrder.productName,
    productOption: record.productOrder.productOption,
    title: input.title ?? '만족합니다',
    ...(classType === 'PREMIUM' ? { content: input.content ?? '배송도 빠르고 상품 상태도 좋아요.' } : {}),
    writerId: tenant.orders.get(record.orderId)?.order.ordererId ?? '****',
    createYmdt: now,
    modifyYmdt: now,
  }
  tenant.reviews.push({
    at: tenant.now(),
    review,
  })
  tenant.touch()
  return review
}
function reviews(tenant, q) {
  const from = dateParam('inquiryTimeFrom', String(q.inquiryTimeFrom))
  const to =
    q.inquiryTimeTo === void 0
      ? from + MAX_QUERY_WINDOW_MS
      : dateParam('inquiryTimeTo', String(q.inquiryTimeTo))
  if (to < from || to - from > 864e5) throw NpayError.order('104139')
  const page = q.page ?? 1
  const size = q.pageSize ?? 300
  const hits = tenant.reviews.filter(
    (r) =>
      r.at >= from &&
      r.at <= to &&
      (!q.purchaseReviewClassType || r.review.purchaseReviewClassType === q.purchaseReviewClassType),
  )
  const slice = hits.slice((page - 1) * size, page * size).map((r) => r.review)
  return {
    count: slice.length,
    hasNext: hits.length > page * size,
    purchaseReviews: slice,
  }
}
//#endregion
//#region ../packages/engine/src/change-log.ts
var SortedRows = class {
  rows = []
  sortedUpTo = 0
  push(row) {
    this.rows.push(row)
  }
  /** Sorts the unsorted tail together with the tie group it joins. */
  ensureSorted() {
    const rows = this.rows
    if (this.sortedUpTo >= rows.length) return
    let start = this.sortedUpTo
    const firstAt = rows[start].at
    while (start > 0 && rows[start - 1].at === firstAt) start--
    const tail = rows.slice(start).sort(compareRows)
    for (let i = 0; i < tail.length; i++) rows[start + i] = tail[i]
    this.sortedUpTo = rows.length
  }
  /** Index of the first row at or after (at, productOrderId). */
  lowerBound(at, productOrderId = '') {
    const rows = this.rows
    let lo = 0
    let hi = rows.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const r = rows[mid]
      if (r.at < at || (r.at === at && r.productOrderId < productOrderId)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
function compareRows(a, b) {
  if (a.at !== b.at) return a.at - b.at
  return a.productOrderId < b.productOrderId ? -1 : a.productOrderId > b.productOrderId ? 1 : 0
}
var ChangeLog = class {
  all = new SortedRows()
  byType = /* @__PURE__ */ new Map()
  /** The latest instant appended; appends never go back in time. */
  lastAt = Number.NEGATIVE_INFINITY
  get size() {
    return this.all.rows.length
  }
  /** Every row in (at, productOrderId) order, e.g. to save the log. */
  rows() {
    this.all.ensureSorted()
    return this.all.rows
  }
  append(row) {
    if (row.at < this.lastAt) throw new Error('change log rows must be appended in time order')
    this.lastAt = row.at
    this.all.push(row)
    let typed = this.byType.get(row.lastChangedType)
    if (!typed) {
      typed = new SortedRows()
      this.byType.set(row.lastChangedType, typed)
    }
    typed.push(row)
  }
  /**
   * Rows with `from <= at <= to` in (at, productOrderId) order, starting at the cursor when given.
   * @example log.page({ from, to, limit: 300 }) // { rows, more? }
   */
  page(q) {
    const list = q.type ? this.byType.get(q.type) : this.all
    if (!list) return { rows: [] }
    list.ensureSorted()
    const rows = list.rows
    const out = []
    for (let i = list.lowerBound(q.from, q.moreSequence ?? ''); i < rows.length; i++) {
      const row = rows[i]
      if (row.at > q.to) break
      if (out.length === q.limit)
        return {
          rows: out,
          more: {
            at: row.at,
            productOrderId: row.productOrderId,
          },
        }
      out.push(row)
    }
    return { rows: out }
  }
  clear() {
    this.all = new SortedRows()
    this.byType = /* @__PURE__ */ new Map()
    this.lastAt = Number.NEGATIVE_INFINITY
  }
}
//#endregion
//#region ../packages/engine/src/clock.ts
var VirtualClock = class {
  offsetMs = 0
  frozenAt
  constructor(mode, start, wall = Date.now) {
    this.mode = mode
    this.wall = wall
    this.frozenAt = start
    if (mode === 'flowing') this.offsetMs = start - wall()
  }
  now() {
    return this.mode === 'frozen' ? this.frozenAt : this.wall() + this.offsetMs
  }
  /** How far the virtual time is ahead of (or behind) the wall clock. */
  offset() {
    return this.now() - this.wall()
  }
  /** The clock's state, to restore it after a restart: a flowing clock keeps its offset. */
  save() {
    return {
      mode: this.mode,
      now: this.now(),
      offsetMs: this.offsetMs,
    }
  }
  restore(saved) {
    if (this.mode === 'frozen') this.frozenAt = saved.now
    else this.offsetMs = saved.mode === 'flowing' ? saved.offsetMs : saved.now - this.wall()
  }
  advance(ms) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward')
    if (this.mode === 'frozen') this.frozenAt += ms
    else this.offsetMs += ms
    return this.now()
  }
}
const UNIT_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5,
}
/**
 * Parses durations like `8d`, `90m`, `1h30m`, `250ms` or a number of milliseconds.
 * @example parseDuration('1h30m') // 5400000
 */
function parseDuration(value) {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : void 0
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text)
  const re = /(\d+)(ms|s|m|h|d|w)/gy
  let total = 0
  let consumed = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]]
    consumed = re.lastIndex
  }
  return consumed === text.length && consumed > 0 ? total : void 0
}
//#endregion
//#region ../packages/engine/src/fake.ts
const KoreanFaker$1 = faker.constructor
/**
 * A Faker with the Korean locale (falling back to English, then base) and its own seed.
 * @example createKoreanFaker(7).person.lastName() // '김'
 */
function createKoreanFaker(seed) {
  return new KoreanFaker$1({
    locale: faker.rawDefinitions,
    seed,
  })
}
/** A small catalogue of products a Korean shop sells, with options and KRW prices. */
const CATALOGUE$1 = [
  {
    name: '무선 블루투스 이어폰 노이즈캔슬링',
    options: ['색상: 블랙', '색상: 화이트'],
    price: 59e3,
  },
  {
    name: '유기농 제주 감귤 5kg',
    options: ['중과', '대과'],
    price: 29900,
  },
  {
    name: '남성 기본 라운드 반팔 티셔츠',
    options: ['사이즈: M / 색상: 네이비', '사이즈: L / 색상: 그레이'],
    price: 12900,
  },
  {
    name: '스테인리스 텀블러 500ml',
    options: ['색상: 실버', '색상: 민트'],
    price: 18e3,
  },
  {
    name: '국산 햅쌀 10kg',
    options: ['2025년산'],
    price: 38500,
  },
  {
    name: '어린이 원목 블록 세트 100pcs',
    options: ['기본 구성'],
    price: 45e3,
  },
  {
    name: '고속 충전 USB-C 케이블 2m',
    options: ['1개', '2개 묶음'],
    price: 9900,
  },
  {
    name: '한방 샴푸 1000ml',
    options: ['지성용', '건성용'],
    price: 22e3,
  },
  {
    name: '캠핑용 접이식 의자',
    options: ['색상: 카키', '색상: 베이지'],
    price: 34900,
  },
  {
    name: '프리미엄 한우 선물세트 1.2kg',
    options: ['등심+채끝'],
    price: 129e3,
  },
]
const PAYMENT_MEANS = ['신용카드', '신용카드 간편결제', '계좌 간편결제', '포인트/머니결제', '휴대폰']
var FakeData = class {
  faker
  constructor(seed) {
    this.faker = createKoreanFaker(seed)
  }
  personName() {
    return this.faker.person.lastName() + this.faker.person.firstName()
  }
  /** A mobile number in the usual `010-XXXX-XXXX` shape. */
  mobile() {
    return `010-${this.faker.string.numeric(4)}-${this.faker.string.numeric(4)}`
  }
  /** A road-name address with a 5-digit zip code. */
  address(name, tel) {
    const f = this.faker
    return {
      addressType: 'DOMESTIC',
      name,
      tel1: tel,
      zipCode: f.string.numeric({
        length: 5,
        allowLeadingZeros: true,
      }),
      baseAddress: `${f.location.state()} ${f.location.city()} ${f.location.street()} ${f.number.int({
        min: 1,
        max: 300,
      })}`,
      detailedAddress: `${f.number.int({
        min: 101,
        max: 120,
      })}동 ${f.number.int({
        min: 101,
        max: 2504,
      })}호`,
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    }
  }
  product() {
    const p = this.faker.helpers.arrayElement(CATALOGUE$1)
    return {
      name: p.name,
      option: this.faker.helpers.arrayElement(p.options),
      price: p.price,
    }
  }
  paymentMeans() {
    return this.faker.helpers.arrayElement(PAYMENT_MEANS)
  }
  /** A masked Naver ID such as `jsp2****`. */
  maskedBuyerId() {
    return `${this.faker.string.alpha({
      length: 4,
      casing: 'lower',
    })}****`
  }
  int(min, max) {
    return this.faker.number.int({
      min,
      max,
    })
  }
  pick(items) {
    return this.faker.helpers.arrayElement(items)
  }
}
//#endregion
//#region ../packages/engine/src/ids.ts
/** Deterministic ids in the real shapes (facts §4.6), unique across the whole engine. */
/**
 * A small seeded PRNG (mulberry32): the same seed gives the same ids and data.
 * @example const rand = seededRandom(42); rand() // 0.6011037519201636
 */
function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 1831565813) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
var IdSource = class {
  used = /* @__PURE__ */ new Set()
  constructor(random) {
    this.random = random
  }
  /** 16 digits starting with the KST order date, like `2022051120592121`. */
  orderId(epochMs) {
    return this.unique(() => this.dated(epochMs, 8))
  }
  /** 16 digits starting with the KST order date, like `2022051122441251`. */
  productOrderId(epochMs) {
    return this.unique(() => this.dated(epochMs, 8))
  }
  /** A numeric claim id. */
  claimId() {
    return this.unique(() => [1 + Math.floor(this.random() * 9), this.digits(9)].join(''))
  }
  /** A 16-digit bundle-shipping number. */
  packageNumber(epochMs) {
    return this.unique(() => this.dated(epochMs, 8))
  }
  /** Marks ids that exist already (restored state) so they are never generated again. */
  reserve(id) {
    this.used.add(id)
  }
  digits(n) {
    let s = ''
    for (let i = 0; i < n; i++) s += Math.floor(this.random() * 10)
    return s
  }
  /** `prefix` + `n` digits as one flat string: a `+` would keep both pieces and a link (ids live long). */
  dated(epochMs, n) {
    return [kstCompactDate(epochMs), this.digits(n)].join('')
  }
  unique(make) {
    for (;;) {
      const id = make()
      if (!this.used.has(id)) {
        this.used.add(id)
        return id
      }
    }
  }
}
//#endregion
//#region ../packages/engine/src/merchants.ts
/** Merchant apps (tenants' credentials) and how new ones are generated. */
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BCRYPT_ALPHABET = `./${ALNUM}`
function randomString(random, alphabet, length) {
  let s = ''
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)]
  return s
}
/** Fills in what a new merchant lacks; refuses secrets that are not bcrypt salts of a sane cost. */
function newMerchant(input, random, isDefault) {
  const clientSecret = input.clientSecret ?? `$2a$04$${randomString(random, BCRYPT_ALPHABET, 22)}`
  if (!isBcryptSalt(clientSecret) || Number(clientSecret.slice(4, 6)) > 12)
    throw new SandboxError(
      400,
      'BAD_REQUEST',
      'clientSecret must be a bcrypt salt: $2a$ + 2-digit cost (04–12) + $ + 22 characters of ./A-Za-z0-9',
    )
  const clientId = input.clientId ?? randomString(random, ALNUM, 22)
  if (!/^[A-Za-z0-9_-]{4,64}$/.test(clientId))
    throw new SandboxError(400, 'BAD_REQUEST', 'clientId must be 4–64 characters of A-Za-z0-9_-')
  const mallId = input.mallId ?? `np_${randomString(random, 'abcdefghijklmnopqrstuvwxyz0123456789', 6)}`
  const name = input.name ?? `가맹점 ${mallId}`
  return {
    clientId,
    clientSecret,
    mallId,
    name,
    isDefault,
    takingAddress: {
      addressType: 'DOMESTIC',
      name,
      tel1: '02-1588-0000',
      zipCode: '13561',
      baseAddress: '경기도 성남시 분당구 불정로 6',
      detailedAddress: '물류센터 1층',
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    },
  }
}
//#endregion
//#region ../packages/engine/src/order-builder.ts
/**
 * Builds a new order and its product orders with realistic values for whatever the caller left out.
 * The records start in a placeholder state; `place-order` sets the real one.
 */
/** [INF] Default commission rates (payment commission of card payments; sales-interlock commission). */
const DEFAULT_PAYMENT_COMMISSION_RATE = 0.0363
const DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE = 0.02
/** Days until the dispatch deadline of a new product order. */
const SHIPPING_DUE_DAYS = 3
function checkItem(item, i) {
  const bad = (field, rule) =>
    new SandboxError(400, 'BAD_REQUEST', `items[${i}].${field} ${rule}`, { field: `items[${i}].${field}` })
  if (
    item.quantity !== void 0 &&
    (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 999)
  )
    throw bad('quantity', 'must be an integer from 1 to 999')
  if (
    item.unitPrice !== void 0 &&
    (!Number.isInteger(item.unitPrice) || item.unitPrice < 0 || item.unitPrice > 1e8)
  )
    throw bad('unitPrice', 'must be an integer amount of KRW from 0 to 100,000,000')
  if (
    item.deliveryFeeAmount !== void 0 &&
    (!Number.isInteger(item.deliveryFeeAmount) || item.deliveryFeeAmount < 0)
  )
    throw bad('deliveryFeeAmount', 'must be a non-negative integer')
}
function buildOrder(input, env) {
  const { now, merchant, ctx } = env
  const { fake, ids, options } = ctx
  const items = input.items?.length ? input.items : [{}]
  if (items.length > 50) throw new SandboxError(400, 'BAD_REQUEST', 'an order has at most 50 items')
  items.forEach(checkItem)
  const ordererName = input.ordererName ?? fake.personName()
  const ordererTel = input.ordererTel ?? fake.mobile()
  const shippingAddress = {
    ...fake.address(ordererName, ordererTel),
    ...input.shippingAddress,
  }
  const orderId = ids.orderId(now)
  const packageNumber = ids.packageNumber(now)
  const paid = input.paid !== false
  const dueDate = kstDayStart(now) + (SHIPPING_DUE_DAYS + 1) * 864e5 - 1e3
  let generalPaymentAmount = 0
  const productOrders = items.map((item, index) => {
    const product = fake.product()
    const quantity = item.quantity ?? 1
    const unitPrice = item.unitPrice ?? product.price
    const productAmount = unitPrice * quantity
    const deliveryFeeAmount = item.deliveryFeeAmount ?? (index === 0 ? (productAmount >= 5e4 ? 0 : 3e3) : 0)
    const paymentAmount = productAmount + deliveryFeeAmount
    const paymentCommission = Math.round(paymentAmount * DEFAULT_PAYMENT_COMMISSION_RATE)
    const interlock = Math.round(productAmount * DEFAULT_SELLING_INTERLOCK_COMMISSION_RATE)
    generalPaymentAmount += paymentAmount
    const productOrderId = ids.productOrderId(now)
    return {
      productOrderId,
      orderId,
      clientId: merchant.clientId,
      productOrder: {
        productOrderId,
        mallId: merchant.mallId,
        productId: item.productId ?? `P${ids.digits(9)}`,
        productName: item.productName ?? product.name,
        productOption: item.optionName ?? product.option,
        optionCode: ids.digits(10),
        productClass: '조합형옵션상품',
        packageNumber,
        inflowPath: '네이버페이',
        taxType: item.taxType ?? 'TAXATION',
        productOrderStatus: 'PAYED',
        placeOrderStatus: 'NOT_YET',
        quantity,
        initialQuantity: quantity,
        remainQuantity: quantity,
        unitPrice,
        optionPrice: 0,
        totalProductAmount: productAmount,
        initialProductAmount: productAmount,
        remainProductAmount: productAmount,
        productDiscountAmount: 0,
        initialProductDiscountAmount: 0,
        remainProductDiscountAmount: 0,
        totalPaymentAmount: paymentAmount,
        initialPaymentAmount: paymentAmount,
        remainPaymentAmount: paymentAmount,
        sellerBurdenDiscountAmount: 0,
        deliveryFeeAmount,
        deliveryDiscountAmount: 0,
        sectionDeliveryFee: 0,
        paymentCommission,
        saleCommission: 0,
        channelCommission: 0,
        knowledgeShoppingSellingInterlockCommission: interlock,
        expectedSettlementAmount: paymentAmount - paymentCommission - interlock,
        expectedDeliveryMethod: 'DELIVERY',
        deliveryPolicyType: deliveryFeeAmount > 0 ? '유료' : '무료',
        shippingFeeType: deliveryFeeAmount > 0 ? '선결제' : '무료',
        shippingAddress,
        takingAddress: merchant.takingAddress,
        shippingDueDate: formatKst(dueDate),
        shippingMemo: fake.pick([
          '부재 시 문 앞에 놓아주세요',
          '배송 전 연락 바랍니다',
          '경비실에 맡겨주세요',
        ]),
        commissionRatingType: '결제수수료',
        commissionPrePayStatus: 'GENERAL_PRD',
      },
      completedClaims: [],
      receiverAddressChanged: false,
      times: {
        ordered: now,
        lastChanged: now,
        ...(paid ? {} : { paymentDue: now + options.paymentDueDays * 864e5 }),
      },
      history: [],
    }
  })
  return {
    order: {
      orderId,
      orderDate: formatKst(now),
      ...(paid ? {} : { paymentDueDate: formatKst(now + options.paymentDueDays * 864e5) }),
      paymentMeans: input.paymentMeans ?? (paid ? fake.paymentMeans() : '무통장입금'),
      payLocationType: fake.pick(['PC', 'MOBILE']),
      ordererId: fake.maskedBuyerId(),
      ordererNo: ids.digits(9),
      ordererName,
      ordererTel,
      orderDiscountAmount: 0,
      generalPaymentAmount,
      naverMileagePaymentAmount: 0,
      chargeAmountPaymentAmount: 0,
      checkoutAccumulationPaymentAmount: 0,
      payLaterPaymentAmount: 0,
      isDeliveryMemoParticularInput: 'false',
      isMembershipSubscribed: false,
    },
    productOrders,
  }
}
//#endregion
//#region ../packages/engine/src/settlement/options.ts
/**
 * [INF] The published standard Naver Pay order-type merchant payment commissions (VAT included): card
 * 3.63 %, real-time transfer 1.65 %, virtual account 1 %, mobile 3.85 %, Npay points/money 3.74 %.
 */
const DEFAULT_PAY_COMMISSION_RATES = {
  PAYMEANS_TYPE_CCARD: DEFAULT_PAYMENT_COMMISSION_RATE,
  PAYMEANS_TYPE_OVERSEAS_CARD: DEFAULT_PAYMENT_COMMISSION_RATE,
  PAYMEANS_TYPE_BANK: 0.0165,
  PAYMEANS_TYPE_VACCT: 0.01,
  PAYMEANS_TYPE_MOBIL: 0.0385,
  PAYMEANS_TYPE_NCASH: 0.0374,
  PAYMEANS_TYPE_POINT: 0.0374,
}
/** Korean national holidays on fixed solar dates; the lunar ones (설날, 추석, 부처님오신날) move and are left to `holidays`. */
const FIXED_KOREAN_HOLIDAYS = ['01-01', '03-01', '05-05', '06-06', '08-15', '10-03', '10-09', '12-25']
const PAY_MEANS = [
  'PAYMEANS_TYPE_ALL',
  'PAYMEANS_TYPE_BANK',
  'PAYMEANS_TYPE_CCARD',
  'PAYMEANS_TYPE_CHAMT',
  'PAYMEANS_TYPE_CHKAC',
  'PAYMEANS_TYPE_DON',
  'PAYMEANS_TYPE_MOBIL',
  'PAYMEANS_TYPE_NCASH',
  'PAYMEANS_TYPE_POINT',
  'PAYMEANS_TYPE_VACCT',
  'PAYMEANS_TYPE_SKIP',
  'PAYMEANS_TYPE_PAYLATER',
  'PAYMEANS_TYPE_GIFTCARD',
  'PAYMEANS_TYPE_NONE',
  'PAYMEANS_TYPE_NMP_DISCOUNT',
  'PAYMEANS_TYPE_OVERSEAS_CARD',
]
const isRate = (r) => Number.isFinite(r) && r >= 0 && r < 1
/**
 * Fills in the defaults and refuses nonsense at build time rather than on the first settlement.
 * @example resolveSettlementOptions({ trigger: 'delivery' }).cycle // { kind: 'daily', businessDays: 1 }
 */
function resolveSettlementOptions(options = {}, base) {
  for (const [means, rate] of Object.entries(options.payCommissionRates ?? {})) {
    if (!PAY_MEANS.includes(means)) throw new TypeError(`settlement.payCommissionRates: unknown ${means}`)
    if (!isRate(rate))
      throw new TypeError(`settlement.payCommissionRates.${means} must be a rate from 0 to below 1`)
  }
  const cardRate =
    options.payCommissionRates?.PAYMEANS_TYPE_CCARD ?? base?.payCommissionRates.PAYMEANS_TYPE_CCARD ?? 0.0363
  const given = {
    ...DEFAULT_PAY_COMMISSION_RATES,
    ...base?.payCommissionRates,
    ...options.payCommissionRates,
  }
  const rates = Object.fromEntries(PAY_MEANS.map((m) => [m, given[m] ?? cardRate]))
  const resolved = {
    trigger: options.trigger ?? base?.trigger ?? 'purchase-decision',
    cycle: options.cycle ??
      base?.cycle ?? {
        kind: 'daily',
        businessDays: 1,
      },
    payCommissionRates: rates,
    sellingInterlockCommissionRate:
      options.sellingInterlockCommissionRate ?? base?.sellingInterlockCommissionRate ?? 0.02,
    sellingInterlockCommissionType:
      options.sellingInterlockCommissionType ?? base?.sellingInterlockCommissionType ?? 'NAVER_SHOPPING',
    sellingInterlockCommissionCode:
      options.sellingInterlockCommissionCode ?? base?.sellingInterlockCommissionCode ?? 'CHNL_COMMISSION',
    rounding: options.rounding ?? base?.rounding ?? 'round',
    holidays: options.holidays ?? base?.holidays ?? FIXED_KOREAN_HOLIDAYS,
    account: {
      bankType: options.account?.bankType ?? base?.account.bankType ?? 'KB',
      accountNo: options.account?.accountNo ?? base?.account.accountNo ?? '*******-**-1234',
      depositorName: options.account?.depositorName ?? base?.account.depositorName ?? null,
    },
  }
  check(resolved)
  return resolved
}
function check(o) {
  const fail = (message) => {
    throw new TypeError(`settlement.${message}`)
  }
  if (!['purchase-decision', 'delivery', 'dispatch', 'payment'].includes(o.trigger))
    fail('trigger must be purchase-decision, delivery, dispatch or payment')
  if (!isRate(o.sellingInterlockCommissionRate))
    fail('sellingInterlockCommissionRate must be from 0 to below 1')
  if (!['round', 'floor', 'ceil'].includes(o.rounding)) fail('rounding must be round, floor or ceil')
  const c = o.cycle
  const days = (n) => Number.isInteger(n) && n >= 0 && n <= 60
  if (c.kind === 'daily' && !days(c.businessDays)) fail('cycle.businessDays must be an integer 0–60')
  else if (c.kind === 'weekly' && (!days(c.businessDays) || !(c.weekday >= 1 && c.weekday <= 5)))
    fail('cycle.businessDays must be an integer 0–60 and cycle.weekday 1 (Monday) to 5 (Friday)')
  else if (
    c.kind === 'monthly' &&
    !(Number.isInteger(c.dayOfMonth) && c.dayOfMonth >= 1 && c.dayOfMonth <= 28)
  )
    fail('cycle.dayOfMonth must be 1–28')
  else if (!['daily', 'weekly', 'monthly'].includes(c.kind))
    fail('cycle.kind must be daily, weekly or monthly')
  for (const h of o.holidays)
    if (!/^(\d{4}-)?\d{2}-\d{2}$/.test(h)) fail(`holidays: "${h}" is neither yyyy-MM-dd nor MM-dd`)
}
//#endregion
//#region ../packages/engine/src/options.ts
/** Engine options, one typed object with documented defaults, checked when the engine is built. */
/** Stable, documented credentials of the default merchant (printed by the CLI). */
const DEFAULT_MERCHANT = {
  clientId: 'npaySandboxDefaultApp1',
  clientSecret: '$2a$04$npaySandboxDefaultSalt',
  mallId: 'np_sandbox',
  name: '샌드박스 기본 가맹점',
}
function resolveOptions(options = {}) {
  const wallClock = options.wallClock ?? Date.now
  const resolved = {
    seed: options.seed ?? 1,
    clock: options.clock ?? 'flowing',
    startTime: options.startTime ?? wallClock(),
    autoPurchaseDecisionDays: options.autoPurchaseDecisionDays ?? 8,
    paymentDueDays: options.paymentDueDays ?? 3,
    signatureClock: options.signatureClock ?? 'wall',
    signatureFutureToleranceMs: options.signatureFutureToleranceMs ?? 5e3,
    emptyLastChanged: options.emptyLastChanged ?? 'omit-data',
    deprecatedClaimBlocks: options.deprecatedClaimBlocks ?? true,
    defaultMerchant: {
      ...DEFAULT_MERCHANT,
      ...options.defaultMerchant,
    },
    wallClock,
    settlement: resolveSettlementOptions(options.settlement),
  }
  if (!Number.isInteger(resolved.seed)) throw new TypeError('seed must be an integer')
  if (!['flowing', 'frozen'].includes(resolved.clock))
    throw new TypeError('clock must be "flowing" or "frozen"')
  if (!(resolved.autoPurchaseDecisionDays >= 0)) throw new TypeError('autoPurchaseDecisionDays must be ≥ 0')
  if (!(resolved.paymentDueDays > 0)) throw new TypeError('paymentDueDays must be > 0')
  return resolved
}
//#endregion
//#region ../packages/engine/src/persistence.ts
const STATE_FORMAT = 'npay-sandbox-state'
const STATE_VERSION = 1
/** Refuses anything that is not a state document of this version, saying why. */
function checkState(value) {
  const v = value
  if (!v || typeof v !== 'object') throw new TypeError('a sandbox state must be a JSON object')
  if (v.format !== 'npay-sandbox-state')
    throw new TypeError(`not a sandbox state: format must be "${STATE_FORMAT}"`)
  if (v.version !== 1)
    throw new TypeError(
      `unsupported sandbox state version ${String(v.version)}; this emulator reads version 1`,
    )
  if (!Array.isArray(v.tenants) || v.tenants.length === 0)
    throw new TypeError('a sandbox state needs at least one merchant')
  if (!v.tenants.some((t) => t?.merchant?.isDefault))
    throw new TypeError('a sandbox state needs its default merchant')
  for (const t of v.tenants)
    if (
      !t?.merchant?.clientId ||
      !Array.isArray(t.orders) ||
      !Array.isArray(t.productOrders) ||
      !Array.isArray(t.changes)
    )
      throw new TypeError(
        'every merchant in a sandbox state needs merchant, orders, productOrders and changes',
      )
  if (!Array.isArray(v.usedTrackingNumbers)) throw new TypeError('a sandbox state needs usedTrackingNumbers')
}
//#endregion
//#region ../packages/engine/src/due-queue.ts
var DueQueue = class {
  heap = []
  get size() {
    return this.heap.length
  }
  push(item) {
    const h = this.heap
    h.push(item)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (h[parent].due <= h[i].due) break
      ;[h[parent], h[i]] = [h[i], h[parent]]
      i = parent
    }
  }
  peek() {
    return this.heap[0]
  }
  pop() {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (h.length > 0 && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && h[l].due < h[m].due) m = l
        if (r < h.length && h[r].due < h[m].due) m = r
        if (m === i) break
        ;[h[m], h[i]] = [h[i], h[m]]
        i = m
      }
    }
    return top
  }
  clear() {
    this.heap = []
  }
}
//#endregion
//#region ../packages/engine/src/journal.ts
var Journal = class {
  entries = []
  nextId = 1
  constructor(capacity = 500) {
    this.capacity = capacity
  }
  add(entry) {
    const full = {
      id: this.nextId++,
      ...entry,
    }
    this.entries.push(full)
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity)
    return full
  }
  /** Newest first. */
  list(filter = {}) {
    const out = []
    for (let i = this.entries.length - 1; i >= 0 && out.length < (filter.limit ?? 100); i--) {
      const e = this.entries[i]
      if (filter.status !== void 0 && e.status !== filter.status) continue
      if (filter.pathContains && !e.path.includes(filter.pathContains)) continue
      out.push(e)
    }
    return out
  }
  get(id) {
    return this.entries.find((e) => e.id === id)
  }
  clear() {
    this.entries = []
  }
}
//#endregion
//#region ../packages/engine/src/machine/effects.ts
/**
 * What each transition writes besides the state itself (facts §10.7): dates, delivery and claim blocks,
 * quantities and remaining amounts, the completed-claims history. Effects run on a draft of the record
 * after the row's patch; the engine commits the draft only when every step succeeded.
 */
const REQUEST_CHANNEL = {
  buyer: '구매자',
  merchant: '판매자',
  carrier: '택배사',
  platform: '네이버페이 관리자',
  clock: '네이버페이 관리자',
}
const EFFECTS = {
  placeOrder: () => {},
  recordPayment: ({ record, order, at }) => {
    order.paymentDate = formatKst(at)
    record.times.payed = at
  },
  confirmPlaceOrder: ({ record, at }) => {
    record.productOrder.placeOrderDate = formatKst(at)
  },
  delayDispatch: ({ record, input }) => {
    const d = input.delay
    record.productOrder.shippingDueDate = formatKst(d.dispatchDueDate)
    record.productOrder.delayedDispatchReason = d.reason
    record.productOrder.delayedDispatchDetailedReason = d.detailedReason
  },
  changeAddress: ({ record, input, randomAddress }) => {
    record.productOrder.shippingAddress = input.shippingAddress ?? randomAddress()
    record.receiverAddressChanged = true
  },
  fillDelivery: ({ record, at, input }) => {
    const d = input.dispatch
    record.productOrder.placeOrderDate ??= formatKst(at)
    record.productOrder.shippingStartDate = formatKst(d.dispatchDate)
    record.delivery = {
      deliveryMethod: d.deliveryMethod,
      ...(d.deliveryCompanyCode ? { deliveryCompany: d.deliveryCompanyCode } : {}),
      ...(d.trackingNumber ? { trackingNumber: d.trackingNumber } : {}),
      sendDate: formatKst(d.dispatchDate),
      deliveryStatus: 'DELIVERING',
      isWrongTrackingNumber: false,
    }
    record.times.dispatched = at
  },
  markDelivered: ({ record, at }) => {
    if (record.delivery) {
      record.delivery.deliveredDate = formatKst(at)
      record.delivery.deliveryStatus = 'DELIVERY_COMPLETION'
    }
    record.times.delivered = at
  },
  decidePurchase: ({ record, at }) => {
    record.productOrder.decisionDate = formatKst(at)
    record.times.decided = at
  },
  openClaim: (ctx) => openClaim(ctx),
  approveCancel: ({ record, at }) => {
    record.claim.cancelApprovalDate = formatKst(at)
  },
  completeCancel: ({ record, at }) => {
    const claim = record.claim
    claim.cancelApprovalDate ??= formatKst(at)
    claim.cancelCompletedDate = formatKst(at)
    claim.refundExpectedDate = formatKst(at)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, at)
  },
  rejectClaim: ({ record, at }) => archive(record, at),
  startCollect: ({ record }) => {
    record.claim.collectStatus = 'DELIVERING'
  },
  completeCollect: ({ record, at }) => {
    record.claim.collectStatus = 'DELIVERED'
    record.claim.collectCompletedDate = formatKst(at)
    record.times.collectCompleted = at
  },
  completeReturn: ({ record, at }) => {
    const claim = record.claim
    claim.returnCompletedDate = formatKst(at)
    claim.refundExpectedDate = formatKst(at)
    reduceQuantity(record, claim.requestQuantity ?? record.productOrder.remainQuantity ?? 0)
    archive(record, at)
  },
  holdback: ({ record, at, input }) => {
    const h = input.holdback
    const claim = record.claim
    claim.holdbackReason = h.classType
    claim.holdbackDetailedReason = h.detailedReason
    claim.holdbackConfigDate = formatKst(at)
    claim.holdbackConfigurer = '판매자'
    if (h.extraFeeAmount !== void 0) claim.etcFeeDemandAmount = h.extraFeeAmount
    delete claim.holdbackReleaseDate
    delete claim.holdbackReleaser
  },
  releaseHoldback: ({ record, at }) => {
    record.claim.holdbackReleaseDate = formatKst(at)
    record.claim.holdbackReleaser = '판매자'
  },
  redeliver: ({ record, at, input }) => {
    const r = input.redelivery
    const claim = record.claim
    claim.reDeliveryMethod = r.deliveryMethod
    if (r.deliveryCompany) claim.reDeliveryCompany = r.deliveryCompany
    if (r.trackingNumber) claim.reDeliveryTrackingNumber = r.trackingNumber
    claim.reDeliveryOperationDate = formatKst(at)
    claim.reDeliveryStatus = 'DELIVERING'
  },
  completeExchange: ({ record, at }) => {
    record.claim.reDeliveryStatus = 'DELIVERY_COMPLETION'
    record.times.exchangeCompleted = at
    archive(record, at)
  },
}
/** Runs one named effect on the draft. */
function runEffect(name, ctx) {
  EFFECTS[name](ctx)
}
function openClaim({ record, at, actor, input, newClaimId }) {
  const po = record.productOrder
  const claimId = newClaimId()
  const type = po.claimType
  const claim = {
    claimId,
    claimStatus: po.claimStatus,
    claimRequestDate: formatKst(at),
    requestChannel: REQUEST_CHANNEL[actor],
    requestQuantity: input.quantity ?? po.remainQuantity ?? po.quantity ?? 1,
  }
  const reason = input.reason
  if (type === 'CANCEL' || type === 'ADMIN_CANCEL') {
    claim.cancelReason = reason
    if (input.detailedReason) claim.cancelDetailedReason = input.detailedReason
  } else if (type === 'RETURN' || type === 'EXCHANGE') {
    if (type === 'RETURN') {
      claim.returnReason = reason
      if (input.detailedReason) claim.returnDetailedReason = input.detailedReason
    } else {
      claim.exchangeReason = reason
      if (input.detailedReason) claim.exchangeDetailedReason = input.detailedReason
    }
    claim.collectStatus = 'COLLECT_REQUEST_TO_DELIVERY_COMPANY'
    claim.collectDeliveryMethod = input.collect?.deliveryMethod ?? 'RETURN_DESIGNATED'
    if (input.collect?.deliveryCompany) claim.collectDeliveryCompany = input.collect.deliveryCompany
    if (input.collect?.trackingNumber) claim.collectTrackingNumber = input.collect.trackingNumber
    if (po.shippingAddress) claim.collectAddress = stripShipping(po.shippingAddress)
  }
  record.claim = claim
  po.claimId = claimId
  record.times.claimRequested = at
}
function stripShipping(a) {
  const {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  } = a
  return {
    addressType,
    name,
    tel1,
    tel2,
    zipCode,
    baseAddress,
    detailedAddress,
    city,
    state,
    country,
    isRoadNameAddress,
  }
}
/** Cancels or returns `quantity` units: remaining quantity and amounts shrink in proportion. */
function reduceQuantity(record, quantity) {
  const po = record.productOrder
  const initial = po.initialQuantity ?? po.quantity ?? 1
  const remain = Math.max(0, (po.remainQuantity ?? initial) - quantity)
  const share = (amount) => Math.round(((amount ?? 0) * remain) / initial)
  po.remainQuantity = remain
  po.remainProductAmount = share(po.initialProductAmount)
  po.remainProductDiscountAmount = share(po.initialProductDiscountAmount)
  const delivery = remain > 0 ? (po.deliveryFeeAmount ?? 0) : 0
  po.remainPaymentAmount = po.remainProductAmount - po.remainProductDiscountAmount + delivery
  if (remain > 0) po.quantity = remain
}
/** Copies the finished claim into `completedClaims` (flattened, facts §8.7). */
function archive(record, at) {
  const claim = record.claim
  const type = record.productOrder.claimType
  const fields = {
    claimType: type,
    claimId: claim.claimId,
    claimStatus: claim.claimStatus,
    claimRequestDate: claim.claimRequestDate,
    requestChannel: claim.requestChannel,
    claimRequestReason: claim.cancelReason ?? claim.returnReason ?? claim.exchangeReason,
    claimRequestDetailContent:
      claim.cancelDetailedReason ?? claim.returnDetailedReason ?? claim.exchangeDetailedReason,
    requestQuantity: claim.requestQuantity,
    refundExpectedDate: claim.refundExpectedDate,
    collectStatus: claim.collectStatus,
    collectDeliveryMethod: claim.collectDeliveryMethod,
    collectDeliveryCompany: claim.collectDeliveryCompany,
    collectTrackingNumber: claim.collectTrackingNumber,
    collectAddress: claim.collectAddress,
    etcFeeDemandAmount: claim.etcFeeDemandAmount,
    holdbackStatus: claim.holdbackStatus,
    holdbackReason: claim.holdbackReason,
    holdbackDetailedReason: claim.holdbackDetailedReason,
    reDeliveryMethod: claim.reDeliveryMethod,
    reDeliveryStatus: claim.reDeliveryStatus,
    reDeliveryCompany: claim.reDeliveryCompany,
    reDeliveryTrackingNumber: claim.reDeliveryTrackingNumber,
    reDeliveryOperationDate: claim.reDeliveryOperationDate,
    claimCompleteOperationDate: formatKst(at),
  }
  const entry = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== void 0))
  record.completedClaims.push(entry)
  record.times.claimCompleted = at
  if (type === 'EXCHANGE') record.beforeExchange = structuredClone(claim)
}
//#endregion
//#region ../packages/engine/src/machine/events.ts
/**
 * Names of everything that can happen to a product order. Merchant actions are named after the
 * operationIds of the API that performs them; the others are what the buyer, the carrier, the platform
 * or the clock does (the control plane's event names).
 */
const MERCHANT_ACTIONS = [
  'confirmProductOrders',
  'delayDispatch',
  'dispatchProductOrders',
  'requestCancel',
  'approveCancel',
  'requestReturn',
  'approveReturn',
  'rejectReturn',
  'holdbackReturn',
  'releaseReturnHoldback',
  'completeExchangeCollect',
  'redeliverExchange',
  'rejectExchange',
  'holdbackExchange',
  'releaseExchangeHoldback',
]
/** Events of the control plane (`POST /__sandbox/product-orders/{id}/events/{event}`). */
const SANDBOX_EVENTS = [
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
]
/** Follow-up steps the platform takes at once after another transition (never requested directly). */
const INTERNAL_EVENTS = ['place-order', 'complete-cancel', 'complete-admin-cancel']
/** Who causes each control-plane event. */
const SANDBOX_EVENT_ACTORS = {
  pay: 'buyer',
  'expire-payment': 'platform',
  'buyer-cancel': 'buyer',
  'buyer-return': 'buyer',
  'buyer-exchange': 'buyer',
  'change-address': 'buyer',
  deliver: 'carrier',
  collect: 'carrier',
  'collect-done': 'carrier',
  'redeliver-done': 'carrier',
  'decide-purchase': 'buyer',
  'admin-cancel': 'platform',
}
/** Merchant actions on one product order, addressed by the `productOrderId` path parameter. */
const SINGLE_ITEM_ACTIONS = MERCHANT_ACTIONS.filter(
  (a) => a !== 'confirmProductOrders' && a !== 'dispatchProductOrders',
)
function isMerchantAction(name) {
  return MERCHANT_ACTIONS.includes(name)
}
function isSandboxEvent(name) {
  return SANDBOX_EVENTS.includes(name)
}
//#endregion
//#region ../packages/engine/src/machine/table.ts
const NO_CLAIM = 'none'
const BEFORE_DISPATCH = ['PAYMENT_WAITING', 'PAYED']
const SHIPPED = ['DELIVERING', 'DELIVERED']
const OPEN_RETURN = ['RETURN_REQUEST', 'COLLECTING', 'COLLECT_DONE']
const OPEN_EXCHANGE = ['EXCHANGE_REQUEST', 'COLLECTING', 'COLLECT_DONE']
const TRANSITIONS = [
  {
    id: 'N1',
    event: 'place-order',
    actor: 'buyer',
    from: 'new',
    guard: 'awaitingDeposit',
    to: {
      productOrderStatus: 'PAYMENT_WAITING',
      placeOrderStatus: 'NOT_YET',
    },
    emits: 'PAY_WAITING',
    effects: ['placeOrder'],
    note: 'enum DOC; mapping INF',
  },
  {
    id: 'N2',
    event: 'place-order',
    actor: 'buyer',
    from: 'new',
    guard: 'paidAtOnce',
    to: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
    },
    emits: 'PAYED',
    effects: ['placeOrder', 'recordPayment'],
    note: 'INF',
  },
  {
    id: 'N3',
    event: 'pay',
    actor: 'buyer',
    from: {
      productOrderStatus: ['PAYMENT_WAITING'],
      claim: NO_CLAIM,
    },
    to: { productOrderStatus: 'PAYED' },
    emits: 'PAYED',
    effects: ['recordPayment'],
    note: 'INF',
  },
  {
    id: 'N4',
    event: 'expire-payment',
    actor: 'platform',
    from: {
      productOrderStatus: ['PAYMENT_WAITING'],
      claim: NO_CLAIM,
    },
    to: { productOrderStatus: 'CANCELED_BY_NOPAYMENT' },
    effects: [],
    note: 'enum DOC; lastChangedType unknown (Q8): none emitted',
  },
  {
    id: 'N5',
    event: 'confirmProductOrders',
    actor: 'merchant',
    from: {
      productOrderStatus: ['PAYED'],
      placeOrderStatus: ['NOT_YET'],
      claim: NO_CLAIM,
    },
    to: { placeOrderStatus: 'OK' },
    effects: ['confirmPlaceOrder'],
    note: 'OBS; no lastChangedType INF',
  },
  {
    id: 'N6',
    event: 'delayDispatch',
    actor: 'merchant',
    from: {
      productOrderStatus: ['PAYED'],
      claim: NO_CLAIM,
    },
    to: {},
    effects: ['delayDispatch'],
    note: 'SOAP semantics; INF',
  },
  {
    id: 'N7',
    event: 'change-address',
    actor: 'buyer',
    from: {
      productOrderStatus: BEFORE_DISPATCH,
      claim: NO_CLAIM,
    },
    to: {},
    emits: 'DELIVERY_ADDRESS_CHANGED',
    effects: ['changeAddress'],
    note: 'INF',
  },
  {
    id: 'N8',
    event: 'dispatchProductOrders',
    actor: 'merchant',
    from: {
      productOrderStatus: ['PAYED'],
      claim: NO_CLAIM,
    },
    to: {
      productOrderStatus: 'DELIVERING',
      placeOrderStatus: 'OK',
    },
    emits: 'DISPATCHED',
    effects: ['fillDelivery'],
    note: 'INF (strong); implicit confirm REC',
  },
  {
    id: 'N9',
    event: 'deliver',
    actor: 'carrier',
    from: {
      productOrderStatus: ['DELIVERING'],
      claim: NO_CLAIM,
    },
    to: { productOrderStatus: 'DELIVERED' },
    effects: ['markDelivered'],
    note: 'OBS: no lastChangedType for delivery completion',
  },
  {
    id: 'N10',
    event: 'decide-purchase',
    actor: 'buyer',
    from: {
      productOrderStatus: ['DELIVERING', 'DELIVERED', 'EXCHANGED'],
      claim: NO_CLAIM,
    },
    to: { productOrderStatus: 'PURCHASE_DECIDED' },
    emits: 'PURCHASE_DECIDED',
    effects: ['decidePurchase'],
    note: 'INF; E6 after an exchange',
  },
  {
    id: 'C1',
    event: 'buyer-cancel',
    actor: 'buyer',
    from: {
      productOrderStatus: ['PAYMENT_WAITING'],
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'CANCEL',
      claimStatus: 'CANCELING',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    next: 'complete-cancel',
    note: 'DOC example (PAYMENT_WAITING+CANCEL+CANCELING+CLAIM_REQUESTED); rest INF',
  },
  {
    id: 'C2',
    event: 'buyer-cancel',
    actor: 'buyer',
    from: {
      productOrderStatus: ['PAYED'],
      placeOrderStatus: ['NOT_YET'],
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'CANCEL',
      claimStatus: 'CANCELING',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    next: 'complete-cancel',
    note: 'INF: no merchant approval before confirmation',
  },
  {
    id: 'C3',
    event: 'buyer-cancel',
    actor: 'buyer',
    from: {
      productOrderStatus: ['PAYED'],
      placeOrderStatus: ['OK'],
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_REQUEST',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    note: 'OBS/INF',
  },
  {
    id: 'C4',
    event: 'approveCancel',
    actor: 'merchant',
    from: {
      claim: {
        type: 'CANCEL',
        status: ['CANCEL_REQUEST'],
      },
    },
    to: { claimStatus: 'CANCELING' },
    effects: ['approveCancel'],
    next: 'complete-cancel',
    note: 'OBS (allowed state); INF',
  },
  {
    id: 'C5',
    event: 'dispatchProductOrders',
    actor: 'merchant',
    from: {
      productOrderStatus: ['PAYED'],
      claim: {
        type: 'CANCEL',
        status: ['CANCEL_REQUEST'],
      },
    },
    to: { claimStatus: 'CANCEL_REJECT' },
    emits: 'CLAIM_REJECTED',
    effects: ['rejectClaim'],
    next: 'dispatchProductOrders',
    note: 'OBS (report) / INF',
  },
  {
    id: 'C6',
    event: 'requestCancel',
    actor: 'merchant',
    from: {
      productOrderStatus: BEFORE_DISPATCH,
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'CANCEL',
      claimStatus: 'CANCELING',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim', 'approveCancel'],
    next: 'complete-cancel',
    note: 'OBS: seller cancel is immediate; INF',
  },
  {
    id: 'C7a',
    event: 'complete-cancel',
    actor: 'platform',
    from: {
      claim: {
        type: 'CANCEL',
        status: ['CANCELING'],
      },
    },
    guard: 'wholeQuantity',
    to: {
      productOrderStatus: 'CANCELED',
      claimStatus: 'CANCEL_DONE',
    },
    emits: 'CLAIM_COMPLETED',
    effects: ['completeCancel'],
    note: 'INF',
  },
  {
    id: 'C7b',
    event: 'complete-cancel',
    actor: 'platform',
    from: {
      claim: {
        type: 'CANCEL',
        status: ['CANCELING'],
      },
    },
    guard: 'partQuantity',
    to: { claimStatus: 'CANCEL_DONE' },
    emits: 'CLAIM_COMPLETED',
    effects: ['completeCancel'],
    note: 'OBS: status stays, still dispatchable; INF',
  },
  {
    id: 'C8a',
    event: 'admin-cancel',
    actor: 'platform',
    from: {
      productOrderStatus: ['PAYMENT_WAITING', 'PAYED', 'DELIVERING', 'DELIVERED'],
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'ADMIN_CANCEL',
      claimStatus: 'ADMIN_CANCELING',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    next: 'complete-admin-cancel',
    note: 'enum DOC; not API-triggerable',
  },
  {
    id: 'C8b',
    event: 'complete-admin-cancel',
    actor: 'platform',
    from: {
      claim: {
        type: 'ADMIN_CANCEL',
        status: ['ADMIN_CANCELING'],
      },
    },
    to: {
      productOrderStatus: 'CANCELED',
      claimStatus: 'ADMIN_CANCEL_DONE',
    },
    emits: 'CLAIM_COMPLETED',
    effects: ['completeCancel'],
    note: 'enum DOC; INF',
  },
  {
    id: 'R1a',
    event: 'buyer-return',
    actor: 'buyer',
    from: {
      productOrderStatus: SHIPPED,
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'RETURN',
      claimStatus: 'RETURN_REQUEST',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    note: 'INF',
  },
  {
    id: 'R1b',
    event: 'requestReturn',
    actor: 'merchant',
    from: {
      productOrderStatus: SHIPPED,
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'RETURN',
      claimStatus: 'RETURN_REQUEST',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    note: 'INF',
  },
  {
    id: 'R2',
    event: 'collect',
    actor: 'carrier',
    from: {
      claim: {
        type: 'RETURN',
        status: ['RETURN_REQUEST'],
      },
    },
    to: { claimStatus: 'COLLECTING' },
    effects: ['startCollect'],
    note: 'INF',
  },
  {
    id: 'R3',
    event: 'collect-done',
    actor: 'carrier',
    from: {
      claim: {
        type: 'RETURN',
        status: ['RETURN_REQUEST', 'COLLECTING'],
      },
    },
    to: { claimStatus: 'COLLECT_DONE' },
    emits: 'COLLECT_DONE',
    effects: ['completeCollect'],
    note: 'INF (strong)',
  },
  {
    id: 'R4',
    event: 'approveReturn',
    actor: 'merchant',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
      holdback: 'not-held',
    },
    to: {
      productOrderStatus: 'RETURNED',
      claimStatus: 'RETURN_DONE',
    },
    emits: 'CLAIM_COMPLETED',
    effects: ['completeReturn'],
    note: 'INF',
  },
  {
    id: 'R5',
    event: 'rejectReturn',
    actor: 'merchant',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
    },
    to: { claimStatus: 'RETURN_REJECT' },
    emits: 'CLAIM_REJECTED',
    effects: ['rejectClaim'],
    note: 'INF',
  },
  {
    id: 'R6',
    event: 'holdbackReturn',
    actor: 'merchant',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
      holdback: 'not-held',
    },
    to: { holdbackStatus: 'HOLDBACK' },
    effects: ['holdback'],
    note: 'INF; no REST lastChangedType',
  },
  {
    id: 'R7',
    event: 'releaseReturnHoldback',
    actor: 'merchant',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
      holdback: 'held',
    },
    to: { holdbackStatus: 'RELEASED' },
    effects: ['releaseHoldback'],
    note: 'INF',
  },
  {
    id: 'E1',
    event: 'buyer-exchange',
    actor: 'buyer',
    from: {
      productOrderStatus: SHIPPED,
      claim: NO_CLAIM,
    },
    to: {
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REQUEST',
    },
    emits: 'CLAIM_REQUESTED',
    effects: ['openClaim'],
    note: 'INF; buyer-initiated only',
  },
  {
    id: 'E2',
    event: 'collect',
    actor: 'carrier',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: ['EXCHANGE_REQUEST'],
      },
    },
    to: { claimStatus: 'COLLECTING' },
    effects: ['startCollect'],
    note: 'INF',
  },
  {
    id: 'E3a',
    event: 'collect-done',
    actor: 'carrier',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: ['EXCHANGE_REQUEST', 'COLLECTING'],
      },
    },
    to: { claimStatus: 'COLLECT_DONE' },
    emits: 'COLLECT_DONE',
    effects: ['completeCollect'],
    note: 'INF',
  },
  {
    id: 'E3b',
    event: 'completeExchangeCollect',
    actor: 'merchant',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: ['EXCHANGE_REQUEST', 'COLLECTING'],
      },
    },
    to: { claimStatus: 'COLLECT_DONE' },
    emits: 'COLLECT_DONE',
    effects: ['completeCollect'],
    note: 'NPAY description; INF',
  },
  {
    id: 'E4',
    event: 'redeliverExchange',
    actor: 'merchant',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: ['COLLECT_DONE'],
      },
      holdback: 'not-held',
    },
    to: { claimStatus: 'EXCHANGE_REDELIVERING' },
    emits: 'CLAIM_REDELIVERING',
    effects: ['redeliver'],
    note: 'DOC code 104417; INF',
  },
  {
    id: 'E5',
    event: 'redeliver-done',
    actor: 'carrier',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: ['EXCHANGE_REDELIVERING'],
      },
    },
    to: {
      productOrderStatus: 'EXCHANGED',
      claimStatus: 'EXCHANGE_DONE',
    },
    emits: 'CLAIM_COMPLETED',
    effects: ['completeExchange'],
    note: 'INF; EXCHANGED medium (Q20)',
  },
  {
    id: 'E7',
    event: 'rejectExchange',
    actor: 'merchant',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: OPEN_EXCHANGE,
      },
    },
    to: { claimStatus: 'EXCHANGE_REJECT' },
    emits: 'CLAIM_REJECTED',
    effects: ['rejectClaim'],
    note: 'SOAP/INF: status stays delivered',
  },
  {
    id: 'E8a',
    event: 'holdbackExchange',
    actor: 'merchant',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: OPEN_EXCHANGE,
      },
      holdback: 'not-held',
    },
    to: { holdbackStatus: 'HOLDBACK' },
    effects: ['holdback'],
    note: 'INF',
  },
  {
    id: 'E8b',
    event: 'releaseExchangeHoldback',
    actor: 'merchant',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: OPEN_EXCHANGE,
      },
      holdback: 'held',
    },
    to: { holdbackStatus: 'RELEASED' },
    effects: ['releaseHoldback'],
    note: 'INF',
  },
]
/**
 * Forbidden merchant actions whose failure code is not the default `9999` (facts §10.6).
 * The first refusal whose pattern matches gives the code; otherwise `defaultCode`, otherwise 9999.
 */
const REFUSALS = [
  {
    event: 'confirmProductOrders',
    from: {
      productOrderStatus: ['PAYED'],
      placeOrderStatus: ['OK'],
      claim: NO_CLAIM,
    },
    code: '105306',
    note: 'already confirmed [REC]',
  },
  {
    event: 'holdbackReturn',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
      holdback: 'held',
    },
    code: '105306',
    note: 'already held',
  },
  {
    event: 'releaseReturnHoldback',
    from: {
      claim: {
        type: 'RETURN',
        status: OPEN_RETURN,
      },
      holdback: 'not-held',
    },
    code: '105306',
    note: 'not held',
  },
  {
    event: 'holdbackExchange',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: OPEN_EXCHANGE,
      },
      holdback: 'held',
    },
    code: '105306',
    note: 'already held',
  },
  {
    event: 'releaseExchangeHoldback',
    from: {
      claim: {
        type: 'EXCHANGE',
        status: OPEN_EXCHANGE,
      },
      holdback: 'not-held',
    },
    code: '105306',
    note: 'not held',
  },
  {
    event: 'redeliverExchange',
    code: '104417',
    note: 'DOC: 재배송 처리 불가능 주문 상태',
  },
]
//#endregion
//#region ../packages/engine/src/machine/transition.ts
const ANY_GUARD = () => true
/** Whether a state matches a row's `from` pattern. */
function matches(state, pattern) {
  if (pattern.productOrderStatus && !pattern.productOrderStatus.includes(state.productOrderStatus))
    return false
  if (pattern.placeOrderStatus && !pattern.placeOrderStatus.includes(state.placeOrderStatus)) return false
  if (pattern.claim === 'none' && hasOpenClaim(state)) return false
  if (pattern.claim && pattern.claim !== 'none') {
    if (!hasOpenClaim(state) || state.claimType !== pattern.claim.type) return false
    if (!state.claimStatus || !pattern.claim.status.includes(state.claimStatus)) return false
  }
  if (pattern.holdback === 'held' && state.holdbackStatus !== 'HOLDBACK') return false
  if (pattern.holdback === 'not-held' && state.holdbackStatus === 'HOLDBACK') return false
  return true
}
/** The row that applies to `event` in `state`, or undefined when the event is not allowed. */
function findRow(state, event, guard = ANY_GUARD) {
  return TRANSITIONS.find(
    (row) =>
      row.event === event &&
      (state === 'new' ? row.from === 'new' : row.from !== 'new' && matches(state, row.from)) &&
      (row.guard === void 0 || guard(row.guard)),
  )
}
/** The state after a row's patch. A new claim starts without holdback. */
function applyPatch(state, row) {
  const p = row.to
  const next = {
    productOrderStatus: p.productOrderStatus ?? state.productOrderStatus,
    placeOrderStatus: p.placeOrderStatus ?? state.placeOrderStatus,
    claimType: p.claimType ?? state.claimType,
    claimStatus: p.claimStatus ?? state.claimStatus,
    holdbackStatus: p.holdbackStatus ?? (p.claimType ? void 0 : state.holdbackStatus),
  }
  if (!hasOpenClaim(next)) next.holdbackStatus = void 0
  return next
}
/**
 * Runs `event` from `state`, following `next` chains. Pure: returns the steps or the refusal code.
 * @example transition(state, 'dispatchProductOrders') // { ok: true, steps: [{ row: N8, … }] }
 */
function transition(state, event, guard = ANY_GUARD) {
  const first = findRow(state, event, guard)
  if (!first)
    return {
      ok: false,
      code: state === 'new' ? '9999' : refusalCode(state, event),
    }
  const steps = []
  let current = state
  let row = first
  while (row) {
    const after = shared(
      applyPatch(
        current === 'new'
          ? {
              productOrderStatus: 'PAYED',
              placeOrderStatus: 'NOT_YET',
            }
          : current,
        row,
      ),
    )
    steps.push({
      row,
      before: current === 'new' ? current : shared(current),
      after,
    })
    current = after
    if (steps.length > 8) throw new Error(`transition chain from ${event} does not end`)
    row = row.next ? findRow(after, row.next, guard) : void 0
    if (steps.at(-1)?.row.next && !row)
      throw new Error(`follow-up ${steps.at(-1)?.row.next} of ${event} has no row`)
  }
  return {
    ok: true,
    steps,
    state: current,
  }
}
const SHARED_STATES = /* @__PURE__ */ new Map()
/**
 * The one frozen object of each distinct state. Steps end up in every product order's history, and
 * there are only a few dozen reachable states: sharing them saves two objects per history entry.
 */
function shared(state) {
  const key = `${state.productOrderStatus} ${state.placeOrderStatus} ${state.claimType} ${state.claimStatus} ${state.holdbackStatus}`
  let found = SHARED_STATES.get(key)
  if (!found) {
    found = Object.freeze({ ...state })
    SHARED_STATES.set(key, found)
  }
  return found
}
/** The failure code of a forbidden event (facts §10.6). */
function refusalCode(state, event) {
  return (
    REFUSALS.find((r) => r.event === event && (r.from === void 0 || matches(state, r.from)))?.code ?? '9999'
  )
}
/** Events with a row for this state (guards that depend on input are assumed satisfiable). */
function allowedEvents(state, candidates) {
  return candidates.filter((event) => findRow(state, event) !== void 0)
}
//#endregion
//#region ../packages/engine/src/settlement/calendar.ts
const DAY_MS$2 = 864e5
const toUtc = (date) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))
const fromUtc = (ms) => new Date(ms).toISOString().slice(0, 10)
/**
 * The date `days` calendar days after `date`.
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
function addDays(date, days) {
  return fromUtc(toUtc(date) + days * DAY_MS$2)
}
/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2024-05-01', '2024-05-31') // 30
 */
function daysBetween(from, to) {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS$2)
}
/**
 * The last day of the month before the one containing `date`.
 * @example lastDayOfPreviousMonth('2024-03-15') // '2024-02-29'
 */
function lastDayOfPreviousMonth(date) {
  return addDays(`${date.slice(0, 7)}-01`, -1)
}
/** Weekends and holidays (`yyyy-MM-dd`, or `MM-dd` recurring every year) are not business days. */
var BusinessCalendar = class {
  dated
  yearly
  constructor(holidays) {
    this.dated = new Set(holidays.filter((h) => h.length === 10))
    this.yearly = new Set(holidays.filter((h) => h.length === 5))
  }
  isBusinessDay(date) {
    const weekday = new Date(toUtc(date)).getUTCDay()
    return weekday !== 0 && weekday !== 6 && !this.dated.has(date) && !this.yearly.has(date.slice(5))
  }
  /** The first business day on or after `date`. */
  onOrAfter(date) {
    while (!this.isBusinessDay(date)) date = addDays(date, 1)
    return date
  }
  /**
   * `n` business days after `date`, counting from `date` even when it is no business day itself
   * (n = 0: `date` if it is one, else the next).
   * @example new BusinessCalendar([]).addBusinessDays('2024-05-17', 1) // '2024-05-20' (Friday → Monday)
   */
  addBusinessDays(date, n) {
    if (n === 0) return this.onOrAfter(date)
    for (let i = 0; i < n; i++) date = this.onOrAfter(addDays(date, 1))
    return date
  }
  /**
   * The expected settlement date of a line whose basis date is `basis`.
   * @example new BusinessCalendar([]).expectedDate('2024-05-15', { kind: 'daily', businessDays: 1 }) // '2024-05-16'
   */
  expectedDate(basis, cycle) {
    if (cycle.kind === 'daily') return this.addBusinessDays(basis, cycle.businessDays)
    if (cycle.kind === 'weekly') {
      let date = this.addBusinessDays(basis, cycle.businessDays)
      while (new Date(toUtc(date)).getUTCDay() !== cycle.weekday) date = addDays(date, 1)
      return this.onOrAfter(date)
    }
    const next = addDays(`${basis.slice(0, 7)}-28`, 7).slice(0, 7)
    return this.onOrAfter(`${next}-${String(cycle.dayOfMonth).padStart(2, '0')}`)
  }
}
//#endregion
//#region ../packages/engine/src/settlement/date-index.ts
/**
 * Lines bucketed by one of their `yyyy-MM-dd` dates, so a query for a day or a range costs the rows it
 * returns, not the whole history. Buckets keep append (seq) order.
 */
var DateIndex = class {
  buckets = /* @__PURE__ */ new Map()
  add(date, item) {
    if (date === null) return
    const bucket = this.buckets.get(date)
    if (bucket) bucket.push(item)
    else this.buckets.set(date, [item])
  }
  on(date) {
    return this.buckets.get(date) ?? []
  }
  /**
   * The non-empty days from `start` to `end` inclusive, ascending. Walks the days of the range or the
   * index's keys, whichever is shorter, so an absurd range stays cheap.
   */
  daysBetween(start, end) {
    const span = daysBetween(start, end)
    if (span < 0) return []
    if (span + 1 > this.buckets.size)
      return [...this.buckets.keys()].filter((d) => d >= start && d <= end).sort()
    const days = []
    for (let d = start; d <= end; d = addDays(d, 1)) if (this.buckets.has(d)) days.push(d)
    return days
  }
  clear() {
    this.buckets.clear()
  }
}
//#endregion
//#region ../packages/engine/src/settlement/line-store.ts
/**
 * Where settlement lines live: an append-only list plus the indexes the queries read (by basis,
 * expected and payment date, by product order or delivery-fee number, by order), so a query costs the
 * rows it returns rather than the whole history.
 */
var LineStore = class {
  lines = []
  byBasis = new DateIndex()
  byExpect = new DateIndex()
  byPay = new DateIndex()
  /** Product orders by KST payment date, for the UNSETTLED view of settle/case. */
  paidOn = new DateIndex()
  byProductOrder = /* @__PURE__ */ new Map()
  byOrder = /* @__PURE__ */ new Map()
  /** Every stored line in append order (a line's `seq` is its index here). */
  all() {
    return this.lines
  }
  /** Lines of a product order, or of a delivery-fee number. */
  forProductOrder(productOrderId) {
    return this.byProductOrder.get(productOrderId) ?? []
  }
  forOrder(orderId) {
    return this.byOrder.get(orderId) ?? []
  }
  /** Stores a line for good and returns its `seq`. */
  append(draft, lineId) {
    const line = {
      ...draft,
      seq: this.lines.length,
      lineId,
    }
    this.lines.push(line)
    this.byBasis.add(line.basisDate, line)
    this.byExpect.add(line.expectDate, line)
    this.byPay.add(line.payDate, line)
    push(this.byProductOrder, line.productOrderId, line)
    if (line.lineId !== line.productOrderId) push(this.byProductOrder, line.lineId, line)
    push(this.byOrder, line.orderId, line)
    return line.seq
  }
  clear() {
    this.lines.length = 0
    for (const index of [this.byBasis, this.byExpect, this.byPay, this.paidOn]) index.clear()
    this.byProductOrder.clear()
    this.byOrder.clear()
  }
}
function push(map, key, line) {
  const list = map.get(key)
  if (list) list.push(line)
  else map.set(key, [line])
}
//#endregion
//#region ../packages/engine/src/settlement/pay-means.ts
const BY_LABEL = {
  신용카드: 'PAYMEANS_TYPE_CCARD',
  '신용카드 간편결제': 'PAYMEANS_TYPE_CCARD',
  패밀리결제: 'PAYMEANS_TYPE_CCARD',
  휴대폰: 'PAYMEANS_TYPE_MOBIL',
  '휴대폰 간편결제': 'PAYMEANS_TYPE_MOBIL',
  '계좌 간편결제': 'PAYMEANS_TYPE_BANK',
  실시간계좌이체: 'PAYMEANS_TYPE_BANK',
  무통장입금: 'PAYMEANS_TYPE_VACCT',
  '포인트/머니결제': 'PAYMEANS_TYPE_NCASH',
  후불결제: 'PAYMEANS_TYPE_PAYLATER',
}
/**
 * The settlement code of an order's `paymentMeans`; labels the emulator does not know count as card.
 * @example payMeansTypeOf('무통장입금') // 'PAYMEANS_TYPE_VACCT'
 */
function payMeansTypeOf(label) {
  return (label && BY_LABEL[label]) || 'PAYMEANS_TYPE_CCARD'
}
/**
 * Cards are card sales; bank transfers, deposits and Npay money get a cash receipt (issued for income
 * deduction, the consumer default); everything else (mobile, points, pay-later) is "other".
 * @example vatEvidenceOf('PAYMEANS_TYPE_BANK') // 'cashInComeDeductionAmount'
 */
function vatEvidenceOf(type) {
  switch (type) {
    case 'PAYMEANS_TYPE_CCARD':
    case 'PAYMEANS_TYPE_OVERSEAS_CARD':
      return 'creditCardAmount'
    case 'PAYMEANS_TYPE_BANK':
    case 'PAYMEANS_TYPE_VACCT':
    case 'PAYMEANS_TYPE_NCASH':
      return 'cashInComeDeductionAmount'
    default:
      return 'otherAmount'
  }
}
//#endregion
//#region ../packages/engine/src/settlement/lines.ts
/**
 * Settlement lines: what the ledger stores, one per settle/case row. Commission-details, VAT and the
 * daily aggregates are views of these lines, so every number the five endpoints show has one origin.
 */
/** The product order's current remaining amounts (they shrink on every completed cancel or return). */
function targetOf(record) {
  const po = record.productOrder
  const product = (po.remainProductAmount ?? 0) - (po.remainProductDiscountAmount ?? 0)
  return {
    product,
    delivery: (po.remainPaymentAmount ?? 0) - product,
  }
}
/**
 * A commission on `basis` as the signed amount the merchant is charged: basis × rate made whole won
 * by `rounding` on the magnitude, negative for a sale and positive for a reversal.
 * @example commissionOf(21_000, 0.0363, 'round') // -762
 */
function commissionOf(basis, rate, rounding) {
  const exact = Math.round(Math.abs(basis) * rate * 1e6) / 1e6
  const whole =
    rounding === 'floor' ? Math.floor(exact) : rounding === 'ceil' ? Math.ceil(exact) : Math.round(exact)
  return whole === 0 ? 0 : basis > 0 ? -whole : whole
}
/** A line without its ledger identity (`seq`, `lineId`, `reverses`). */
function buildLine(input) {
  const { record, order, type, amount, config } = input
  const po = record.productOrder
  const payMeansType = payMeansTypeOf(order.paymentMeans)
  const payCommissionRate = config.payCommissionRates[payMeansType]
  const interlockCommissionRate = type === 'PROD_ORDER' ? config.sellingInterlockCommissionRate : 0
  const payCommission = commissionOf(amount, payCommissionRate, config.rounding)
  const interlockCommission = commissionOf(amount, interlockCommissionRate, config.rounding)
  return {
    productOrderId: record.productOrderId,
    orderId: record.orderId,
    productOrderType: type,
    settleType: input.settleType,
    basisDate: input.basisDate,
    expectDate: input.expectDate,
    payDate: record.times.payed === void 0 ? null : formatKstDate(record.times.payed),
    productId: po.productId ?? null,
    productName: po.productName ?? null,
    purchaserName: order.ordererName ?? null,
    payMeansType,
    taxType: po.taxType ?? 'TAXATION',
    paySettleAmount: amount,
    payCommissionRate,
    interlockCommissionRate,
    payCommission,
    interlockCommission,
    settleExpectAmount: amount + payCommission + interlockCommission,
  }
}
//#endregion
//#region ../packages/engine/src/settlement/ledger.ts
/**
 * A tenant's settlement ledger. It listens to committed transitions and appends lines (never edits
 * them, facts §11.0): originals when a product order reaches the settlement trigger, a
 * NORMAL_SETTLE_BEFORE_CANCEL marker when a paid order is cancelled or returned before that, and
 * NORMAL_SETTLE_AFTER_CANCEL reversals when money goes back after it.
 */
/** Milestones that count as reaching the trigger, first match wins (a decision may skip delivery). */
const TRIGGER_MILESTONES = {
  'purchase-decision': ['decided'],
  delivery: ['delivered', 'decided'],
  dispatch: ['dispatched', 'delivered', 'decided'],
  payment: ['payed'],
}
/**
 * Settlement lines of one tenant, derived as its transitions commit.
 * @example engine.tenant().settlement.forProductOrder(productOrderId) // its PROD_ORDER and DELIVERY lines
 */
var SettlementLedger = class extends LineStore {
  options
  calendar
  settled = /* @__PURE__ */ new Map()
  constructor(tenant, ctx) {
    super()
    this.tenant = tenant
    this.ctx = ctx
    this.options = ctx.options.settlement
    this.calendar = new BusinessCalendar(this.options.holidays)
    tenant.onCommit((event) => this.onCommit(event))
  }
  /** The options in force for this tenant. */
  get config() {
    return this.options
  }
  /**
   * Changes this tenant's settlement options; lines already written keep their numbers.
   * @example engine.tenant().settlement.configure({ trigger: 'delivery', sellingInterlockCommissionRate: 0 })
   */
  configure(options) {
    this.options = resolveSettlementOptions(options, this.options)
    this.calendar = new BusinessCalendar(this.options.holidays)
    return this.options
  }
  isSettled(productOrderId) {
    return this.settled.has(productOrderId)
  }
  /** Today on the tenant's KST calendar. */
  today() {
    return formatKstDate(this.tenant.now())
  }
  /** The transfer is done once the expected date has passed on the tenant's clock. */
  completeDate(line) {
    return line.expectDate !== null && line.expectDate < this.today() ? line.expectDate : null
  }
  /** What a paid, not yet settled product order would settle now (not stored: nothing is decided). */
  projection(productOrderId) {
    const record = this.tenant.productOrders.get(productOrderId)
    const order = record && this.tenant.orders.get(record.orderId)?.order
    if (!record || !order || this.settled.has(productOrderId) || record.times.payed === void 0) return []
    const target = targetOf(record)
    return ['PROD_ORDER', 'DELIVERY']
      .filter((type) => (type === 'PROD_ORDER' ? target.product : target.delivery) !== 0)
      .map((type) => ({
        ...this.line(record, order, type, 'NORMAL_SETTLE_ORIGINAL', target, null),
        seq: -1,
        lineId: record.productOrderId,
      }))
  }
  /** The ledger as JSON-safe data, for the sandbox state (engine extension `settlement`). */
  save() {
    return {
      options: this.options,
      lines: [...this.all()],
      settled: [...this.settled],
    }
  }
  /** Replaces the ledger with saved data, after the tenant's orders were restored; lines keep their seq. */
  load(saved) {
    this.clear()
    for (const record of this.tenant.productOrders.values())
      if (record.times.payed !== void 0)
        this.paidOn.add(formatKstDate(record.times.payed), record.productOrderId)
    if (!saved) return
    this.options = resolveSettlementOptions(saved.options)
    this.calendar = new BusinessCalendar(this.options.holidays)
    for (const { seq: _, lineId, ...line } of saved.lines) this.append(line, lineId)
    for (const [id, position] of saved.settled) {
      this.settled.set(id, position)
      if (position.deliveryFeeNo) this.ctx.ids.reserve(position.deliveryFeeNo)
    }
  }
  clear() {
    super.clear()
    this.settled.clear()
  }
  onCommit({ record, order, steps, at }) {
    const effects = new Set(steps.flatMap((s) => s.row.effects))
    if (effects.has('recordPayment') && record.times.payed !== void 0)
      this.paidOn.add(formatKstDate(record.times.payed), record.productOrderId)
    if (record.times.payed === void 0) return
    const refunded = effects.has('completeCancel') || effects.has('completeReturn')
    const refundAt = refunded ? (record.times.claimCompleted ?? at) : at
    const settled = this.settled.get(record.productOrderId)
    if (settled) return this.follow(record, order, settled, refundAt)
    if (refunded) {
      const basis = formatKstDate(refundAt)
      const marker = this.line(
        record,
        order,
        'PROD_ORDER',
        'NORMAL_SETTLE_BEFORE_CANCEL',
        {
          product: 0,
          delivery: 0,
        },
        basis,
      )
      this.append(
        {
          ...marker,
          expectDate: null,
        },
        record.productOrderId,
      )
    }
    const milestone = TRIGGER_MILESTONES[this.options.trigger].find((m) => record.times[m] !== void 0)
    if (milestone === void 0) return
    const fresh = {
      product: 0,
      delivery: 0,
      originals: {},
    }
    this.settled.set(record.productOrderId, fresh)
    this.follow(record, order, fresh, record.times[milestone])
  }
  /** Appends whatever moves the settled position to the record's remaining amounts. */
  follow(record, order, settled, at) {
    const target = targetOf(record)
    const basis = formatKstDate(at)
    for (const type of ['PROD_ORDER', 'DELIVERY']) {
      const key = type === 'PROD_ORDER' ? 'product' : 'delivery'
      const diff = target[key] - settled[key]
      if (diff === 0) continue
      const settleType = diff < 0 ? 'NORMAL_SETTLE_AFTER_CANCEL' : 'NORMAL_SETTLE_ORIGINAL'
      const amounts = {
        product: 0,
        delivery: 0,
        [key]: diff,
      }
      const line = this.line(record, order, type, settleType, amounts, basis)
      let lineId = record.productOrderId
      if (type === 'DELIVERY') lineId = settled.deliveryFeeNo ??= this.ctx.ids.packageNumber(at)
      const original = settled.originals[type]
      const seq = this.append(
        diff < 0 && original !== void 0
          ? {
              ...line,
              reverses: original,
            }
          : line,
        lineId,
      )
      if (diff > 0) settled.originals[type] ??= seq
      settled[key] = target[key]
    }
  }
  line(record, order, type, settleType, amounts, basisDate) {
    const amount = type === 'PROD_ORDER' ? amounts.product : amounts.delivery
    const expectDate = basisDate === null ? null : this.calendar.expectedDate(basisDate, this.options.cycle)
    const config = this.options
    return buildLine({
      record,
      order,
      type,
      settleType,
      amount,
      basisDate,
      expectDate,
      config,
    })
  }
}
//#endregion
//#region ../packages/engine/src/tokens.ts
/**
 * The token endpoint's rules (facts §3): signature check, the 5-minute timestamp window, one token per
 * (type, account_id) reused while ≥ 30 minutes remain, older tokens valid until their own expiry.
 * Failures carry a diagnostic that says exactly what to fix.
 */
const invalid = (name, type, message, diagnostic) =>
  NpayError.token(
    [
      {
        name,
        type,
        message,
      },
    ],
    diagnostic,
  )
/** Checks the parameters that need no merchant lookup; returns the token key (type + account). */
function checkTokenParameters(p) {
  for (const name of ['client_id', 'timestamp', 'grant_type', 'client_secret_sign'])
    if (!p[name]) throw invalid(name, 'NotBlank', `${name} 값이 필요합니다.`, `${name} is missing or blank`)
  if (p.grant_type !== 'client_credentials')
    throw invalid(
      'grant_type',
      'Pattern',
      'grant_type 값이 올바르지 않습니다.',
      `grant_type must be "client_credentials", got "${p.grant_type}"`,
    )
  if (!/^\d{10,16}$/.test(p.timestamp))
    throw invalid(
      'timestamp',
      'typeMismatch',
      'timestamp 값이 올바르지 않습니다.',
      `timestamp must be Unix time in milliseconds (13 digits), got "${p.timestamp}"`,
    )
  const type = p.type || 'SELF'
  if (type !== 'SELF' && type !== 'SELLER')
    throw invalid(
      'type',
      'Pattern',
      'type 값이 올바르지 않습니다.',
      `type must be SELF or SELLER, got "${p.type}"`,
    )
  if (type === 'SELLER' && !p.account_id)
    throw invalid(
      'account_id',
      'NotBlank',
      'account_id 값이 필요합니다.',
      'type=SELLER needs account_id (the seller ID or UID)',
    )
  return type === 'SELLER' ? `SELLER:${p.account_id}` : 'SELF'
}
/** Explains how far a timestamp is from the server clock, e.g. `7m12s`. */
function describeGap(ms) {
  const s = Math.round(Math.abs(ms) / 1e3)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s % 60}s`
}
/** Refuses timestamps older than 5 minutes or further in the future than the tolerance. */
function checkTimestamp(timestamp, serverNow, toleranceMs = SIGNATURE_FUTURE_TOLERANCE_MS) {
  const gap = serverNow - Number(timestamp)
  if (gap > 3e5)
    throw invalid(
      'timestamp',
      'Expired',
      'timestamp 값이 유효하지 않습니다.',
      `timestamp is ${describeGap(gap)} older than the server clock; it is valid for 5 minutes`,
    )
  if (-gap > toleranceMs)
    throw invalid(
      'timestamp',
      'Future',
      'timestamp 값이 유효하지 않습니다.',
      `timestamp is ${describeGap(gap)} ahead of the server clock; at most ${toleranceMs / 1e3}s is tolerated (many clients sign with now - 3s)`,
    )
}
function checkSignature(clientId, clientSecret, timestamp, sign) {
  const result = verifyClientSecretSign({
    clientId,
    clientSecret,
    timestamp,
    sign,
  })
  if (!result.ok)
    throw invalid(
      'client_secret_sign',
      'Signature',
      'client_secret_sign 값이 유효하지 않습니다.',
      result.detail,
    )
}
/** One merchant's tokens: the current one per key, and every issued one until it expires. */
var TokenStore = class {
  current = /* @__PURE__ */ new Map()
  constructor(registry) {
    this.registry = registry
  }
  /** Returns the current token while ≥ 30 min remain, else a new one (the old stays valid). */
  issue(clientId, key, now) {
    const existing = this.current.get(key)
    if (existing) {
      const remaining = Math.floor((existing.expiresAt - now) / 1e3)
      if (remaining >= 1800)
        return {
          token: existing,
          expiresIn: remaining,
          reused: true,
        }
    }
    const token = {
      value: randomBytes(16).toString('base64url'),
      clientId,
      key,
      expiresAt: now + TOKEN_LIFETIME_SECONDS * 1e3,
    }
    this.current.set(key, token)
    this.registry.set(token.value, token)
    return {
      token,
      expiresIn: TOKEN_LIFETIME_SECONDS,
      reused: false,
    }
  }
  /** Current tokens by key, to save them. */
  saved() {
    return [...this.current.values()]
  }
  restore(tokens) {
    for (const token of tokens) {
      this.current.set(token.key, token)
      this.registry.set(token.value, token)
    }
  }
}
//#endregion
//#region ../packages/engine/src/tenant.ts
/**
 * One merchant app (client_id): its own orders, change log, virtual clock and journal. All state
 * changes go through `run`, which applies the table's rows to a draft and commits it whole.
 */
var Tenant = class {
  clock
  log = new ChangeLog()
  journal = new Journal()
  tokens
  orders = /* @__PURE__ */ new Map()
  productOrders = /* @__PURE__ */ new Map()
  due = new DueQueue()
  commitListeners = []
  reviews = []
  /** Settlement lines derived from this tenant's committed transitions (facts §11). */
  settlement
  constructor(merchant, ctx) {
    this.merchant = merchant
    this.ctx = ctx
    const start =
      ctx.options.clock === 'flowing' ? ctx.options.wallClock() + ctx.startOffsetMs : ctx.options.startTime
    this.clock = new VirtualClock(ctx.options.clock, start, ctx.options.wallClock)
    this.tokens = new TokenStore(ctx.tokenRegistry)
    this.settlement = new SettlementLedger(this, ctx)
  }
  /** A fresh numeric id from the engine's seeded source (review numbers, other derived records). */
  newId() {
    return this.ctx.ids.claimId()
  }
  get clientId() {
    return this.merchant.clientId
  }
  now() {
    return this.clock.now()
  }
  /** Places an order (paid, or awaiting deposit) through the table's `place-order` rows. */
  createOrder(input = {}) {
    this.tick()
    const now = this.now()
    const built = buildOrder(input, {
      now,
      merchant: this.merchant,
      ctx: this.ctx,
    })
    const order = built.order
    const guard = (g) =>
      g === 'paidAtOnce' ? input.paid !== false : g === 'awaitingDeposit' ? input.paid === false : true
    const records = []
    const placed = []
    const changes = []
    for (const record of built.productOrders) {
      const result = transition('new', 'place-order', guard)
      if (!result.ok) throw new Error('place-order has no row')
      changes.push(
        ...this.applySteps(record, order, result.steps, 'buyer', { paid: input.paid !== false }, now),
      )
      records.push(record)
      placed.push(result.steps)
    }
    const orderRecord = {
      clientId: this.clientId,
      order,
      productOrderIds: records.map((r) => r.productOrderId),
    }
    this.orders.set(order.orderId, orderRecord)
    for (const record of records) {
      this.productOrders.set(record.productOrderId, record)
      this.ctx.registerProductOrder(record.productOrderId, this)
      this.schedule(record)
    }
    this.ctx.registerOrder(order.orderId, this)
    this.appendChanges(changes)
    for (const [i, record] of records.entries())
      this.emitCommit({
        tenant: this,
        record,
        order,
        steps: placed[i],
        actor: 'buyer',
        input: { paid: input.paid !== false },
        at: now,
      })
    return {
      orderId: order.orderId,
      productOrderIds: orderRecord.productOrderIds,
    }
  }
  /**
   * Applies `event` to one product order, atomically: either every step of the transition (and its
   * follow-ups) is committed with its change-log rows, or nothing changes.
   */
  run(productOrderId, event, input, actor, at) {
    const record = this.productOrders.get(productOrderId)
    if (!record)
      return {
        ok: false,
        code: '100001',
      }
    const result = transition(stateOf(record), event, (g) => this.guard(g, record, input))
    if (!result.ok) return result
    const order = this.orders.get(record.orderId).order
    const undo = checkpoint(record, order)
    let changes
    try {
      changes = this.applySteps(record, order, result.steps, actor, input, at ?? this.now())
    } catch (error) {
      undo()
      throw error
    }
    this.appendChanges(changes)
    this.schedule(record)
    this.emitCommit({
      tenant: this,
      record,
      order,
      steps: result.steps,
      actor,
      input,
      at: at ?? this.now(),
    })
    return {
      ok: true,
      steps: result.steps,
      record,
    }
  }
  /** Calls `listener` after every committed transition of this tenant; returns the unsubscribe. */
  onCommit(listener) {
    this.commitListeners.push(listener)
    return () => {
      const i = this.commitListeners.indexOf(listener)
      if (i >= 0) this.commitListeners.splice(i, 1)
    }
  }
  emitCommit(event) {
    this.touch()
    for (const listener of this.commitListeners) listener(event)
  }
  changes = 0
  /** Counts every change of this tenant's saved state (persistence writes when it moves). */
  get revision() {
    return this.changes
  }
  /** Marks a change that is not a transition (token issued, review written, clock moved). */
  touch() {
    this.changes++
  }
  applySteps(draft, order, steps, actor, input, startAt) {
    const emitted = []
    let at = startAt
    for (const [i, step] of steps.entries()) {
      const stepActor = i === 0 ? actor : step.row.actor
      if (step.row.emits)
        at = Math.max(at, this.log.lastAt, (draft.times.lastEmitted ?? Number.NEGATIVE_INFINITY) + 1)
      writeState(draft, step.after)
      if (draft.claim && !step.row.to.claimType && step.after.claimStatus)
        draft.claim.claimStatus = step.after.claimStatus
      for (const effect of step.row.effects)
        runEffect(effect, {
          record: draft,
          order,
          at,
          actor: stepActor,
          input,
          newClaimId: () => this.ctx.ids.claimId(),
          randomAddress: () =>
            this.ctx.fake.address(order.ordererName ?? this.ctx.fake.personName(), this.ctx.fake.mobile()),
        })
      if (draft.claim && step.after.claimStatus) draft.claim.claimStatus = step.after.claimStatus
      if (draft.claim && step.row.to.holdbackStatus) draft.claim.holdbackStatus = step.row.to.holdbackStatus
      const entry = {
        at,
        actor: stepActor,
        event: step.row.event,
        rowId: step.row.id,
        from: step.before,
        to: step.after,
      }
      if (step.row.emits) entry.lastChangedType = step.row.emits
      draft.history.push(entry)
      if (step.row.emits) {
        draft.times.lastChanged = at
        draft.times.lastEmitted = at
        emitted.push({
          at,
          productOrderId: draft.productOrderId,
          orderId: draft.orderId,
          lastChangedType: step.row.emits,
          productOrderStatus: step.after.productOrderStatus,
          claimType: step.after.claimType,
          claimStatus: step.after.claimStatus,
          paymentDate: order.paymentDate,
          receiverAddressChanged: draft.receiverAddressChanged,
        })
      }
    }
    return emitted
  }
  /** Appends committed rows to the change log, in time order. */
  appendChanges(rows) {
    rows.sort((a, b) => a.at - b.at)
    for (const row of rows)
      this.log.append({
        ...row,
        at: Math.max(row.at, this.log.lastAt),
      })
  }
  guard(g, record, input) {
    if (g === 'paidAtOnce') return input.paid !== false
    if (g === 'awaitingDeposit') return input.paid === false
    const remain = record.productOrder.remainQuantity ?? record.productOrder.quantity ?? 1
    const openCancel = record.productOrder.claimType === 'CANCEL' && hasOpenClaim(stateOf(record))
    const whole =
      (input.quantity ?? (openCancel ? record.claim?.requestQuantity : void 0) ?? remain) >= remain
    return g === 'wholeQuantity' ? whole : !whole
  }
  /** Control-plane events allowed now for a product order. */
  allowedSandboxEvents(productOrderId) {
    const record = this.productOrders.get(productOrderId)
    return record ? allowedEvents(stateOf(record), SANDBOX_EVENTS) : []
  }
  /** Merchant API actions allowed now for a product order. */
  allowedMerchantActions(productOrderId) {
    const record = this.productOrders.get(productOrderId)
    return record ? allowedEvents(stateOf(record), MERCHANT_ACTIONS) : []
  }
  schedule(record) {
    const s = stateOf(record)
    const t = record.times
    const days = this.ctx.options.autoPurchaseDecisionDays * 864e5
    if (s.productOrderStatus === 'PAYMENT_WAITING' && t.paymentDue !== void 0)
      this.due.push({
        due: t.paymentDue,
        productOrderId: record.productOrderId,
        event: 'expire-payment',
      })
    else if (s.productOrderStatus === 'DELIVERED' && t.delivered !== void 0 && days > 0)
      this.due.push({
        due: t.delivered + days,
        productOrderId: record.productOrderId,
        event: 'decide-purchase',
      })
    else if (s.productOrderStatus === 'EXCHANGED' && t.exchangeCompleted !== void 0 && days > 0)
      this.due.push({
        due: t.exchangeCompleted + days,
        productOrderId: record.productOrderId,
        event: 'decide-purchase',
      })
  }
  /** Runs everything that has fallen due on the virtual clock, in due order. */
  tick() {
    const fired = []
    const now = this.now()
    for (let item = this.due.peek(); item && item.due <= now; item = this.due.peek()) {
      this.due.pop()
      const record = this.productOrders.get(item.productOrderId)
      if (!record || !stillDue(record, item.event)) continue
      if (this.run(item.productOrderId, item.event, {}, 'clock', item.due).ok)
        fired.push({
          at: formatKst(item.due),
          productOrderId: item.productOrderId,
          event: item.event,
          description:
            item.event === 'decide-purchase'
              ? `automatic purchase decision ${this.ctx.options.autoPurchaseDecisionDays} days after delivery`
              : 'deposit deadline passed: CANCELED_BY_NOPAYMENT',
        })
    }
    return fired
  }
  /** Moves the virtual clock forward and runs what fell due. */
  advance(ms) {
    this.clock.advance(ms)
    this.touch()
    return this.tick()
  }
  /** Replaces this tenant's orders, change log and reviews with saved ones (see persistence.ts). */
  restore(saved) {
    this.reset()
    for (const o of saved.orders) {
      this.orders.set(o.order.orderId, o)
      this.ctx.registerOrder(o.order.orderId, this)
    }
    for (const r of saved.productOrders) {
      this.productOrders.set(r.productOrderId, r)
      this.ctx.registerProductOrder(r.productOrderId, this)
      this.schedule(r)
    }
    for (const row of saved.changes) this.log.append(row)
    this.reviews.push(...saved.reviews)
  }
  /** Forgets every order and change; credentials, tokens and the clock stay. */
  reset() {
    for (const [key, orderId] of this.ctx.usedTrackingNumbers)
      if (this.orders.has(orderId)) this.ctx.usedTrackingNumbers.delete(key)
    for (const id of this.productOrders.keys()) this.ctx.unregisterProductOrder(id)
    for (const id of this.orders.keys()) this.ctx.unregisterOrder(id)
    this.orders.clear()
    this.productOrders.clear()
    this.log.clear()
    this.journal.clear()
    this.due.clear()
    this.reviews.length = 0
    this.settlement.clear()
    this.touch()
  }
}
function stillDue(record, event) {
  return findRow(stateOf(record), event) !== void 0
}
function writeState(record, s) {
  const po = record.productOrder
  po.productOrderStatus = s.productOrderStatus
  po.placeOrderStatus = s.placeOrderStatus
  if (s.claimType) po.claimType = s.claimType
  if (s.claimStatus) po.claimStatus = s.claimStatus
}
//#endregion
//#region ../packages/engine/src/engine.ts
/**
 * The engine: merchants (tenants), tokens and the global indexes that let one tenant's request be told
 * apart from another's (101009/101010). Framework-free; the HTTP app and MSW sit on top of it.
 */
var Engine = class {
  options
  tenants = /* @__PURE__ */ new Map()
  productOrderOwners = /* @__PURE__ */ new Map()
  orderOwners = /* @__PURE__ */ new Map()
  tokenRegistry = /* @__PURE__ */ new Map()
  random
  ctx
  defaultMerchant
  constructor(options = {}) {
    this.options = resolveOptions(options)
    this.random = seededRandom(this.options.seed)
    this.ctx = {
      options: this.options,
      startOffsetMs: this.options.startTime - this.options.wallClock(),
      ids: new IdSource(seededRandom(this.options.seed + 1)),
      fake: new FakeData(this.options.seed),
      tokenRegistry: this.tokenRegistry,
      usedTrackingNumbers: /* @__PURE__ */ new Map(),
      registerProductOrder: (id, tenant) => this.productOrderOwners.set(id, tenant),
      unregisterProductOrder: (id) => this.productOrderOwners.delete(id),
      registerOrder: (id, tenant) => this.orderOwners.set(id, tenant),
      unregisterOrder: (id) => this.orderOwners.delete(id),
    }
    this.defaultMerchant = this.addMerchant(newMerchant(this.options.defaultMerchant, this.random, true))
    this.registerExtension(
      'settlement',
      (tenant) => tenant.settlement.save(),
      (tenant, saved) => tenant.settlement.load(saved),
    )
  }
  /** Registers a new isolated merchant app with its own data, clock and journal. */
  createMerchant(input = {}) {
    if (input.clientId && this.tenants.has(input.clientId))
      throw new SandboxError(409, 'CONFLICT', `a merchant with clientId ${input.clientId} exists already`)
    return this.addMerchant(newMerchant(input, this.random, false))
  }
  addMerchant(merchant) {
    this.tenants.set(merchant.clientId, new Tenant(merchant, this.ctx))
    return merchant
  }
  merchants() {
    return [...this.tenants.values()].map((t) => t.merchant)
  }
  /** The tenant of a client id; the default merchant's when omitted. */
  tenant(clientId) {
    const tenant = this.tenants.get(clientId ?? this.defaultMerchant.clientId)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${clientId}`)
    return tenant
  }
  findTenant(clientId) {
    return this.tenants.get(clientId)
  }
  /** Which tenant owns a product order or an order, across the whole engine. */
  ownerOfProductOrder = (productOrderId) => this.productOrderOwners.get(productOrderId)
  ownerOfOrder = (orderId) => this.orderOwners.get(orderId)
  get usedTrackingNumbers() {
    return this.ctx.usedTrackingNumbers
  }
  /**
   * The token endpoint (facts §3). Throws `NpayError` (400 BAD_REQUEST with `invalidInputs`) whose
   * `diagnostic` explains the failure.
   */
  issueToken(params) {
    const key = checkTokenParameters(params)
    const tenant = this.tenants.get(params.client_id)
    if (!tenant)
      throw NpayError.token(
        [
          {
            name: 'client_id',
            type: 'NotFound',
            message: 'client_id 값이 유효하지 않습니다.',
          },
        ],
        `no application is registered with client_id "${params.client_id}"`,
      )
    const signatureNow = this.options.signatureClock === 'wall' ? this.options.wallClock() : tenant.now()
    checkTimestamp(params.timestamp, signatureNow, this.options.signatureFutureToleranceMs)
    checkSignature(
      params.client_id,
      tenant.merchant.clientSecret,
      params.timestamp,
      params.client_secret_sign,
    )
    const issued = tenant.tokens.issue(tenant.clientId, key, tenant.now())
    if (!issued.reused) tenant.touch()
    return {
      access_token: issued.token.value,
      expires_in: issued.expiresIn,
      token_type: 'Bearer',
    }
  }
  /** Changes whenever anything that `exportState` saves changes. */
  fingerprint() {
    return [...this.tenants.values()].map((t) => `${t.clientId}:${t.revision}`).join(',')
  }
  /**
   * The whole sandbox as a JSON-safe document (see persistence.ts).
   * @example writeFileSync('state.json', JSON.stringify(engine.exportState()))
   */
  exportState() {
    return {
      format: STATE_FORMAT,
      version: 1,
      savedAt: this.options.wallClock(),
      tenants: [...this.tenants.values()].map((t) => ({
        merchant: t.merchant,
        clock: t.clock.save(),
        tokens: t.tokens.saved(),
        orders: [...t.orders.values()],
        productOrders: [...t.productOrders.values()],
        changes: [...t.log.rows()],
        reviews: [...t.reviews],
        ...(this.exporters.size ? { extensions: this.exportExtensions(t) } : {}),
      })),
      usedTrackingNumbers: [...this.ctx.usedTrackingNumbers],
    }
  }
  /** Replaces everything with a saved document; refuses a malformed one without changing anything. */
  importState(value) {
    checkState(value)
    const state = structuredClone(value)
    for (const tenant of this.tenants.values()) tenant.reset()
    this.tenants.clear()
    this.tokenRegistry.clear()
    this.ctx.usedTrackingNumbers.clear()
    for (const saved of state.tenants) {
      const tenant = new Tenant(saved.merchant, this.ctx)
      this.tenants.set(saved.merchant.clientId, tenant)
      if (saved.merchant.isDefault) this.defaultMerchant = saved.merchant
      tenant.clock.restore(saved.clock)
      tenant.tokens.restore(saved.tokens)
      for (const o of saved.orders) this.ctx.ids.reserve(o.order.orderId)
      for (const r of saved.productOrders) {
        this.ctx.ids.reserve(r.productOrderId)
        if (r.productOrder.packageNumber) this.ctx.ids.reserve(r.productOrder.packageNumber)
        for (const c of [r.claim, ...r.completedClaims]) if (c?.claimId) this.ctx.ids.reserve(c.claimId)
      }
      tenant.restore({
        orders: saved.orders,
        productOrders: saved.productOrders,
        changes: saved.changes,
        reviews: saved.reviews ?? [],
      })
      for (const [name, importer] of this.importers) importer(tenant, saved.extensions?.[name])
    }
    for (const [key, orderId] of state.usedTrackingNumbers) this.ctx.usedTrackingNumbers.set(key, orderId)
  }
  exporters = /* @__PURE__ */ new Map()
  importers = /* @__PURE__ */ new Map()
  /** Lets an optional part of a tenant (e.g. a settlement ledger) be saved and restored with the state. */
  registerExtension(name, save, load) {
    this.exporters.set(name, save)
    this.importers.set(name, load)
  }
  exportExtensions(tenant) {
    return Object.fromEntries([...this.exporters].map(([name, save]) => [name, save(tenant)]))
  }
  /** Resolves an `Authorization` header to its tenant, or throws 401 GW.AUTHN with a diagnostic. */
  authenticate(authorization) {
    if (!authorization)
      throw NpayError.gateway(
        'GW.AUTHN',
        'no Authorization header: send "Authorization: Bearer {access_token}"',
      )
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (!m) throw NpayError.gateway('GW.AUTHN', 'the Authorization header must be "Bearer {access_token}"')
    const token = this.tokenRegistry.get(m[1])
    if (!token) throw NpayError.gateway('GW.AUTHN', 'unknown access token: issue one at /v1/oauth2/token')
    const tenant = this.tenants.get(token.clientId)
    if (!tenant) throw NpayError.gateway('GW.AUTHN', 'the application of this token no longer exists')
    if (tenant.now() >= token.expiresAt) {
      this.tokenRegistry.delete(token.value)
      throw NpayError.gateway(
        'GW.AUTHN',
        "the access token has expired on this merchant's clock: issue a new one",
      )
    }
    return tenant
  }
}
/**
 * Creates an engine.
 * @example const engine = createEngine({ seed: 7, clock: 'frozen' }); engine.tenant().createOrder()
 */
function createEngine(options) {
  return new Engine(options)
}
//#endregion
//#region ../packages/engine/src/machine/explore.ts
/** Enumerates every state reachable through the table, for exhaustive tests and the diagram. */
const ALL_EVENTS = [...MERCHANT_ACTIONS, ...SANDBOX_EVENTS, ...INTERNAL_EVENTS]
/** Two guard worlds that together take every guarded branch. */
const guardWorlds = [
  (g) => g === 'paidAtOnce' || g === 'wholeQuantity',
  (g) => g === 'awaitingDeposit' || g === 'partQuantity',
]
/**
 * All states reachable from order placement, keyed by `describeState`.
 * @example reachableStates().size // every (status, placeOrderStatus, claim, holdback) combination in use
 */
function reachableStates() {
  const seen = /* @__PURE__ */ new Map()
  const queue = []
  const visit = (s) => {
    const key = describeState(s)
    if (!seen.has(key)) {
      seen.set(key, s)
      queue.push(s)
    }
  }
  for (const world of guardWorlds) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const step of placed.steps) visit(step.after)
  }
  while (queue.length > 0) {
    const state = queue.shift()
    for (const event of ALL_EVENTS)
      for (const world of guardWorlds) {
        const result = transition(state, event, world)
        if (result.ok) for (const step of result.steps) visit(step.after)
      }
  }
  return seen
}
//#endregion
//#region ../packages/engine/src/settlement/views.ts
const merchantOf = (ledger) => ({
  merchantId: ledger.tenant.merchant.mallId,
  merchantName: ledger.tenant.merchant.name,
})
/** One settle/case element. */
function caseElement(ledger, line) {
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisDate: line.basisDate,
    settleExpectDate: line.expectDate,
    settleCompleteDate: ledger.completeDate(line),
    payDate: line.payDate,
    orderId: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    settleType: line.settleType,
    productId: line.productId,
    productName: line.productName,
    purchaserName: line.purchaserName,
    paySettleAmount: line.paySettleAmount,
    totalPayCommissionAmount: line.payCommission,
    freeInstallmentCommissionAmount: 0,
    sellingInterlockCommissionAmount: line.interlockCommission,
    benefitSettleAmount: 0,
    settleExpectAmount: line.settleExpectAmount,
    merchantId,
    merchantName,
    contractNo: null,
  }
}
/** The commission-details elements of one line: the Npay payment commission, then the sales-interlock one. */
function commissionElements(ledger, line) {
  if (line.paySettleAmount === 0) return []
  const { merchantId, merchantName } = merchantOf(ledger)
  const common = {
    orderNo: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    productId: line.productId,
    productName: line.productName,
    merchantId,
    merchantName,
    purchaserName: line.purchaserName,
    settleType: line.settleType,
    settleBasisDate: line.basisDate,
    settleExpectDate: line.expectDate,
    settleCompleteDate: ledger.completeDate(line),
    taxReturnDate: line.basisDate,
    commissionBasisAmount: line.paySettleAmount,
  }
  const rows = [
    {
      ...common,
      commissionType: 'PAY_COMMISSION',
      sellingInterlockCommissionType: null,
      payMeansType: line.payMeansType,
      commissionAmount: line.payCommission,
      maximumSellingInterlockCommissionAmount: 0,
    },
  ]
  if (line.interlockCommissionRate > 0)
    rows.push({
      ...common,
      commissionType: ledger.config.sellingInterlockCommissionCode,
      sellingInterlockCommissionType: ledger.config.sellingInterlockCommissionType,
      payMeansType: null,
      commissionAmount: line.interlockCommission,
      maximumSellingInterlockCommissionAmount: line.interlockCommission,
    })
  return rows
}
/** The eight VAT amounts, all zero. */
function zeroVat() {
  return {
    totalSalesAmount: 0,
    taxationSalesAmount: 0,
    taxExemptionSalesAmount: 0,
    creditCardAmount: 0,
    cashInComeDeductionAmount: 0,
    cashOutGoingEvidenceAmount: 0,
    cashExclusionIssuanceAmount: 0,
    otherAmount: 0,
  }
}
/** A line's sale split twice: taxation or exemption by `taxType`, and one evidence column by payment means. */
function vatAmounts(line) {
  const amount = line.paySettleAmount
  const amounts = zeroVat()
  amounts.totalSalesAmount = amount
  if (line.taxType === 'TAX_EXEMPTION') amounts.taxExemptionSalesAmount = amount
  else amounts.taxationSalesAmount = amount
  amounts[vatEvidenceOf(line.payMeansType)] = amount
  return amounts
}
/** The vat/case element of a line with money in it (markers have none). */
function vatElement(ledger, line) {
  if (line.paySettleAmount === 0) return void 0
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisDate: line.basisDate,
    orderId: line.orderId,
    productOrderId: line.lineId,
    productOrderType: line.productOrderType,
    detailType: 'VOUCH_DETAIL_PAYMENT_SETL',
    status: line.paySettleAmount > 0 ? 'VOUCH_PUBLICATION' : 'VOUCH_CANCEL',
    productName: line.productName,
    ...vatAmounts(line),
    merchantId,
    merchantName,
  }
}
//#endregion
//#region ../packages/engine/src/settlement/daily.ts
/**
 * The settle/daily element of one expected date.
 * @example settleDailyElement(ledger, '2024-05-24', ledger.byExpect.on('2024-05-24')).settleAmount
 */
function settleDailyElement(ledger, date, lines) {
  let basisStart = null
  let basisEnd = null
  let pay = 0
  let commission = 0
  let settle = 0
  for (const line of lines) {
    if (line.basisDate !== null) {
      if (basisStart === null || line.basisDate < basisStart) basisStart = line.basisDate
      if (basisEnd === null || line.basisDate > basisEnd) basisEnd = line.basisDate
    }
    pay += line.paySettleAmount
    commission += line.payCommission + line.interlockCommission
    settle += line.settleExpectAmount
  }
  const { account } = ledger.config
  const { merchantId, merchantName } = merchantOf(ledger)
  return {
    settleBasisStartDate: basisStart,
    settleBasisEndDate: basisEnd,
    settleExpectDate: date,
    settleCompleteDate: date < ledger.today() ? date : null,
    settleAmount: settle,
    paySettleAmount: pay,
    commissionSettleAmount: commission,
    benefitSettleAmount: 0,
    deductionRestoreSettleAmount: 0,
    payHoldbackAmount: 0,
    minusChargeAmount: 0,
    differenceSettleAmount: 0,
    returnCareSettleAmount: 0,
    normalSettleAmount: settle,
    quickSettleAmount: 0,
    preferentialCommissionAmount: 0,
    settlementLimitAmount: 0,
    settleMethodType: 'ACCOUNT',
    bankType: account.bankType,
    depositorName: account.depositorName ?? merchantName,
    accountNo: account.accountNo,
    merchantId,
    merchantName,
  }
}
/**
 * The vat/daily element of one basis date: the eight amounts summed over its lines.
 * @example vatDailyElement(ledger, '2024-05-23', ledger.byBasis.on('2024-05-23')).totalSalesAmount
 */
function vatDailyElement(ledger, date, lines) {
  const sum = zeroVat()
  for (const line of lines) {
    const amounts = vatAmounts(line)
    for (const key of Object.keys(sum)) sum[key] += amounts[key]
  }
  return {
    settleBasisDate: date,
    ...sum,
    ...merchantOf(ledger),
  }
}
//#endregion
//#region ../packages/engine/src/settlement/params.ts
/**
 * Query checks of the settlement endpoints for callers that do not come through the HTTP validator
 * (scenarios, tests), plus the business rules no schema states (facts §11): failures are the settlement
 * service's 400 `BAD_REQUEST` with one `invalidInputs` entry per bad field.
 */
/** Collects the bad fields of one request, then throws them together. */
var ParamCheck = class {
  problems = []
  add(name, type, message) {
    if (!this.problems.some((p) => p.name === name))
      this.problems.push({
        name,
        type,
        message,
      })
  }
  /** An optional `yyyy-MM-dd`; `required` makes absence a `NotNull` problem. */
  date(name, value, required = false) {
    if (value === void 0 || value === null || value === '') {
      if (required) this.add(name, 'NotNull', '널이어서는 안됩니다')
      return
    }
    if (typeof value === 'string' && parseKstDate(value) !== void 0) return value
    this.add(name, 'typeMismatch', '잘못된 값입니다.')
  }
  /** An optional value of one of the document's enums. */
  oneOf(name, value, schema) {
    if (value === void 0 || value === null || value === '') return void 0
    const values = npayApiDocument.components.schemas[schema].enum ?? []
    if (typeof value === 'string' && values.includes(value)) return value
    this.add(name, 'typeMismatch', '잘못된 값입니다.')
  }
  /** Required `pageNumber` ≥ 1 and `pageSize` 1–1000 [DOC]. */
  page(q) {
    const int = (name, value, max) => {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
      if (n === void 0 || n === null || n === '') this.add(name, 'NotNull', '널이어서는 안됩니다')
      else if (typeof n !== 'number' || !Number.isInteger(n))
        this.add(name, 'typeMismatch', '잘못된 값입니다.')
      else if (n < 1) this.add(name, 'Min', '1 이상이어야 합니다')
      else if (max !== void 0 && n > max) this.add(name, 'Max', `${max} 이하여야 합니다`)
      else return n
      return 1
    }
    return {
      page: int('pageNumber', q.pageNumber),
      size: int('pageSize', q.pageSize, MAX_SETTLEMENT_PAGE_SIZE),
    }
  }
  /** Throws the collected problems, if any. */
  done() {
    if (this.problems.length) throw NpayError.settlement('BAD_REQUEST', this.problems)
  }
}
/**
 * One page of `items` in the settlement envelope; `page` echoes the requested 1-based number [INF].
 * @example paginate(['a', 'b', 'c'], 2, 2) // { elements: ['c'], pagination: { page: 2, size: 2, totalPages: 2, totalElements: 3 } }
 */
function paginate(items, page, size) {
  return {
    elements: items.slice((page - 1) * size, page * size),
    pagination: {
      page,
      size,
      totalPages: Math.ceil(items.length / size),
      totalElements: items.length,
    },
  }
}
//#endregion
//#region ../packages/engine/src/settlement/queries.ts
const SETTLED = new Set(['NORMAL_SETTLE_ORIGINAL', 'NORMAL_SETTLE_AFTER_CANCEL'])
function selectLines(ledger, query) {
  const q = query
  const check = new ParamCheck()
  const date = check.date('searchDate', q.searchDate)
  const periodType = check.oneOf('periodType', q.periodType, 'SettlePeriodType')
  const decision = check.oneOf('settleDecisionType', q.settleDecisionType, 'SettleDecisionType')
  const settleType = check.oneOf('settleType', q.settleType, 'SettleType')
  const paging = check.page(q)
  if (decision && periodType !== 'SETTLE_CASEBYCASE_PAY_DATE')
    check.add('settleDecisionType', 'Invalid', '잘못된 값입니다.')
  if ((periodType || decision) && (q.searchDate === void 0 || q.searchDate === ''))
    check.add('searchDate', 'NotNull', '널이어서는 안됩니다')
  check.done()
  const orderId = typeof q.orderId === 'string' && q.orderId ? q.orderId : void 0
  const productOrderId = typeof q.productOrderId === 'string' && q.productOrderId ? q.productOrderId : void 0
  let lines
  if (date === void 0)
    lines = productOrderId
      ? ledger.forProductOrder(productOrderId)
      : orderId
        ? ledger.forOrder(orderId)
        : ledger.all()
  else if (periodType === 'SETTLE_CASEBYCASE_PAY_DATE')
    lines =
      decision === 'UNSETTLED'
        ? ledger.paidOn.on(date).flatMap((id) => ledger.projection(id))
        : ledger.byPay.on(date)
  else if (
    periodType === 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE' ||
    periodType === 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE'
  )
    lines = ledger.byBasis.on(date)
  else if (periodType === 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE')
    lines = date < ledger.today() ? ledger.byExpect.on(date) : []
  else lines = ledger.byExpect.on(date)
  return {
    selected: lines.filter(
      (l) =>
        (!orderId || l.orderId === orderId) &&
        (!productOrderId || l.productOrderId === productOrderId || l.lineId === productOrderId) &&
        (!settleType || l.settleType === settleType) &&
        (decision !== 'SETTLED' || SETTLED.has(l.settleType)) &&
        (decision !== 'BEFORE_CANCEL' || l.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL'),
    ),
    ...paging,
  }
}
/**
 * `GET settle/case`: settlement lines per product order and delivery fee.
 * @example settleCases(tenant, { searchDate: '2024-05-24', pageNumber: 1, pageSize: 100 }).elements
 */
function settleCases(tenant, q) {
  const { selected, page, size } = selectLines(tenant.settlement, q)
  const result = paginate(selected, page, size)
  return {
    ...result,
    elements: result.elements.map((l) => caseElement(tenant.settlement, l)),
  }
}
/**
 * `GET settle/commission-details`: the commissions of the same lines settle/case selects.
 * @example commissionDetails(tenant, { productOrderId, pageNumber: 1, pageSize: 100 }).elements
 */
function commissionDetails(tenant, q) {
  const { selected, page, size } = selectLines(tenant.settlement, q)
  return paginate(
    selected.flatMap((l) => commissionElements(tenant.settlement, l)),
    page,
    size,
  )
}
function dateRange(tenant, query, vat) {
  const q = query
  const check = new ParamCheck()
  const start = check.date('startDate', q.startDate, true)
  const end = check.date('endDate', q.endDate, true)
  const paging = check.page(q)
  if (start && end && end < start) check.add('endDate', 'Invalid', '잘못된 값입니다.')
  if (vat && end && end > lastDayOfPreviousMonth(tenant.settlement.today()))
    check.add('endDate', 'Max', '잘못된 값입니다.')
  check.done()
  return {
    start,
    end,
    ...paging,
  }
}
/**
 * `GET settle/daily`: one element per expected settlement date that has lines.
 * @example settleDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
function settleDaily(tenant, q) {
  const { start, end, page, size } = dateRange(tenant, q, false)
  const ledger = tenant.settlement
  const result = paginate(ledger.byExpect.daysBetween(start, end), page, size)
  return {
    ...result,
    elements: result.elements.map((d) => settleDailyElement(ledger, d, ledger.byExpect.on(d))),
  }
}
/** The lines with money in them of each basis date in the range (BEFORE_CANCEL markers carry none). */
function vatDays(ledger, start, end) {
  return ledger.byBasis
    .daysBetween(start, end)
    .map((date) => ({
      date,
      lines: ledger.byBasis.on(date).filter((l) => l.paySettleAmount !== 0),
    }))
    .filter((day) => day.lines.length > 0)
}
/**
 * `GET vat/case`: one element per line with money in it, by basis date.
 * @example vatCases(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 100 })
 */
function vatCases(tenant, q) {
  const { start, end, page, size } = dateRange(tenant, q, true)
  const ledger = tenant.settlement
  return paginate(
    vatDays(ledger, start, end).flatMap((day) => day.lines.map((l) => vatElement(ledger, l))),
    page,
    size,
  )
}
/**
 * `GET vat/daily`: the VAT amounts per basis date.
 * @example vatDaily(tenant, { startDate: '2024-05-01', endDate: '2024-05-31', pageNumber: 1, pageSize: 31 })
 */
function vatDaily(tenant, q) {
  const { start, end, page, size } = dateRange(tenant, q, true)
  const ledger = tenant.settlement
  const days = paginate(vatDays(ledger, start, end), page, size)
  return {
    ...days,
    elements: days.elements.map((day) => vatDailyElement(ledger, day.date, day.lines)),
  }
}
//#endregion
//#region ../scenarios/src/builders/catalogue.ts
const CATALOGUE = [
  {
    name: '무선 블루투스 이어폰 노이즈캔슬링',
    options: ['색상: 블랙', '색상: 화이트', '색상: 네이비'],
    price: 59e3,
  },
  {
    name: '유기농 제주 감귤 5kg',
    options: ['중과', '대과', '로얄과'],
    price: 29900,
  },
  {
    name: '남성 기본 라운드 반팔 티셔츠',
    options: ['사이즈: M / 색상: 네이비', '사이즈: L / 색상: 그레이', '사이즈: XL / 색상: 블랙'],
    price: 12900,
  },
  {
    name: '여성 와이드 데님 팬츠',
    options: ['사이즈: S', '사이즈: M', '사이즈: L'],
    price: 39800,
  },
  {
    name: '스테인리스 텀블러 500ml',
    options: ['색상: 실버', '색상: 민트', '색상: 핑크'],
    price: 18e3,
  },
  {
    name: '국산 햅쌀 10kg',
    options: ['2025년산 추청', '2025년산 신동진'],
    price: 38500,
  },
  {
    name: '어린이 원목 블록 세트 100pcs',
    options: ['기본 구성', '수납함 포함'],
    price: 45e3,
  },
  {
    name: '고속 충전 USB-C 케이블 2m',
    options: ['1개', '2개 묶음', '3개 묶음'],
    price: 9900,
  },
  {
    name: '한방 샴푸 1000ml',
    options: ['지성용', '건성용', '탈모 완화'],
    price: 22e3,
  },
  {
    name: '캠핑용 접이식 의자',
    options: ['색상: 카키', '색상: 베이지'],
    price: 34900,
  },
  {
    name: '프리미엄 한우 선물세트 1.2kg',
    options: ['등심+채끝', '불고기+국거리'],
    price: 129e3,
  },
  {
    name: '무농약 꿀고구마 3kg',
    options: ['한입 크기', '중간 크기'],
    price: 16900,
  },
  {
    name: '기능성 러닝화',
    options: ['250mm', '260mm', '270mm', '280mm'],
    price: 89e3,
  },
  {
    name: '극세사 차렵이불 퀸',
    options: ['색상: 아이보리', '색상: 그레이'],
    price: 49900,
  },
  {
    name: '에어프라이어 5.5L',
    options: ['블랙', '화이트'],
    price: 79900,
  },
  {
    name: '비타민C 1000mg 180정',
    options: ['1통', '2통 세트'],
    price: 24900,
  },
  {
    name: '강아지 간식 닭가슴살 져키 500g',
    options: ['오리지널', '고구마 맛'],
    price: 14900,
  },
  {
    name: '스마트폰 강화유리 보호필름',
    options: ['갤럭시 S24', '아이폰 15'],
    price: 7900,
  },
  {
    name: '수제 딸기잼 500g',
    options: ['1병', '2병 세트'],
    price: 11500,
  },
  {
    name: '원목 책상 1200',
    options: ['내추럴', '월넛'],
    price: 159e3,
  },
]
/** Claim reasons buyers pick for each kind of claim, with the free text they typically write. */
const BUYER_CLAIM_REASONS = {
  cancel: [
    {
      reason: 'INTENT_CHANGED',
      text: '단순 변심으로 구매 의사가 없어졌어요',
    },
    {
      reason: 'WRONG_ORDER',
      text: '다른 옵션으로 잘못 주문했습니다',
    },
    {
      reason: 'COLOR_AND_SIZE',
      text: '다른 색상으로 다시 주문할게요',
    },
    {
      reason: 'DELAYED_DELIVERY',
      text: '발송이 너무 늦어서 취소합니다',
    },
  ],
  return: [
    {
      reason: 'INTENT_CHANGED',
      text: '막상 받아보니 필요가 없어졌어요',
    },
    {
      reason: 'PRODUCT_UNSATISFIED',
      text: '사진과 색상이 많이 달라요',
    },
    {
      reason: 'BROKEN',
      text: '받아보니 제품이 파손되어 있었어요',
    },
    {
      reason: 'WRONG_DELIVERY',
      text: '주문하지 않은 상품이 왔어요',
    },
  ],
  exchange: [
    {
      reason: 'COLOR_AND_SIZE',
      text: '사이즈가 작아서 한 치수 큰 걸로 교환 원해요',
    },
    {
      reason: 'WRONG_OPTION',
      text: '주문한 옵션과 다른 색상이 왔어요',
    },
    {
      reason: 'BROKEN',
      text: '초기 불량이라 새 제품으로 교환 부탁드립니다',
    },
  ],
}
/** Reasons a seller cancels on its own (판매 취소). */
const SELLER_CANCEL_REASONS = [
  {
    reason: 'SOLD_OUT',
    text: '재고 소진으로 판매 취소합니다',
  },
  {
    reason: 'DELAYED_DELIVERY',
    text: '입고 지연으로 발송이 어렵습니다',
  },
  {
    reason: 'INCORRECT_INFO',
    text: '상품 정보 오류로 판매 취소합니다',
  },
]
/** Carriers that ship most Korean parcels, by their delivery company codes (facts §9.12). */
const CARRIERS = ['CJGLS', 'HANJIN', 'HYUNDAI', 'EPOST', 'KGB']
//#endregion
//#region ../scenarios/src/builders/fake.ts
/**
 * Realistic Korean shop data from one seed.
 * @example const fake = new KoreanFaker(7); fake.mobile() // '010-4821-0937'
 */
var KoreanFaker = class {
  faker
  constructor(seed) {
    this.seed = seed
    this.faker = createKoreanFaker(seed)
  }
  /** A full name, family name first (`김민준`). */
  personName() {
    return this.faker.person.lastName() + this.faker.person.firstName()
  }
  /** A mobile number in the `010-XXXX-XXXX` shape. */
  mobile() {
    return `010-${this.faker.string.numeric(4)}-${this.faker.string.numeric(4)}`
  }
  /** A road-name address (`서울특별시 강남구 테헤란로 152`) with a real-shaped 5-digit zip code. */
  address(name, tel) {
    const f = this.faker
    return {
      addressType: 'DOMESTIC',
      name,
      tel1: tel,
      zipCode: String(
        f.number.int({
          min: 1e3,
          max: 63644,
        }),
      ).padStart(5, '0'),
      baseAddress: `${f.location.state()} ${f.location.city()} ${f.location.street()} ${f.number.int({
        min: 1,
        max: 350,
      })}`,
      detailedAddress: f.helpers.arrayElement([
        `${f.number.int({
          min: 101,
          max: 115,
        })}동 ${f.number.int({
          min: 1,
          max: 25,
        })}0${f.number.int({
          min: 1,
          max: 4,
        })}호`,
        `${f.number.int({
          min: 2,
          max: 5,
        })}층`,
        `${f.person.lastName()}빌라 ${f.number.int({
          min: 101,
          max: 402,
        })}호`,
      ]),
      city: '',
      state: '',
      country: '한국',
      isRoadNameAddress: true,
    }
  }
  /** One line of an order: a catalogue product, one of its options, a quantity. */
  item(quantity) {
    const p = this.faker.helpers.arrayElement(CATALOGUE)
    return {
      productName: p.name,
      optionName: this.faker.helpers.arrayElement(p.options),
      unitPrice: p.price,
      quantity:
        quantity ??
        this.faker.helpers.weightedArrayElement([
          {
            weight: 8,
            value: 1,
          },
          {
            weight: 2,
            value: 2,
          },
          {
            weight: 1,
            value: 3,
          },
        ]),
    }
  }
  /** A buyer's order with `items` lines; `paid: false` waits for a virtual-account deposit. */
  order(input = {}) {
    const name = this.personName()
    const tel = this.mobile()
    const items = Array.from({ length: input.items ?? 1 }, () => this.item(input.quantity))
    const paid = input.paid !== false
    return {
      ordererName: name,
      ordererTel: tel,
      shippingAddress: this.address(name, tel),
      items,
      paid,
      paymentMeans: paid
        ? this.pick(['신용카드', '신용카드 간편결제', '계좌 간편결제', '포인트/머니결제', '휴대폰 간편결제'])
        : '무통장입금',
    }
  }
  /** A buyer's reason for a claim of this kind, and its free text. */
  buyerReason(kind) {
    return this.pick(BUYER_CLAIM_REASONS[kind])
  }
  sellerCancelReason() {
    return this.pick(SELLER_CANCEL_REASONS)
  }
  carrier() {
    return this.pick(CARRIERS)
  }
  /** A 12-digit tracking number, the length CJ대한통운 and 한진 print. */
  trackingNumber() {
    return `${this.faker.number.int({
      min: 3,
      max: 6,
    })}${this.faker.string.numeric(11)}`
  }
  int(min, max) {
    return this.faker.number.int({
      min,
      max,
    })
  }
  /** A uniform number in [0, 1). */
  chance() {
    return this.faker.number.float({
      min: 0,
      max: 1,
    })
  }
  pick(items) {
    return this.faker.helpers.arrayElement(items)
  }
  /** One value by weight, e.g. a fate of busy-shop. */
  weighted(items) {
    return this.faker.helpers.weightedArrayElement(items)
  }
}
//#endregion
//#region ../scenarios/src/coverage/report.ts
/**
 * Transition coverage: like code coverage, for the state machine. Reports which rows of the state
 * table a run exercised and which it never tried, and which of the business error codes a merchant
 * action can answer were seen, so an integrator sees the claim paths their own suite skips.
 */
/**
 * Business codes the merchant actions can answer: refusals of the state table, ownership, and the
 * checks of dispatch, delay and exchange re-delivery (facts §7.7, §10.6), plus request validation.
 */
const ACTION_ERROR_CODES = [
  '4000',
  '9999',
  '100001',
  '101009',
  '104105',
  '104116',
  '104117',
  '104118',
  '104119',
  '104120',
  '104121',
  '104122',
  '104131',
  '104417',
  '105306',
]
const pct = (part, whole) => Math.round((part / whole) * 1e3) / 10
/**
 * Builds the report from row counts and seen error codes.
 * @example coverageReport(rowCounts([tenant])).uncovered // ['C8a', 'C8b', …]
 */
function coverageReport(rows, codes = /* @__PURE__ */ new Map()) {
  const table = TRANSITIONS.map((r) => ({
    id: r.id,
    event: r.event,
    actor: r.actor,
    count: rows.get(r.id) ?? 0,
  }))
  const covered = table.filter((r) => r.count > 0).map((r) => r.id)
  const messages = ORDER_ERRORS
  return {
    rows: table,
    covered,
    uncovered: table.filter((r) => r.count === 0).map((r) => r.id),
    percent: pct(covered.length, table.length),
    errorCodes: ACTION_ERROR_CODES.map((code) => ({
      code,
      message: messages[code]?.message ?? '',
      count: codes.get(code) ?? 0,
    })),
    uncoveredErrorCodes: ACTION_ERROR_CODES.filter((code) => !codes.get(code)),
  }
}
/**
 * The report as text, one row per line, uncovered rows marked.
 * @example console.log(formatCoverage(report))
 */
function formatCoverage(report) {
  const lines = [
    `Transition coverage: ${report.covered.length}/${report.rows.length} rows (${report.percent} %)`,
  ]
  for (const r of report.rows)
    lines.push(
      `  ${r.count > 0 ? '✓' : '✗'} ${r.id.padEnd(4)} ${r.event.padEnd(24)} ${r.actor.padEnd(8)} ×${r.count}`,
    )
  if (report.uncovered.length > 0) lines.push(`  not covered: ${report.uncovered.join(', ')}`)
  const seen = report.errorCodes.filter((c) => c.count > 0).length
  lines.push(`Error codes: ${seen}/${report.errorCodes.length} (${pct(seen, report.errorCodes.length)} %)`)
  for (const c of report.errorCodes)
    lines.push(`  ${c.count > 0 ? '✓' : '✗'} ${c.code.padEnd(6)} ${c.message} ×${c.count}`)
  if (report.uncoveredErrorCodes.length > 0)
    lines.push(`  not seen: ${report.uncoveredErrorCodes.join(', ')}`)
  return lines.join('\n')
}
//#endregion
//#region ../scenarios/src/coverage/rows.ts
/**
 * How often each row of the state table (by id) fired for the product orders of `tenants`.
 * @example rowCounts([engine.tenant()]).get('N8') // number of dispatches
 */
function rowCounts(tenants) {
  const counts = /* @__PURE__ */ new Map()
  for (const tenant of tenants)
    for (const record of tenant.productOrders.values())
      for (const entry of record.history) counts.set(entry.rowId, (counts.get(entry.rowId) ?? 0) + 1)
  return counts
}
/** Adds `more` into `into`, for coverage over several sessions. */
function mergeCounts(into, more) {
  for (const [key, n] of more) into.set(key, (into.get(key) ?? 0) + n)
  return into
}
/**
 * Business codes in the bodies of API responses: per-item `failProductOrderInfos[].code` and the
 * `code` of error envelopes. Gateway codes (`GW.*`) are not state-machine outcomes and are left out.
 * @example errorCodesIn({ data: { failProductOrderInfos: [{ code: '9999' }] } }) // ['9999']
 */
function errorCodesIn(body) {
  if (!body || typeof body !== 'object') return []
  const b = body
  const codes = []
  if (typeof b.code === 'string' && !b.code.startsWith('GW.')) codes.push(b.code)
  for (const fail of b.data?.failProductOrderInfos ?? [])
    if (typeof fail.code === 'string') codes.push(fail.code)
  return codes
}
//#endregion
//#region ../scenarios/src/generated/examples.ts
/** the example scenario files of scenarios/examples: file path (relative, with /) → text. */
const EXAMPLE_FILES = new Map([
  [
    'address-change.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Buyer changes the shipping address before dispatch\ntags: [normal, address]\nsteps:\n  - create: { as: order }\n  - event: change-address\n    productOrder: order[0]\n    body:\n      shippingAddress:\n        addressType: DOMESTIC\n        name: 김하늘\n        tel1: 010-2345-6789\n        zipCode: '06236'\n        baseAddress: 서울특별시 강남구 테헤란로 152\n        detailedAddress: 12층\n        isRoadNameAddress: true\n    expect:\n      productOrderStatus: PAYED\n      lastChangedTypes: [DELIVERY_ADDRESS_CHANGED]\n      detail: { productOrder: { shippingAddress: { zipCode: '06236', baseAddress: 서울특별시 강남구 테헤란로 152 } } }\n  - title: confirmation tells the merchant the address changed\n    call: confirmProductOrders\n    productOrders: order\n    expect:\n      response: { data: { successProductOrderInfos: [{ productOrderId: '${order[0]}', isReceiverAddressChanged: true }] } }\n  - call: dispatchProductOrders\n    productOrders: order\n    expect: { productOrderStatus: DELIVERING }\n  - title: the address cannot change once shipped\n    event: change-address\n    productOrder: order[0]\n    expect: { status: 409, code: EVENT_NOT_ALLOWED }\n",
  ],
  [
    'admin-cancel.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Naver cancels an order on its own authority (직권취소)\ntags: [cancel, platform]\nsteps:\n  - create: { as: order }\n  - call: confirmProductOrders\n    productOrders: order\n  - event: admin-cancel\n    productOrder: order[0]\n    expect:\n      productOrderStatus: CANCELED\n      claimType: ADMIN_CANCEL\n      claimStatus: ADMIN_CANCEL_DONE\n      lastChangedTypes: [CLAIM_REQUESTED, CLAIM_COMPLETED]\n',
  ],
  [
    'auto-purchase-decision.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Automatic purchase decision 8 days after delivery\ndescription: Nobody decides; the platform does when the clock passes the 8-day mark.\ntags: [normal, clock]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n    title: dispatch straight from 신규주문 (implicit confirmation)\n    expect: { productOrderStatus: DELIVERING, placeOrderStatus: OK }\n  - event: deliver\n    productOrder: order[0]\n  - advance: 7d\n    expect: { productOrderStatus: DELIVERED, lastChangedTypes: [] }\n  - advance: 1d\n    expect: { productOrderStatus: PURCHASE_DECIDED, lastChangedTypes: [PURCHASE_DECIDED] }\n  - title: a decided order cannot be returned by the merchant\n    call: requestReturn\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n",
  ],
  [
    'buyer-cancel-approved.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Buyer asks to cancel after confirmation; the merchant approves\ntags: [cancel]\nsteps:\n  - create: { as: order }\n  - call: confirmProductOrders\n    productOrders: order\n  - event: buyer-cancel\n    productOrder: order[0]\n    body: { reason: INTENT_CHANGED }\n    expect: { productOrderStatus: PAYED, claimType: CANCEL, claimStatus: CANCEL_REQUEST, lastChangedTypes: [CLAIM_REQUESTED] }\n  - title: a pending cancel request blocks the delay notice\n    call: delayDispatch\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n  - call: approveCancel\n    productOrder: order[0]\n    expect: { productOrderStatus: CANCELED, claimStatus: CANCEL_DONE, lastChangedTypes: [CLAIM_COMPLETED] }\n  - title: approving twice is refused\n    call: approveCancel\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n",
  ],
  [
    'buyer-cancel-before-confirm.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Buyer cancels before the merchant confirms — no approval needed\ntags: [cancel]\nsteps:\n  - create: { as: order }\n  - event: buyer-cancel\n    productOrder: order[0]\n    body: { reason: WRONG_ORDER }\n    expect:\n      productOrderStatus: CANCELED\n      placeOrderStatus: NOT_YET\n      claimStatus: CANCEL_DONE\n      lastChangedTypes: [CLAIM_REQUESTED, CLAIM_COMPLETED]\n      detail: { productOrder: { remainQuantity: 0 }, currentClaim: { cancel: { requestChannel: 구매자 } } }\n  - title: a cancelled order cannot be confirmed\n    call: confirmProductOrders\n    productOrders: order\n    expect: { failures: { 'order[0]': '9999' } }\n",
  ],
  [
    'buyer-cancel-unpaid.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Buyer cancels an unpaid virtual-account order\ndescription: The documented example row (PAYMENT_WAITING + CANCEL + CANCELING + CLAIM_REQUESTED), completed at once.\ntags: [cancel, payment]\nsteps:\n  - create: { as: order, paid: false }\n  - event: buyer-cancel\n    productOrder: order[0]\n    body: { reason: INTENT_CHANGED, detailedReason: 다른 곳에서 구매했어요 }\n    expect:\n      productOrderStatus: CANCELED\n      claimType: CANCEL\n      claimStatus: CANCEL_DONE\n      lastChangedTypes: [CLAIM_REQUESTED, CLAIM_COMPLETED]\n  - title: the cancelled order no longer expires\n    advance: 3d\n    expect: { productOrderStatus: CANCELED }\n',
  ],
  [
    'cancel-rejected-by-dispatch.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Dispatching while a cancel request is pending rejects the cancel\ntags: [cancel, dispatch]\nsteps:\n  - create: { as: order }\n  - call: confirmProductOrders\n    productOrders: order\n  - event: buyer-cancel\n    productOrder: order[0]\n    expect: { claimStatus: CANCEL_REQUEST }\n  - call: dispatchProductOrders\n    productOrders: order\n    expect:\n      productOrderStatus: DELIVERING\n      claimType: CANCEL\n      claimStatus: CANCEL_REJECT\n      lastChangedTypes: [CLAIM_REJECTED, DISPATCHED]\n  - title: the rejected cancel is history now\n    expect: { detail: { completedClaims: [{ claimType: CANCEL, claimStatus: CANCEL_REJECT }] } }\n',
  ],
  [
    'dispatch-delay.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Dispatch delayed, then shipped\ntags: [normal, delay]\nsteps:\n  - create: { as: order }\n  - call: confirmProductOrders\n    productOrders: order\n  - title: a due date in the past is out of range\n    call: delayDispatch\n    productOrder: order[0]\n    body: { dispatchDueDate: '${now-1d}' }\n    expect: { failures: { 'order[0]': '104105' } }\n  - call: delayDispatch\n    productOrder: order[0]\n    body:\n      dispatchDueDate: '${now+7d}'\n      delayedDispatchReason: CUSTOM_BUILD\n      dispatchDelayedDetailedReason: 주문 제작 상품으로 7일이 걸립니다\n    expect:\n      productOrderStatus: PAYED\n      placeOrderStatus: OK\n      lastChangedTypes: []\n      detail: { productOrder: { delayedDispatchReason: CUSTOM_BUILD } }\n  - advance: 5d\n  - call: dispatchProductOrders\n    productOrders: order\n    expect: { productOrderStatus: DELIVERING, lastChangedTypes: [DISPATCHED] }\n",
  ],
  [
    'dispatch-validation.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Dispatch item checks — every per-item failure code\ndescription: Each bad field fails its own item with HTTP 200 and the documented code; good items still ship.\ntags: [dispatch, errors]\nsteps:\n  - create: { as: a }\n  - create: { as: b }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { deliveryMethod: NOTHING }\n    expect: { failures: { 'a[0]': '104116' } }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { deliveryMethod: RETURN_DESIGNATED }\n    expect: { failures: { 'a[0]': '104117' } }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { deliveryCompanyCode: null }\n    expect: { failures: { 'a[0]': '104118' } }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { deliveryCompanyCode: NOPE }\n    expect: { failures: { 'a[0]': '104119' } }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { trackingNumber: null }\n    expect: { failures: { 'a[0]': '104120' } }\n  - call: dispatchProductOrders\n    productOrders: a\n    body: { trackingNumber: abc }\n    expect: { failures: { 'a[0]': '104122' } }\n  - title: the same product order twice in one request\n    call: dispatchProductOrders\n    body:\n      dispatchProductOrders:\n        - { productOrderId: '${a[0]}', deliveryMethod: DELIVERY, deliveryCompanyCode: CJGLS, trackingNumber: '610000000001', dispatchDate: '${now}' }\n        - { productOrderId: '${a[0]}', deliveryMethod: DELIVERY, deliveryCompanyCode: CJGLS, trackingNumber: '610000000001', dispatchDate: '${now}' }\n    expect: { productOrder: 'a[0]', failures: { 'a[0]': '104131' }, productOrderStatus: DELIVERING }\n  - title: another order's tracking number is refused\n    call: dispatchProductOrders\n    productOrders: b\n    body: { trackingNumber: '610000000001' }\n    expect: { failures: { 'b[0]': '104121' }, productOrderStatus: PAYED }\n  - title: shipping twice is refused\n    call: dispatchProductOrders\n    productOrders: a\n    expect: { failures: { 'a[0]': '9999' } }\n",
  ],
  [
    'exchange-flow.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Exchange collected by the carrier, re-delivered, then decided by the clock\ndescription: The whole exchange path (교환) followed by the 8-day automatic purchase decision.\ntags: [exchange, clock]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - event: buyer-exchange\n    productOrder: order[0]\n    body: { reason: COLOR_AND_SIZE, detailedReason: 한 치수 큰 걸로 바꿔주세요 }\n    expect: { productOrderStatus: DELIVERED, claimType: EXCHANGE, claimStatus: EXCHANGE_REQUEST, lastChangedTypes: [CLAIM_REQUESTED] }\n  - event: collect\n    productOrder: order[0]\n    expect: { claimStatus: COLLECTING, lastChangedTypes: [] }\n  - event: collect-done\n    productOrder: order[0]\n    expect: { claimStatus: COLLECT_DONE, lastChangedTypes: [COLLECT_DONE] }\n  - call: redeliverExchange\n    productOrder: order[0]\n    body: { reDeliveryMethod: DELIVERY, reDeliveryCompany: EPOST }\n    expect:\n      claimStatus: EXCHANGE_REDELIVERING\n      lastChangedTypes: [CLAIM_REDELIVERING]\n      detail: { currentClaim: { exchange: { reDeliveryCompany: EPOST } } }\n  - event: redeliver-done\n    productOrder: order[0]\n    expect: { productOrderStatus: EXCHANGED, claimStatus: EXCHANGE_DONE, lastChangedTypes: [CLAIM_COMPLETED] }\n  - advance: 8d\n    expect: { productOrderStatus: PURCHASE_DECIDED, lastChangedTypes: [PURCHASE_DECIDED] }\n',
  ],
  [
    'exchange-holdback.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Exchange held back for the exchange fee, released, then re-sent\ntags: [exchange, holdback]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - event: buyer-exchange\n    productOrder: order[0]\n  - event: collect-done\n    productOrder: order[0]\n    title: collected in one go, without an in-transit report\n    expect: { claimStatus: COLLECT_DONE }\n  - call: holdbackExchange\n    productOrder: order[0]\n    body: { holdbackClassType: EXCHANGE_DELIVERYFEE, extraExchangeFeeAmount: 6000 }\n    expect: { claimStatus: COLLECT_DONE, holdbackStatus: HOLDBACK, lastChangedTypes: [] }\n  - title: a held exchange cannot be re-sent\n    call: redeliverExchange\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '104417' } }\n  - call: releaseExchangeHoldback\n    productOrder: order[0]\n    expect: { holdbackStatus: RELEASED, lastChangedTypes: [] }\n  - title: releasing twice changes nothing\n    call: releaseExchangeHoldback\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '105306' } }\n  - call: redeliverExchange\n    productOrder: order[0]\n    expect: { claimStatus: EXCHANGE_REDELIVERING, lastChangedTypes: [CLAIM_REDELIVERING] }\n",
  ],
  [
    'exchange-merchant-collect.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Merchant confirms the exchange collection itself\ntags: [exchange]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - event: buyer-exchange\n    productOrder: order[0]\n  - title: nothing can be re-sent before the item is back\n    call: redeliverExchange\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '104417' }, claimStatus: EXCHANGE_REQUEST }\n  - call: completeExchangeCollect\n    productOrder: order[0]\n    expect: { claimStatus: COLLECT_DONE, lastChangedTypes: [COLLECT_DONE] }\n  - title: collecting twice is refused\n    call: completeExchangeCollect\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n  - call: redeliverExchange\n    productOrder: order[0]\n    expect: { claimStatus: EXCHANGE_REDELIVERING }\n  - event: redeliver-done\n    productOrder: order[0]\n    expect: { productOrderStatus: EXCHANGED }\n  - event: decide-purchase\n    productOrder: order[0]\n    expect: { productOrderStatus: PURCHASE_DECIDED, lastChangedTypes: [PURCHASE_DECIDED] }\n",
  ],
  [
    'exchange-rejected.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Exchange rejected after collection\ntags: [exchange]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - event: buyer-exchange\n    productOrder: order[0]\n  - event: collect\n    productOrder: order[0]\n  - call: rejectExchange\n    productOrder: order[0]\n    body: { rejectExchangeReason: 사용 흔적이 있어 교환이 불가합니다 }\n    expect: { productOrderStatus: DELIVERED, claimStatus: EXCHANGE_REJECT, lastChangedTypes: [CLAIM_REJECTED] }\n  - title: the buyer may ask again, this time for a return\n    event: buyer-return\n    productOrder: order[0]\n    expect: { claimType: RETURN, claimStatus: RETURN_REQUEST, detail: { beforeClaim: { exchange: { claimStatus: EXCHANGE_REJECT } } } }\n',
  ],
  [
    'normal-flow-buyer-decides.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Normal flow — confirm, dispatch, deliver, the buyer decides\ndescription: The everyday path of a paid order, checked through the merchant's own polling APIs.\ntags: [normal]\nsteps:\n  - create: { as: order, items: 2 }\n    expect: { productOrderStatus: PAYED, placeOrderStatus: NOT_YET, lastChangedTypes: [PAYED] }\n  - title: the order's product order ids\n    call: getProductOrderIds\n    productOrder: order[0]\n    expect: { response: { data: ['${order[0]}', '${order[1]}'] } }\n  - title: both product orders appear in last-changed as PAYED (same instant, ordered by id)\n    call: getLastChangedStatuses\n    expect: { response: { data: { count: 2 } } }\n  - call: confirmProductOrders\n    productOrders: order\n    expect: { placeOrderStatus: OK, lastChangedTypes: [], detail: { productOrder: { placeOrderStatus: OK } } }\n  - call: dispatchProductOrders\n    productOrders: order\n    body: { deliveryCompanyCode: HANJIN }\n    expect:\n      productOrderStatus: DELIVERING\n      lastChangedTypes: [DISPATCHED]\n      detail: { delivery: { deliveryCompany: HANJIN, deliveryStatus: DELIVERING } }\n  - advance: 1d\n  - event: deliver\n    productOrder: order[0]\n    expect: { productOrderStatus: DELIVERED, lastChangedTypes: [], detail: { delivery: { deliveryStatus: DELIVERY_COMPLETION } } }\n  - event: decide-purchase\n    productOrder: order[0]\n    expect: { productOrderStatus: PURCHASE_DECIDED, lastChangedTypes: [PURCHASE_DECIDED] }\n  - title: the second product order is still on its way\n    expect: { productOrder: 'order[1]', productOrderStatus: DELIVERING }\n  - title: delivered product orders, found by the conditional query\n    call: searchProductOrders\n    params: { from: '${start}', rangeType: DISPATCHED_DATETIME, productOrderStatuses: [DELIVERING] }\n    expect: { response: { data: { contents: [{ productOrderId: '${order[1]}' }] } } }\n",
  ],
  [
    'partial-cancel.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Part of the quantity cancelled, the rest shipped\ntags: [cancel, quantity]\nsteps:\n  - create: { as: order, quantity: 3 }\n  - call: requestCancel\n    productOrder: order[0]\n    body: { cancelQuantity: 1 }\n    expect:\n      productOrderStatus: PAYED\n      claimType: CANCEL\n      claimStatus: CANCEL_DONE\n      lastChangedTypes: [CLAIM_REQUESTED, CLAIM_COMPLETED]\n      detail: { productOrder: { initialQuantity: 3, remainQuantity: 2 } }\n  - title: the remaining two units still ship\n    call: dispatchProductOrders\n    productOrders: order\n    expect: { productOrderStatus: DELIVERING, lastChangedTypes: [DISPATCHED] }\n',
  ],
  [
    'payment-expiry.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Virtual-account order expires unpaid after 3 days\ntags: [payment, clock]\nsteps:\n  - create: { as: order, paid: false }\n    expect: { productOrderStatus: PAYMENT_WAITING, lastChangedTypes: [PAY_WAITING] }\n  - advance: 71h\n    expect: { productOrderStatus: PAYMENT_WAITING }\n  - title: the deposit deadline passes (no lastChangedType is known for this, facts Q8)\n    advance: 1h\n    expect: { productOrderStatus: CANCELED_BY_NOPAYMENT, lastChangedTypes: [] }\n  - title: a late deposit is refused\n    event: pay\n    productOrder: order[0]\n    expect: { status: 409, code: EVENT_NOT_ALLOWED }\n  - call: requestCancel\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n",
  ],
  [
    'return-approved-before-collection.yaml',
    '# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Return approved straight away, before the item is collected\ntags: [return]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: buyer-return\n    productOrder: order[0]\n    title: the buyer returns while the parcel is still on its way\n    body: { reason: INTENT_CHANGED }\n    expect: { productOrderStatus: DELIVERING, claimStatus: RETURN_REQUEST, lastChangedTypes: [CLAIM_REQUESTED] }\n  - call: approveReturn\n    productOrder: order[0]\n    expect: { productOrderStatus: RETURNED, claimStatus: RETURN_DONE, lastChangedTypes: [CLAIM_COMPLETED] }\n',
  ],
  [
    'return-holdback-approved.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Return held back for the return fee, released, then approved\ndescription: |\n  The buyer returns a delivered item. The merchant holds the return back until the return shipping fee\n  is paid, which blocks approval; after releasing the holdback the approval refunds the order.\ntags: [return, holdback]\nsteps:\n  - create: { as: order }\n    expect:\n      productOrderStatus: PAYED\n      placeOrderStatus: NOT_YET\n      lastChangedTypes: [PAYED]\n  - call: confirmProductOrders\n    productOrders: order\n    expect: { placeOrderStatus: OK, lastChangedTypes: [] }\n  - call: dispatchProductOrders\n    productOrders: order\n    expect: { productOrderStatus: DELIVERING, lastChangedTypes: [DISPATCHED] }\n  - event: deliver\n    productOrder: order[0]\n    expect: { productOrderStatus: DELIVERED, lastChangedTypes: [] }\n  - event: buyer-return\n    productOrder: order[0]\n    body: { reason: COLOR_AND_SIZE, detailedReason: 사이즈가 작아요 }\n    expect: { claimType: RETURN, claimStatus: RETURN_REQUEST, lastChangedTypes: [CLAIM_REQUESTED] }\n  - event: collect\n    productOrder: order[0]\n    expect: { claimStatus: COLLECTING, lastChangedTypes: [] }\n  - event: collect-done\n    productOrder: order[0]\n    expect: { claimStatus: COLLECT_DONE, lastChangedTypes: [COLLECT_DONE] }\n  - title: hold the return until the fee is paid\n    call: holdbackReturn\n    productOrder: order[0]\n    body: { holdbackClassType: RETURN_DELIVERYFEE, extraReturnFeeAmount: 6000 }\n    expect:\n      claimStatus: COLLECT_DONE\n      holdbackStatus: HOLDBACK\n      lastChangedTypes: []\n      detail: { currentClaim: { return: { etcFeeDemandAmount: 6000 } } }\n  - title: a held return cannot be approved\n    call: approveReturn\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' }, claimStatus: COLLECT_DONE }\n  - title: holding it twice is refused as no change\n    call: holdbackReturn\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '105306' } }\n  - call: releaseReturnHoldback\n    productOrder: order[0]\n    expect: { holdbackStatus: RELEASED, lastChangedTypes: [] }\n  - call: approveReturn\n    productOrder: order[0]\n    expect:\n      productOrderStatus: RETURNED\n      claimStatus: RETURN_DONE\n      lastChangedTypes: [CLAIM_COMPLETED]\n      detail: { productOrder: { remainQuantity: 0 } }\n",
  ],
  [
    'return-rejected.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Return rejected; the order is then decided automatically\ntags: [return, clock]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - event: buyer-return\n    productOrder: order[0]\n    body: { reason: PRODUCT_UNSATISFIED }\n  - call: rejectReturn\n    productOrder: order[0]\n    body: { rejectReturnReason: 반품 기간이 지났습니다 }\n    expect: { productOrderStatus: DELIVERED, claimStatus: RETURN_REJECT, lastChangedTypes: [CLAIM_REJECTED] }\n  - title: a rejected return cannot be approved\n    call: approveReturn\n    productOrder: order[0]\n    expect: { failures: { 'order[0]': '9999' } }\n  - advance: 8d\n    expect: { productOrderStatus: PURCHASE_DECIDED }\n",
  ],
  [
    'seller-cancel.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Merchant cancels a sold-out order (판매취소)\ntags: [cancel]\nsteps:\n  - create: { as: order }\n  - call: requestCancel\n    productOrder: order[0]\n    body: { cancelReason: SOLD_OUT, cancelDetailedReason: 재고 소진 }\n    expect:\n      productOrderStatus: CANCELED\n      claimType: CANCEL\n      claimStatus: CANCEL_DONE\n      lastChangedTypes: [CLAIM_REQUESTED, CLAIM_COMPLETED]\n      detail: { currentClaim: { cancel: { requestChannel: 판매자, cancelReason: SOLD_OUT } } }\n  - title: a cancelled order cannot be shipped\n    call: dispatchProductOrders\n    productOrders: order\n    expect: { failures: { 'order[0]': '9999' } }\n  - title: a cancel without a reason is a malformed request\n    call: requestCancel\n    productOrder: order[0]\n    body: { cancelReason: null }\n    expect: { status: 400, code: '4000' }\n",
  ],
  [
    'seller-return-request.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Merchant requests the return on the buyer's behalf\ntags: [return]\nsteps:\n  - create: { as: order }\n  - call: dispatchProductOrders\n    productOrders: order\n  - event: deliver\n    productOrder: order[0]\n  - title: an unknown collection carrier is refused\n    call: requestReturn\n    productOrder: order[0]\n    body: { collectDeliveryCompany: NOPE }\n    expect: { failures: { 'order[0]': '104119' } }\n  - call: requestReturn\n    productOrder: order[0]\n    body: { returnReason: BROKEN, collectDeliveryMethod: RETURN_DESIGNATED, collectDeliveryCompany: CJGLS }\n    expect:\n      claimType: RETURN\n      claimStatus: RETURN_REQUEST\n      lastChangedTypes: [CLAIM_REQUESTED]\n      detail: { currentClaim: { return: { requestChannel: 판매자, collectDeliveryCompany: CJGLS } } }\n  - event: collect-done\n    productOrder: order[0]\n    expect: { claimStatus: COLLECT_DONE, lastChangedTypes: [COLLECT_DONE] }\n  - call: approveReturn\n    productOrder: order[0]\n    expect: { productOrderStatus: RETURNED }\n",
  ],
  [
    'unknown-and-foreign-orders.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Unknown ids, another merchant's orders and repeated confirmation\ntags: [errors]\nsteps:\n  - create: { as: mine }\n  - create: { as: theirs, merchant: other }\n  - title: an id that exists nowhere\n    call: confirmProductOrders\n    productOrders: ['2099123100000001']\n    expect: { failures: { '2099123100000001': '100001' } }\n  - title: another merchant's product order\n    call: confirmProductOrders\n    productOrders: theirs\n    expect: { failures: { 'theirs[0]': '101009' } }\n  - call: confirmProductOrders\n    productOrders: mine\n    expect: { placeOrderStatus: OK }\n  - title: confirming again is refused as no change\n    call: confirmProductOrders\n    productOrders: mine\n    expect: { failures: { 'mine[0]': '105306' } }\n  - title: more than 30 ids is a malformed request\n    call: confirmProductOrders\n    body: { productOrderIds: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31'] }\n    expect: { status: 400, code: '4000' }\n",
  ],
  [
    'virtual-account-paid.yaml',
    "# yaml-language-server: $schema=../schema/scenario.schema.json\nname: Virtual-account order paid before the deadline\ntags: [payment]\nsteps:\n  - create: { as: order, paid: false }\n    expect:\n      productOrderStatus: PAYMENT_WAITING\n      lastChangedTypes: [PAY_WAITING]\n      detail: { order: { paymentMeans: 무통장입금 } }\n  - title: an unpaid order cannot be confirmed\n    call: confirmProductOrders\n    productOrders: order\n    expect: { failures: { 'order[0]': '9999' } }\n  - advance: 2d\n  - event: pay\n    productOrder: order[0]\n    expect: { productOrderStatus: PAYED, placeOrderStatus: NOT_YET, lastChangedTypes: [PAYED] }\n  - title: the deadline passing no longer matters\n    advance: 2d\n    expect: { productOrderStatus: PAYED }\n  - call: confirmProductOrders\n    productOrders: order\n    expect: { placeOrderStatus: OK }\n",
  ],
])
//#endregion
//#region ../scenarios/src/examples.ts
/**
 * The example scenario files shipped with the package (scenarios/examples), embedded at `pnpm gen` so the
 * dashboard and the installed package list and run them without a clone or files on disk.
 */
/**
 * Names of the shipped example files, sorted.
 * @example scenarioExampleNames() // ['address-change.yaml', 'admin-cancel.yaml', …]
 */
function scenarioExampleNames() {
  return [...EXAMPLE_FILES.keys()]
}
/**
 * The text of one shipped example, or undefined.
 * @example parseScenario('partial-cancel.yaml', scenarioExample('partial-cancel.yaml')!)
 */
function scenarioExample(name) {
  return EXAMPLE_FILES.get(name)
}
//#endregion
//#region ../scenarios/src/export.ts
/**
 * A canonical, byte-stable export of one merchant's state: its orders with their product orders (as
 * the API shows them, plus the transition history) and the whole change log. Two engines that went
 * through the same transitions export the same bytes, which is how seed determinism is tested.
 */
/** Sorts object keys recursively so the text never depends on the order fields were written in. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const key of Object.keys(value).sort()) {
    const v = value[key]
    if (v !== void 0) out[key] = canonical(v)
  }
  return out
}
/**
 * The state of a merchant as canonical JSON text (sorted keys, two-space indent, KST date-times).
 * @example
 * const a = exportTenant(seeded(1).tenant()); const b = exportTenant(seeded(1).tenant())
 * a === b // true
 */
function exportTenant(tenant) {
  const orders = [...tenant.orders.values()].map((order) => ({
    orderId: order.order.orderId,
    productOrders: order.productOrderIds.map((id) => {
      const record = tenant.productOrders.get(id)
      return {
        detail: buildDetail(record, order, { deprecatedClaimBlocks: false }),
        receiverAddressChanged: record.receiverAddressChanged,
        history: record.history.map((h) => ({
          at: formatKst(h.at),
          actor: h.actor,
          event: h.event,
          rowId: h.rowId,
          lastChangedType: h.lastChangedType,
          to: h.to,
        })),
      }
    }),
  }))
  const changeLog = tenant.log
    .page({
      from: Number.NEGATIVE_INFINITY,
      to: Number.POSITIVE_INFINITY,
      limit: Number.MAX_SAFE_INTEGER,
    })
    .rows.map((row) => ({
      ...row,
      at: formatKst(row.at),
    }))
  const state = {
    clientId: tenant.clientId,
    mallId: tenant.merchant.mallId,
    now: formatKst(tenant.now()),
    orders,
    changeLog,
  }
  return `${JSON.stringify(canonical(state), null, 2)}\n`
}
//#endregion
//#region ../scenarios/src/progress.ts
const WIDTH = 30
/** Redraws closer together than this cannot be read anyway. */
const REDRAW_MS = 80
/**
 * A progress bar over `total` units.
 * @example
 * const bar = progressBar(process.stderr, 'busy-shop', 10_000)
 * bar.update(2_500) // [#######-----------------------]  2,500/10,000  25%
 * bar.done()
 */
function progressBar(stream, label, total) {
  let lastDraw = 0
  let lastTenth = -1
  let shown = -1
  const line = (done) => {
    const share = total > 0 ? done / total : 1
    const filled = Math.round(share * WIDTH)
    const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${counts} ${String(Math.floor(share * 100)).padStart(3)}%`
  }
  return {
    update(done) {
      if (done === shown) return
      if (stream.isTTY) {
        const now = Date.now()
        if (now - lastDraw < REDRAW_MS && done < total) return
        lastDraw = now
        stream.write(`\r${line(done)}`)
      } else {
        const tenth = Math.floor((done / Math.max(total, 1)) * 10)
        if (tenth === lastTenth) return
        lastTenth = tenth
        stream.write(`${line(done)}\n`)
      }
      shown = done
    },
    done() {
      this.update(total)
      if (stream.isTTY) stream.write('\n')
    },
  }
}
//#endregion
//#region ../scenarios/src/runner/files.ts
/**
 * Turns command-line arguments into scenario files: files as given, directories searched for *.yaml
 * and *.yml, and glob patterns (`scenarios/**\/*.yaml`) expanded here when the shell did not.
 */
const SCENARIO_RE = /\.ya?ml$/
function walk(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (SCENARIO_RE.test(entry.name)) out.push(path)
  }
  return out
}
/** `**` any depth, `*` within one segment, `?` one character. */
function globRegExp(pattern) {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += pattern[i + 2] === '/' ? 2 : 1
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}
/**
 * Scenario file paths for the arguments, each once, in argument order (sorted within a directory).
 * @example scenarioFiles(['scenarios/examples']) // ['scenarios/examples/cancel-approved.yaml', …]
 */
function scenarioFiles(args, cwd = process.cwd()) {
  const out = []
  for (const arg of args)
    if (/[*?]/.test(arg)) {
      const base = arg.slice(0, arg.search(/[*?]/)).replace(/[^/]*$/, '') || '.'
      const re = globRegExp(arg.split(sep).join('/'))
      out.push(
        ...walk(resolve(cwd, base))
          .map((p) => relative(cwd, p).split(sep).join('/'))
          .filter((p) => re.test(p))
          .sort(),
      )
    } else if (statSync(resolve(cwd, arg), { throwIfNoEntry: false })?.isDirectory()) {
      const shown = (p) => (isAbsolute(arg) ? p : relative(cwd, p))
      out.push(...walk(resolve(cwd, arg)).map(shown).sort())
    } else out.push(arg)
  return [...new Set(out)]
}
//#endregion
//#region ../scenarios/src/runner/session.ts
/**
 * Wraps a fetch so the session can show what the last request was. Token requests are not kept:
 * the step's own call is what a reader wants to see.
 * @example const rec = recording(fetch); await rec.fetch(new Request(url)); rec.last()?.status
 */
function recording(inner) {
  let last
  return {
    async fetch(request) {
      const requestBody = request.method === 'GET' ? '' : await request.clone().text()
      const response = await inner(request)
      const url = new URL(request.url)
      if (!url.pathname.endsWith('/oauth2/token'))
        last = {
          method: request.method,
          path: url.pathname + url.search,
          requestBody,
          status: response.status,
        }
      return response
    },
    last: () => last,
  }
}
//#endregion
//#region ../scenarios/src/runner/http-target.ts
/**
 * Runs scenarios against a running emulator: each scenario file gets a merchant of its own (created
 * through the control plane), so files never see each other's orders even on a shared server.
 */
/** The emulator's origin, whether the URL given was the origin or the API base URL. */
function originOf(baseUrl) {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  const root = path.endsWith('/npay/partner') ? path.slice(0, -BASE_PATH.length) : path
  return url.origin + root
}
/**
 * A target over the emulator at `baseUrl` (`http://127.0.0.1:8787` or `…/npay/partner`).
 * @example await runScenarios(files, httpTarget('http://127.0.0.1:8787'))
 */
function httpTarget(baseUrl, options = {}) {
  const origin = originOf(baseUrl)
  const inner = options.fetch ?? ((request) => globalThis.fetch(request))
  let sessions = 0
  return {
    name: origin,
    async open() {
      const rec = recording(inner)
      const control = createControlPlaneClient({
        baseUrl: origin,
        fetch: rec.fetch,
      })
      const merchant = await control.createMerchant({ body: { name: `시나리오 가맹점 ${++sessions}` } })
      const merchants = [merchant.clientId]
      let other
      return {
        api: createNpayClient({
          clientId: merchant.clientId,
          clientSecret: merchant.clientSecret,
          baseUrl: origin + BASE_PATH,
          fetch: rec.fetch,
        }),
        control,
        clientId: merchant.clientId,
        trackingPrefix: String(1e5 + Math.floor(Math.random() * 9e5)),
        otherMerchant: async () => {
          if (!other) {
            other = (await control.createMerchant({ body: { name: '다른 가맹점' } })).clientId
            merchants.push(other)
          }
          return other
        },
        last: rec.last,
        async rows() {
          const counts = /* @__PURE__ */ new Map()
          for (const clientId of merchants) {
            const coverage = await control.getCoverage({ clientId })
            mergeCounts(counts, new Map(coverage.rows.map((r) => [r.id, r.count])))
          }
          return counts
        },
        close: async () => {},
      }
    },
  }
}
//#endregion
//#region ../scenarios/src/seeds/fates.ts
const MINUTE = 6e4
const HOUR$1 = 60 * MINUTE
const DAY$1 = 24 * HOUR$1
const wait = (f, min, max) => f.int(min, max)
const all = (after, step) => ({
  after,
  step,
  target: 'all',
})
const first = (after, step) => ({
  after,
  step,
  target: 'first',
})
const ship = (f) => [
  all(wait(f, 30 * MINUTE, 8 * HOUR$1), 'confirmProductOrders'),
  all(wait(f, 4 * HOUR$1, 30 * HOUR$1), 'dispatchProductOrders'),
  all(wait(f, DAY$1, 60 * HOUR$1), 'deliver'),
]
const afterDelivery = (f) => wait(f, DAY$1, 4 * DAY$1)
const collected = (f) => [
  first(wait(f, 8 * HOUR$1, DAY$1), 'collect'),
  first(wait(f, DAY$1, 2 * DAY$1), 'collect-done'),
]
const FATES = [
  {
    name: 'decided by the buyer',
    weight: 250,
    plan: (f) => [...ship(f), all(wait(f, 12 * HOUR$1, 5 * DAY$1), 'decide-purchase')],
  },
  {
    name: 'decided automatically',
    weight: 300,
    plan: ship,
  },
  {
    name: 'dispatch delayed',
    weight: 50,
    plan: (f) => [
      all(wait(f, HOUR$1, 8 * HOUR$1), 'confirmProductOrders'),
      all(wait(f, 2 * HOUR$1, 20 * HOUR$1), 'delayDispatch'),
      all(wait(f, DAY$1, 3 * DAY$1), 'dispatchProductOrders'),
      all(wait(f, DAY$1, 2 * DAY$1), 'deliver'),
    ],
  },
  {
    name: 'address changed',
    weight: 30,
    plan: (f) => [all(wait(f, 10 * MINUTE, 3 * HOUR$1), 'change-address'), ...ship(f)],
  },
  {
    name: 'deposit received',
    weight: 70,
    unpaid: true,
    plan: (f) => [all(wait(f, HOUR$1, 2 * DAY$1), 'pay'), ...ship(f)],
  },
  {
    name: 'deposit never came',
    weight: 30,
    unpaid: true,
    plan: () => [],
  },
  {
    name: 'cancelled by the buyer while unpaid',
    weight: 10,
    unpaid: true,
    plan: (f) => [all(wait(f, HOUR$1, 20 * HOUR$1), 'buyer-cancel')],
  },
  {
    name: 'cancelled by the buyer before confirmation',
    weight: 40,
    plan: (f) => [all(wait(f, 5 * MINUTE, 2 * HOUR$1), 'buyer-cancel')],
  },
  {
    name: 'cancel requested and approved',
    weight: 30,
    plan: (f) => [
      all(wait(f, 30 * MINUTE, 4 * HOUR$1), 'confirmProductOrders'),
      all(wait(f, HOUR$1, 10 * HOUR$1), 'buyer-cancel'),
      all(wait(f, 30 * MINUTE, 6 * HOUR$1), 'approveCancel'),
    ],
  },
  {
    name: 'cancel request overtaken by dispatch',
    weight: 10,
    plan: (f) => [
      all(wait(f, 30 * MINUTE, 4 * HOUR$1), 'confirmProductOrders'),
      all(wait(f, HOUR$1, 10 * HOUR$1), 'buyer-cancel'),
      all(wait(f, 30 * MINUTE, 3 * HOUR$1), 'dispatchProductOrders'),
      all(wait(f, DAY$1, 2 * DAY$1), 'deliver'),
    ],
  },
  {
    name: 'cancelled by the seller (sold out)',
    weight: 20,
    plan: (f) => [all(wait(f, HOUR$1, 20 * HOUR$1), 'requestCancel')],
  },
  {
    name: 'partly cancelled, rest shipped',
    weight: 20,
    minQuantity: 2,
    plan: (f) => [
      first(wait(f, HOUR$1, 10 * HOUR$1), {
        action: 'requestCancel',
        quantity: 1,
      }),
      ...ship(f),
    ],
  },
  {
    name: 'cancelled by Naver',
    weight: 5,
    plan: (f) => [all(wait(f, HOUR$1, DAY$1), 'admin-cancel')],
  },
  {
    name: 'returned',
    weight: 50,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-return'),
      ...collected(f),
      first(wait(f, 2 * HOUR$1, 20 * HOUR$1), 'approveReturn'),
    ],
  },
  {
    name: 'return held for the fee, then approved',
    weight: 20,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-return'),
      ...collected(f),
      first(wait(f, HOUR$1, 8 * HOUR$1), 'holdbackReturn'),
      first(wait(f, DAY$1, 2 * DAY$1), 'releaseReturnHoldback'),
      first(wait(f, HOUR$1, 6 * HOUR$1), 'approveReturn'),
    ],
  },
  {
    name: 'return rejected',
    weight: 10,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-return'),
      first(wait(f, 4 * HOUR$1, 30 * HOUR$1), 'rejectReturn'),
    ],
  },
  {
    name: "returned on the seller's request",
    weight: 5,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'requestReturn'),
      ...collected(f),
      first(wait(f, 2 * HOUR$1, 20 * HOUR$1), 'approveReturn'),
    ],
  },
  {
    name: 'exchanged',
    weight: 30,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-exchange'),
      first(wait(f, 8 * HOUR$1, DAY$1), 'collect'),
      first(wait(f, DAY$1, 2 * DAY$1), f.chance() < 0.5 ? 'collect-done' : 'completeExchangeCollect'),
      first(wait(f, 2 * HOUR$1, 20 * HOUR$1), 'redeliverExchange'),
      first(wait(f, DAY$1, 2 * DAY$1), 'redeliver-done'),
    ],
  },
  {
    name: 'exchange held for the fee, then sent',
    weight: 10,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-exchange'),
      ...collected(f),
      first(wait(f, HOUR$1, 8 * HOUR$1), 'holdbackExchange'),
      first(wait(f, DAY$1, 2 * DAY$1), 'releaseExchangeHoldback'),
      first(wait(f, HOUR$1, 6 * HOUR$1), 'redeliverExchange'),
      first(wait(f, DAY$1, 2 * DAY$1), 'redeliver-done'),
    ],
  },
  {
    name: 'exchange rejected',
    weight: 10,
    plan: (f) => [
      ...ship(f),
      first(afterDelivery(f), 'buyer-exchange'),
      first(wait(f, 4 * HOUR$1, 30 * HOUR$1), 'rejectExchange'),
    ],
  },
]
//#endregion
//#region ../scenarios/src/seeds/busy-shop.ts
const HOUR = 36e5
const DAY = 24 * HOUR
/** Relative order traffic per KST hour: quiet at night, a lunch bump and an evening peak. */
const HOURLY_TRAFFIC = [3, 2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 10, 12, 10, 9, 9, 9, 10, 11, 13, 15, 16, 14, 8]
const KST_MS = 9 * HOUR
/** When each order arrives: a random day of the window, an hour by traffic, a random minute. */
function arrivals(fake, start, count, days) {
  const hours = HOURLY_TRAFFIC.map((weight, value) => ({
    weight,
    value,
  }))
  const dayStart = start - ((start + KST_MS) % DAY)
  const out = []
  while (out.length < count) {
    const at = dayStart + fake.int(0, days) * DAY + fake.weighted(hours) * HOUR + fake.int(0, HOUR - 1)
    if (at > start && at < start + days * DAY) out.push(at)
  }
  return out.sort((a, b) => a - b)
}
function schedule(fake, start, count, days) {
  const fates = []
  const events = []
  arrivals(fake, start, count, days).forEach((arrival, order) => {
    const fate = fake.weighted(
      FATES.map((value) => ({
        weight: value.weight,
        value,
      })),
    )
    fates.push(fate)
    events.push({
      at: arrival,
      order,
      seq: 0,
    })
    let at = arrival
    fate.plan(fake).forEach((step, i) => {
      at += step.after
      events.push({
        at,
        order,
        seq: i + 1,
        step,
      })
    })
  })
  events.sort((a, b) => a.at - b.at || a.order - b.order || a.seq - b.seq)
  return {
    fates,
    events,
  }
}
function simulate(driver, count, days, progress) {
  const { fake, tenant } = driver
  const start = tenant.now()
  const end = start + days * DAY
  const { fates, events } = schedule(fake, start, count, days)
  const orders = []
  const dropped = /* @__PURE__ */ new Set()
  for (const [i, e] of events.entries()) {
    if (e.at >= end) break
    if (e.at > tenant.now()) tenant.advance(e.at - tenant.now())
    if (i % 64 === 0) progress(Math.min(count, Math.floor(((e.at - start) / (end - start)) * count)))
    if (dropped.has(e.order)) continue
    const fate = fates[e.order]
    if (!e.step) {
      const minQuantity = fate.minQuantity
      const quantity = minQuantity ? fake.int(minQuantity, minQuantity + 1) : void 0
      orders[e.order] = driver.place({
        items: fake.weighted(ITEMS$1),
        paid: !fate.unpaid,
        ...(quantity ? { quantity } : {}),
      })
      continue
    }
    const ids = orders[e.order].productOrderIds
    try {
      driver.apply(e.step.step, e.step.target === 'all' ? ids : ids.slice(0, 1))
    } catch {
      dropped.add(e.order)
    }
  }
  if (end > tenant.now()) tenant.advance(end - tenant.now())
  progress(count)
  return {
    orders: orders.filter((o) => o !== void 0),
    refused: dropped.size,
  }
}
/** Lines per order: mostly one, sometimes two or three. */
const ITEMS$1 = [
  {
    weight: 80,
    value: 1,
  },
  {
    weight: 15,
    value: 2,
  },
  {
    weight: 5,
    value: 3,
  },
]
/**
 * The busy-shop seed definition.
 * @example applySeed(engine, 'busy-shop', { count: 500, params: { days: 14 } })
 */
const busyShop = {
  name: 'busy-shop',
  description:
    'N days of mixed traffic: new, shipped, decided, cancelled and mid-claim orders (moves the clock)',
  defaultCount: 200,
  params: [
    {
      name: 'days',
      description: 'days of traffic; the clock ends this far ahead',
      default: 14,
      min: 1,
      max: 90,
    },
  ],
  movesClock: true,
  run({ driver, count, params, progress }) {
    const { orders, refused } = simulate(driver, count, params.days ?? 14, progress)
    return {
      orders,
      productOrderIds: orders.flatMap((o) => o.productOrderIds),
      refused,
    }
  },
}
//#endregion
//#region ../scenarios/src/seeds/path-seed.ts
/** Lines per order, common to every path seed. */
const ITEMS = {
  name: 'items',
  description: 'product orders (lines) per order',
  default: 1,
  min: 1,
  max: 5,
}
/**
 * Defines a path seed.
 * @example pathSeed({ name: 'dispatched', description: '…', promise: { productOrderStatus: 'DELIVERING' },
 *   path: ['confirmProductOrders', 'dispatchProductOrders'] })
 */
function pathSeed(init) {
  return {
    name: init.name,
    description: init.description,
    promise: init.promise,
    defaultCount: 1,
    params: [ITEMS, ...(init.params ?? [])],
    movesClock: false,
    ...(init.validate ? { validate: init.validate } : {}),
    run({ driver, count, params, progress }) {
      const path = typeof init.path === 'function' ? init.path(params) : init.path
      const orders = []
      for (let i = 0; i < count; i++) {
        const order = driver.place({
          items: params.items ?? 1,
          ...(init.quantity ? { quantity: params[init.quantity] ?? 1 } : {}),
          paid: !init.unpaid,
        })
        for (const step of path) driver.apply(step, order.productOrderIds)
        orders.push(order)
        progress(i + 1)
      }
      return {
        orders,
        productOrderIds: orders.flatMap((o) => o.productOrderIds),
      }
    },
  }
}
//#endregion
//#region ../scenarios/src/seeds/catalogue.ts
const CONFIRMED = ['confirmProductOrders']
const DISPATCHED = [...CONFIRMED, 'dispatchProductOrders']
const DELIVERED = [...DISPATCHED, 'deliver']
const RETURN_REQUESTED = [...DELIVERED, 'buyer-return']
const RETURN_COLLECTED = [...RETURN_REQUESTED, 'collect', 'collect-done']
const EXCHANGE_REQUESTED = [...DELIVERED, 'buyer-exchange']
const EXCHANGE_COLLECTED = [...EXCHANGE_REQUESTED, 'collect', 'collect-done']
const PATH_SEEDS = [
  pathSeed({
    name: 'payment-waiting',
    description: 'virtual-account orders waiting for the deposit (입금대기)',
    unpaid: true,
    promise: {
      productOrderStatus: 'PAYMENT_WAITING',
      placeOrderStatus: 'NOT_YET',
    },
    path: [],
  }),
  pathSeed({
    name: 'payment-expired',
    description: 'virtual-account orders whose deposit deadline passed (미결제 취소)',
    unpaid: true,
    promise: { productOrderStatus: 'CANCELED_BY_NOPAYMENT' },
    path: ['expire-payment'],
  }),
  pathSeed({
    name: 'paid-awaiting-confirm',
    description: 'paid orders the merchant has not confirmed yet (신규주문)',
    promise: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
    },
    path: [],
  }),
  pathSeed({
    name: 'confirmed-awaiting-dispatch',
    description: 'confirmed orders waiting to be shipped (발송대기)',
    promise: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'OK',
    },
    path: CONFIRMED,
  }),
  pathSeed({
    name: 'dispatch-delayed',
    description: 'confirmed orders whose dispatch deadline the merchant moved (발송지연)',
    promise: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'OK',
    },
    path: [...CONFIRMED, 'delayDispatch'],
    params: [
      {
        name: 'delayDays',
        description: 'days the dispatch deadline moves by',
        default: 3,
        min: 1,
        max: 30,
      },
    ],
  }),
  pathSeed({
    name: 'dispatched',
    description: 'shipped orders on their way (배송중)',
    promise: {
      productOrderStatus: 'DELIVERING',
      placeOrderStatus: 'OK',
    },
    path: DISPATCHED,
  }),
  pathSeed({
    name: 'delivered',
    description: 'delivered orders not yet decided (배송완료)',
    promise: {
      productOrderStatus: 'DELIVERED',
      placeOrderStatus: 'OK',
    },
    path: DELIVERED,
  }),
  pathSeed({
    name: 'purchase-decided',
    description: 'orders the buyer confirmed as purchased (구매확정)',
    promise: {
      productOrderStatus: 'PURCHASE_DECIDED',
      placeOrderStatus: 'OK',
    },
    path: [...DELIVERED, 'decide-purchase'],
  }),
  pathSeed({
    name: 'seller-cancelled',
    description: 'orders the merchant cancelled before shipping (판매취소)',
    promise: {
      productOrderStatus: 'CANCELED',
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_DONE',
    },
    path: ['requestCancel'],
  }),
  pathSeed({
    name: 'buyer-cancel-requested',
    description: 'confirmed orders with a buyer cancel request to approve (취소요청)',
    promise: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'OK',
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_REQUEST',
    },
    path: [...CONFIRMED, 'buyer-cancel'],
  }),
  pathSeed({
    name: 'partial-cancel',
    description: 'paid orders with part of the quantity cancelled by the merchant (수량 취소)',
    promise: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_DONE',
    },
    quantity: 'quantity',
    params: [
      {
        name: 'quantity',
        description: 'units ordered per line',
        default: 3,
        min: 2,
        max: 99,
      },
      {
        name: 'cancelQuantity',
        description: 'units cancelled (less than quantity)',
        default: 1,
        min: 1,
        max: 98,
      },
    ],
    path: (p) => [
      {
        action: 'requestCancel',
        quantity: p.cancelQuantity ?? 1,
      },
    ],
    validate: (p) =>
      (p.cancelQuantity ?? 1) < (p.quantity ?? 3) ? void 0 : 'cancelQuantity must be less than quantity',
  }),
  pathSeed({
    name: 'admin-cancelled',
    description: 'paid orders Naver cancelled on its own authority (직권취소)',
    promise: {
      productOrderStatus: 'CANCELED',
      claimType: 'ADMIN_CANCEL',
      claimStatus: 'ADMIN_CANCEL_DONE',
    },
    path: ['admin-cancel'],
  }),
  pathSeed({
    name: 'return-requested',
    description: 'delivered orders with a buyer return request (반품요청)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'RETURN',
      claimStatus: 'RETURN_REQUEST',
    },
    path: RETURN_REQUESTED,
  }),
  pathSeed({
    name: 'return-collected',
    description: 'returns the carrier has collected, awaiting the merchant (수거완료)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'RETURN',
      claimStatus: 'COLLECT_DONE',
    },
    path: RETURN_COLLECTED,
  }),
  pathSeed({
    name: 'return-on-holdback',
    description: 'collected returns the merchant put on hold for the return fee (반품보류)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'RETURN',
      claimStatus: 'COLLECT_DONE',
      holdbackStatus: 'HOLDBACK',
    },
    path: [...RETURN_COLLECTED, 'holdbackReturn'],
  }),
  pathSeed({
    name: 'return-rejected',
    description: 'returns the merchant rejected (반품거부)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'RETURN',
      claimStatus: 'RETURN_REJECT',
    },
    path: [...RETURN_REQUESTED, 'rejectReturn'],
  }),
  pathSeed({
    name: 'returned',
    description: 'returns the merchant approved and refunded (반품완료)',
    promise: {
      productOrderStatus: 'RETURNED',
      claimType: 'RETURN',
      claimStatus: 'RETURN_DONE',
    },
    path: [...RETURN_COLLECTED, 'approveReturn'],
  }),
  pathSeed({
    name: 'exchange-requested',
    description: 'delivered orders with a buyer exchange request (교환요청)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REQUEST',
    },
    path: EXCHANGE_REQUESTED,
  }),
  pathSeed({
    name: 'exchange-collected',
    description: 'exchanges whose item the carrier collected (교환 수거완료)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'EXCHANGE',
      claimStatus: 'COLLECT_DONE',
    },
    path: EXCHANGE_COLLECTED,
  }),
  pathSeed({
    name: 'exchange-on-holdback',
    description: 'collected exchanges on hold for the exchange fee (교환보류)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'EXCHANGE',
      claimStatus: 'COLLECT_DONE',
      holdbackStatus: 'HOLDBACK',
    },
    path: [...EXCHANGE_COLLECTED, 'holdbackExchange'],
  }),
  pathSeed({
    name: 'exchange-redelivering',
    description: 'exchanges whose replacement is on its way (교환 재배송중)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REDELIVERING',
    },
    path: [...EXCHANGE_COLLECTED, 'redeliverExchange'],
  }),
  pathSeed({
    name: 'exchange-rejected',
    description: 'exchanges the merchant rejected (교환거부)',
    promise: {
      productOrderStatus: 'DELIVERED',
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REJECT',
    },
    path: [...EXCHANGE_REQUESTED, 'rejectExchange'],
  }),
  pathSeed({
    name: 'exchanged',
    description: 'exchanges completed with the replacement delivered (교환완료)',
    promise: {
      productOrderStatus: 'EXCHANGED',
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_DONE',
    },
    path: [...EXCHANGE_COLLECTED, 'redeliverExchange', 'redeliver-done'],
  }),
]
//#endregion
//#region ../scenarios/src/seeds/bodies.ts
const DAY_MS$1 = 864e5
/**
 * The body of one single-item merchant action.
 * @example actionBody('rejectReturn', { now, record, fake }) // { rejectReturnReason: '…' }
 */
function actionBody(action, o) {
  const { fake } = o
  switch (action) {
    case 'delayDispatch': {
      const currentDue = Date.parse(o.record.productOrder.shippingDueDate ?? '') || o.now
      return {
        dispatchDueDate: formatKst(Math.max(currentDue, o.now) + (o.delayDays ?? 3) * DAY_MS$1),
        delayedDispatchReason: fake.pick(['PRODUCT_PREPARE', 'CUSTOM_BUILD', 'RESERVED_DISPATCH']),
        dispatchDelayedDetailedReason: fake.pick([
          '주문량 증가로 출고가 지연되고 있습니다',
          '주문 제작 상품으로 제작 기간이 필요합니다',
          '입고 예정일에 맞춰 순차 발송됩니다',
        ]),
      }
    }
    case 'requestCancel': {
      const r = fake.sellerCancelReason()
      return {
        cancelReason: r.reason,
        cancelDetailedReason: r.text,
        ...(o.quantity === void 0 ? {} : { cancelQuantity: o.quantity }),
      }
    }
    case 'requestReturn':
      return {
        returnReason: fake.buyerReason('return').reason,
        collectDeliveryMethod: 'RETURN_DESIGNATED',
        collectDeliveryCompany: fake.carrier(),
        ...(o.quantity === void 0 ? {} : { returnQuantity: o.quantity }),
      }
    case 'rejectReturn':
      return { rejectReturnReason: '상품 택이 제거되어 반품이 불가합니다' }
    case 'rejectExchange':
      return { rejectExchangeReason: '사용 흔적이 있어 교환이 불가합니다' }
    case 'holdbackReturn':
      return {
        holdbackClassType: 'RETURN_DELIVERYFEE',
        holdbackReturnDetailReason: '반품 배송비 6,000원 입금 확인 후 처리됩니다',
        extraReturnFeeAmount: 6e3,
      }
    case 'holdbackExchange':
      return {
        holdbackClassType: 'EXCHANGE_DELIVERYFEE',
        holdbackExchangeDetailReason: '교환 왕복 배송비 6,000원이 입금되지 않았습니다',
        extraExchangeFeeAmount: 6e3,
      }
    case 'redeliverExchange':
      return {
        reDeliveryMethod: 'DELIVERY',
        reDeliveryCompany: fake.carrier(),
        reDeliveryTrackingNumber: fake.trackingNumber(),
      }
    default:
      return {}
  }
}
/** The input of a buyer claim event: a reason and the buyer's own words. */
function buyerClaimInput(fake, kind, quantity) {
  const r = fake.buyerReason(kind)
  return {
    reason: r.reason,
    detailedReason: r.text,
    ...(quantity === void 0 ? {} : { quantity }),
  }
}
//#endregion
//#region ../scenarios/src/seeds/driver.ts
/**
 * Drives product orders through the engine's own transitions: merchant steps go through the same action
 * functions as the API (`confirm`, `dispatch`, `act`), the buyer's, carrier's and platform's through
 * `tenant.run` exactly as the control plane applies them. A refused step throws; seeds never write state.
 */
/** A step the state machine refused: the seed's path does not fit the state it reached. */
var SeedStepError = class extends Error {
  constructor(action, productOrderId, code, state) {
    super(`${action} was refused for ${productOrderId} with ${code} (state: ${state})`)
    this.action = action
    this.productOrderId = productOrderId
    this.code = code
    this.name = 'SeedStepError'
  }
}
/** Tries before giving up on a tracking number another order already uses (`104121`). */
const TRACKING_TRIES = 5
/**
 * Places orders and moves their product orders along, one step at a time.
 * @example
 * const driver = new SeedDriver(engine, engine.tenant(), new KoreanFaker(1))
 * const { productOrderIds } = driver.place({})
 * driver.apply('dispatchProductOrders', productOrderIds)
 */
var SeedDriver = class {
  constructor(engine, tenant, fake, options = {}) {
    this.engine = engine
    this.tenant = tenant
    this.fake = fake
    this.options = options
  }
  /** Places one order as a buyer, with realistic Korean data. */
  place(input = {}) {
    return this.tenant.createOrder(this.fake.order(input))
  }
  /** Applies one step to each product order in `ids` (one order's, typically). */
  apply(step, ids) {
    const action = typeof step === 'string' ? step : step.action
    const quantity = typeof step === 'string' ? void 0 : step.quantity
    if (action === 'confirmProductOrders') this.confirm(ids)
    else if (action === 'dispatchProductOrders') this.dispatch(ids)
    else
      for (const id of ids)
        if (isMerchantAction(action)) this.act(action, id, quantity)
        else this.event(action, id, quantity)
  }
  ownerOf = (id) => this.engine.ownerOfProductOrder(id)
  refused(action, id, code) {
    const record = this.tenant.productOrders.get(id)
    throw new SeedStepError(action, id, code, record ? describeState(stateOf(record)) : 'unknown')
  }
  confirm(ids) {
    for (let i = 0; i < ids.length; i += 30) {
      const fail = confirm(this.tenant, ids.slice(i, i + 30), this.ownerOf).failProductOrderInfos?.[0]
      if (fail) this.refused('confirmProductOrders', fail.productOrderId ?? '', fail.code ?? '')
    }
  }
  /** One parcel per call: the product orders share a carrier and tracking number, as one box would. */
  dispatch(ids) {
    const company = this.fake.carrier()
    for (let attempt = 1; ; attempt++) {
      const trackingNumber = this.fake.trackingNumber()
      const items = ids.map((productOrderId) => ({
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: company,
        trackingNumber,
        dispatchDate: formatKst(this.tenant.now()),
      }))
      const fails =
        dispatch(this.tenant, items, this.ownerOf, this.engine.usedTrackingNumbers).failProductOrderInfos ??
        []
      if (fails.length > 0 && fails.every((f) => f.code === '104121') && attempt < TRACKING_TRIES) {
        ids = fails.map((f) => f.productOrderId ?? '')
        continue
      }
      const fail = fails[0]
      if (fail) this.refused('dispatchProductOrders', fail.productOrderId ?? '', fail.code ?? '')
      return
    }
  }
  act(action, id, quantity) {
    const record = this.tenant.productOrders.get(id)
    if (!record) this.refused(action, id, '100001')
    const body = actionBody(action, {
      now: this.tenant.now(),
      record,
      fake: this.fake,
      quantity,
      delayDays: this.options.delayDays,
    })
    const single = action
    const fail = act(this.tenant, single, id, body, this.ownerOf).failProductOrderInfos?.[0]
    if (fail) this.refused(action, id, fail.code ?? '')
  }
  event(event, id, quantity) {
    const result = this.tenant.run(
      id,
      event,
      this.eventInput(event, id, quantity),
      SANDBOX_EVENT_ACTORS[event],
    )
    if (!result.ok) this.refused(event, id, result.code)
  }
  eventInput(event, id, quantity) {
    if (event === 'buyer-cancel') return buyerClaimInput(this.fake, 'cancel', quantity)
    if (event === 'buyer-return') return buyerClaimInput(this.fake, 'return', quantity)
    if (event === 'buyer-exchange') return buyerClaimInput(this.fake, 'exchange', quantity)
    if (event === 'change-address') {
      const current = this.tenant.productOrders.get(id)?.productOrder.shippingAddress
      const name = current?.name ?? this.fake.personName()
      return { shippingAddress: this.fake.address(name, current?.tel1 ?? this.fake.mobile()) }
    }
    return {}
  }
}
//#endregion
//#region ../scenarios/src/seeds/registry.ts
/** Every named seed, and `applySeed`: run one on a merchant of an engine and report what it created. */
/** Every named seed, in the order `npay-sandbox scenarios` lists them. */
const SEEDS = [...PATH_SEEDS, busyShop]
/** At most this many orders per application, so one request cannot occupy a server for long. */
const MAX_SEED_COUNT = 1e5
/**
 * The seed named `name`, or a 404 `SandboxError` listing the names.
 * @example findSeed('return-on-holdback').promise // { productOrderStatus: 'DELIVERED', … }
 */
function findSeed(name) {
  const seed = SEEDS.find((s) => s.name === name)
  if (!seed)
    throw new SandboxError(404, 'NOT_FOUND', `no scenario named ${name}`, {
      scenarios: SEEDS.map((s) => s.name),
    })
  return seed
}
const bad = (message) => new SandboxError(400, 'BAD_REQUEST', message)
function integer(name, value, min, max) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw bad(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`)
  return value
}
/** Checks the parameters against the seed's declaration and fills in defaults. */
function resolveParams(seed, given = {}) {
  const known = new Set(seed.params.map((p) => p.name))
  const unknown = Object.keys(given).filter((k) => !known.has(k))
  if (unknown.length > 0)
    throw bad(
      `${seed.name} has no parameter ${unknown.join(', ')} (it takes: ${[...known].join(', ') || 'none'})`,
    )
  const params = {}
  for (const p of seed.params) params[p.name] = integer(p.name, given[p.name] ?? p.default, p.min, p.max)
  const problem = seed.validate?.(params)
  if (problem) throw bad(problem)
  return params
}
/**
 * Runs a named seed on one merchant of `engine`, through the engine's own transitions.
 * @example
 * const engine = createEngine({ seed: 1, clock: 'frozen' })
 * const result = applySeed(engine, 'return-on-holdback', { count: 2 })
 * result.productOrderIds // two product orders, each DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK
 */
function applySeed(engine, name, options = {}) {
  const definition = findSeed(name)
  const count = integer('count', options.count ?? definition.defaultCount, 1, MAX_SEED_COUNT)
  const seed = integer('seed', options.seed ?? 1, -(2 ** 31), 2 ** 31 - 1)
  const params = resolveParams(definition, options.params)
  const tenant = engine.tenant(options.clientId)
  tenant.tick()
  const from = tenant.now()
  const output = runSeed(definition, {
    driver: new SeedDriver(engine, tenant, new KoreanFaker(seed), {
      ...(params.delayDays === void 0 ? {} : { delayDays: params.delayDays }),
    }),
    count,
    params,
    progress: (done) => options.onProgress?.(done, count),
  })
  const states = {}
  for (const id of output.productOrderIds) {
    const label = describeState(stateOf(tenant.productOrders.get(id)))
    states[label] = (states[label] ?? 0) + 1
  }
  return {
    scenario: name,
    clientId: tenant.clientId,
    seed,
    count,
    params,
    orders: output.orders,
    productOrderIds: output.productOrderIds,
    states,
    refused: output.refused ?? 0,
    clock: {
      from: formatKst(from),
      to: formatKst(tenant.now()),
    },
  }
}
/** A refused step means the path does not fit the merchant's state: a 409, never an internal error. */
function runSeed(definition, ctx) {
  try {
    return definition.run(ctx)
  } catch (error) {
    if (error instanceof SeedStepError)
      throw new SandboxError(409, 'SEED_STEP_REFUSED', `${definition.name}: ${error.message}`)
    throw error
  }
}
//#endregion
//#region ../scenarios/src/seeds/seed-engine.ts
/** A fresh, frozen-clock engine with one seed applied: what the CLI's in-process `seed` runs. */
/** Where in-process seeding starts its virtual clock, fixed so the same seed exports the same bytes. */
const DEFAULT_SEED_START = Date.parse('2025-06-02T09:00:00.000+09:00')
/**
 * Creates a deterministic engine (engine seed = data seed, frozen clock) and applies one named seed.
 * @example
 * const { engine, result } = seedEngine('busy-shop', { seed: 7, count: 100 })
 * exportTenant(engine.tenant()) // identical for every run with seed 7
 */
function seedEngine(name, options = {}) {
  const seed = options.seed ?? 1
  const engine = createEngine({
    ...options.engine,
    seed,
    clock: 'frozen',
    startTime: options.startTime ?? DEFAULT_SEED_START,
  })
  const { engine: _, startTime: __, ...apply } = options
  return {
    engine,
    result: applySeed(engine, name, {
      ...apply,
      seed,
    }),
  }
}
//#endregion
//#region ../scenarios/src/runner/in-process-target.ts
/**
 * The default target: a fresh engine per scenario file with a frozen clock, reached through the Hono app
 * (`app.request`) by the same typed clients an integrator uses, so every merchant call takes the real
 * API path: authentication, request validation, handlers, envelopes.
 */
/** An origin no request can leave the process for. */
const ORIGIN = 'http://npay-sandbox.invalid'
/**
 * A target over in-process engines; `appFetch` builds the app of an engine (mock-server's `createApp`).
 * @example const target = inProcessTarget((engine) => { const app = createApp(engine); return (r) => app.request(r) })
 */
function inProcessTarget(appFetch, options = {}) {
  return {
    name: 'in-process',
    async open() {
      const engine = createEngine({
        seed: options.seed ?? 1,
        clock: 'frozen',
        startTime: options.startTime ?? DEFAULT_SEED_START,
      })
      const rec = recording(appFetch(engine))
      let other
      return {
        api: createNpayClient({
          clientId: DEFAULT_MERCHANT.clientId,
          clientSecret: DEFAULT_MERCHANT.clientSecret,
          baseUrl: ORIGIN + BASE_PATH,
          fetch: rec.fetch,
        }),
        control: createControlPlaneClient({
          baseUrl: ORIGIN,
          fetch: rec.fetch,
        }),
        clientId: DEFAULT_MERCHANT.clientId,
        trackingPrefix: '600000',
        otherMerchant: async () => {
          other ??= engine.createMerchant({ name: '다른 가맹점' }).clientId
          return other
        },
        last: rec.last,
        rows: async () => rowCounts(engine.merchants().map((m) => engine.tenant(m.clientId))),
        close: async () => {},
      }
    },
  }
}
//#endregion
//#region ../scenarios/src/runner/report.ts
const MAX_BODY_CHARS = 300
const MARK = {
  passed: '✓',
  failed: '✗',
  skipped: '-',
}
const show = (value) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text === void 0
    ? '(absent)'
    : text.length > MAX_BODY_CHARS
      ? `${text.slice(0, MAX_BODY_CHARS)}…`
      : text
}
/** `claimStatus: expected "RETURN_DONE", got "COLLECT_DONE"` */
function formatDifference(d) {
  return `${d.what}: expected ${show(d.expected)}, got ${show(d.actual)}`
}
function answerLines(a) {
  return [
    `sent      ${a.sent ? `${a.sent.method} ${a.sent.path}${a.sent.requestBody ? ` ${show(a.sent.requestBody)}` : ''}` : '(nothing)'}`,
    `received  ${a.status} ${show(a.body)}`,
  ]
}
function stepLines(s, verbose) {
  const where = s.line ? `  (line ${s.line})` : ''
  const lines = [`  ${MARK[s.status]} ${String(s.index + 1).padStart(2)} ${s.label}${where}`]
  if (s.status === 'skipped' || (s.status === 'passed' && !verbose)) return lines
  const detail = []
  for (const a of s.answers) detail.push(...answerLines(a))
  if (s.error) detail.push(`error     ${s.error}`)
  for (const [i, d] of s.differences.entries())
    detail.push(`${i === 0 ? 'differs   ' : '          '}${formatDifference(d)}`)
  return [...lines, ...detail.map((l) => `       ${l}`)]
}
/**
 * The report of one scenario file.
 * @example console.log(formatScenario(result))
 */
function formatScenario(r, verbose = false) {
  const steps = r.steps.filter((s) => s.status !== 'skipped').length
  return [
    `${r.passed ? '✓' : '✗'} ${r.path}  ${r.name}  (${steps}/${r.steps.length} steps, ${r.durationMs} ms)`,
    ...r.steps.flatMap((s) => stepLines(s, verbose)),
  ].join('\n')
}
/** The closing line, in the plain `N passed, N failed` form CI logs recognise. */
function formatTotals(summary) {
  return `scenarios: ${summary.passed} passed, ${summary.failed} failed`
}
//#endregion
//#region ../scenarios/src/runner/junit.ts
/**
 * JUnit XML for CI: one `<testsuite>` for the run, one `<testcase>` per scenario file, the per-step
 * report of a failed scenario inside `<failure>`, and every scenario's steps in `<system-out>`.
 */
/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
function xmlEscape(text) {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
const seconds = (ms) => (ms / 1e3).toFixed(3)
/**
 * The run as a JUnit XML document.
 * @example writeFileSync('scenarios.xml', junitXml(summary))
 */
function junitXml(summary) {
  const total = summary.results.reduce((t, r) => t + r.durationMs, 0)
  const cases = summary.results.map((r) => {
    const attrs = `classname="${xmlEscape(r.path)}" name="${xmlEscape(r.name)}" time="${seconds(r.durationMs)}"`
    const failed = r.steps.find((s) => s.status === 'failed')
    const message = failed
      ? `step ${failed.index + 1} ${failed.label}: ${failed.error ?? failed.differences.map(formatDifference).join('; ')}`
      : ''
    return `  <testcase ${attrs}>${failed ? `\n    <failure message="${xmlEscape(message)}" type="ScenarioFailure">${xmlEscape(formatScenario(r))}</failure>` : ''}\n    <system-out>${xmlEscape(formatScenario(r, true))}</system-out>\n  </testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="npay-sandbox scenarios" tests="${summary.results.length}" failures="${summary.failed}" time="${seconds(total)}">`,
    `<testsuite name="${xmlEscape(summary.target)}" tests="${summary.results.length}" failures="${summary.failed}" errors="0" skipped="0" time="${seconds(total)}">`,
    ...cases,
    '</testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
//#endregion
//#region ../scenarios/src/runner/schema.ts
/**
 * The JSON Schema of scenario files, built from the API document and the engine's event names so the
 * enums editors complete cannot drift. `pnpm gen` writes it to scenarios/schema/scenario.schema.json.
 */
/** Operations a scenario may call: every operation of the real API but the token endpoint. */
const CALLABLE_OPERATIONS = operationIndex.map((op) => op.operationId).filter((id) => id !== 'issueToken')
const schemas = npayApiDocument.components.schemas
const enumOf = (name, nullable = false) => {
  const values = schemas[name]?.enum ?? []
  return nullable ? { enum: [...values, null] } : { enum: values }
}
const ref = {
  type: 'string',
  description: "A created order's product order, `name[i]` (or a literal id, for negative tests).",
  minLength: 1,
}
const name = {
  type: 'string',
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
}
const expectation = {
  type: 'object',
  additionalProperties: false,
  description: 'What must hold after the step. Only what is given is checked.',
  properties: {
    status: {
      type: 'integer',
      minimum: 100,
      maximum: 599,
      description: 'HTTP status (default: any 2xx).',
    },
    code: {
      type: 'string',
      description: 'Error code of an error response: 4000, GW.AUTHN, EVENT_NOT_ALLOWED, …',
    },
    failures: {
      type: 'object',
      description: 'Per-item failure codes by product order reference; items not listed must succeed.',
      additionalProperties: {
        type: 'string',
        pattern: '^[0-9]+$',
      },
    },
    productOrder: {
      ...ref,
      description: "The product order the state checks read (default: the step's first).",
    },
    productOrderStatus: enumOf('ProductOrderStatus'),
    placeOrderStatus: enumOf('PlaceOrderStatus'),
    claimType: {
      ...enumOf('ClaimType', true),
      description: 'null: no claim.',
    },
    claimStatus: enumOf('ClaimStatus', true),
    holdbackStatus: enumOf('HoldbackStatus', true),
    lastChangedTypes: {
      type: 'array',
      description: 'lastChangedType rows the product order gained during this step, in order ([] = none).',
      items: enumOf('LastChangedType'),
    },
    detail: {
      type: 'object',
      description: 'A subset of the product-order detail (product-orders/query).',
    },
    response: { description: 'A subset of the response body.' },
  },
}
const targets = {
  productOrder: ref,
  productOrders: {
    description: 'Several product orders, or the name of a created order for all of its product orders.',
    oneOf: [
      {
        type: 'array',
        items: ref,
        minItems: 1,
      },
      ref,
    ],
  },
}
const common = {
  title: { type: 'string' },
  expect: { $ref: '#/definitions/expectation' },
}
const step = (action, schema, extra = {}, description = '') => ({
  type: 'object',
  description,
  required: [action],
  additionalProperties: false,
  properties: {
    [action]: schema,
    ...common,
    ...extra,
  },
})
/** The JSON Schema (draft-07, for the widest editor support) of a scenario file. */
const SCENARIO_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://npay-sandbox.dev/schema/scenario.schema.json',
  $comment: 'Generated from scenarios/src/runner/schema.ts by `pnpm gen`; do not edit.',
  title: 'npay-sandbox QA scenario',
  type: 'object',
  required: ['name', 'steps'],
  additionalProperties: false,
  properties: {
    name: {
      type: 'string',
      minLength: 1,
    },
    description: { type: 'string' },
    tags: {
      type: 'array',
      items: { type: 'string' },
    },
    steps: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/step' },
    },
  },
  definitions: {
    expectation,
    step: {
      oneOf: [
        step(
          'create',
          {
            type: 'object',
            required: ['as'],
            description: 'Place an order as the buyer (control plane). Omitted fields are generated.',
            properties: {
              as: name,
              items: {
                oneOf: [
                  {
                    type: 'integer',
                    minimum: 1,
                    maximum: 50,
                  },
                  {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'object' },
                  },
                ],
              },
              quantity: {
                type: 'integer',
                minimum: 1,
              },
              paid: { type: 'boolean' },
              merchant: { enum: ['self', 'other'] },
              paymentMeans: { type: 'string' },
              ordererName: { type: 'string' },
            },
          },
          {},
          'Place an order as the buyer.',
        ),
        step(
          'call',
          { enum: CALLABLE_OPERATIONS },
          {
            ...targets,
            body: {
              type: ['object', 'null'],
              description: 'Merged over generated defaults; a null field removes it.',
            },
            params: {
              type: 'object',
              description: 'Path and query parameters.',
            },
          },
          'Call the real API as the merchant, by operationId.',
        ),
        step(
          'event',
          { enum: [...SANDBOX_EVENTS] },
          {
            ...targets,
            body: {
              type: 'object',
              description: 'reason, detailedReason, quantity, shippingAddress',
            },
          },
          'Make the buyer, the carrier or the platform act (control plane).',
        ),
        step(
          'advance',
          {
            oneOf: [
              {
                type: 'string',
                pattern: '^(\\d+(ms|s|m|h|d|w))+$',
              },
              {
                type: 'integer',
                minimum: 0,
              },
            ],
          },
          {},
          "Move the merchant's virtual clock; due platform events fire.",
        ),
        {
          type: 'object',
          required: ['expect'],
          additionalProperties: false,
          properties: common,
          description: 'Only check.',
        },
      ],
    },
  },
}
//#endregion
//#region ../scenarios/src/runner/load.ts
/** Reads scenario files: YAML parsed with line numbers, then checked against the published schema. */
/** A file that is not valid YAML or does not follow the scenario schema. */
var ScenarioLoadError = class extends Error {
  constructor(path, problems) {
    super(`${path}: not a valid scenario file\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.path = path
    this.problems = problems
    this.name = 'ScenarioLoadError'
  }
}
let validator
function validate(value) {
  validator ??= new Ajv({
    allErrors: true,
    strict: false,
  }).compile(SCENARIO_SCHEMA)
  return validator(value) ? [] : (validator.errors ?? [])
}
const BRANCHES = ['create', 'call', 'event', 'advance']
/** Ajv reports schema paths relative to the referenced step schema. */
const STEP_BRANCH = '#/oneOf/'
/**
 * A step is one branch of a `oneOf`: Ajv reports every branch's complaint, so keep only those of the
 * branch the step's action key selects, and say plainly when a step has no action or several.
 */
function describe(errors, value, lineOf) {
  const steps = value.steps ?? []
  const out = []
  const at = (path) => {
    const line = lineOf(path)
    return `${line ? `line ${line}: ` : ''}${path || '(top level)'}`
  }
  for (const e of errors) {
    const m = /^\/steps\/(\d+)/.exec(e.instancePath)
    const step = m ? steps[Number(m[1])] : void 0
    if (step && typeof step === 'object' && e.schemaPath.startsWith(STEP_BRANCH)) {
      const actions = BRANCHES.filter((b) => b in step)
      if (actions.length !== 1 && !(actions.length === 0 && 'expect' in step)) {
        out.push(
          `${at(`/steps/${m[1]}`)} must do exactly one of create, call, event, advance (or only expect)`,
        )
        continue
      }
      const branch = actions.length === 1 ? BRANCHES.indexOf(actions[0]) : BRANCHES.length
      if (!e.schemaPath.startsWith(`${STEP_BRANCH}${branch}/`)) continue
    }
    if (e.keyword === 'oneOf' && e.instancePath.match(/^\/steps\/\d+$/)) continue
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''
    const values = e.keyword === 'enum' ? e.params.allowedValues : []
    const allowed =
      values.length > 0 ? `: ${values.map((v) => (v === null ? 'null' : String(v))).join(', ')}` : ''
    out.push(`${at(e.instancePath)} ${e.message}${extra}${allowed}`)
  }
  return [...new Set(out)]
}
/**
 * Parses and validates scenario text.
 * @example parseScenario('return.yaml', readFileSync('return.yaml', 'utf8')).scenario.steps.length
 */
function parseScenario(path, text) {
  const counter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: true,
  })
  if (doc.errors.length > 0)
    throw new ScenarioLoadError(
      path,
      doc.errors.map((e) => e.message),
    )
  const value = doc.toJS()
  const stepsNode = isMap(doc.contents) ? doc.contents.get('steps', true) : void 0
  const lines = (isSeq(stepsNode) ? stepsNode.items : []).map((n) => {
    const offset = n.range?.[0]
    return offset === void 0 ? 0 : counter.linePos(offset).line
  })
  const lineOf = (pointer) => {
    const m = /^\/steps\/(\d+)/.exec(pointer)
    return m ? lines[Number(m[1])] : void 0
  }
  const errors = validate(value)
  if (errors.length > 0) throw new ScenarioLoadError(path, describe(errors, value, lineOf))
  return {
    path,
    scenario: value,
    lines,
  }
}
/** Reads and validates one scenario file. */
function loadScenario(path) {
  return parseScenario(path, readFileSync(path, 'utf8'))
}
//#endregion
//#region ../scenarios/src/runner/defaults.ts
/**
 * What a `call` step sends when the file leaves it out: the product orders it targets in the right
 * field, and a valid body with plain Korean reasons. The file's `body` is merged over these defaults
 * (a `null` field removes one), so a step states only what it is about.
 */
const DAY_MS = 864e5
/** Bodies of the single-item actions that take one. */
const BODIES = {
  delayDispatch: {
    delayedDispatchReason: 'PRODUCT_PREPARE',
    dispatchDelayedDetailedReason: '주문량 증가로 출고가 지연되고 있습니다',
  },
  requestCancel: {
    cancelReason: 'SOLD_OUT',
    cancelDetailedReason: '재고 소진으로 판매 취소합니다',
  },
  requestReturn: {
    returnReason: 'PRODUCT_UNSATISFIED',
    collectDeliveryMethod: 'RETURN_DESIGNATED',
  },
  rejectReturn: { rejectReturnReason: '상품 택이 제거되어 반품이 불가합니다' },
  holdbackReturn: {
    holdbackClassType: 'RETURN_DELIVERYFEE',
    holdbackReturnDetailReason: '반품 배송비 6,000원 입금 확인 후 처리됩니다',
  },
  rejectExchange: { rejectExchangeReason: '사용 흔적이 있어 교환이 불가합니다' },
  holdbackExchange: {
    holdbackClassType: 'EXCHANGE_DELIVERYFEE',
    holdbackExchangeDetailReason: '교환 왕복 배송비 6,000원이 입금되지 않았습니다',
  },
}
/** Single-item operations, addressed by the `productOrderId` path parameter. */
const SINGLE_ITEM_OPERATIONS = new Set(SINGLE_ITEM_ACTIONS)
/** `a` with `b` merged over it, deeply for plain objects; a null in `b` deletes the key. */
function merge(a, b) {
  const out = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const base = out[key]
    if (value === null) delete out[key]
    else if (isPlain(value) && isPlain(base)) out[key] = merge(base, value)
    else out[key] = value
  }
  return out
}
const isPlain = (v) => !!v && typeof v === 'object' && !Array.isArray(v)
/** The start of a query window: the scenario's start when it is within 24 hours, else 24 hours ago. */
const windowStart = (c) => formatKst(Math.max(c.start - 1e3, c.now - MAX_QUERY_WINDOW_MS + 6e4))
/**
 * The input of one call for one target (single-item operations) or all targets (the others).
 * @example defaultInput('approveReturn', ['2025…'], ctx, {}) // { productOrderId: '2025…' }
 */
function defaultInput(op, ids, c, body, params = {}) {
  const given = body ?? {}
  const withBody = (defaults) =>
    body === null || (defaults === void 0 && body === void 0) ? {} : { body: merge(defaults ?? {}, given) }
  if (SINGLE_ITEM_OPERATIONS.has(op)) {
    const defaults =
      op === 'delayDispatch'
        ? {
            ...BODIES.delayDispatch,
            dispatchDueDate: formatKst(c.now + 5 * DAY_MS),
          }
        : op === 'redeliverExchange'
          ? {
              reDeliveryMethod: 'DELIVERY',
              reDeliveryCompany: 'CJGLS',
              reDeliveryTrackingNumber: c.tracking(),
            }
          : BODIES[op]
    return {
      productOrderId: ids[0],
      ...params,
      ...withBody(defaults),
    }
  }
  switch (op) {
    case 'confirmProductOrders':
    case 'queryProductOrders':
      return {
        ...params,
        ...withBody({ productOrderIds: ids }),
      }
    case 'dispatchProductOrders': {
      if (body === null) return { ...params }
      const { dispatchProductOrders, ...itemFields } = given
      const parcels = /* @__PURE__ */ new Map()
      const tracking = (id) => {
        const key = c.orderOf(id) ?? id
        if (!parcels.has(key)) parcels.set(key, c.tracking())
        return parcels.get(key)
      }
      const item = (productOrderId) => ({
        productOrderId,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: tracking(productOrderId),
        dispatchDate: formatKst(c.now),
      })
      const items = dispatchProductOrders ?? ids.map((id) => merge(item(id), itemFields))
      return {
        ...params,
        body: { dispatchProductOrders: items },
      }
    }
    case 'getProductOrderIds':
      return {
        orderId: ids[0] === void 0 ? void 0 : c.orderOf(ids[0]),
        ...params,
      }
    case 'getLastChangedStatuses':
      return {
        lastChangedFrom: windowStart(c),
        ...params,
      }
    case 'searchProductOrders':
      return {
        from: windowStart(c),
        rangeType: 'ORDERED_DATETIME',
        ...params,
      }
    default:
      return {
        ...params,
        ...withBody(void 0),
      }
  }
}
//#endregion
//#region ../scenarios/src/runner/refs.ts
/**
 * Names given by `create: {as: …}` and how steps refer to them: `name[i]` is the i-th product order,
 * `name.orderId` the order, `name` alone (where several are allowed) all product orders. Strings in
 * bodies, params and expectations may embed `${ref}`, `${now}`, `${now+5d}`, `${now-1h}`, `${start}`.
 */
/** A reference that names nothing created so far. */
var RefError = class extends Error {
  name = 'RefError'
}
const REF_RE = /^([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+)\]|\.(orderId))?$/
const TIME_RE = /^(now|start)(?:([+-])(\w+))?$/
var Names = class {
  named = /* @__PURE__ */ new Map()
  labels = /* @__PURE__ */ new Map()
  define(name, order) {
    if (this.named.has(name)) throw new RefError(`the name ${name} is taken by an earlier step`)
    this.named.set(name, order)
    this.labels.set(order.orderId, `${name}.orderId`)
    for (const [i, id] of order.productOrderIds.entries()) this.labels.set(id, `${name}[${i}]`)
  }
  /** How a report shows an id: by the name it was created under, when it has one. */
  label(id) {
    return this.labels.get(id) ?? id
  }
  /** One id. A string of digits that names nothing is a literal id (for 100001 tests). */
  one(ref) {
    const m = REF_RE.exec(ref)
    if (!m) {
      if (/^\d+$/.test(ref)) return ref
      throw new RefError(`${ref} is not a reference: write name[0] or name.orderId`)
    }
    const [, name, index, field] = m
    const order = this.named.get(name)
    if (!order) {
      if (/^\d+$/.test(ref)) return ref
      throw new RefError(
        `nothing is named ${name} (known: ${[...this.named.keys()].join(', ') || 'none yet'})`,
      )
    }
    if (field) return order.orderId
    if (index === void 0) throw new RefError(`${ref} is an order: pick a product order, e.g. ${name}[0]`)
    const id = order.productOrderIds[Number(index)]
    if (!id)
      throw new RefError(
        `${name} has ${order.productOrderIds.length} product order(s); ${ref} does not exist`,
      )
    return id
  }
  /** Several ids: a list of references, or a name for all of its product orders. */
  many(refs) {
    if (Array.isArray(refs)) return refs.map((r) => this.one(r))
    const order = this.named.get(refs)
    return order ? [...order.productOrderIds] : [this.one(refs)]
  }
  /** The order a product order belongs to. */
  orderOf(productOrderId) {
    for (const order of this.named.values())
      if (order.productOrderIds.includes(productOrderId)) return order.orderId
  }
  /**
   * Replaces `${…}` placeholders in every string of `value`, deeply.
   * @example names.interpolate({ ids: ['${a[0]}'] }, clock) // { ids: ['2025060212345678'] }
   */
  interpolate(value, clock) {
    if (typeof value === 'string')
      return value.replace(/\$\{([^}]+)\}/g, (_, expr) => this.expression(expr.trim(), clock))
    if (Array.isArray(value)) return value.map((v) => this.interpolate(v, clock))
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.interpolate(v, clock)]))
    return value
  }
  expression(expr, clock) {
    const t = TIME_RE.exec(expr)
    if (!t) return this.one(expr)
    const base = t[1] === 'now' ? clock.now : clock.start
    if (!t[2]) return formatKst(base)
    const ms = parseDuration(t[3])
    if (ms === void 0) throw new RefError(`${expr}: ${t[3]} is not a duration like 5d, 90m or 1h30m`)
    return formatKst(t[2] === '+' ? base + ms : base - ms)
  }
}
//#endregion
//#region ../scenarios/src/runner/act.ts
/**
 * Performs the action of one step through the typed clients: `create` and `event` through the control
 * plane, `call` through the real API, `advance` on the merchant's clock. HTTP failures are outcomes to
 * compare with the expectation, not exceptions.
 */
async function send(session, call) {
  try {
    const body = await call()
    return {
      status: session.last()?.status ?? 200,
      body,
      sent: session.last(),
    }
  } catch (error) {
    if (error instanceof NpayApiError || error instanceof SandboxControlError)
      return {
        status: error.status,
        body: error.body,
        code: error.code,
        sent: session.last(),
      }
    throw error
  }
}
function targetsOf(step, names) {
  if (step.productOrder !== void 0) return [names.one(step.productOrder)]
  if (step.productOrders !== void 0) return names.many(step.productOrders)
  return []
}
async function create(step, c) {
  const { as, items, quantity, merchant, ...rest } = c.names.interpolate(step.create, c.clock)
  const lines =
    typeof items === 'number' ? Array.from({ length: items }, () => (quantity ? { quantity } : {})) : items
  const body = {
    ...rest,
    ...(lines ? { items: lines } : quantity ? { items: [{ quantity }] } : {}),
    clientId: merchant === 'other' ? await c.session.otherMerchant() : c.session.clientId,
  }
  const answer = await send(c.session, () => c.session.control.createOrder({ body }))
  const created = answer.status < 300 ? answer.body : void 0
  if (created) c.names.define(as, created)
  return {
    targets: created?.productOrderIds ?? [],
    answers: [answer],
  }
}
async function call(step, c) {
  const targets = targetsOf(step, c.names)
  const body = c.names.interpolate(step.body, c.clock)
  const params = c.names.interpolate(step.params ?? {}, c.clock)
  const method = c.session.api[step.call]
  if (!method) throw new RefError(`the client has no operation ${step.call}`)
  const ctx = {
    ...c.clock,
    tracking: c.tracking,
    orderOf: (id) => c.names.orderOf(id),
  }
  const single = SINGLE_ITEM_OPERATIONS.has(step.call) && params.productOrderId === void 0
  if (single && targets.length === 0) throw new RefError(`${step.call} needs productOrder (or productOrders)`)
  const answers = []
  for (const group of single ? targets.map((t) => [t]) : [targets])
    answers.push(await send(c.session, () => method(defaultInput(step.call, group, ctx, body, params))))
  return {
    targets,
    answers,
  }
}
async function event(step, c) {
  const targets = targetsOf(step, c.names)
  if (targets.length === 0) throw new RefError(`event ${step.event} needs productOrder (or productOrders)`)
  const body = c.names.interpolate(step.body ?? {}, c.clock)
  const answers = []
  for (const productOrderId of targets)
    answers.push(
      await send(c.session, () =>
        c.session.control.applyEvent({
          productOrderId,
          event: step.event,
          body,
        }),
      ),
    )
  return {
    targets,
    answers,
  }
}
/**
 * Performs one step; a step with only `expect` does nothing.
 * @example await perform({ advance: '8d' }, ctx) // { targets: [], answers: [{ status: 200, … }] }
 */
async function perform(step, c) {
  if ('create' in step) return create(step, c)
  if ('call' in step) return call(step, c)
  if ('event' in step) return event(step, c)
  if ('advance' in step) {
    const by = step.advance
    return {
      targets: [],
      answers: [
        await send(c.session, () =>
          c.session.control.advanceClock({
            body: {
              clientId: c.session.clientId,
              by,
            },
          }),
        ),
      ],
    }
  }
  return {
    targets: [],
    answers: [],
  }
}
//#endregion
//#region ../scenarios/src/runner/changes.ts
/**
 * The lastChangedType rows of one product order, read through the real last-changed API in 24-hour
 * windows (its limit) with `moreSequence` paging, exactly as an integrator polls.
 */
/** Rows can land a little after the clock was read; look this far past it. */
const LOOK_AHEAD_MS = 6e4
/**
 * Every lastChangedType of `productOrderId` since `from`, oldest first.
 * @example await changesOf(session, id, start, now) // ['PAYED', 'DISPATCHED']
 */
async function changesOf(session, productOrderId, from, now) {
  const out = []
  const end = now + LOOK_AHEAD_MS
  for (let windowFrom = from; windowFrom <= end; windowFrom += MAX_QUERY_WINDOW_MS + 1) {
    const lastChangedTo = formatKst(Math.min(windowFrom + MAX_QUERY_WINDOW_MS, end))
    let page = { lastChangedFrom: formatKst(windowFrom) }
    for (;;) {
      const result = await session.api.getLastChangedStatuses({
        ...page,
        lastChangedTo,
      })
      for (const row of result.data?.lastChangeStatuses ?? [])
        if (row.productOrderId === productOrderId && row.lastChangedType) out.push(row.lastChangedType)
      const more = result.data?.more
      if (!more?.moreFrom || !more.moreSequence) break
      page = {
        lastChangedFrom: more.moreFrom,
        moreSequence: more.moreSequence,
      }
    }
  }
  return out
}
//#endregion
//#region ../scenarios/src/runner/expect.ts
const STATE_FIELDS = ['productOrderStatus', 'placeOrderStatus', 'claimType', 'claimStatus']
/** Differences between an expected subset and an actual value (objects by key, arrays by position). */
function subsetDiffs(expected, actual, what) {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [
        {
          what,
          expected,
          actual,
        },
      ]
    return expected.flatMap((e, i) => subsetDiffs(e, actual[i], `${what}[${i}]`))
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object')
      return [
        {
          what,
          expected,
          actual,
        },
      ]
    return Object.entries(expected).flatMap(([k, e]) => subsetDiffs(e, actual[k], what ? `${what}.${k}` : k))
  }
  return Object.is(expected, actual) || (expected === null && actual === void 0)
    ? []
    : [
        {
          what,
          expected,
          actual,
        },
      ]
}
function requestDiffs(e, outcome, names) {
  const diffs = []
  const failures = /* @__PURE__ */ new Map()
  for (const [i, a] of outcome.answers.entries()) {
    const where = outcome.answers.length > 1 ? ` (request ${i + 1})` : ''
    if (e.status !== void 0 ? a.status !== e.status : a.status >= 300)
      diffs.push({
        what: `status${where}`,
        expected: e.status ?? '2xx',
        actual: `${a.status}${a.code ? ` ${a.code}` : ''}`,
      })
    if (e.code !== void 0 && a.code !== e.code)
      diffs.push({
        what: `code${where}`,
        expected: e.code,
        actual: a.code,
      })
    const data = a.body?.data
    for (const f of data?.failProductOrderInfos ?? []) failures.set(f.productOrderId ?? '', f)
  }
  const expected = new Map(Object.entries(e.failures ?? {}).map(([ref, code]) => [names.one(ref), code]))
  for (const [id, code] of expected) {
    const got = failures.get(id)
    if (got?.code !== code)
      diffs.push({
        what: `failures.${names.label(id)}`,
        expected: code,
        actual: got?.code ?? 'success',
      })
  }
  for (const [id, f] of failures)
    if (!expected.has(id))
      diffs.push({
        what: `failures.${names.label(id)}`,
        expected: 'success',
        actual: `${f.code} ${f.message ?? ''}`.trim(),
      })
  return diffs
}
/** Differences of the product order's state, read through product-orders/query. */
async function stateDiffs(e, id, session, names) {
  if (!(STATE_FIELDS.some((f) => f in e) || 'holdbackStatus' in e || e.detail !== void 0)) return []
  const detail = (await session.api.queryProductOrders({ body: { productOrderIds: [id] } })).data?.[0]
  if (!detail)
    return [
      {
        what: `product order ${names.label(id)}`,
        expected: 'found',
        actual: 'not found',
      },
    ]
  const po = detail.productOrder
  const claim = detail.currentClaim
  const actual = {
    ...Object.fromEntries(STATE_FIELDS.map((f) => [f, po?.[f]])),
    holdbackStatus: claim?.return?.holdbackStatus ?? claim?.exchange?.holdbackStatus,
  }
  const diffs = []
  for (const f of [...STATE_FIELDS, 'holdbackStatus'])
    if (f in e) diffs.push(...subsetDiffs(e[f], actual[f], f))
  if (e.detail) diffs.push(...subsetDiffs(e.detail, detail, 'detail'))
  return diffs
}
/**
 * Every difference between the step's expectation and its outcome.
 * @example await differences(expect, outcome, { session, names, target, emitted }) // [{ what: 'claimStatus', … }]
 */
async function differences(e, outcome, c) {
  const diffs = requestDiffs(e, outcome, c.names)
  if (e.response !== void 0) diffs.push(...subsetDiffs(e.response, outcome.answers.at(-1)?.body, 'response'))
  if (c.emitted && e.lastChangedTypes)
    diffs.push(...subsetDiffs(e.lastChangedTypes, c.emitted, 'lastChangedTypes'))
  if (c.target) diffs.push(...(await stateDiffs(e, c.target, c.session, c.names)))
  else if (STATE_FIELDS.some((f) => f in e))
    diffs.push({
      what: 'productOrder',
      expected: 'a product order to check',
      actual: 'none: name one with expect.productOrder',
    })
  return diffs
}
//#endregion
//#region ../scenarios/src/runner/run-file.ts
/**
 * Runs one scenario file in a fresh session: step by step, each action then its expectation, stopping
 * at the first failing step (later steps build on it) and recording what was sent, what came back and
 * what differed for the report.
 */
/** A one-line description of a step for the report. */
function labelOf(step) {
  const on = (s) =>
    s.productOrder ?? (Array.isArray(s.productOrders) ? s.productOrders.join(', ') : s.productOrders) ?? ''
  const text =
    'create' in step
      ? `create ${step.create.as}`
      : 'call' in step
        ? `call ${step.call} ${on(step)}`
        : 'event' in step
          ? `event ${step.event} ${on(step)}`
          : 'advance' in step
            ? `advance ${step.advance}`
            : `expect ${step.expect.productOrder ?? ''}`
  return (step.title ? `${step.title} — ${text}` : text).trim()
}
/**
 * Runs one loaded scenario on a new session of `target`.
 * @example const result = await runScenario(loadScenario('return.yaml'), target); result.passed
 */
async function runScenario(loaded, target) {
  const started = performance.now()
  const session = await target.open()
  const names = new Names()
  const clockNow = async () => (await session.control.getClock({ clientId: session.clientId })).epochMillis
  const start = await clockNow()
  let tracking = 0
  const trackingNumber = () => `${session.trackingPrefix}${String(++tracking).padStart(6, '0')}`
  const codes = /* @__PURE__ */ new Map()
  const steps = []
  let current
  let failed = false
  for (const [index, step] of loaded.scenario.steps.entries()) {
    const result = {
      index,
      line: loaded.lines[index],
      label: labelOf(step),
      status: 'skipped',
      answers: [],
      differences: [],
    }
    steps.push(result)
    if (failed) continue
    try {
      const e = step.expect ?? {}
      const clock = {
        now: await clockNow(),
        start,
      }
      const explicit =
        e.productOrder === void 0 ? void 0 : names.one(names.interpolate(e.productOrder, clock))
      const watched = explicit ?? current
      const before =
        e.lastChangedTypes && watched ? await changesOf(session, watched, start - 1e3, clock.now) : void 0
      const outcome = await perform(step, {
        session,
        names,
        clock,
        tracking: trackingNumber,
      })
      result.answers = outcome.answers
      for (const a of outcome.answers)
        for (const code of errorCodesIn(a.body)) codes.set(code, (codes.get(code) ?? 0) + 1)
      current = outcome.targets[0] ?? current
      const checked = explicit ?? current
      let emitted
      if (e.lastChangedTypes && checked)
        emitted = (await changesOf(session, checked, start - 1e3, await clockNow())).slice(
          checked === watched ? (before?.length ?? 0) : 0,
        )
      result.differences = await differences(
        names.interpolate(e, {
          now: await clockNow(),
          start,
        }),
        outcome,
        {
          session,
          names,
          target: checked,
          emitted,
        },
      )
      result.status = result.differences.length === 0 ? 'passed' : 'failed'
    } catch (error) {
      result.status = 'failed'
      result.error = error instanceof Error ? error.message : String(error)
    }
    failed = result.status === 'failed'
  }
  const rows = await session.rows()
  await session.close()
  return {
    path: loaded.path,
    name: loaded.scenario.name,
    passed: !failed,
    steps,
    rows,
    codes,
    durationMs: Math.round(performance.now() - started),
  }
}
//#endregion
//#region ../scenarios/src/runner/run.ts
/** Runs many scenario files one after another and sums up results and coverage. */
/** A file that could not run at all (unreadable, invalid, server unreachable), as a failed result. */
function broken(path, error) {
  return {
    path,
    name: path,
    passed: false,
    steps: (error instanceof ScenarioLoadError
      ? error.problems
      : [error instanceof Error ? error.message : String(error)]
    ).map((p, index) => ({
      index,
      line: void 0,
      label: 'load',
      status: 'failed',
      answers: [],
      differences: [],
      error: p,
    })),
    rows: /* @__PURE__ */ new Map(),
    codes: /* @__PURE__ */ new Map(),
    durationMs: 0,
  }
}
/**
 * Runs each file on a fresh session of `target`; `onResult` sees each result as it finishes.
 * @example const summary = await runScenarios(['scenarios/examples'], target); process.exitCode = summary.failed ? 1 : 0
 */
async function runScenarios(paths, target, onResult) {
  const results = []
  for (const path of paths) {
    let result
    try {
      result = await runScenario(loadScenario(path), target)
    } catch (error) {
      result = broken(path, error)
    }
    results.push(result)
    onResult?.(result)
  }
  const rows = /* @__PURE__ */ new Map()
  const codes = /* @__PURE__ */ new Map()
  for (const r of results) {
    mergeCounts(rows, r.rows)
    mergeCounts(codes, r.codes)
  }
  const passed = results.filter((r) => r.passed).length
  return {
    target: target.name,
    results,
    passed,
    failed: results.length - passed,
    coverage: coverageReport(rows, codes),
  }
}

//#endregion
export {
  ACTION_ERROR_CODES as j,
  ALL_EVENTS as B,
  act as rt,
  applySeed as _,
  buildDetail as ut,
  CALLABLE_OPERATIONS as o,
  commissionDetails as F,
  confirm as it,
  coverageReport as M,
  createEngine as U,
  DEFAULT_MERCHANT as Z,
  DEFAULT_SEED_START as p,
  describeState as ft,
  dispatch as at,
  Engine as H,
  errorCodesIn as O,
  exportTenant as T,
  findSeed as v,
  formatCoverage as N,
  formatDifference as l,
  formatScenario as u,
  formatTotals as d,
  hasOpenClaim as pt,
  httpTarget as x,
  inProcessTarget as f,
  isSandboxEvent as Y,
  junitXml as c,
  KoreanFaker as P,
  lastChangedStatuses as ot,
  loadScenario as i,
  MAX_SEED_COUNT as h,
  MERCHANT_ACTIONS as K,
  mergeCounts as k,
  npayApiDocument as mt,
  originOf as S,
  parseDuration as $,
  parseScenario as a,
  productOrderIds as st,
  progressBar as w,
  queryProductOrders as ct,
  reachableStates as V,
  reviews as et,
  rowCounts as A,
  runScenario as n,
  runScenarios as t,
  SANDBOX_EVENT_ACTORS as J,
  SANDBOX_EVENTS as q,
  SandboxError as nt,
  SCENARIO_SCHEMA as s,
  ScenarioLoadError as r,
  SEEDS as g,
  SeedDriver as y,
  SeedStepError as b,
  STATE_VERSION as X,
  scenarioExample as E,
  scenarioExampleNames as D,
  scenarioFiles as C,
  searchProductOrders as lt,
  seedEngine as m,
  seededRandom as Q,
  settleCases as I,
  settleDaily as L,
  stateOf as dt,
  TRANSITIONS as G,
  transition as W,
  vatCases as R,
  vatDaily as z,
  writeReview as tt,
}
