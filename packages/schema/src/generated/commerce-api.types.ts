// generated — do not edit. Source: openapi/profiles/commerce-api.yaml over npay-api.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export interface paths {
    "/v1/oauth2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 인증 토큰 발급 요청
         * @description Issues a bearer token (OAuth 2.0 client credentials with a bcrypt signature). Path is the Commerce
         *     layout `{base}/v1/oauth2/token` [INF; Npay does not publish it]. Parameters are normally sent as an
         *     `application/x-www-form-urlencoded` body [DOC]; several public clients send the same parameters in
         *     the query string with an empty body and this works against the real server [OBS], so both are
         *     described here and the emulator accepts either [REC].
         *
         *     Signature: `client_secret_sign = Base64(bcrypt(client_id + "_" + timestamp, client_secret))`,
         *     where the client secret itself is the bcrypt salt [DOC]. A token lives 10,800 s; while at least
         *     30 minutes remain the same token is returned [DOC].
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/last-changed-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 변경 상품 주문 내역 조회
         * @description 조회 범위 내에 변경 이력이 있는 상품 주문 내역을 조회 [NPAY]. Rows are ordered by `lastChangedDate`
         *     then product order ID [DOC]. When more rows remain than `limitCount`, `data.more` carries the
         *     cursor: call again with `lastChangedFrom = more.moreFrom`, `moreSequence = more.moreSequence` and
         *     the same `lastChangedTo` [DOC]. An empty result may carry no `data` at all [OBS]. A window longer
         *     than 24 h is rejected with 400 `104139` [INF]. The emulator records one row per change event [REC].
         */
        get: operations["getLastChangedStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 상품 주문 상세 내역 조회
         * @description 상품 주문에 대한 상세 내역을 조회 [NPAY]. Unknown IDs and IDs of another merchant are left out of
         *     `data` [INF]; results follow the requested order [REC]. An empty list or more than 300 IDs → 400
         *     `4000` [INF/REC].
         */
        post: operations["queryProductOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/orders/{orderId}/product-order-ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 상품 주문 번호 목록 조회
         * @description 주문에 대한 상품 주문 번호 목록을 조회 [NPAY]. `data` is a plain array [DOC]. Unknown order → 400
         *     `100003` [INF]; another merchant's order → 400 `101010` [OBS].
         */
        get: operations["getProductOrderIds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 조건형 상품 주문 상세 내역 조회
         * @description 조건에 맞는 상품 주문 상세 내역을 조회 [NPAY]. The span `from`..`to` must not exceed 24 h (400 `4000`
         *     [OBS]).
         */
        get: operations["searchProductOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 발주 확인 처리
         * @description 단수 또는 복수 개 상품 주문의 발주를 확인 처리 [NPAY]. `placeOrderStatus` NOT_YET → OK; the product order
         *     stays PAYED [OBS]. HTTP 200 even when items fail; failures are listed in `failProductOrderInfos` [DOC].
         *     Whether the mall variant answers with `successProductOrderInfos` (as the seller API) is unverified [INF].
         */
        post: operations["confirmProductOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/delay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 발송 지연 처리
         * @description 1건의 상품 주문을 발송 지연 요청 [NPAY]. Sets `shippingDueDate`, `delayedDispatchReason` and
         *     `delayedDispatchDetailedReason`; the status stays PAYED and no last-changed row is written [INF].
         *     A due date out of the allowed range fails with `104105` [DOC]; the emulator rejects a date not after
         *     now and not after the current due date [REC]. Business-state failures are HTTP 200 with one
         *     `failProductOrderInfos` entry [REC].
         */
        post: operations["delayDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 발송 처리
         * @description 단수 또는 복수 개 상품 주문을 발송 처리 [NPAY]. HTTP 200 even when items fail; failures are listed in
         *     `failProductOrderInfos` with codes such as `9999` (주문상태 및 클레임상태를 확인하세요), `104118`–`104122`
         *     and `104131` [DOC][OBS]. The status moves PAYED → DELIVERING and a `DISPATCHED` last-changed row is
         *     written [INF]. Dispatch straight from 발주 미확인 is allowed and confirms implicitly [INF/REC].
         */
        post: operations["dispatchProductOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 취소 요청
         * @description 1건의 상품 주문에 대한 판매 취소 [NPAY]. A seller-initiated cancel completes without buyer approval [OBS];
         *     a `cancelQuantity` below the remaining quantity is a partial (수량) cancel and the status stays PAYED [OBS].
         *     Business-state failures are HTTP 200 with one `failProductOrderInfos` entry [REC].
         */
        post: operations["requestCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/cancel/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 취소 요청 승인
         * @description 1건의 상품 주문에 대한 취소 요청을 승인 [NPAY]. Allowed only for a buyer cancel request in
         *     `CANCEL_REQUEST` [OBS]. No request body [DOC].
         */
        post: operations["approveCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 반품 요청
         * @description 1건의 상품 주문에 대한 반품을 요청 [NPAY]. Allowed from DELIVERING/DELIVERED without another open claim [INF].
         */
        post: operations["requestReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 반품 승인
         * @description 1건의 상품 주문에 대한 반품을 승인 [NPAY]. Not allowed while the return is held back [INF]. No request body [DOC].
         */
        post: operations["approveReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 반품 거부(철회)
         * @description 1건의 상품 주문에 대한 반품 요청을 거부(철회) [NPAY].
         */
        post: operations["rejectReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 반품 보류
         * @description 1건의 상품 주문에 대한 반품을 보류 [NPAY]. Sets `return.holdbackStatus=HOLDBACK`; the claim status is
         *     unchanged and no last-changed row is written [INF].
         */
        post: operations["holdbackReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/return/holdback/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 반품 보류 해제
         * @description 1건의 상품 주문에 대한 반품 보류를 해제 [NPAY]. No request body [DOC].
         */
        post: operations["releaseReturnHoldback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/collect/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 교환 수거 완료
         * @description 1건의 상품 주문에 대한 교환을 수거 완료 처리 [NPAY]. The mall path ends in `collect/complete` [NPAY];
         *     the seller sibling ends in `collect/approve` [DOC], which the emulator also serves (see
         *     `x-npay-sandbox-aliases`) [REC]. No request body [DOC].
         */
        post: operations["completeExchangeCollect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 교환 재배송 처리
         * @description 1건의 상품 주문에 대한 교환 승인 건을 재배송 처리 [NPAY]. Allowed only after collection (`COLLECT_DONE`),
         *     otherwise `104417` [DOC code; state INF].
         */
        post: operations["redeliverExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 교환 거부(철회)
         * @description 1건의 상품 주문에 대한 교환 요청을 거부(철회) [NPAY].
         */
        post: operations["rejectExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 교환 보류
         * @description 1건의 상품 주문에 대한 교환을 보류 [NPAY]. Sets `exchange.holdbackStatus=HOLDBACK` [INF].
         */
        post: operations["holdbackExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/claim/exchange/holdback/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 교환 보류 해제
         * @description 1건의 상품 주문에 대한 교환 보류를 해제 [NPAY]. No request body [DOC].
         */
        post: operations["releaseExchangeHoldback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-settle/settle/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 건별 정산 내역 조회
         * @description Settlement lines per product order, delivery fee or other fee [DOC]. (The Npay README swaps the one-line
         *     descriptions of case and daily; the names and schemas agree that `case` is per line item [DOC].)
         *     Rows are appended, never edited, when something changes after settlement [OBS].
         */
        get: operations["getSettleCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-settle/settle/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 일별 정산 내역 조회
         * @description Settlement totals per settlement day, filtered on the expected settlement date [DOC][OBS].
         */
        get: operations["getSettleDaily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-settle/settle/commission-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 수수료 상세 내역 조회
         * @description Commission lines [DOC]. Note the element field `orderNo` (not `orderId`) [DOC].
         */
        get: operations["getCommissionDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-settle/vat/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 건별 부가세 내역 조회
         * @description VAT lines per order [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].
         */
        get: operations["getVatCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-settle/vat/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 일별 부가세 내역 조회
         * @description VAT totals per day [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].
         */
        get: operations["getVatDaily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pay-order/seller/product-orders/{productOrderId}/hope-delivery/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 배송 희망일 변경 처리
         * @description 배송 희망일 정보를 변경 처리합니다 [DOC]. Only product orders placed with a hope-delivery date
         *     (`productOrder.hopeDelivery`, else 104441) that are not yet dispatched and have no claim in
         *     progress can change it (else 104442) [INF]. The change writes the new day (time and region when
         *     given), `hopeDelivery.changeReason` and `changer` (`판매자 API` [REC]), and one last-changed row of
         *     type `HOPE_DELIVERY_INFO_CHANGED` [DOC enum][INF], which the conditional query's
         *     `HOPE_DELIVERY_INFO_CHANGED_DATETIME` finds. A day that does not exist or is past (104444), more
         *     than 30 days ahead (104445), unchanged (104446), a current hope day that has come (104449), or a
         *     time or region for N희망일배송 (104450) is refused [DOC codes][REC rules]. Business-state failures
         *     are HTTP 200 with one `failProductOrderInfos` entry, as for every single-order action [REC].
         */
        post: operations["changeHopeDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: date-time
         * @description Date-time input `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` [DOC]. An offset (`Z` or ±hh:mm) is required; milliseconds
         *     are required by the docs, and 1–3 fraction digits are accepted because real responses sometimes print
         *     fewer digits and clients echo them back [OBS][REC]. In query strings send `+` as `%2B` [DOC].
         * @example 2022-09-29T17:32:06.000+09:00
         */
        DateTimeInput: string;
        /**
         * Format: date-time
         * @description Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].
         *     (Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)
         * @example 2023-01-16T17:14:51.794+09:00
         */
        KstDateTime: string;
        /**
         * Format: date
         * @description Date `yyyy-MM-dd` [DOC].
         * @example 2022-01-01
         */
        LocalDate: string;
        /**
         * @description OAuth 2.0 grant type; only `client_credentials` [DOC].
         * @enum {string}
         */
        GrantType: "client_credentials";
        /**
         * @description Token resource type [DOC]: `SELF` = the app's own resources, `SELLER` = resources of a related seller
         *     (needs `account_id`). Required by the Commerce API; for Npay mall apps optional, `SELF` assumed [INF][REC].
         * @enum {string}
         */
        TokenType: "SELF" | "SELLER";
        /** @description Token request parameters (form body or query string) [DOC][OBS]. */
        TokenRequest: {
            /**
             * @description 애플리케이션 ID [DOC].
             * @example 7dMvteboKNHwyRremLXXXX
             */
            client_id: string;
            /**
             * Format: int64
             * @description Unix time in milliseconds used in the signature; valid for 5 minutes [DOC]. Timestamps in the
             *     future beyond a few seconds are rejected [INF][REC].
             * @example 1706671059230
             */
            timestamp: number;
            grant_type: components["schemas"]["GrantType"];
            /**
             * @description 전자서명: Base64(bcrypt(`client_id` + "_" + `timestamp`, salt = `client_secret`)) — 80 characters
             *     over `[A-Za-z0-9]` [DOC].
             * @example JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy
             */
            client_secret_sign: string;
            type: components["schemas"]["TokenType"];
            /** @description Seller ID or UID; only with `type=SELLER` [DOC]. */
            account_id?: string;
        };
        /** @description Issued token [DOC]. */
        TokenResponse: {
            /** @description Opaque bearer token [DOC]. */
            access_token?: string;
            /**
             * Format: int64
             * @description Seconds of validity: 10800 for a fresh token [DOC]; the remaining seconds when an existing token
             *     with at least 30 minutes left is returned again [INF][REC].
             */
            expires_in?: number;
            /**
             * @description Always `Bearer` [DOC].
             * @example Bearer
             */
            token_type?: string;
        };
        /** @description One rejected input [DOC]. */
        InvalidInput: {
            /** @description Field name. */
            name: string;
            /** @description Error type, e.g. `typeMismatch`. */
            type: string;
            /** @description Korean message. */
            message: string;
        };
        /**
         * @description Order-API error body [DOC]. `code` is a numeric-looking string from the pay-order error table (`4000`,
         *     `9999`, `100001`, `104139`, …); gateway errors use the same shape without `invalidInputs`.
         */
        OrderErrorBody: {
            /** @example 4000 */
            code: string;
            message: string;
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            /** @description Present on validation failures [DOC]. */
            invalidInputs?: components["schemas"]["InvalidInput"][];
        };
        /**
         * @description Token endpoint error body [DOC]: same shape as the order error body; `code` e.g. `BAD_REQUEST`, or a
         *     gateway code. Concrete codes per failure are not public [REC].
         */
        TokenErrorBody: {
            /** @example BAD_REQUEST */
            code: string;
            message: string;
            /**
             * Format: date-time
             * @description Error time. The official token example prints UTC with `Z` (2024-07-29T15:51:28.071Z) [DOC], unlike the KST of the other APIs; the emulator writes KST [REC].
             */
            timestamp: string;
            traceId?: string;
            invalidInputs?: components["schemas"]["InvalidInput"][];
            /** @description 추가 데이터 정보 [DOC]. */
            data?: {
                [key: string]: unknown;
            };
        };
        /** @description GNCP gateway error body, produced before the request reaches the service [DOC][OBS]. */
        GatewayErrorBody: {
            /**
             * @description `GW.AUTHN`, `GW.AUTHZ`, `GW.IP_NOT_ALLOWED`, `GW.NOT_FOUND`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`, `GW.PROXY.01`–`05`, `GW.INTERNAL_SERVER_ERROR`, `GW.BLOCK.01`/`02`, `GW.TIMEOUT.01`/`02` [DOC].
             * @example GW.AUTHN
             */
            code: string;
            /** @example 요청을 보낼 권한이 없습니다. */
            message: string;
            timestamp: components["schemas"]["KstDateTime"];
            /** @example cr3-000000-aaaaaa^1730711073284^6745261 */
            traceId: string;
        };
        /** @description Settlement-API error body [DOC]; `invalidInputs` is always present (empty on 500). */
        SettlementErrorBody: {
            /** @example BAD_REQUEST */
            code: string;
            /** @example 잘못된 요청 */
            message: string;
            invalidInputs: components["schemas"]["InvalidInput"][];
            timestamp: components["schemas"]["KstDateTime"];
            traceId?: string;
        };
        /**
         * @description Common order-API success wrapper [DOC]: `{timestamp, traceId, data}`; each operation's response schema
         *     repeats these two fields with its own `data`. Absent fields are omitted, never `null` [DOC][OBS].
         */
        OrderEnvelope: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
        };
        /** @description Success body of getLastChangedStatuses. An empty result may omit `data` [OBS]. */
        LastChangedStatusesResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data?: components["schemas"]["LastChangedStatusesData"];
        };
        /** @description Success body of queryProductOrders; `data` is an array [DOC]. */
        ProductOrderDetailsResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["ProductOrderDetail"][];
        };
        /** @description Success body of getProductOrderIds [DOC]. */
        ProductOrderIdsResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["ProductOrderIds"];
        };
        /** @description Success body of searchProductOrders [DOC]. */
        SearchProductOrdersResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["SearchProductOrdersData"];
        };
        /** @description Success body of confirmProductOrders [DOC]. */
        ConfirmResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["ConfirmResult"];
        };
        /** @description Success body of dispatch, delay and every claim action [DOC]. */
        ClaimActionResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["ClaimActionResult"];
        };
        /** @description Success body of getReviews; the order-API envelope is assumed [REC]. */
        ReviewsResponse: {
            timestamp: components["schemas"]["KstDateTime"];
            traceId: string;
            data: components["schemas"]["ReviewsData"];
        };
        /** @description 상품 주문 상세 내역 조회 request [DOC]. */
        QueryProductOrdersRequest: {
            /** @description 1–300 product order IDs [DOC]. */
            productOrderIds: string[];
            /** @description 수량 클레임 변경사항 대응 완료 여부; exact semantics unclear [DOC]. */
            quantityClaimCompatibility?: boolean;
        };
        /** @description 발주 확인 request [DOC]. */
        ConfirmProductOrdersRequest: {
            /** @description 1–30 product order IDs [DOC]. */
            productOrderIds: string[];
        };
        /**
         * @description One dispatch instruction [DOC]. The docs mark no inner field required; `productOrderId` is required here
         *     so failures can be reported per item [REC]. `deliveryMethod` and `dispatchDate` are needed in practice and
         *     company/tracking number are needed for `DELIVERY`; their absence is reported per item with business
         *     codes 104118/104119/104120 [DOC codes][OBS].
         */
        DispatchProductOrder: {
            productOrderId: string;
            deliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 택배사 코드 (DeliveryCompanyCode). Typed as a string so an unknown code reaches the per-item check (104119) instead of failing the whole request [REC]. */
            deliveryCompanyCode?: string;
            /** @description 송장 번호. */
            trackingNumber?: string;
            dispatchDate?: components["schemas"]["DateTimeInput"];
        };
        /** @description 발송 처리 request [DOC]. */
        DispatchProductOrdersRequest: {
            /** @description 1–30 entries [DOC]. */
            dispatchProductOrders: components["schemas"]["DispatchProductOrder"][];
        };
        /** @description 발송 지연 request [DOC]. The docs mark no field required; the due date and the reason code are required here (a delay without them does nothing), the detailed reason is optional [REC]. */
        DelayDispatchRequest: {
            dispatchDueDate: components["schemas"]["DateTimeInput"];
            delayedDispatchReason: components["schemas"]["DelayedDispatchReason"];
            /** @description 발송 지연 상세 사유, shown to the buyer. */
            dispatchDelayedDetailedReason?: string;
        };
        /** @description 판매자 취소 요청 [DOC]. */
        RequestCancelRequest: {
            cancelReason: components["schemas"]["CancelRequestReason"];
            /** @description 취소 상세 사유. */
            cancelDetailedReason?: string;
            /** @description Omitted = whole remaining quantity; less = partial (수량) cancel [DOC]. */
            cancelQuantity?: number;
        };
        /** @description 판매자 반품 요청 [DOC]. */
        RequestReturnRequest: {
            returnReason: components["schemas"]["ReturnRequestReason"];
            collectDeliveryMethod: components["schemas"]["DeliveryMethod"];
            /** @description 수거 택배사 코드 (DeliveryCompanyCode). */
            collectDeliveryCompany?: string;
            /** @description 수거 송장 번호. */
            collectTrackingNumber?: string;
            /** @description Omitted = whole remaining quantity [DOC]. */
            returnQuantity?: number;
        };
        /** @description 반품 거부 request [DOC]. */
        RejectReturnRequest: {
            /** @description 반품 거부 사유. */
            rejectReturnReason: string;
        };
        /** @description 반품 보류 request [DOC]. Return-side holdback types are expected [INF]. */
        HoldbackReturnRequest: {
            holdbackClassType: components["schemas"]["HoldbackClassType"];
            /** @description 보류 상세 사유. */
            holdbackReturnDetailReason: string;
            /** @description 기타 반품 비용. */
            extraReturnFeeAmount?: number;
        };
        /**
         * @description 교환 재배송 request [DOC]. The docs mark no field required; the method, and for `DELIVERY` company and
         *     tracking number, are needed in practice [INF].
         */
        RedeliverExchangeRequest: {
            reDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 재배송 택배사 코드 (DeliveryCompanyCode). */
            reDeliveryCompany?: string;
            /** @description 재배송 송장 번호. */
            reDeliveryTrackingNumber?: string;
        };
        /** @description 교환 거부 request [DOC]. */
        RejectExchangeRequest: {
            /** @description 교환 거부 사유. */
            rejectExchangeReason: string;
        };
        /** @description 교환 보류 request [DOC]. Exchange-side holdback types are expected [INF]. */
        HoldbackExchangeRequest: {
            holdbackClassType: components["schemas"]["HoldbackClassType"];
            /** @description 보류 상세 사유. */
            holdbackExchangeDetailReason: string;
            /** @description 기타 교환 비용. */
            extraExchangeFeeAmount?: number;
        };
        /** @description data of getLastChangedStatuses [DOC]. Note the real spelling `lastChangeStatuses`. */
        LastChangedStatusesData: {
            /** @description Number of rows in this response. */
            count: number;
            /** @description Present only when rows remain beyond limitCount [DOC]. */
            more?: components["schemas"]["LastChangedMore"];
            /** @description Changed product orders, ordered by lastChangedDate then productOrderId [DOC]. */
            lastChangeStatuses: components["schemas"]["LastChangedStatus"][];
        };
        /** @description Continuation cursor of getLastChangedStatuses [DOC]. */
        LastChangedMore: {
            /** @description lastChangedDate of the first row not returned; send back as lastChangedFrom. */
            moreFrom?: components["schemas"]["KstDateTime"];
            /** @description Cursor of that row; send back as moreSequence (doc example 2022051122443341). */
            moreSequence?: string;
        };
        /** @description One changed product order (lastChangeStatuses[]) [DOC]. Absent values are omitted. */
        LastChangedStatus: {
            /** @description 주문 번호 */
            orderId?: string;
            /** @description 상품 주문 번호 */
            productOrderId?: string;
            /** @description 최종 변경 구분 */
            lastChangedType?: components["schemas"]["LastChangedType"];
            /** @description 결제 일시; omitted while unpaid */
            paymentDate?: components["schemas"]["KstDateTime"];
            /** @description 최종 변경 일시 */
            lastChangedDate?: components["schemas"]["KstDateTime"];
            /** @description 상품 주문 상태 */
            productOrderStatus?: components["schemas"]["ProductOrderStatus"];
            /** @description 클레임 구분; omitted without a claim */
            claimType?: components["schemas"]["ClaimType"];
            /** @description 클레임 상태; omitted without a claim */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 배송지 정보 변경 여부 (default false) */
            receiverAddressChanged?: boolean;
            /** @description 선물 수락 상태 (gift orders only) */
            giftReceivingStatus?: components["schemas"]["GiftReceivingStatus"];
        };
        /** @description One product order with its order, delivery and claims (element of queryProductOrders data; content of searchProductOrders) [DOC]. Absent blocks are omitted, not null. */
        ProductOrderDetail: {
            /** @description 주문 정보 (shared by every product order of the orderId) */
            order?: components["schemas"]["Order"];
            /** @description 상품 주문 정보 */
            productOrder?: components["schemas"]["ProductOrder"];
            /** @description 배송 정보; present once dispatched */
            delivery?: components["schemas"]["Delivery"];
            /**
             * @deprecated
             * @description Deprecated top-level copy of the current cancel claim (2025년 상반기 중 제거 예정) [DOC]; read currentClaim.cancel.
             */
            cancel?: components["schemas"]["CancelClaim"];
            /**
             * @deprecated
             * @description Deprecated top-level copy of the current return claim [DOC]; read currentClaim.return.
             */
            return?: components["schemas"]["ReturnClaim"];
            /**
             * @deprecated
             * @description Deprecated top-level copy of the current exchange claim [DOC]; read currentClaim.exchange.
             */
            exchange?: components["schemas"]["ExchangeClaim"];
            /** @description 이전 클레임 정보 */
            beforeClaim?: components["schemas"]["BeforeClaim"];
            /** @description 현재 클레임 정보 */
            currentClaim?: components["schemas"]["CurrentClaim"];
            /** @description 완료된 클레임 목록 (flattened history entries) */
            completedClaims?: components["schemas"]["CompletedClaim"][];
        };
        /** @description Previous claim of the product order [DOC]. */
        BeforeClaim: {
            /** @description 이전 교환 클레임 */
            exchange?: components["schemas"]["ExchangeClaim"];
        };
        /** @description Claim currently attached to the product order [DOC]. */
        CurrentClaim: {
            /** @description 취소 */
            cancel?: components["schemas"]["CancelClaim"];
            /** @description 반품 */
            return?: components["schemas"]["ReturnClaim"];
            /** @description 교환 */
            exchange?: components["schemas"]["ExchangeClaim"];
        };
        /** @description Order-level fields of a product order detail [DOC]. */
        Order: {
            /** @description 주문 번호 */
            orderId?: string;
            /** @description 주문 일시 */
            orderDate?: components["schemas"]["KstDateTime"];
            /** @description 결제 일시; absent while unpaid */
            paymentDate?: components["schemas"]["KstDateTime"];
            /** @description 입금 기한 (무통장입금) */
            paymentDueDate?: components["schemas"]["KstDateTime"];
            /** @description 결제 수단: a Korean label such as 신용카드 or 무통장입금 (see PaymentMeans) [DOC][OBS] */
            paymentMeans?: string;
            /** @description 결제 위치 구분 (PC/MOBILE) */
            payLocationType?: components["schemas"]["PayLocationType"];
            /** @description 주문자 ID (masked) */
            ordererId?: string;
            /** @description 주문자 번호 */
            ordererNo?: string;
            /** @description 주문자 이름 */
            ordererName?: string;
            /** @description 주문자 연락처 */
            ordererTel?: string;
            /** @description 주문 할인액 */
            orderDiscountAmount?: number;
            /** @description 일반 결제 수단 최종 결제 금액 */
            generalPaymentAmount?: number;
            /** @description 네이버페이 포인트 최종 결제 금액 */
            naverMileagePaymentAmount?: number;
            /** @description 충전금 최종 결제 금액 */
            chargeAmountPaymentAmount?: number;
            /** @description 적립금 최종 결제 금액 (legacy) */
            checkoutAccumulationPaymentAmount?: number;
            /** @description 후불 결제 최종 결제 금액 */
            payLaterPaymentAmount?: number;
            /** @description 배송 메모 개별 입력 여부: a string "true"/"false" in the docs [DOC]; a live sample carried a JSON boolean [OBS]. */
            isDeliveryMemoParticularInput?: string | boolean;
            /** @description 네이버플러스 멤버십 가입 여부 */
            isMembershipSubscribed?: boolean;
        };
        /** @description The product order itself [DOC]. Field spellings are the real ones, including productImediateDiscountAmount and sellerBurdenImediateDiscountAmount (one "m"). Absent values are omitted. */
        ProductOrder: {
            /** @description 상품 주문 번호 */
            productOrderId?: string;
            /** @description 가맹점 ID (Npay merchants: np_… [INF]) */
            mallId?: string;
            /** @description 채널 번호 */
            merchantChannelId?: string;
            /** @description 상품 번호 (for Npay presumably the merchant product ID [INF]) */
            productId?: string;
            /** @description 원상품 번호 */
            originalProductId?: string;
            /**
             * Format: int64
             * @description 그룹 상품 번호
             */
            groupProductId?: number;
            /** @description 상품명 */
            productName?: string;
            /** @description 상품 옵션 */
            productOption?: string;
            /** @description 옵션 코드 */
            optionCode?: string;
            /** @description 판매자 옵션 관리 코드 */
            optionManageCode?: string;
            /** @description 판매자 상품 코드 */
            sellerProductCode?: string;
            /** @description 판매자 내부 코드 1 */
            sellerCustomCode1?: string;
            /** @description 판매자 내부 코드 2 */
            sellerCustomCode2?: string;
            /** @description 아이템 번호 */
            itemNo?: string;
            /** @description 상품 종류, Korean text such as 조합형옵션상품 [DOC] */
            productClass?: string;
            /** @description 사은품 */
            freeGift?: string;
            /** @description 묶음 배송 번호 */
            packageNumber?: string;
            /** @description 유입 경로 */
            inflowPath?: string;
            /** @description 유입 경로 추가 정보 */
            inflowPathAdd?: string;
            /** @description 개인통관고유부호 */
            individualCustomUniqueCode?: string;
            /** @description 과세 유형 */
            taxType?: components["schemas"]["TaxType"];
            /** @description 상품 주문 상태 */
            productOrderStatus?: components["schemas"]["ProductOrderStatus"];
            /** @description 현재 클레임 구분; omitted without a claim */
            claimType?: components["schemas"]["ClaimType"];
            /** @description 현재 클레임 상태; omitted without a claim */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 현재 클레임 번호 */
            claimId?: string;
            /** @description 발주 상태 */
            placeOrderStatus?: components["schemas"]["PlaceOrderStatus"];
            /** @description 발주 확인 일시 */
            placeOrderDate?: components["schemas"]["KstDateTime"];
            /** @description 구매 확정 일시 */
            decisionDate?: components["schemas"]["KstDateTime"];
            /** @description 선물 수락 상태 */
            giftReceivingStatus?: components["schemas"]["GiftReceivingStatus"];
            /** @description 수량 */
            quantity?: number;
            /** @description 최초 수량 */
            initialQuantity?: number;
            /** @description 잔여 수량 (after 수량 클레임) */
            remainQuantity?: number;
            /** @description 상품 가격 */
            unitPrice?: number;
            /** @description 옵션 금액 */
            optionPrice?: number;
            /** @description 상품 주문 금액 */
            totalProductAmount?: number;
            /** @description 최초 상품 주문 금액 */
            initialProductAmount?: number;
            /** @description 잔여 상품 주문 금액 */
            remainProductAmount?: number;
            /** @description 상품별 할인액 */
            productDiscountAmount?: number;
            /** @description 최초 상품별 할인액 */
            initialProductDiscountAmount?: number;
            /** @description 잔여 상품별 할인액 */
            remainProductDiscountAmount?: number;
            /** @description 총 결제 금액 */
            totalPaymentAmount?: number;
            /** @description 최초 결제 금액 */
            initialPaymentAmount?: number;
            /** @description 잔여 결제 금액 */
            remainPaymentAmount?: number;
            /** @description 상품별 즉시 할인 금액 (real spelling, one "m") */
            productImediateDiscountAmount?: number;
            /** @description 최초 상품별 즉시 할인 금액 */
            initialProductImmediateDiscountAmount?: number;
            /** @description 잔여 상품별 즉시 할인 금액 */
            remainProductImmediateDiscountAmount?: number;
            /** @description 상품별 상품 할인 쿠폰 금액 */
            productProductDiscountAmount?: number;
            /** @description 최초 상품별 상품 할인 쿠폰 금액 */
            initialProductProductDiscountAmount?: number;
            /** @description 잔여 상품별 상품 할인 쿠폰 금액 */
            remainProductProductDiscountAmount?: number;
            /** @description 상품별 복수 구매 할인 금액 */
            productMultiplePurchaseDiscountAmount?: number;
            /** @description 판매자 부담 할인액 */
            sellerBurdenDiscountAmount?: number;
            /** @description 판매자 부담 즉시 할인 금액 (real spelling, one "m") */
            sellerBurdenImediateDiscountAmount?: number;
            /** @description 최초 판매자 부담 즉시 할인 금액 */
            initialSellerBurdenImmediateDiscountAmount?: number;
            /** @description 잔여 판매자 부담 즉시 할인 금액 */
            remainSellerBurdenImmediateDiscountAmount?: number;
            /** @description 판매자 부담 상품 할인 쿠폰 금액 */
            sellerBurdenProductDiscountAmount?: number;
            /** @description 최초 판매자 부담 상품 할인 쿠폰 금액 */
            initialSellerBurdenProductDiscountAmount?: number;
            /** @description 잔여 판매자 부담 상품 할인 쿠폰 금액 */
            remainSellerBurdenProductDiscountAmount?: number;
            /** @description 판매자 부담 복수 구매 할인 금액 */
            sellerBurdenMultiplePurchaseDiscountAmount?: number;
            /** @description 판매자 부담 복수 구매 할인 유형 */
            sellerBurdenMultiplePurchaseDiscountType?: components["schemas"]["SellerBurdenMultiplePurchaseDiscountType"];
            /** @description 판매자 부담 스토어 할인 금액 */
            sellerBurdenStoreDiscountAmount?: number;
            /** @description 배송비 합계 */
            deliveryFeeAmount?: number;
            /** @description 배송비 최종 할인액 */
            deliveryDiscountAmount?: number;
            /** @description 지역별 추가 배송비 */
            sectionDeliveryFee?: number;
            /** @description 결제 수수료 */
            paymentCommission?: number;
            /** @description 판매 수수료 */
            saleCommission?: number;
            /** @description 채널 수수료 */
            channelCommission?: number;
            /** @description 네이버쇼핑 매출 연동 수수료 */
            knowledgeShoppingSellingInterlockCommission?: number;
            /** @description 정산 예정 금액 */
            expectedSettlementAmount?: number;
            /** @description 배송 방법 */
            expectedDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 배송비 정책, Korean text such as 유료 [DOC] */
            deliveryPolicyType?: string;
            /** @description 배송비 형태, Korean text such as 선결제 [DOC] */
            shippingFeeType?: string;
            /** @description 배송지 정보 */
            shippingAddress?: components["schemas"]["ShippingAddress"];
            /** @description 출고지 정보 */
            takingAddress?: components["schemas"]["Address"];
            /** @description 발송 기한 (changed by delayDispatch) */
            shippingDueDate?: components["schemas"]["KstDateTime"];
            /** @description 배송 시작 일시 */
            shippingStartDate?: components["schemas"]["KstDateTime"];
            /** @description 배송 메모 */
            shippingMemo?: string;
            /** @description 발송 지연 사유 (set by delayDispatch) */
            delayedDispatchReason?: components["schemas"]["DelayedDispatchReason"];
            /** @description 발송 지연 상세 사유 (set by delayDispatch) */
            delayedDispatchDetailedReason?: string;
            /** @description 희망일 배송 정보 */
            hopeDelivery?: components["schemas"]["HopeDelivery"];
            /** @description 배송 속성 */
            deliveryAttributeType?: components["schemas"]["DeliveryAttributeType"];
            /** @description 배송 태그 */
            deliveryTagType?: components["schemas"]["DeliveryTagType"];
            /** @description 예상 택배사 코드 (DeliveryCompanyCode) */
            expectedDeliveryCompany?: string;
            /** @description 도착 보장 일시 */
            arrivalGuaranteeDate?: components["schemas"]["KstDateTime"];
            /** @description 물류사 ID (fulfillment) */
            logisticsCompanyId?: string;
            /** @description 물류 센터 ID (fulfillment) */
            logisticsCenterId?: string;
            /** @description 물류사 직계약 여부 */
            logisticsDirectContracted?: boolean;
            /** @description 보관 유형 */
            storageType?: components["schemas"]["StorageType"];
            /** @description SKU 매핑 (fulfillment) */
            skuMappings?: components["schemas"]["SkuMapping"][];
            /** @description 수수료 과금 구분, Korean text such as 결제수수료 [DOC] */
            commissionRatingType?: string;
            /** @description 수수료 선결제 상태 */
            commissionPrePayStatus?: components["schemas"]["CommissionPrePayStatus"];
            /** @description 적용 쿠폰 */
            appliedCoupons?: components["schemas"]["AppliedCoupon"][];
            /** @description 적용 카드 프로모션 */
            appliedCardPromotion?: components["schemas"]["AppliedCardPromotion"];
        };
        /** @description 희망일 배송 정보 (productOrder.hopeDelivery) [DOC]. */
        HopeDelivery: {
            /** @description 지역 */
            region?: string;
            /** @description 추가 배송비 */
            additionalFee?: number;
            /** @description 배송 희망일 yyyyMMdd */
            hopeDeliveryYmd?: string;
            /** @description 배송 희망 시간 HHmm */
            hopeDeliveryHm?: string;
            /** @description 변경 사유 */
            changeReason?: string;
            /** @description 변경자 */
            changer?: string;
        };
        /** @description SKU mapping of a fulfillment product order [DOC]. */
        SkuMapping: {
            /** @description SKU ID */
            nsId?: string;
            /** @description SKU 바코드 */
            nsBarcode?: string;
            /** @description 주문당 피킹 수량 */
            pickingQuantityPerOrder?: number;
        };
        /** @description Applied coupon [DOC]. */
        AppliedCoupon: {
            /** @description 쿠폰 발행 번호 */
            couponPublishNumber?: string;
            /** @description 쿠폰 유형 */
            couponClassCode?: components["schemas"]["CouponClassCode"];
            /** @description 쿠폰 할인 금액 */
            couponDiscountAmount?: number;
            /** @description 네이버 부담 비율 */
            naverBurdenRatio?: number;
        };
        /** @description Applied card promotion [DOC]. */
        AppliedCardPromotion: {
            /** @description 프로모션명 */
            promotionName?: string;
            /** @description 카드사명 */
            cardCompanyName?: string;
            /** @description 프로모션 적용 금액 */
            promotionApplyAmount?: number;
            /** @description 브랜드사 부담 비율 */
            brandCompanyBurdenRatio?: number;
        };
        /** @description Receiver address (productOrder.shippingAddress) [DOC]. */
        ShippingAddress: {
            /** @description 주소 유형 */
            addressType?: components["schemas"]["AddressType"];
            /** @description 이름 */
            name?: string;
            /** @description 연락처 1 */
            tel1?: string;
            /** @description 연락처 2 */
            tel2?: string;
            /** @description 우편번호 */
            zipCode?: string;
            /** @description 기본 주소 */
            baseAddress?: string;
            /** @description 상세 주소 */
            detailedAddress?: string;
            /** @description 도시 (empty string for domestic) */
            city?: string;
            /** @description 주 (empty string for domestic) */
            state?: string;
            /** @description 국가 */
            country?: string;
            /** @description 도로명 주소 여부 */
            isRoadNameAddress?: boolean;
            /** @description 수령 위치 */
            pickupLocationType?: components["schemas"]["PickupLocationType"];
            /** @description 수령 위치 상세 */
            pickupLocationContent?: string;
            /** @description 공동현관 출입 방법 */
            entryMethod?: components["schemas"]["EntryMethod"];
            /** @description 출입 방법 상세 */
            entryMethodContent?: string;
            /** @description 건물 관리 번호 */
            buildingManagementNo?: string;
            /** @description 경도 */
            longitude?: string;
            /** @description 위도 */
            latitude?: string;
        };
        /** @description Address (takingAddress, collectAddress, reDeliveryAddress) [DOC]. */
        Address: {
            /** @description 주소 유형 */
            addressType?: components["schemas"]["AddressType"];
            /** @description 이름 */
            name?: string;
            /** @description 연락처 1 */
            tel1?: string;
            /** @description 연락처 2 */
            tel2?: string;
            /** @description 우편번호 */
            zipCode?: string;
            /** @description 기본 주소 */
            baseAddress?: string;
            /** @description 상세 주소 */
            detailedAddress?: string;
            /** @description 도시 (empty string for domestic) */
            city?: string;
            /** @description 주 (empty string for domestic) */
            state?: string;
            /** @description 국가 */
            country?: string;
            /** @description 도로명 주소 여부 */
            isRoadNameAddress?: boolean;
        };
        /** @description Return receiving address: Address plus logisticsCenterId [DOC]. */
        ReturnReceiveAddress: {
            /** @description 주소 유형 */
            addressType?: components["schemas"]["AddressType"];
            /** @description 이름 */
            name?: string;
            /** @description 연락처 1 */
            tel1?: string;
            /** @description 연락처 2 */
            tel2?: string;
            /** @description 우편번호 */
            zipCode?: string;
            /** @description 기본 주소 */
            baseAddress?: string;
            /** @description 상세 주소 */
            detailedAddress?: string;
            /** @description 도시 (empty string for domestic) */
            city?: string;
            /** @description 주 (empty string for domestic) */
            state?: string;
            /** @description 국가 */
            country?: string;
            /** @description 도로명 주소 여부 */
            isRoadNameAddress?: boolean;
            /** @description 물류 센터 ID */
            logisticsCenterId?: string;
        };
        /** @description Delivery of a dispatched product order [DOC]. */
        Delivery: {
            /** @description 배송 방법 */
            deliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 택배사 코드 (DeliveryCompanyCode) */
            deliveryCompany?: string;
            /** @description 송장 번호 */
            trackingNumber?: string;
            /** @description 발송 일시 (the dispatchDate sent) */
            sendDate?: components["schemas"]["KstDateTime"];
            /** @description 집화 일시 */
            pickupDate?: components["schemas"]["KstDateTime"];
            /** @description 배송 완료 일시 */
            deliveredDate?: components["schemas"]["KstDateTime"];
            /** @description 배송 상세 상태 */
            deliveryStatus?: components["schemas"]["DeliveryStatus"];
            /** @description 오류 송장 여부 */
            isWrongTrackingNumber?: boolean;
            /** @description 오류 송장 등록 일시 */
            wrongTrackingNumberRegisteredDate?: components["schemas"]["KstDateTime"];
            /** @description 오류 송장 등록 구분 (value set not public) */
            wrongTrackingNumberType?: string;
        };
        /** @description Cancel claim block [DOC]. */
        CancelClaim: {
            /** @description 클레임 번호 */
            claimId?: string;
            /** @description 클레임 상태 */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 클레임 요청 일시 */
            claimRequestDate?: components["schemas"]["KstDateTime"];
            /** @description 접수 채널 (Korean text; value set not public) */
            requestChannel?: string;
            /** @description 취소 사유 */
            cancelReason?: components["schemas"]["ClaimReason"];
            /** @description 취소 상세 사유 */
            cancelDetailedReason?: string;
            /** @description 취소 승인 일시 */
            cancelApprovalDate?: components["schemas"]["KstDateTime"];
            /** @description 취소 완료 일시 */
            cancelCompletedDate?: components["schemas"]["KstDateTime"];
            /** @description 환불 예정일 */
            refundExpectedDate?: components["schemas"]["KstDateTime"];
            /** @description 환불 대기 사유 */
            refundStandbyReason?: string;
            /** @description 환불 대기 상태 */
            refundStandbyStatus?: string;
            /** @description 요청 수량 */
            requestQuantity?: number;
        };
        /** @description Return claim block [DOC]. */
        ReturnClaim: {
            /** @description 클레임 번호 */
            claimId?: string;
            /** @description 클레임 상태 */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 클레임 요청 일시 */
            claimRequestDate?: components["schemas"]["KstDateTime"];
            /** @description 접수 채널 (Korean text; value set not public) */
            requestChannel?: string;
            /** @description 반품 사유 */
            returnReason?: components["schemas"]["ClaimReason"];
            /** @description 반품 상세 사유 */
            returnDetailedReason?: string;
            /** @description 요청 수량 */
            requestQuantity?: number;
            /** @description 반품 수령지 */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description 수거지 주소 */
            collectAddress?: components["schemas"]["Address"];
            /** @description 수거 상태 */
            collectStatus?: components["schemas"]["CollectStatus"];
            /** @description 수거 방법 */
            collectDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 수거 택배사 코드 (DeliveryCompanyCode) */
            collectDeliveryCompany?: string;
            /** @description 수거 송장 번호 */
            collectTrackingNumber?: string;
            /** @description 수거 완료 일시 */
            collectCompletedDate?: components["schemas"]["KstDateTime"];
            /** @description 반품 완료 일시 */
            returnCompletedDate?: components["schemas"]["KstDateTime"];
            /** @description 클레임 배송비 청구액 */
            claimDeliveryFeeDemandAmount?: number;
            /** @description 클레임 배송비 결제 수단 */
            claimDeliveryFeePayMeans?: string;
            /** @description 클레임 배송비 결제 방법 */
            claimDeliveryFeePayMethod?: string;
            /** @description 클레임 배송비 묶음 상품 주문 번호 (comma-separated) */
            claimDeliveryFeeProductOrderIds?: string;
            /** @description 클레임 배송비 할인액 */
            claimDeliveryFeeDiscountAmount?: number;
            /** @description 도서산간 추가 비용 */
            remoteAreaCostChargeAmount?: number;
            /** @description 기타 비용 청구액 */
            etcFeeDemandAmount?: number;
            /** @description 기타 비용 결제 수단 */
            etcFeePayMeans?: string;
            /** @description 기타 비용 결제 방법 */
            etcFeePayMethod?: string;
            /** @description 보류 상태 */
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
            /** @description 보류 유형 */
            holdbackReason?: components["schemas"]["HoldbackClassType"];
            /** @description 보류 상세 사유 */
            holdbackDetailedReason?: string;
            /** @description 보류 설정 일시 */
            holdbackConfigDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 설정자 */
            holdbackConfigurer?: string;
            /** @description 보류 해제 일시 */
            holdbackReleaseDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 해제자 */
            holdbackReleaser?: string;
            /** @description 환불 예정일 */
            refundExpectedDate?: components["schemas"]["KstDateTime"];
            /** @description 환불 대기 사유 */
            refundStandbyReason?: string;
            /** @description 환불 대기 상태 */
            refundStandbyStatus?: string;
            /** @description 멤버십 도착 보장 클레임 지원 금액 */
            membershipsArrivalGuaranteeClaimSupportingAmount?: number;
            /** @description 클레임 배송비 지원 유형 */
            claimDeliveryFeeSupportType?: components["schemas"]["ClaimDeliveryFeeSupportType"];
            /** @description 클레임 배송비 지원 금액 */
            claimDeliveryFeeSupportAmount?: number;
            /** @description 반품 이미지 URL */
            returnImageUrl?: string[];
        };
        /** @description Exchange claim block [DOC]. */
        ExchangeClaim: {
            /** @description 클레임 번호 */
            claimId?: string;
            /** @description 클레임 상태 */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 클레임 요청 일시 */
            claimRequestDate?: components["schemas"]["KstDateTime"];
            /** @description 접수 채널 (Korean text; value set not public) */
            requestChannel?: string;
            /** @description 교환 사유 */
            exchangeReason?: components["schemas"]["ClaimReason"];
            /** @description 교환 상세 사유 */
            exchangeDetailedReason?: string;
            /** @description 요청 수량 */
            requestQuantity?: number;
            /** @description 반품(교환 수거) 수령지 — present in the official example although the field list omits it [DOC] */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description 수거지 주소 */
            collectAddress?: components["schemas"]["Address"];
            /** @description 수거 상태 */
            collectStatus?: components["schemas"]["CollectStatus"];
            /** @description 수거 방법 */
            collectDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 수거 택배사 코드 (DeliveryCompanyCode) */
            collectDeliveryCompany?: string;
            /** @description 수거 송장 번호 */
            collectTrackingNumber?: string;
            /** @description 수거 완료 일시 */
            collectCompletedDate?: components["schemas"]["KstDateTime"];
            /** @description 클레임 배송비 청구액 */
            claimDeliveryFeeDemandAmount?: number;
            /** @description 클레임 배송비 결제 수단 */
            claimDeliveryFeePayMeans?: string;
            /** @description 클레임 배송비 결제 방법 */
            claimDeliveryFeePayMethod?: string;
            /** @description 클레임 배송비 묶음 상품 주문 번호 (comma-separated) */
            claimDeliveryFeeProductOrderIds?: string;
            /** @description 클레임 배송비 할인액 */
            claimDeliveryFeeDiscountAmount?: number;
            /** @description 도서산간 추가 비용 */
            remoteAreaCostChargeAmount?: number;
            /** @description 기타 비용 청구액 */
            etcFeeDemandAmount?: number;
            /** @description 기타 비용 결제 수단 */
            etcFeePayMeans?: string;
            /** @description 기타 비용 결제 방법 */
            etcFeePayMethod?: string;
            /** @description 보류 상태 */
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
            /** @description 보류 유형 */
            holdbackReason?: components["schemas"]["HoldbackClassType"];
            /** @description 보류 상세 사유 */
            holdbackDetailedReason?: string;
            /** @description 보류 설정 일시 */
            holdbackConfigDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 설정자 */
            holdbackConfigurer?: string;
            /** @description 보류 해제 일시 */
            holdbackReleaseDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 해제자 */
            holdbackReleaser?: string;
            /** @description 멤버십 도착 보장 클레임 지원 금액 */
            membershipsArrivalGuaranteeClaimSupportingAmount?: number;
            /** @description 클레임 배송비 지원 유형 */
            claimDeliveryFeeSupportType?: components["schemas"]["ClaimDeliveryFeeSupportType"];
            /** @description 클레임 배송비 지원 금액 */
            claimDeliveryFeeSupportAmount?: number;
            /** @description 재배송 방법 */
            reDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 재배송 상태 */
            reDeliveryStatus?: components["schemas"]["DeliveryStatus"];
            /** @description 재배송 택배사 코드 (DeliveryCompanyCode) */
            reDeliveryCompany?: string;
            /** @description 재배송 송장 번호 */
            reDeliveryTrackingNumber?: string;
            /** @description 재배송지 주소 */
            reDeliveryAddress?: components["schemas"]["Address"];
            /** @description 재배송 처리 일시 */
            reDeliveryOperationDate?: components["schemas"]["KstDateTime"];
            /** @description 교환 이미지 URL */
            exchangeImageUrl?: string[];
        };
        /** @description Completed claim history entry (completedClaims[]) [DOC]. Includes the collect/holdback dates the official example shows. */
        CompletedClaim: {
            /** @description 클레임 구분 */
            claimType?: components["schemas"]["ClaimType"];
            /** @description 클레임 번호 */
            claimId?: string;
            /** @description 클레임 상태 */
            claimStatus?: components["schemas"]["ClaimStatus"];
            /** @description 클레임 요청 일시 */
            claimRequestDate?: components["schemas"]["KstDateTime"];
            /** @description 접수 채널 */
            requestChannel?: string;
            /** @description 클레임 요청 상세 사유 */
            claimRequestDetailContent?: string;
            /** @description 클레임 요청 사유 */
            claimRequestReason?: components["schemas"]["ClaimReason"];
            /** @description 환불 예정일 */
            refundExpectedDate?: components["schemas"]["KstDateTime"];
            /** @description 환불 대기 사유 */
            refundStandbyReason?: string;
            /** @description 환불 대기 상태 */
            refundStandbyStatus?: string;
            /** @description 요청 수량 */
            requestQuantity?: number;
            /** @description 클레임 배송비 청구액 */
            claimDeliveryFeeDemandAmount?: number;
            /** @description 클레임 배송비 결제 수단 */
            claimDeliveryFeePayMeans?: string;
            /** @description 클레임 배송비 결제 방법 */
            claimDeliveryFeePayMethod?: string;
            /** @description 반품 수령지 */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description 수거지 주소 */
            collectAddress?: components["schemas"]["Address"];
            /** @description 수거 상태 */
            collectStatus?: components["schemas"]["CollectStatus"];
            /** @description 수거 방법 */
            collectDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 수거 택배사 코드 */
            collectDeliveryCompany?: string;
            /** @description 수거 송장 번호 */
            collectTrackingNumber?: string;
            /** @description 수거 완료 일시 */
            collectCompletedDate?: components["schemas"]["KstDateTime"];
            /** @description 기타 비용 청구액 */
            etcFeeDemandAmount?: number;
            /** @description 기타 비용 결제 수단 */
            etcFeePayMeans?: string;
            /** @description 기타 비용 결제 방법 */
            etcFeePayMethod?: string;
            /** @description 보류 상태 */
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
            /** @description 보류 유형 */
            holdbackReason?: components["schemas"]["HoldbackClassType"];
            /** @description 보류 상세 사유 */
            holdbackDetailedReason?: string;
            /** @description 보류 설정 일시 */
            holdbackConfigDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 설정자 */
            holdbackConfigurer?: string;
            /** @description 보류 해제 일시 */
            holdbackReleaseDate?: components["schemas"]["KstDateTime"];
            /** @description 보류 해제자 */
            holdbackReleaser?: string;
            /** @description 클레임 배송비 묶음 상품 주문 번호 */
            claimDeliveryFeeProductOrderIds?: string;
            /** @description 클레임 배송비 할인액 */
            claimDeliveryFeeDiscountAmount?: number;
            /** @description 도서산간 추가 비용 */
            remoteAreaCostChargeAmount?: number;
            /** @description 클레임 완료 처리 일시 */
            claimCompleteOperationDate?: components["schemas"]["KstDateTime"];
            /** @description 클레임 요청 승인 일시 */
            claimRequestAdmissionDate?: components["schemas"]["KstDateTime"];
            /** @description 수거 처리일 (typed as a plain string in the docs) */
            collectOperationDate?: string;
            /** @description 수거 시작 시각 */
            collectStartTime?: string;
            /** @description 수거 종료 시각 */
            collectEndTime?: string;
            /** @description 수거 슬롯 ID */
            collectSlotId?: string;
            /** @description 재배송 방법 */
            reDeliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description 재배송 상태 */
            reDeliveryStatus?: components["schemas"]["DeliveryStatus"];
            /** @description 재배송 택배사 코드 */
            reDeliveryCompany?: string;
            /** @description 재배송 송장 번호 */
            reDeliveryTrackingNumber?: string;
            /** @description 재배송지 주소 */
            reDeliveryAddress?: components["schemas"]["Address"];
            /** @description 재배송 처리 일시 */
            reDeliveryOperationDate?: components["schemas"]["KstDateTime"];
            /** @description 멤버십 도착 보장 클레임 지원 금액 */
            membershipsArrivalGuaranteeClaimSupportingAmount?: number;
            /** @description 클레임 배송비 지원 유형 */
            claimDeliveryFeeSupportType?: components["schemas"]["ClaimDeliveryFeeSupportType"];
            /** @description 클레임 배송비 지원 금액 */
            claimDeliveryFeeSupportAmount?: number;
        };
        /** @description data of searchProductOrders [DOC]. */
        SearchProductOrdersData: {
            /** @description 조회 결과 */
            contents?: components["schemas"]["SearchProductOrdersContent"][];
            /** @description 페이지 정보 */
            pagination?: components["schemas"]["SearchProductOrdersPagination"];
        };
        /** @description One result of searchProductOrders [DOC]. */
        SearchProductOrdersContent: {
            /** @description 상품 주문 번호 */
            productOrderId?: string;
            /** @description 상품 주문 상세 */
            content?: components["schemas"]["ProductOrderDetail"];
        };
        /** @description Paging of searchProductOrders [DOC]. */
        SearchProductOrdersPagination: {
            /** @description 현재 페이지 (1-based) */
            page?: number;
            /** @description 페이지 크기 */
            size?: number;
            /** @description 다음 페이지 존재 여부 */
            hasNext?: boolean;
        };
        /** @description One failed product order of a batch or claim action [DOC]. */
        FailProductOrderInfo: {
            /** @description (실패) 상품 주문 번호 */
            productOrderId?: string;
            /** @description Business error code, e.g. 9999 or 104119 [DOC][OBS] */
            code?: string;
            /** @description (실패) 메시지, e.g. 주문상태 및 클레임상태를 확인하세요 [OBS] */
            message?: string;
        };
        /** @description 주문 클레임 처리 반환 구조체: data of dispatch, delay and every claim action [DOC]. */
        ClaimActionResult: {
            /** @description (성공) 상품 주문 번호 */
            successProductOrderIds?: string[];
            /** @description (실패) 상품 주문 정보 */
            failProductOrderInfos?: components["schemas"]["FailProductOrderInfo"][];
        };
        /** @description One confirmed product order [DOC]. */
        ConfirmSuccessInfo: {
            /** @description (성공) 상품 주문 번호 */
            productOrderId?: string;
            /** @description 배송지 변경 여부 since ordering [INF from name] */
            isReceiverAddressChanged?: boolean;
        };
        /** @description data of confirmProductOrders [DOC]; differs from ClaimActionResult. */
        ConfirmResult: {
            /** @description (성공) 상품 주문 정보 */
            successProductOrderInfos?: components["schemas"]["ConfirmSuccessInfo"][];
            /** @description (실패) 상품 주문 정보 */
            failProductOrderInfos?: components["schemas"]["FailProductOrderInfo"][];
        };
        /** @description data of getReviews. [REC] Every name here is a guess modelled on SOAP GetPurchaseReviewList (ReturnedDataCount, PurchaseReviewList). */
        ReviewsData: {
            /** @description Number of reviews in this response [REC guess]. */
            count?: number;
            /** @description More pages exist [REC guess]. */
            hasNext?: boolean;
            /** @description Reviews [REC guess]. */
            purchaseReviews?: components["schemas"]["Review"][];
        };
        /** @description One purchase review. [REC] Every name is a guess: camelCase of the SOAP PurchaseReviewList fields. */
        Review: {
            /** @description 리뷰 번호 [REC guess] */
            purchaseReviewId?: string;
            /** @description 평점: GENERAL 0–2 (불만족/보통/만족), PREMIUM 10–13, newer reviews 1–5 [SOAP/OBS]; name [REC guess] */
            purchaseReviewScore?: number;
            /** @description 리뷰 구분 [REC guess] */
            purchaseReviewClassType?: components["schemas"]["PurchaseReviewClassType"];
            /** @description 상품 주문 번호 [REC guess] */
            productOrderId?: string;
            /** @description 상품 번호 [REC guess] */
            productId?: string;
            /** @description 상품명 [REC guess] */
            productName?: string;
            /** @description 상품 옵션 [REC guess] */
            productOption?: string;
            /** @description 제목 [REC guess] */
            title?: string;
            /** @description 내용, premium reviews only [SOAP]; name [REC guess] */
            content?: string;
            /** @description 작성자 ID, masked like jsp2**** [SOAP]; name [REC guess] */
            writerId?: string;
            /** @description 작성 일시 [REC guess] */
            createYmdt?: components["schemas"]["KstDateTime"];
            /** @description 수정 일시 [REC guess] */
            modifyYmdt?: components["schemas"]["KstDateTime"];
        };
        /** @description Settlement paging [DOC]. `page` echoes the requested 1-based page number [INF]. */
        SettlementPagination: {
            /**
             * Format: int32
             * @description 페이지 번호
             */
            page?: number;
            /**
             * Format: int32
             * @description 페이지 크기
             */
            size?: number;
            /**
             * Format: int32
             * @description 전체 페이지 수
             */
            totalPages?: number;
            /**
             * Format: int64
             * @description 전체 건수
             */
            totalElements?: number;
        };
        /** @description Success body of getSettleCases; no order-API wrapper [DOC]. */
        SettleCasePage: {
            /** @description 조회 결과 */
            elements: components["schemas"]["SettleCase"][];
            /** @description 페이지 정보 */
            pagination: components["schemas"]["SettlementPagination"];
        };
        /** @description Success body of getSettleDaily; no order-API wrapper [DOC]. */
        SettleDailyPage: {
            /** @description 조회 결과 */
            elements: components["schemas"]["SettleDaily"][];
            /** @description 페이지 정보 */
            pagination: components["schemas"]["SettlementPagination"];
        };
        /** @description Success body of getCommissionDetails; no order-API wrapper [DOC]. */
        CommissionDetailPage: {
            /** @description 조회 결과 */
            elements: components["schemas"]["CommissionDetail"][];
            /** @description 페이지 정보 */
            pagination: components["schemas"]["SettlementPagination"];
        };
        /** @description Success body of getVatCases; no order-API wrapper [DOC]. */
        VatCasePage: {
            /** @description 조회 결과 */
            elements: components["schemas"]["VatCase"][];
            /** @description 페이지 정보 */
            pagination: components["schemas"]["SettlementPagination"];
        };
        /** @description Success body of getVatDaily; no order-API wrapper [DOC]. */
        VatDailyPage: {
            /** @description 조회 결과 */
            elements: components["schemas"]["VatDaily"][];
            /** @description 페이지 정보 */
            pagination: components["schemas"]["SettlementPagination"];
        };
        /** @description 건별 정산 내역 element [DOC]. Nullable fields are sent as null [INF][REC]. */
        SettleCase: {
            /** @description 정산 기준일 */
            settleBasisDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 예정일 */
            settleExpectDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 완료일 */
            settleCompleteDate?: components["schemas"]["LocalDate"] | null;
            /** @description 결제일 */
            payDate?: components["schemas"]["LocalDate"] | null;
            /** @description 주문 번호 */
            orderId?: string | null;
            /** @description 상품 주문 번호, or delivery-fee / other-fee number depending on productOrderType */
            productOrderId?: string | null;
            /** @description 정산 대상 구분 */
            productOrderType: components["schemas"]["SettleProductOrderType"];
            /** @description 정산 구분 */
            settleType?: components["schemas"]["SettleType"] | null;
            /** @description 상품 번호 */
            productId?: string | null;
            /** @description 상품명 */
            productName?: string | null;
            /** @description 구매자명 */
            purchaserName?: string | null;
            /** @description 결제 정산 금액 */
            paySettleAmount: number;
            /** @description 총 네이버페이 관리 수수료 */
            totalPayCommissionAmount?: number | null;
            /** @description 판매자 부담 무이자 할부 수수료 */
            freeInstallmentCommissionAmount?: number | null;
            /** @description 매출 연동 수수료 */
            sellingInterlockCommissionAmount?: number | null;
            /** @description 혜택 정산 금액 */
            benefitSettleAmount: number;
            /** @description 정산 예정 금액 */
            settleExpectAmount: number;
            /** @description 가맹점 ID */
            merchantId?: string | null;
            /** @description 가맹점명 */
            merchantName?: string | null;
            /** @description 계약 번호 */
            contractNo?: string | null;
        };
        /** @description 일별 정산 내역 element [DOC]. Everything but returnCareSettleAmount is nullable. */
        SettleDaily: {
            /** @description 정산 기준 시작일 */
            settleBasisStartDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 기준 종료일 */
            settleBasisEndDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 예정일 */
            settleExpectDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 완료일 */
            settleCompleteDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 금액 */
            settleAmount?: number | null;
            /** @description 결제 정산 금액 */
            paySettleAmount?: number | null;
            /** @description 수수료 정산 금액 */
            commissionSettleAmount?: number | null;
            /** @description 혜택 정산 금액 */
            benefitSettleAmount?: number | null;
            /** @description 공제 환급 정산 금액 */
            deductionRestoreSettleAmount?: number | null;
            /** @description 지급 보류 금액 */
            payHoldbackAmount?: number | null;
            /** @description 마이너스 충전금 상계 금액 */
            minusChargeAmount?: number | null;
            /** @description 차액 정산 금액 */
            differenceSettleAmount?: number | null;
            /** @description 반품안심케어 정산 금액 */
            returnCareSettleAmount: number;
            /** @description 일반 정산 금액 */
            normalSettleAmount?: number | null;
            /** @description 빠른정산 금액 */
            quickSettleAmount?: number | null;
            /** @description 우대 수수료 환급 금액 */
            preferentialCommissionAmount?: number | null;
            /** @description 한도 보류/해제 금액 */
            settlementLimitAmount?: number | null;
            /** @description 정산 방법 */
            settleMethodType?: components["schemas"]["SettleMethodType"] | null;
            /** @description 은행 */
            bankType?: components["schemas"]["BankType"] | null;
            /** @description 예금주 */
            depositorName?: string | null;
            /** @description 계좌 번호 */
            accountNo?: string | null;
            /** @description 가맹점 ID */
            merchantId?: string | null;
            /** @description 가맹점명 */
            merchantName?: string | null;
        };
        /** @description 수수료 상세 내역 element [DOC]. Note `orderNo` (not orderId). */
        CommissionDetail: {
            /** @description 주문 번호 (real name orderNo) */
            orderNo: string;
            /** @description 상품 주문 번호 */
            productOrderId: string;
            /** @description 정산 대상 구분 */
            productOrderType: components["schemas"]["SettleProductOrderType"];
            /** @description 상품 번호 */
            productId?: string | null;
            /** @description 상품명 */
            productName?: string | null;
            /** @description 가맹점 ID */
            merchantId: string;
            /** @description 가맹점명 */
            merchantName: string;
            /** @description 구매자명 */
            purchaserName?: string | null;
            /** @description 정산 구분 */
            settleType: components["schemas"]["SettleType"];
            /** @description 정산 기준일 */
            settleBasisDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 예정일 */
            settleExpectDate?: components["schemas"]["LocalDate"] | null;
            /** @description 정산 완료일 */
            settleCompleteDate?: components["schemas"]["LocalDate"] | null;
            /** @description 세금 신고 기준일 */
            taxReturnDate?: components["schemas"]["LocalDate"] | null;
            /** @description 수수료 기준 금액 */
            commissionBasisAmount: number;
            /** @description 수수료 구분 */
            commissionType: components["schemas"]["CommissionType"];
            /** @description 매출 연동 수수료 구분 */
            sellingInterlockCommissionType?: components["schemas"]["SellingInterlockCommissionType"] | null;
            /** @description 결제 수단 */
            payMeansType?: components["schemas"]["PayMeansType"] | null;
            /** @description 수수료 금액 (negative = deduction [OBS]) */
            commissionAmount: number;
            /** @description 최대 과금 매출 연동 수수료 금액 */
            maximumSellingInterlockCommissionAmount?: number;
        };
        /** @description 건별 부가세 내역 element [DOC]. */
        VatCase: {
            /** @description 정산 기준일 */
            settleBasisDate?: components["schemas"]["LocalDate"] | null;
            /** @description 주문 번호 */
            orderId: string;
            /** @description 상품 주문 번호, or delivery-fee / other-fee number */
            productOrderId?: string | null;
            /** @description 정산 대상 구분 */
            productOrderType?: components["schemas"]["SettleProductOrderType"] | null;
            /** @description 상세 유형 */
            detailType?: components["schemas"]["VatDetailType"] | null;
            /** @description 상태 */
            status?: components["schemas"]["VatStatus"] | null;
            /** @description 상품명 */
            productName?: string | null;
            /** @description 총 매출 금액 */
            totalSalesAmount: number;
            /** @description 과세 매출 금액 */
            taxationSalesAmount: number;
            /** @description 면세 매출 금액 */
            taxExemptionSalesAmount: number;
            /** @description 신용카드 금액 */
            creditCardAmount: number;
            /** @description 현금영수증 소득공제 금액 (real spelling InCome) */
            cashInComeDeductionAmount: number;
            /** @description 현금영수증 지출 증빙 금액 */
            cashOutGoingEvidenceAmount: number;
            /** @description 현금영수증 발행 제외 금액 */
            cashExclusionIssuanceAmount: number;
            /** @description 기타 금액 */
            otherAmount: number;
            /** @description 가맹점 ID */
            merchantId?: string | null;
            /** @description 가맹점명 */
            merchantName?: string | null;
        };
        /** @description 일별 부가세 내역 element [DOC]. */
        VatDaily: {
            /** @description 정산 기준일 */
            settleBasisDate?: components["schemas"]["LocalDate"];
            /** @description 총 매출 금액 */
            totalSalesAmount: number;
            /** @description 과세 매출 금액 */
            taxationSalesAmount: number;
            /** @description 면세 매출 금액 */
            taxExemptionSalesAmount: number;
            /** @description 신용카드 금액 */
            creditCardAmount: number;
            /** @description 현금영수증 소득공제 금액 (real spelling InCome) */
            cashInComeDeductionAmount: number;
            /** @description 현금영수증 지출 증빙 금액 */
            cashOutGoingEvidenceAmount: number;
            /** @description 현금영수증 발행 제외 금액 */
            cashExclusionIssuanceAmount: number;
            /** @description 기타 금액 */
            otherAmount: number;
            /** @description 가맹점 ID */
            merchantId?: string | null;
            /** @description 가맹점명 */
            merchantName?: string | null;
        };
        /** @description data of getProductOrderIds, a plain array of product order IDs [DOC]. */
        ProductOrderIds: string[];
        /**
         * @description 리뷰 구분 [SOAP values; REST name REC guess].
         * @enum {string}
         */
        PurchaseReviewClassType: "GENERAL" | "PREMIUM";
        /**
         * @description 상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]
         * @enum {string}
         */
        ProductOrderStatus: "PAYMENT_WAITING" | "PAYED" | "DELIVERING" | "DELIVERED" | "PURCHASE_DECIDED" | "EXCHANGED" | "CANCELED" | "RETURNED" | "CANCELED_BY_NOPAYMENT";
        /**
         * @description 클레임 구분 (claimType). [DOC]
         * @enum {string}
         */
        ClaimType: "CANCEL" | "RETURN" | "EXCHANGE" | "PURCHASE_DECISION_HOLDBACK" | "ADMIN_CANCEL";
        /**
         * @description 클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]
         * @enum {string}
         */
        ClaimStatus: "CANCEL_REQUEST" | "CANCELING" | "CANCEL_DONE" | "CANCEL_REJECT" | "RETURN_REQUEST" | "EXCHANGE_REQUEST" | "COLLECTING" | "COLLECT_DONE" | "EXCHANGE_REDELIVERING" | "RETURN_DONE" | "EXCHANGE_DONE" | "RETURN_REJECT" | "EXCHANGE_REJECT" | "PURCHASE_DECISION_HOLDBACK" | "PURCHASE_DECISION_REQUEST" | "PURCHASE_DECISION_HOLDBACK_RELEASE" | "ADMIN_CANCELING" | "ADMIN_CANCEL_DONE" | "ADMIN_CANCEL_REJECT";
        /**
         * @description 최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]
         * @enum {string}
         */
        LastChangedType: "PAY_WAITING" | "PAYED" | "EXCHANGE_OPTION" | "DELIVERY_ADDRESS_CHANGED" | "GIFT_RECEIVED" | "CLAIM_REJECTED" | "DISPATCHED" | "CLAIM_REQUESTED" | "COLLECT_DONE" | "CLAIM_COMPLETED" | "PURCHASE_DECIDED" | "HOPE_DELIVERY_INFO_CHANGED" | "CLAIM_REDELIVERING";
        /**
         * @description 발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]
         * @enum {string}
         */
        PlaceOrderStatus: "NOT_YET" | "OK" | "CANCEL";
        /**
         * @description 선물 수락 상태 (선물하기 orders only). [DOC]
         * @enum {string}
         */
        GiftReceivingStatus: "WAIT_FOR_RECEIVING" | "RECEIVED";
        /**
         * @description 클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]
         * @enum {string}
         */
        ClaimReason: "INTENT_CHANGED" | "COLOR_AND_SIZE" | "WRONG_ORDER" | "PRODUCT_UNSATISFIED" | "DELAYED_DELIVERY" | "SOLD_OUT" | "DROPPED_DELIVERY" | "NOT_YET_DELIVERY" | "BROKEN" | "INCORRECT_INFO" | "WRONG_DELIVERY" | "WRONG_OPTION" | "SIMPLE_INTENT_CHANGED" | "MISTAKE_ORDER" | "ETC" | "DELAYED_DELIVERY_BY_PURCHASER" | "INCORRECT_INFO_BY_PURCHASER" | "PRODUCT_UNSATISFIED_BY_PURCHASER" | "NOT_YET_DISCUSSION" | "OUT_OF_STOCK" | "SALE_INTENT_CHANGED" | "NOT_YET_PAYMENT" | "NOT_YET_RECEIVE" | "WRONG_DELAYED_DELIVERY" | "BROKEN_AND_BAD" | "RECEIVING_DUE_DATE_OVER" | "RECEIVER_MISMATCHED" | "GIFT_INTENT_CHANGED" | "GIFT_REFUSAL" | "MINOR_RESTRICTED" | "RECEIVING_BLOCKED" | "UNDER_QUANTITY" | "ASYNC_FAIL_PAYMENT" | "ASYNC_LONG_WAIT_PAYMENT";
        /**
         * @description 취소 요청 사유 a merchant may send to claim/cancel/request (requestCancelClaimReason). [DOC]
         * @enum {string}
         */
        CancelRequestReason: "INTENT_CHANGED" | "COLOR_AND_SIZE" | "WRONG_ORDER" | "PRODUCT_UNSATISFIED" | "DELAYED_DELIVERY" | "SOLD_OUT" | "INCORRECT_INFO";
        /**
         * @description 반품 요청 사유 a merchant may send to claim/return/request (requestReturnClaimReason). [DOC]
         * @enum {string}
         */
        ReturnRequestReason: "INTENT_CHANGED" | "COLOR_AND_SIZE" | "WRONG_ORDER" | "PRODUCT_UNSATISFIED" | "DELAYED_DELIVERY" | "SOLD_OUT" | "DROPPED_DELIVERY" | "BROKEN" | "INCORRECT_INFO" | "WRONG_DELIVERY" | "WRONG_OPTION";
        /**
         * @description 배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]
         * @enum {string}
         */
        DeliveryMethod: "DELIVERY" | "GDFW_ISSUE_SVC" | "VISIT_RECEIPT" | "DIRECT_DELIVERY" | "QUICK_SVC" | "NOTHING" | "RETURN_DESIGNATED" | "RETURN_DELIVERY" | "RETURN_INDIVIDUAL" | "RETURN_MERCHANT" | "UNKNOWN";
        /**
         * @description 보류 유형 (request holdbackClassType; response holdbackReason). Note the real spelling `EXTRAFEEE`. Return-side values: RETURN_*, EXTRAFEEE, ETC; exchange-side: EXCHANGE_*, ETC [INF partition]. [DOC]
         * @enum {string}
         */
        HoldbackClassType: "RETURN_DELIVERYFEE" | "EXTRAFEEE" | "RETURN_DELIVERYFEE_AND_EXTRAFEEE" | "RETURN_PRODUCT_NOT_DELIVERED" | "ETC" | "EXCHANGE_DELIVERYFEE" | "EXCHANGE_EXTRAFEE" | "EXCHANGE_PRODUCT_READY" | "EXCHANGE_PRODUCT_NOT_DELIVERED" | "EXCHANGE_HOLDBACK" | "SELLER_CONFIRM_NEED" | "PURCHASER_CONFIRM_NEED" | "SELLER_REMIT" | "ETC2";
        /**
         * @description 보류 상태. The SOAP predecessor also had NOT_YET [SOAP]; not included. [DOC]
         * @enum {string}
         */
        HoldbackStatus: "HOLDBACK" | "RELEASED";
        /**
         * @description 발송 지연 사유. [DOC]
         * @enum {string}
         */
        DelayedDispatchReason: "PRODUCT_PREPARE" | "CUSTOMER_REQUEST" | "CUSTOM_BUILD" | "RESERVED_DISPATCH" | "OVERSEA_DELIVERY" | "ETC";
        /**
         * @description 배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]
         * @enum {string}
         */
        DeliveryStatus: "COLLECT_REQUEST" | "COLLECT_WAIT" | "COLLECT_CARGO" | "DELIVERY_COMPLETION" | "DELIVERING" | "DELIVERY_FAIL" | "WRONG_INVOICE" | "COLLECT_CARGO_FAIL" | "COLLECT_CARGO_CANCEL" | "NOT_TRACKING";
        /**
         * @description 수거 상태 (return/exchange collectStatus). [DOC]
         * @enum {string}
         */
        CollectStatus: "NOT_REQUESTED" | "COLLECT_REQUEST_TO_AGENT" | "COLLECT_REQUEST_TO_DELIVERY_COMPANY" | "COLLECT_WAITING" | "DELIVERING" | "DELIVERED" | "DELIVERY_FAILED" | "COLLECT_FAILED" | "WRONG_INVOICE" | "COLLECT_CANCELED";
        /**
         * @description 택배사 코드 (deliveryCompanyCode, deliveryCompany, collectDeliveryCompany, reDeliveryCompany, expectedDeliveryCompany): the current seller-doc list [DOC], including the Korean code value `GS더프레시` and both `FRESH` (older doc version) and `KURLY` (current) for 컬리넥스트마일. Legacy SOAP-only codes DONGBU, INNOGIS, DADREAM are not included. Any other value → business error 104119 [REC].
         * @enum {string}
         */
        DeliveryCompanyCode: "CJGLS" | "HYUNDAI" | "HANJIN" | "KGB" | "EPOST" | "MTINTER" | "1004HOME" | "TWOFASTEXPRESS" | "ACE" | "ACIEXPRESS" | "ADCAIR" | "AIRWAY" | "APEX" | "ARAMEX" | "ARGO" | "AIRBOY" | "KOREXG" | "CUPARCEL" | "CWAYEXPRESS" | "DHL" | "DHLDE" | "DHLGLOBALMAIL" | "DPD" | "ECMSEXPRESS" | "EFS" | "EMS" | "EZUSA" | "EUROPARCEL" | "FEDEX" | "GOP" | "GOS" | "GPSLOGIX" | "GSFRESH" | "GSIEXPRESS" | "GSMNTON" | "GSPOSTBOX" | "CVSNET" | "GS더프레시" | "GTSLOGIS" | "HYBRID" | "HY" | "IK" | "KGLNET" | "KT" | "LGE" | "LTL" | "NDEXKOREA" | "SBGLS" | "SFEX" | "SLX" | "SSG" | "TNT" | "LOGISPARTNER" | "UPS" | "USPS" | "WIZWA" | "YJSWORLD" | "YJS" | "YUNDA" | "IPARCEL" | "KY" | "KUNYOUNG" | "KDEXP" | "KIN" | "KORYO" | "GDSP" | "KOKUSAI" | "GOODTOLUCK" | "NAEUN" | "NOGOK" | "NONGHYUP" | "HANAROMART" | "DAELIM" | "DAESIN" | "DAEWOON" | "THEBAO" | "DODOFLEX" | "DONGGANG" | "DONGJIN" | "CHAINLOGIS" | "DRABBIT" | "JMNP" | "ONEDAYLOGIS" | "LINEEXP" | "ROADSUNEXPRESS" | "LOGISVALLEY" | "POOLATHOME" | "LOTOS" | "HLCGLOBAL" | "LOTTECHILSUNG" | "MDLOGIS" | "DASONG" | "BABABA" | "BANPOOM" | "VALEX" | "SHIPNERGY" | "PANTOS" | "VROONG" | "BRIDGE" | "EKDP" | "SELC" | "SEORIM" | "SWGEXP" | "SUNGHUN" | "SEBANG" | "SMARTLOGIS" | "SPARKLE" | "SPASYS1" | "CRLX" | "ANYTRACK" | "ABOUTPET" | "ESTHER" | "VENDORPIA" | "ACTCORE" | "HKHOLDINGS" | "NTLPS" | "TODAYPICKUP" | "RUSH" | "ALLIN" | "ALLTAKOREA" | "WIDETECH" | "YONGMA" | "DCOMMERCE" | "WEVILL" | "HONAM" | "WOORIHB" | "WOOJIN" | "REGISTPOST" | "WOONGJI" | "WARPEX" | "WINION" | "WIHTYOU" | "WEMOVE" | "UFREIGHT" | "EUNHA" | "INNOS" | "EMARTEVERYDAY" | "ESTLA" | "ETOMARS" | "GENERALPOST" | "ILSHIN" | "ILYANG" | "GNETWORK" | "ZENIEL" | "JLOGIST" | "GENIEGO" | "GDAKOREA" | "GHSPEED" | "JIKGUMOON" | "CHUNIL" | "CHOROC" | "CHOROCMAEUL" | "COSHIP" | "KJT" | "QRUN" | "CUBEFLOW" | "QXPRESS" | "HEREWEGO" | "TOMATO" | "TODAY" | "TSG" | "TEAMFRESH" | "PATEK" | "XINPATEK" | "PANASIA" | "PANSTAR" | "FOREVER" | "PULMUONE" | "FREDIT" | "FRESHMATES" | "KURLY" | "PINGPONG" | "HOWSER" | "HIVECITY" | "HANDALUM" | "HANDEX" | "HANMI" | "HANSSEM" | "HANWOORI" | "HPL" | "HDEXP" | "HERWUZUG" | "GLOVIS" | "HOMEINNO" | "HOMEPICKTODAY" | "HOMEPICK" | "HOMEPLUSDELIVERY" | "HOMEPLUSEXPRESS" | "CARGOPLEASE" | "HWATONG" | "CH1" | "LETUS" | "LETUS3PL" | "CASA" | "GCS" | "GKGLOBAL" | "BRCH" | "DNDN" | "GONELO" | "JCLS" | "JWTNL" | "GS25" | "CU" | "FRESH";
        /**
         * @description 조건형 조회 기준 일시 유형 (rangeType). [DOC]
         * @enum {string}
         */
        RangeType: "PAYED_DATETIME" | "ORDERED_DATETIME" | "DISPATCHED_DATETIME" | "PURCHASE_DECIDED_DATETIME" | "CLAIM_REQUESTED_DATETIME" | "CLAIM_COMPLETED_DATETIME" | "COLLECT_COMPLETED_DATETIME" | "GIFT_RECEIVED_DATETIME" | "HOPE_DELIVERY_INFO_CHANGED_DATETIME";
        /**
         * @description 과세 유형. [DOC]
         * @enum {string}
         */
        TaxType: "TAXATION" | "TAX_EXEMPTION" | "TAX_FREE";
        /**
         * @description 보관 유형 (fulfillment). [DOC]
         * @enum {string}
         */
        StorageType: "DRY" | "WET" | "FROZEN";
        /**
         * @description 수수료 선결제 상태. [DOC]
         * @enum {string}
         */
        CommissionPrePayStatus: "GENERAL_PRD" | "PRE_PAY_PRD_NO_PAY" | "PRE_PAY_PRD_PAYED";
        /**
         * @description 판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]
         * @enum {string}
         */
        SellerBurdenMultiplePurchaseDiscountType: "IGNORE_QUANTITY" | "QUANTITY";
        /**
         * @description 주소 유형. [DOC]
         * @enum {string}
         */
        AddressType: "DOMESTIC" | "FOREIGN";
        /**
         * @description 수령 위치 유형. [DOC values; glosses INF]
         * @enum {string}
         */
        PickupLocationType: "FRONT_OF_DOOR" | "MANAGEMENT_OFFICE" | "DIRECT_RECEIVE" | "OTHER";
        /**
         * @description 공동현관 출입 방법. [DOC values; glosses INF]
         * @enum {string}
         */
        EntryMethod: "LOBBY_PW" | "MANAGEMENT_OFFICE" | "FREE" | "OTHER";
        /**
         * @description 클레임 배송비 지원 유형. [DOC]
         * @enum {string}
         */
        ClaimDeliveryFeeSupportType: "MEMBERSHIP_ARRIVAL_GUARANTEE" | "MEMBERSHIP_KURLY";
        /**
         * @description 결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]
         * @enum {string}
         */
        PayLocationType: "PC" | "MOBILE";
        /**
         * @description 배송 속성 유형. [DOC]
         * @enum {string}
         */
        DeliveryAttributeType: "NORMAL" | "TODAY" | "OPTION_TODAY" | "HOPE" | "TODAY_ARRIVAL" | "DAWN_ARRIVAL" | "PRE_ORDER" | "ARRIVAL_GUARANTEE" | "SELLER_GUARANTEE" | "HOPE_SELLER_GUARANTEE" | "PICKUP" | "QUICK";
        /**
         * @description 배송 태그 유형. [DOC]
         * @enum {string}
         */
        DeliveryTagType: "TODAY" | "TOMORROW" | "DAWN" | "SUNDAY" | "STANDARD" | "HOPE";
        /**
         * @description 쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]
         * @enum {string}
         */
        CouponClassCode: "NMP_PRD_DCNT" | "NMP_PRD_DUP_DCNT";
        /**
         * @description 결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.
         * @enum {string}
         */
        PaymentMeans: "신용카드" | "신용카드 간편결제" | "휴대폰" | "휴대폰 간편결제" | "계좌 간편결제" | "무통장입금" | "포인트/머니결제" | "패밀리결제" | "후불결제";
        /**
         * @description 정산 대상 구분 (settlement productOrderType). [DOC]
         * @enum {string}
         */
        SettleProductOrderType: "PROD_ORDER" | "DELIVERY" | "EXTRAFEE" | "WITHDRAW" | "REFUND" | "PL_REFUND" | "DEDUCTION_RESTORE" | "PROD_PAY" | "PURCHASE_REVIEW" | "PREMIUM_PURCHASE_REVIEW" | "REGULAR_PURCHASE_REVIEW" | "ONE_MONTH_PURCHASE_REVIEW" | "ONE_MONTH_PREMIUM_PURCHASE_REVIEW" | "REVIEW" | "ETC_COUPON" | "QUICK_SETTLE" | "QUANTITY_CANCEL" | "DIFFERENCE_SETTLE" | "DEPOSIT_SETTLE" | "RENTAL_ORDER" | "MANUAL_ORDER" | "RENTAL_SCHEDULED_ORDER" | "PREFERENTIAL_COMMISSION" | "POINT_ACCUMULATION";
        /**
         * @description 정산 구분. The docs description also mentions `PURCHASE_CONFIRM` (구매 확정), which the possible-values list omits, so it is not accepted here. [DOC]
         * @enum {string}
         */
        SettleType: "NORMAL_SETTLE_ORIGINAL" | "NORMAL_SETTLE_AFTER_CANCEL" | "NORMAL_SETTLE_BEFORE_CANCEL" | "QUICK_SETTLE_ORIGINAL" | "QUICK_SETTLE_CANCEL" | "QUANTITY_CANCEL_DEDUCTION" | "QUANTITY_CANCEL_RESTORE";
        /**
         * @description 조회 기간 기준 (settle/case and commission-details periodType). [DOC]
         * @enum {string}
         */
        SettlePeriodType: "SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE" | "SETTLE_CASEBYCASE_SETTLE_BASIS_DATE" | "SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE" | "SETTLE_CASEBYCASE_PAY_DATE" | "SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE";
        /**
         * @description 결제일 구분, only meaningful with periodType=SETTLE_CASEBYCASE_PAY_DATE. [DOC]
         * @enum {string}
         */
        SettleDecisionType: "SETTLED" | "UNSETTLED" | "BEFORE_CANCEL";
        /**
         * @description 수수료 구분 (commission-details). [DOC]
         * @enum {string}
         */
        CommissionType: "SALE_COMMISSION" | "PAY_COMMISSION" | "CHNL_COMMISSION" | "ISTLM_COMMISSION" | "PUBLISHING_COMMISSION" | "INFLOW_COMMISSION" | "SERVICE_COMMISSION" | "CONTRACT_COMMISSION" | "PACKAGE_COMMISSION" | "PARTNER_COMMISSION" | "PLATFORM_COMMISSION" | "VERTICAL_COMMISSION" | "PURCHASER_COMMISSION" | "PRICE_COMPARISON_COMMISSION";
        /**
         * @description 매출 연동 수수료 상세 구분 (commission-details). [DOC]
         * @enum {string}
         */
        SellingInterlockCommissionType: "NAVER_SHOPPING" | "TOPTOP" | "EASY_BOOKING" | "ONEPLUS" | "SEARCH_ETC" | "LENS" | "SHOPPING_SEARCH" | "SHOPPING_SEARCH_CATALOG" | "INTEGRATED_SEARCH" | "INTEGRATED_SEARCH_CATALOG" | "BRAND_SEARCH" | "SHOPPING_SEARCH_AD" | "SHOPPING_BOX" | "ONEPLUS_DEAL" | "DA" | "SA" | "NAVER" | "NOT_NAVER" | "SMART_PLACE" | "BOOK" | "LUXURY" | "MR" | "PET" | "OVERSEA_DIRECT_PURCHASE" | "VERTICAL_BEST" | "FORYOU" | "TOP_TOP" | "SHOPPING_ETC" | "EXHIBITION" | "PAN_CONTENTS" | "BRAND_STORE" | "GIFT" | "SHOPPING_LIVE" | "TALKTALK" | "HOT_DEAL" | "AITEMS" | "SHOPPING_BEST" | "LIVING" | "BEAUTY" | "SHOPPING_WINDOW" | "ART" | "KIDS" | "FOOD" | "PLAY" | "BRANCH" | "VILLAGE_MARKET" | "MART" | "BRAND_BRANCH" | "MY" | "CART_ZIM_RECENT" | "REPURCHASE" | "PAY" | "SUBSCRIPTION" | "FASH_TW" | "DEPARTMENT_STORE" | "OUTLET" | "SOHO_STREET" | "DESIGNER" | "FASH_TW_BRAND" | "ARRIVAL_GUARANTEE" | "N_SHOPPING_SEARCH" | "NPLUS_SEARCH" | "NPLUS_SEARCH_AD" | "NPLUS_SEARCH_CATEGORY" | "NPLUS_INTEGRATED_SEARCH" | "SHOPPING_BEST_AD" | "NPLUS_PRODUCT_AD" | "BRAND_CONNECT" | "SHOPPING_BEST_V2" | "SHOPPING_BEST_TAB" | "TODAY_EVENT" | "TODAY_EVENT_TAB" | "COUPON_BENEFIT" | "SHOPPING_REWARD" | "N_CATEGORY" | "SHOPPING_HOME" | "FORYOU_TAB" | "FASHION_BEAUTY_TAB" | "INTEGRATED_PROMOTION_TAB" | "CURATION_TAB" | "NPLUS_HOME_TAB" | "NPLUS_HOME_FASHION_BEAUTY_TAB" | "NPLUS_HOME_FORYOU_TAB" | "NPLUS_HOME_CURATION_TAB" | "NPLUS_HOME_INTEGRATED_PROMOTION_TAB" | "NPLUS_HOME_BEST_TAB" | "NPLUS_HOME_TODAY_EVENT_TAB" | "NPLUS_HOME_ARRIVAL_GUARANTEE_TAB" | "PAY_HISTORY_TAB" | "ZIM_PRODUCT_TAB" | "SHOPPING_REVIEW_TAB" | "SHOPPING_WEB_HISTORY" | "DISCOVER" | "NOW_DELIVERY" | "NOW_DELIVERY_MART" | "NOW_DELIVERY_LOCAL_MARKET" | "NOW_DELIVERY_BRAND_BRANCH" | "TODAY_LAST_DEAL" | "NPLUS_TODAY_LAST_DEAL" | "VTC_SHOPPING_LIVE" | "VTC_FASHION_TOWN" | "VTC_ONE_PLUS_DEAL" | "VTC_MISTER" | "HIGHEND" | "KURLY_N_MART_HOME" | "KUR_N_MART" | "PLT_SMART_STORE" | "PLF_BRAND_STORE" | "PLF_SMART_STORE_MARKETING" | "PLF_BRAND_STORE_MARKETING" | "SVC_RENTAL" | "SVC_REGULAR_SUBSCRIPTION" | "SVC_ARRIVAL_GUARANTEE" | "SVC_SELLER_GUARANTEE" | "SVC_HOPE_SELLER_GUARANTEE" | "SVC_N_SHOPPING_CONNECT" | "SVC_SUPER_POINT" | "SVC_N_DELIVERY_DIRECT_CONTRACT" | "CONTRACT_TYPE" | "PKG_BRAND_SOLUTION" | "PATR_AFFILIATE" | "CAFE" | "FLEA_MARKET" | "FLEA_MARKET_NAVER" | "FLEA_MARKET_DELIVERY_FEE" | "FLEA_MARKET_NAVER_DELIVERY_FEE" | "SETTLE_DANAWA" | "SETTLE_ENURI";
        /**
         * @description 결제 수단 구분 (commission-details). [DOC]
         * @enum {string}
         */
        PayMeansType: "PAYMEANS_TYPE_ALL" | "PAYMEANS_TYPE_BANK" | "PAYMEANS_TYPE_CCARD" | "PAYMEANS_TYPE_CHAMT" | "PAYMEANS_TYPE_CHKAC" | "PAYMEANS_TYPE_DON" | "PAYMEANS_TYPE_MOBIL" | "PAYMEANS_TYPE_NCASH" | "PAYMEANS_TYPE_POINT" | "PAYMEANS_TYPE_VACCT" | "PAYMEANS_TYPE_SKIP" | "PAYMEANS_TYPE_PAYLATER" | "PAYMEANS_TYPE_GIFTCARD" | "PAYMEANS_TYPE_NONE" | "PAYMEANS_TYPE_NMP_DISCOUNT" | "PAYMEANS_TYPE_OVERSEAS_CARD";
        /**
         * @description 은행 코드 (settle/daily bankType). Some spellings are the real ones (HYNDAI_SEC, SANSUNG_SEC). [DOC]
         * @enum {string}
         */
        BankType: "KDB" | "IBK" | "KB" | "KEB_OLD" | "SUHYUP" | "KOREAEXIM" | "NH" | "LNH" | "WOORI" | "SC" | "CITI" | "IM" | "BUSAN" | "KWANGJU" | "JEJU" | "JEONBUK" | "KYONGNAM" | "SAEMAUL" | "SHINHYUP" | "FSB" | "HSBC" | "DEUTSCHE_BANK" | "JP_MORGAN" | "BOA" | "BNP" | "ICBC" | "NFCF" | "POST" | "KEB_HANA" | "SHINHAN" | "KBANK" | "KKOBANK" | "TOSS" | "DAISHIN_BANK" | "SBISB" | "HK_BANK" | "WELCOME_BANK" | "SHINHAN_SAVING" | "DONGYANG_SEC" | "HYNDAI_SEC" | "IBK_IVST_SEC" | "MIRAEASSET" | "MIRAEASSET_DAEWOO" | "SANSUNG_SEC" | "HANGKOOK_IVST_SEC" | "WOORI_IVST_SEC" | "KYOBO_IVST_SEC" | "HI_IVST_SEC" | "HMC_IVST_SEC" | "KIWOOM_IVST_SEC" | "EBEST_IVST_SEC" | "SK_SEC" | "DAESHIN_SEC" | "HANWHA_SEC" | "HANA_DAETOO_SEC" | "SHINHAN_IVST" | "DONGBU_SEC" | "EUGENE_IVST_SEC" | "MERITZ_SEC" | "NH_NONGHYUP_SEC" | "BOOKOOK_SEC" | "SHINYOUNG_SEC" | "LIG_IVST_SEC" | "KSFC";
        /**
         * @description 정산 방법 (settle/daily). [DOC]
         * @enum {string}
         */
        SettleMethodType: "ACCOUNT" | "CHARGE_AMT";
        /**
         * @description 부가세 상세 유형 (vat/case detailType). [DOC]
         * @enum {string}
         */
        VatDetailType: "VOUCH_DETAIL_PAYMENT_SETL" | "VOUCH_DETAIL_PRODUCT_COUPON_SETL" | "VOUCH_DETAIL_ORDER_COUPON_SETL" | "VOUCH_DETAIL_DLVFEE_COUPON_SETL" | "VOUCH_DETAIL_RTNDLV" | "VOUCH_DETAIL_ETCDLV" | "VOUCH_DETAIL_DCCNCL" | "VOUCH_DETAIL_DLVREC" | "VOUCH_DETAIL_DLCNCL" | "VOUCH_DETAIL_COUPON_SETL" | "VOUCH_DETAIL_DDTN_RSTOR";
        /**
         * @description 부가세 전표 상태 (vat/case status). [DOC]
         * @enum {string}
         */
        VatStatus: "VOUCH_PUBLICATION" | "VOUCH_CANCEL" | "VOUCH_RSTOR_PUBLICATION" | "VOUCH_RSTOR_CANCEL";
        /** @description 배송 희망일 변경 정보 [DOC]. */
        HopeDeliveryChangeRequest: {
            /**
             * @description 배송 희망일. yyyymmdd 형식의 연월일 [DOC].
             * @example 20221231
             */
            hopeDeliveryYmd: string;
            /**
             * @description 배송 희망 시간. HHmm 형식의 시간 [DOC].
             * @example 1500
             */
            hopeDeliveryHm?: string;
            /** @description 지역. 길이 제한 1~30 [DOC]. */
            region?: string;
            /** @description 변경 사유. 길이 제한 1~300 [DOC]. */
            changeReason: string;
        };
    };
    responses: {
        /** @description 인증 토큰 [DOC] */
        TokenOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TokenResponse"];
            };
        };
        /** @description 변경 상품 주문 내역 [DOC] */
        LastChangedStatusesOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LastChangedStatusesResponse"];
            };
        };
        /** @description 상품 주문 상세 내역 [DOC] */
        ProductOrderDetailsOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProductOrderDetailsResponse"];
            };
        };
        /** @description 상품 주문 번호 목록 [DOC] */
        ProductOrderIdsOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProductOrderIdsResponse"];
            };
        };
        /** @description 조건형 상품 주문 상세 내역 [DOC] */
        SearchProductOrdersOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SearchProductOrdersResponse"];
            };
        };
        /** @description (성공/실패) 발주 확인 처리 내역; HTTP 200 even when items fail [DOC] */
        ConfirmOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ConfirmResponse"];
            };
        };
        /** @description (성공/실패) 상품 주문 처리 내역 (주문 클레임 처리 반환 구조체); HTTP 200 even when items fail [DOC] */
        ClaimActionOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClaimActionResponse"];
            };
        };
        /** @description 리뷰 목록 [REC: shape is a guess] */
        ReviewsOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ReviewsResponse"];
            };
        };
        /** @description 건별 정산 내역 [DOC] */
        SettleCasesOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SettleCasePage"];
            };
        };
        /** @description 일별 정산 내역 [DOC] */
        SettleDailyOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SettleDailyPage"];
            };
        };
        /** @description 수수료 상세 내역 [DOC] */
        CommissionDetailsOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CommissionDetailPage"];
            };
        };
        /** @description 건별 부가세 내역 [DOC] */
        VatCasesOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VatCasePage"];
            };
        };
        /** @description 일별 부가세 내역 [DOC] */
        VatDailyOk: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VatDailyPage"];
            };
        };
        /** @description (실패) 잘못된 요청: validation (`4000` with `invalidInputs`) or a business error of a query endpoint (e.g. `104139`, `100003`, `101010`) [DOC][OBS] */
        OrderBadRequest: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrderErrorBody"];
            };
        };
        /** @description (실패) 서버 내부: service error (`9999`) or gateway proxy error `GW.PROXY.0x` / `GW.INTERNAL_SERVER_ERROR` (same shape without `invalidInputs`) [DOC] */
        OrderServerError: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrderErrorBody"];
            };
        };
        /** @description 잘못된 요청: `BAD_REQUEST` / `잘못된 요청` with `invalidInputs` (e.g. `type` `typeMismatch`) [DOC] */
        SettlementBadRequest: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SettlementErrorBody"];
            };
        };
        /** @description 내부 서버 오류: `INTERNAL_SERVER_ERROR` with empty `invalidInputs` [DOC], or a gateway proxy error body [DOC] */
        SettlementServerError: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SettlementErrorBody"] | components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description 유효성 검사 오류. The concrete codes for a bad signature, an expired timestamp or an unknown client are not public; the emulator answers `BAD_REQUEST` with `invalidInputs` naming the field [REC] */
        TokenBadRequest: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TokenErrorBody"];
            };
        };
        /** @description 접근 권한 오류, e.g. gateway `GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) [DOC] */
        TokenForbidden: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TokenErrorBody"];
            };
        };
        /** @description 서버 오류 [DOC] */
        TokenServerError: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TokenErrorBody"];
            };
        };
        /** @description `GW.AUTHN` 요청을 보낼 권한이 없습니다. — missing, unknown or expired token; re-issue a token [DOC][OBS] */
        Unauthorized: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description `GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) or a missing API-group permission (`GW.AUTHZ` [REC]; one report shows `GW.AUTHN` with 403 [OBS]) [DOC] */
        Forbidden: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description `GW.NOT_FOUND` 요청하신 리소스를 찾을 수 없습니다. — path not registered on the gateway [DOC] */
        NotFound: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description `GW.RATE_LIMIT` (요청이 많아 서비스를 일시적으로 사용할 수 없습니다.) or `GW.QUOTA_LIMIT` (할당된 시간당 요청량을 초과하였습니다.). No `Retry-After` header [OBS] [DOC] */
        TooManyRequests: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                "GNCP-GW-RateLimit-Replenish-Rate": components["headers"]["RateLimitReplenishRate"];
                "GNCP-GW-RateLimit-Burst-Capacity": components["headers"]["RateLimitBurstCapacity"];
                "GNCP-GW-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description `GW.BLOCK.01` (circuit breaker) / `GW.BLOCK.02` (점검): 서비스를 일시적으로 사용할 수 없습니다. [DOC] */
        ServiceUnavailable: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description `GW.TIMEOUT.01` / `GW.TIMEOUT.02`: 요청 대기 시간이 초과되었습니다. [DOC] */
        GatewayTimeout: {
            headers: {
                "GNCP-GW-Trace-ID": components["headers"]["TraceId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description 상품 주문 번호 (16-digit numeric string) [DOC].
         * @example 2022040521691951
         */
        ProductOrderId: string;
        /**
         * @description 주문 번호 (16-digit numeric string beginning with the order date) [DOC].
         * @example 2022051120592121
         */
        OrderId: string;
        /** @description 수량 클레임 변경사항 대응 완료 여부; exact semantics unclear (open question) [DOC]. */
        QuantityClaimCompatibility: boolean;
        /**
         * @description 1-based page number [DOC].
         * @example 1
         */
        PageNumber: number;
        /**
         * @description Page size, at most 1000 [DOC].
         * @example 10
         */
        PageSize: number;
        /**
         * @description 조회일, the single day `periodType` refers to [DOC]. Practically required [INF].
         * @example 2022-01-01
         */
        SettleSearchDate: components["schemas"]["LocalDate"];
        /** @description 주문 번호 [DOC]. */
        SettleOrderId: string;
        /** @description 상품 주문 번호 [DOC]. */
        SettleProductOrderId: string;
        /** @description 조회 기간 기준 [DOC]. */
        SettlePeriodTypeParam: components["schemas"]["SettlePeriodType"];
        /** @description 결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC]. */
        SettleDecisionTypeParam: components["schemas"]["SettleDecisionType"];
        /** @description 정산 구분 [DOC]. */
        SettleTypeParam: components["schemas"]["SettleType"];
        /**
         * @description 시작일 (settlement basis date) [DOC]. Maximum span is not documented [INF].
         * @example 2022-01-01
         */
        StartDate: components["schemas"]["LocalDate"];
        /**
         * @description 종료일 [DOC].
         * @example 2022-02-01
         */
        EndDate: components["schemas"]["LocalDate"];
        /**
         * @description 시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
         * @example 2022-01-01
         */
        VatStartDate: components["schemas"]["LocalDate"];
        /**
         * @description 종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
         * @example 2022-02-01
         */
        VatEndDate: components["schemas"]["LocalDate"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Gateway trace id `{host}^{epochMillis}^{counter}`, on every response [NPAY][OBS].
         * @example ar2-55f4fd5f54-mwk8w^1643182339983^366577
         */
        TraceId: string;
        /** @description Token-bucket refill rate, tokens per second [DOC]. */
        RateLimitReplenishRate: number;
        /** @description Token-bucket size; twice the replenish rate [DOC]. */
        RateLimitBurstCapacity: number;
        /** @description Tokens left in the bucket [DOC]. */
        RateLimitRemaining: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    issueToken: {
        parameters: {
            query?: {
                /** @description Same as the body field; query-string form [OBS]. */
                client_id?: string;
                /** @description Same as the body field; query-string form [OBS]. */
                timestamp?: number;
                /** @description Same as the body field; query-string form [OBS]. */
                grant_type?: components["schemas"]["GrantType"];
                /** @description Same as the body field; query-string form [OBS]. */
                client_secret_sign?: string;
                /** @description Same as the body field; query-string form [OBS]. */
                type?: components["schemas"]["TokenType"];
                /** @description Same as the body field; query-string form [OBS]. */
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Token parameters. May be empty when the parameters are sent in the query string [OBS]. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            200: components["responses"]["TokenOk"];
            400: components["responses"]["TokenBadRequest"];
            403: components["responses"]["TokenForbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["TokenServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getLastChangedStatuses: {
        parameters: {
            query: {
                /**
                 * @description Inclusive start of the window. Send the `+` of `+09:00` as `%2B`. [DOC]
                 * @example 2024-06-07T19:00:00.000+09:00
                 */
                lastChangedFrom: components["schemas"]["DateTimeInput"];
                /** @description Inclusive end of the window; default `lastChangedFrom` + 24 h. [DOC] */
                lastChangedTo?: components["schemas"]["DateTimeInput"];
                /** @description Only rows of this change type. [DOC] */
                lastChangedType?: components["schemas"]["LastChangedType"];
                /** @description Continuation cursor from a previous `data.more.moreSequence`. [DOC] */
                moreSequence?: string;
                /** @description Page size. Omitted or greater than 300 → 300 (the value is clamped, not rejected). [DOC] */
                limitCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LastChangedStatusesOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    queryProductOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueryProductOrdersRequest"];
            };
        };
        responses: {
            200: components["responses"]["ProductOrderDetailsOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getProductOrderIds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 주문 번호 (16-digit numeric string beginning with the order date) [DOC].
                 * @example 2022051120592121
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ProductOrderIdsOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    searchProductOrders: {
        parameters: {
            query: {
                /**
                 * @description Inclusive start. [DOC]
                 * @example 2024-06-07T19:00:00.000+09:00
                 */
                from: components["schemas"]["DateTimeInput"];
                /** @description Inclusive end; default `from` + 24 h. [DOC] */
                to?: components["schemas"]["DateTimeInput"];
                /**
                 * @description Which timestamp `from`/`to` filter on. The current docs make it optional with default
                 *     `PAYED_DATETIME` [DOC]; an older doc version listed it as required.
                 */
                rangeType?: components["schemas"]["RangeType"];
                /**
                 * @description Product order status filter. Repeated keys (`?productOrderStatuses=PAYED&productOrderStatuses=DELIVERING`)
                 *     and comma lists (`?productOrderStatuses=PAYED,DELIVERING`) are both accepted [REC; encoding not documented].
                 */
                productOrderStatuses?: components["schemas"]["ProductOrderStatus"][];
                /** @description Claim status filter. Repeated keys and comma lists are both accepted [REC; encoding not documented]. */
                claimStatuses?: components["schemas"]["ClaimStatus"][];
                /** @description 발주 상태 filter. [DOC] */
                placeOrderStatusType?: components["schemas"]["PlaceOrderStatus"];
                /** @description Absent = all; `false` = non-fulfillment orders; `true` = fulfillment (logistics-center) orders. [DOC] */
                fulfillment?: boolean;
                /** @description Page size. [DOC] */
                pageSize?: number;
                /** @description 1-based page number. [DOC] */
                page?: number;
                /** @description 수량 클레임 변경사항 대응 완료 여부; exact semantics unclear (open question) [DOC]. */
                quantityClaimCompatibility?: components["parameters"]["QuantityClaimCompatibility"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SearchProductOrdersOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    confirmProductOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmProductOrdersRequest"];
            };
        };
        responses: {
            200: components["responses"]["ConfirmOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    delayDispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DelayDispatchRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    dispatchProductOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchProductOrdersRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCancelRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    approveCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    requestReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestReturnRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    approveReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rejectReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectReturnRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    holdbackReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldbackReturnRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    releaseReturnHoldback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    completeExchangeCollect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    redeliverExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeliverExchangeRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rejectExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectExchangeRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    holdbackExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldbackExchangeRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    releaseExchangeHoldback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSettleCases: {
        parameters: {
            query: {
                /**
                 * @description 조회일, the single day `periodType` refers to [DOC]. Practically required [INF].
                 * @example 2022-01-01
                 */
                searchDate?: components["parameters"]["SettleSearchDate"];
                /** @description 주문 번호 [DOC]. */
                orderId?: components["parameters"]["SettleOrderId"];
                /** @description 상품 주문 번호 [DOC]. */
                productOrderId?: components["parameters"]["SettleProductOrderId"];
                /** @description 조회 기간 기준 [DOC]. */
                periodType?: components["parameters"]["SettlePeriodTypeParam"];
                /** @description 결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC]. */
                settleDecisionType?: components["parameters"]["SettleDecisionTypeParam"];
                /** @description 정산 구분 [DOC]. */
                settleType?: components["parameters"]["SettleTypeParam"];
                /**
                 * @description 1-based page number [DOC].
                 * @example 1
                 */
                pageNumber: components["parameters"]["PageNumber"];
                /**
                 * @description Page size, at most 1000 [DOC].
                 * @example 10
                 */
                pageSize: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SettleCasesOk"];
            400: components["responses"]["SettlementBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["SettlementServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getSettleDaily: {
        parameters: {
            query: {
                /**
                 * @description 시작일 (settlement basis date) [DOC]. Maximum span is not documented [INF].
                 * @example 2022-01-01
                 */
                startDate: components["parameters"]["StartDate"];
                /**
                 * @description 종료일 [DOC].
                 * @example 2022-02-01
                 */
                endDate: components["parameters"]["EndDate"];
                /**
                 * @description 1-based page number [DOC].
                 * @example 1
                 */
                pageNumber: components["parameters"]["PageNumber"];
                /**
                 * @description Page size, at most 1000 [DOC].
                 * @example 10
                 */
                pageSize: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SettleDailyOk"];
            400: components["responses"]["SettlementBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["SettlementServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getCommissionDetails: {
        parameters: {
            query: {
                /**
                 * @description 조회일, the single day `periodType` refers to [DOC]. Practically required [INF].
                 * @example 2022-01-01
                 */
                searchDate?: components["parameters"]["SettleSearchDate"];
                /** @description 주문 번호 [DOC]. */
                orderId?: components["parameters"]["SettleOrderId"];
                /** @description 상품 주문 번호 [DOC]. */
                productOrderId?: components["parameters"]["SettleProductOrderId"];
                /** @description 조회 기간 기준 [DOC]. */
                periodType?: components["parameters"]["SettlePeriodTypeParam"];
                /** @description 결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC]. */
                settleDecisionType?: components["parameters"]["SettleDecisionTypeParam"];
                /** @description 정산 구분 [DOC]. */
                settleType?: components["parameters"]["SettleTypeParam"];
                /**
                 * @description 1-based page number [DOC].
                 * @example 1
                 */
                pageNumber: components["parameters"]["PageNumber"];
                /**
                 * @description Page size, at most 1000 [DOC].
                 * @example 10
                 */
                pageSize: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CommissionDetailsOk"];
            400: components["responses"]["SettlementBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["SettlementServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVatCases: {
        parameters: {
            query: {
                /**
                 * @description 시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
                 * @example 2022-01-01
                 */
                startDate: components["parameters"]["VatStartDate"];
                /**
                 * @description 종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
                 * @example 2022-02-01
                 */
                endDate: components["parameters"]["VatEndDate"];
                /**
                 * @description 1-based page number [DOC].
                 * @example 1
                 */
                pageNumber: components["parameters"]["PageNumber"];
                /**
                 * @description Page size, at most 1000 [DOC].
                 * @example 10
                 */
                pageSize: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VatCasesOk"];
            400: components["responses"]["SettlementBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["SettlementServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getVatDaily: {
        parameters: {
            query: {
                /**
                 * @description 시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
                 * @example 2022-01-01
                 */
                startDate: components["parameters"]["VatStartDate"];
                /**
                 * @description 종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].
                 * @example 2022-02-01
                 */
                endDate: components["parameters"]["VatEndDate"];
                /**
                 * @description 1-based page number [DOC].
                 * @example 1
                 */
                pageNumber: components["parameters"]["PageNumber"];
                /**
                 * @description Page size, at most 1000 [DOC].
                 * @example 10
                 */
                pageSize: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VatDailyOk"];
            400: components["responses"]["SettlementBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["SettlementServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    changeHopeDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 상품 주문 번호 (16-digit numeric string) [DOC].
                 * @example 2022040521691951
                 */
                productOrderId: components["parameters"]["ProductOrderId"];
            };
            cookie?: never;
        };
        /** @description 배송 희망일 변경 정보 [DOC]. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HopeDeliveryChangeRequest"];
            };
        };
        responses: {
            200: components["responses"]["ClaimActionOk"];
            400: components["responses"]["OrderBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["OrderServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
