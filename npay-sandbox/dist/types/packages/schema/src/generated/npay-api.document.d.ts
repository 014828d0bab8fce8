export declare const npayApiDocument: {
    readonly openapi: "3.1.0";
    readonly info: {
        readonly title: "Naver Pay 주문형 가맹점 주문관리·정산 API";
        readonly version: "1.0.0";
        readonly summary: "The real partner API (mall paths) as emulated by npay-sandbox.";
        readonly description: "OpenAPI description of the Naver Pay 주문형 가맹점 (order-type merchant) partner REST API: OAuth 2.0\ntoken issuance, order management (`/v1/pay-order/mall/...`) and settlement (`/v1/pay-settle-mall/...`).\n\nThe partner docs are login-gated, so schemas come from the official docs of the Commerce API seller\nsiblings (`/v1/pay-order/seller/...`, `/v1/pay-settle/...`), which share paths, gateway and schemas.\nDescriptions carry provenance labels:\n\n- [NPAY] stated by Naver Pay (support repository for merchants).\n- [DOC] stated in the official Commerce API docs for the seller sibling endpoint.\n- [OBS] observed in real traffic quoted by third parties; real but anecdotal.\n- [SOAP] semantics of the predecessor SOAP API.\n- [INF] inference, not stated anywhere.\n- [REC] emulator choice where real behaviour is unknown; not a fact.\n\nConventions: order-API successes are wrapped as `{timestamp, traceId, data}` and omit absent fields;\nsettlement successes are `{elements, pagination}` with explicit `null`s. Response date-times are KST\nwith milliseconds (`yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`); in query strings the `+` must be sent as `%2B`.\nEvery response carries the `GNCP-GW-Trace-ID` header.\n\nVendor extensions: `x-enum-descriptions` gives the Korean meaning of each enum value (same order);\n`x-npay-enum` names the enum component an open string field draws its values from (kept open so an\nunknown value reaches the business-error path instead of failing validation); `x-npay-sandbox-aliases`\nlists extra paths the emulator serves for an operation.\n";
        readonly contact: {
            readonly name: "npay-sandbox";
        };
    };
    readonly servers: readonly [{
        readonly url: "https://sandbox-api.pay.naver.com/npay/partner";
        readonly description: "Real Naver Pay sandbox [NPAY]";
    }, {
        readonly url: "https://api.pay.naver.com/npay/partner";
        readonly description: "Real production (IP allow-list) [NPAY]";
    }, {
        readonly url: "http://127.0.0.1:8787/npay/partner";
        readonly description: "Local npay-sandbox emulator";
    }];
    readonly tags: readonly [{
        readonly name: "OAuth 2.0";
        readonly description: "인증 토큰 발급";
    }, {
        readonly name: "주문 조회";
        readonly description: "변경 내역, 상세, 상품 주문 번호, 조건형 조회";
    }, {
        readonly name: "주문 처리";
        readonly description: "발주 확인, 발송 지연, 발송 처리";
    }, {
        readonly name: "취소·반품·교환";
        readonly description: "Claim actions on one product order";
    }, {
        readonly name: "리뷰";
        readonly description: "리뷰 조회 (mall only; schema is a guess)";
    }, {
        readonly name: "정산";
        readonly description: "정산·부가세 내역 조회";
    }];
    readonly security: readonly [{
        readonly bearerAuth: readonly [];
    }];
    readonly paths: {
        readonly "/v1/oauth2/token": {
            readonly post: {
                readonly operationId: "issueToken";
                readonly tags: readonly ["OAuth 2.0"];
                readonly summary: "인증 토큰 발급 요청";
                readonly description: "Issues a bearer token (OAuth 2.0 client credentials with a bcrypt signature). Path is the Commerce\nlayout `{base}/v1/oauth2/token` [INF; Npay does not publish it]. Parameters are normally sent as an\n`application/x-www-form-urlencoded` body [DOC]; several public clients send the same parameters in\nthe query string with an empty body and this works against the real server [OBS], so both are\ndescribed here and the emulator accepts either [REC].\n\nSignature: `client_secret_sign = Base64(bcrypt(client_id + \"_\" + timestamp, client_secret))`,\nwhere the client secret itself is the bcrypt salt [DOC]. A token lives 10,800 s; while at least\n30 minutes remain the same token is returned [DOC].\n";
                readonly security: readonly [];
                readonly parameters: readonly [{
                    readonly name: "client_id";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly type: "string";
                    };
                }, {
                    readonly name: "timestamp";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly type: "integer";
                        readonly format: "int64";
                    };
                }, {
                    readonly name: "grant_type";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/GrantType";
                    };
                }, {
                    readonly name: "client_secret_sign";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly type: "string";
                    };
                }, {
                    readonly name: "type";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/TokenType";
                    };
                }, {
                    readonly name: "account_id";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Same as the body field; query-string form [OBS].";
                    readonly schema: {
                        readonly type: "string";
                    };
                }];
                readonly requestBody: {
                    readonly required: false;
                    readonly description: "Token parameters. May be empty when the parameters are sent in the query string [OBS].";
                    readonly content: {
                        readonly "application/x-www-form-urlencoded": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/TokenRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/TokenOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/TokenBadRequest";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/TokenForbidden";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/TokenServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/last-changed-statuses": {
            readonly get: {
                readonly operationId: "getLastChangedStatuses";
                readonly tags: readonly ["주문 조회"];
                readonly summary: "변경 상품 주문 내역 조회";
                readonly description: "조회 범위 내에 변경 이력이 있는 상품 주문 내역을 조회 [NPAY]. Rows are ordered by `lastChangedDate`\nthen product order ID [DOC]. When more rows remain than `limitCount`, `data.more` carries the\ncursor: call again with `lastChangedFrom = more.moreFrom`, `moreSequence = more.moreSequence` and\nthe same `lastChangedTo` [DOC]. An empty result may carry no `data` at all [OBS]. A window longer\nthan 24 h is rejected with 400 `104139` [INF]. The emulator records one row per change event [REC].\n";
                readonly parameters: readonly [{
                    readonly name: "lastChangedFrom";
                    readonly in: "query";
                    readonly required: true;
                    readonly description: "Inclusive start of the window. Send the `+` of `+09:00` as `%2B`. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                    readonly example: "2024-06-07T19:00:00.000+09:00";
                }, {
                    readonly name: "lastChangedTo";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Inclusive end of the window; default `lastChangedFrom` + 24 h. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                }, {
                    readonly name: "lastChangedType";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Only rows of this change type. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/LastChangedType";
                    };
                }, {
                    readonly name: "moreSequence";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Continuation cursor from a previous `data.more.moreSequence`. [DOC]";
                    readonly schema: {
                        readonly type: "string";
                    };
                }, {
                    readonly name: "limitCount";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Page size. Omitted or greater than 300 → 300 (the value is clamped, not rejected). [DOC]";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly default: 300;
                    };
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/LastChangedStatusesOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/query": {
            readonly post: {
                readonly operationId: "queryProductOrders";
                readonly tags: readonly ["주문 조회"];
                readonly summary: "상품 주문 상세 내역 조회";
                readonly description: "상품 주문에 대한 상세 내역을 조회 [NPAY]. Unknown IDs and IDs of another merchant are left out of\n`data` [INF]; results follow the requested order [REC]. An empty list or more than 300 IDs → 400\n`4000` [INF/REC].\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/QueryProductOrdersRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ProductOrderDetailsOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/orders/{orderId}/product-order-ids": {
            readonly get: {
                readonly operationId: "getProductOrderIds";
                readonly tags: readonly ["주문 조회"];
                readonly summary: "상품 주문 번호 목록 조회";
                readonly description: "주문에 대한 상품 주문 번호 목록을 조회 [NPAY]. `data` is a plain array [DOC]. Unknown order → 400\n`100003` [INF]; another merchant's order → 400 `101010` [OBS].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/OrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ProductOrderIdsOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders": {
            readonly get: {
                readonly operationId: "searchProductOrders";
                readonly tags: readonly ["주문 조회"];
                readonly summary: "조건형 상품 주문 상세 내역 조회";
                readonly description: "조건에 맞는 상품 주문 상세 내역을 조회 [NPAY]. The span `from`..`to` must not exceed 24 h (400 `4000`\n[OBS]).\n";
                readonly parameters: readonly [{
                    readonly name: "from";
                    readonly in: "query";
                    readonly required: true;
                    readonly description: "Inclusive start. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                    readonly example: "2024-06-07T19:00:00.000+09:00";
                }, {
                    readonly name: "to";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Inclusive end; default `from` + 24 h. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                }, {
                    readonly name: "rangeType";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Which timestamp `from`/`to` filter on. The current docs make it optional with default\n`PAYED_DATETIME` [DOC]; an older doc version listed it as required.\n";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/RangeType";
                    };
                }, {
                    readonly name: "productOrderStatuses";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Product order status filter. Repeated keys (`?productOrderStatuses=PAYED&productOrderStatuses=DELIVERING`)\nand comma lists (`?productOrderStatuses=PAYED,DELIVERING`) are both accepted [REC; encoding not documented].\n";
                    readonly style: "form";
                    readonly explode: true;
                    readonly schema: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ProductOrderStatus";
                        };
                    };
                }, {
                    readonly name: "claimStatuses";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Claim status filter. Repeated keys and comma lists are both accepted [REC; encoding not documented].\n";
                    readonly style: "form";
                    readonly explode: true;
                    readonly schema: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ClaimStatus";
                        };
                    };
                }, {
                    readonly name: "placeOrderStatusType";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "발주 상태 filter. [DOC]";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/PlaceOrderStatus";
                    };
                }, {
                    readonly name: "fulfillment";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Absent = all; `false` = non-fulfillment orders; `true` = fulfillment (logistics-center) orders. [DOC]";
                    readonly schema: {
                        readonly type: "boolean";
                    };
                }, {
                    readonly name: "pageSize";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Page size. [DOC]";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 300;
                        readonly default: 300;
                    };
                }, {
                    readonly name: "page";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "1-based page number. [DOC]";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly default: 1;
                    };
                }, {
                    readonly $ref: "#/components/parameters/QuantityClaimCompatibility";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/SearchProductOrdersOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/confirm": {
            readonly post: {
                readonly operationId: "confirmProductOrders";
                readonly tags: readonly ["주문 처리"];
                readonly summary: "발주 확인 처리";
                readonly description: "단수 또는 복수 개 상품 주문의 발주를 확인 처리 [NPAY]. `placeOrderStatus` NOT_YET → OK; the product order\nstays PAYED [OBS]. HTTP 200 even when items fail; failures are listed in `failProductOrderInfos` [DOC].\nWhether the mall variant answers with `successProductOrderInfos` (as the seller API) is unverified [INF].\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/ConfirmProductOrdersRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ConfirmOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/delay": {
            readonly post: {
                readonly operationId: "delayDispatch";
                readonly tags: readonly ["주문 처리"];
                readonly summary: "발송 지연 처리";
                readonly description: "1건의 상품 주문을 발송 지연 요청 [NPAY]. Sets `shippingDueDate`, `delayedDispatchReason` and\n`delayedDispatchDetailedReason`; the status stays PAYED and no last-changed row is written [INF].\nA due date out of the allowed range fails with `104105` [DOC]; the emulator rejects a date not after\nnow and not after the current due date [REC]. Business-state failures are HTTP 200 with one\n`failProductOrderInfos` entry [REC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/DelayDispatchRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/dispatch": {
            readonly post: {
                readonly operationId: "dispatchProductOrders";
                readonly tags: readonly ["주문 처리"];
                readonly summary: "발송 처리";
                readonly description: "단수 또는 복수 개 상품 주문을 발송 처리 [NPAY]. HTTP 200 even when items fail; failures are listed in\n`failProductOrderInfos` with codes such as `9999` (주문상태 및 클레임상태를 확인하세요), `104118`–`104122`\nand `104131` [DOC][OBS]. The status moves PAYED → DELIVERING and a `DISPATCHED` last-changed row is\nwritten [INF]. Dispatch straight from 발주 미확인 is allowed and confirms implicitly [INF/REC].\n";
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/DispatchProductOrdersRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/request": {
            readonly post: {
                readonly operationId: "requestCancel";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "취소 요청";
                readonly description: "1건의 상품 주문에 대한 판매 취소 [NPAY]. A seller-initiated cancel completes without buyer approval [OBS];\na `cancelQuantity` below the remaining quantity is a partial (수량) cancel and the status stays PAYED [OBS].\nBusiness-state failures are HTTP 200 with one `failProductOrderInfos` entry [REC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/RequestCancelRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/cancel/approve": {
            readonly post: {
                readonly operationId: "approveCancel";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "취소 요청 승인";
                readonly description: "1건의 상품 주문에 대한 취소 요청을 승인 [NPAY]. Allowed only for a buyer cancel request in\n`CANCEL_REQUEST` [OBS]. No request body [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/request": {
            readonly post: {
                readonly operationId: "requestReturn";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "반품 요청";
                readonly description: "1건의 상품 주문에 대한 반품을 요청 [NPAY]. Allowed from DELIVERING/DELIVERED without another open claim [INF].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/RequestReturnRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/approve": {
            readonly post: {
                readonly operationId: "approveReturn";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "반품 승인";
                readonly description: "1건의 상품 주문에 대한 반품을 승인 [NPAY]. Not allowed while the return is held back [INF]. No request body [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/reject": {
            readonly post: {
                readonly operationId: "rejectReturn";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "반품 거부(철회)";
                readonly description: "1건의 상품 주문에 대한 반품 요청을 거부(철회) [NPAY].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/RejectReturnRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback": {
            readonly post: {
                readonly operationId: "holdbackReturn";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "반품 보류";
                readonly description: "1건의 상품 주문에 대한 반품을 보류 [NPAY]. Sets `return.holdbackStatus=HOLDBACK`; the claim status is\nunchanged and no last-changed row is written [INF].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/HoldbackReturnRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/return/holdback/release": {
            readonly post: {
                readonly operationId: "releaseReturnHoldback";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "반품 보류 해제";
                readonly description: "1건의 상품 주문에 대한 반품 보류를 해제 [NPAY]. No request body [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/complete": {
            readonly post: {
                readonly operationId: "completeExchangeCollect";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "교환 수거 완료";
                readonly description: "1건의 상품 주문에 대한 교환을 수거 완료 처리 [NPAY]. The mall path ends in `collect/complete` [NPAY];\nthe seller sibling ends in `collect/approve` [DOC], which the emulator also serves (see\n`x-npay-sandbox-aliases`) [REC]. No request body [DOC].\n";
                readonly "x-npay-sandbox-aliases": readonly ["/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/collect/approve"];
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/dispatch": {
            readonly post: {
                readonly operationId: "redeliverExchange";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "교환 재배송 처리";
                readonly description: "1건의 상품 주문에 대한 교환 승인 건을 재배송 처리 [NPAY]. Allowed only after collection (`COLLECT_DONE`),\notherwise `104417` [DOC code; state INF].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/RedeliverExchangeRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/reject": {
            readonly post: {
                readonly operationId: "rejectExchange";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "교환 거부(철회)";
                readonly description: "1건의 상품 주문에 대한 교환 요청을 거부(철회) [NPAY].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/RejectExchangeRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback": {
            readonly post: {
                readonly operationId: "holdbackExchange";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "교환 보류";
                readonly description: "1건의 상품 주문에 대한 교환을 보류 [NPAY]. Sets `exchange.holdbackStatus=HOLDBACK` [INF].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly requestBody: {
                    readonly required: true;
                    readonly content: {
                        readonly "application/json": {
                            readonly schema: {
                                readonly $ref: "#/components/schemas/HoldbackExchangeRequest";
                            };
                        };
                    };
                };
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/product-orders/{productOrderId}/claim/exchange/holdback/release": {
            readonly post: {
                readonly operationId: "releaseExchangeHoldback";
                readonly tags: readonly ["취소·반품·교환"];
                readonly summary: "교환 보류 해제";
                readonly description: "1건의 상품 주문에 대한 교환 보류를 해제 [NPAY]. No request body [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/ProductOrderId";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ClaimActionOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-order/mall/reviews": {
            readonly get: {
                readonly operationId: "getReviews";
                readonly tags: readonly ["리뷰"];
                readonly summary: "리뷰 조회";
                readonly description: "상품 주문에 대한 리뷰를 조회 [NPAY: method, path and this sentence only]. The REST contract is not public;\nevery parameter and field name here is a guess modelled on the SOAP predecessor GetPurchaseReviewList\nin camelCase [REC]. The window is on review creation/modification time and may span at most 24 h [REC].\n";
                readonly parameters: readonly [{
                    readonly name: "inquiryTimeFrom";
                    readonly in: "query";
                    readonly required: true;
                    readonly description: "Inclusive start of the create/modify-time window. Name is a guess [REC].";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                }, {
                    readonly name: "inquiryTimeTo";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Inclusive end; default `inquiryTimeFrom` + 24 h. Name is a guess [REC].";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                }, {
                    readonly name: "purchaseReviewClassType";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Review class filter. Name is a guess [REC].";
                    readonly schema: {
                        readonly $ref: "#/components/schemas/PurchaseReviewClassType";
                    };
                }, {
                    readonly name: "page";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "1-based page number. Paging is a guess [REC].";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly default: 1;
                    };
                }, {
                    readonly name: "pageSize";
                    readonly in: "query";
                    readonly required: false;
                    readonly description: "Page size. Paging is a guess [REC].";
                    readonly schema: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 300;
                        readonly default: 300;
                    };
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/ReviewsOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/OrderBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/OrderServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-settle-mall/settle/case": {
            readonly get: {
                readonly operationId: "getSettleCases";
                readonly tags: readonly ["정산"];
                readonly summary: "건별 정산 내역 조회";
                readonly description: "Settlement lines per product order, delivery fee or other fee [DOC]. (The Npay README swaps the one-line\ndescriptions of case and daily; the names and schemas agree that `case` is per line item [DOC].)\nRows are appended, never edited, when something changes after settlement [OBS].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/SettleSearchDate";
                }, {
                    readonly $ref: "#/components/parameters/SettleOrderId";
                }, {
                    readonly $ref: "#/components/parameters/SettleProductOrderId";
                }, {
                    readonly $ref: "#/components/parameters/SettlePeriodTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/SettleDecisionTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/SettleTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/PageNumber";
                }, {
                    readonly $ref: "#/components/parameters/PageSize";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/SettleCasesOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/SettlementBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/SettlementServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-settle-mall/settle/daily": {
            readonly get: {
                readonly operationId: "getSettleDaily";
                readonly tags: readonly ["정산"];
                readonly summary: "일별 정산 내역 조회";
                readonly description: "Settlement totals per settlement day, filtered on the expected settlement date [DOC][OBS].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/StartDate";
                }, {
                    readonly $ref: "#/components/parameters/EndDate";
                }, {
                    readonly $ref: "#/components/parameters/PageNumber";
                }, {
                    readonly $ref: "#/components/parameters/PageSize";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/SettleDailyOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/SettlementBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/SettlementServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-settle-mall/settle/commission-details": {
            readonly get: {
                readonly operationId: "getCommissionDetails";
                readonly tags: readonly ["정산"];
                readonly summary: "수수료 상세 내역 조회";
                readonly description: "Commission lines [DOC]. Note the element field `orderNo` (not `orderId`) [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/SettleSearchDate";
                }, {
                    readonly $ref: "#/components/parameters/SettleOrderId";
                }, {
                    readonly $ref: "#/components/parameters/SettleProductOrderId";
                }, {
                    readonly $ref: "#/components/parameters/SettlePeriodTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/SettleDecisionTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/SettleTypeParam";
                }, {
                    readonly $ref: "#/components/parameters/PageNumber";
                }, {
                    readonly $ref: "#/components/parameters/PageSize";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/CommissionDetailsOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/SettlementBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/SettlementServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-settle-mall/vat/case": {
            readonly get: {
                readonly operationId: "getVatCases";
                readonly tags: readonly ["정산"];
                readonly summary: "건별 부가세 내역 조회";
                readonly description: "VAT lines per order [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/VatStartDate";
                }, {
                    readonly $ref: "#/components/parameters/VatEndDate";
                }, {
                    readonly $ref: "#/components/parameters/PageNumber";
                }, {
                    readonly $ref: "#/components/parameters/PageSize";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/VatCasesOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/SettlementBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/SettlementServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
        readonly "/v1/pay-settle-mall/vat/daily": {
            readonly get: {
                readonly operationId: "getVatDaily";
                readonly tags: readonly ["정산"];
                readonly summary: "일별 부가세 내역 조회";
                readonly description: "VAT totals per day [DOC]. Dates can be queried up to the last day of the previous month (전월 말일까지) [DOC].\n";
                readonly parameters: readonly [{
                    readonly $ref: "#/components/parameters/VatStartDate";
                }, {
                    readonly $ref: "#/components/parameters/VatEndDate";
                }, {
                    readonly $ref: "#/components/parameters/PageNumber";
                }, {
                    readonly $ref: "#/components/parameters/PageSize";
                }];
                readonly responses: {
                    readonly "200": {
                        readonly $ref: "#/components/responses/VatDailyOk";
                    };
                    readonly "400": {
                        readonly $ref: "#/components/responses/SettlementBadRequest";
                    };
                    readonly "401": {
                        readonly $ref: "#/components/responses/Unauthorized";
                    };
                    readonly "403": {
                        readonly $ref: "#/components/responses/Forbidden";
                    };
                    readonly "404": {
                        readonly $ref: "#/components/responses/NotFound";
                    };
                    readonly "429": {
                        readonly $ref: "#/components/responses/TooManyRequests";
                    };
                    readonly "500": {
                        readonly $ref: "#/components/responses/SettlementServerError";
                    };
                    readonly "503": {
                        readonly $ref: "#/components/responses/ServiceUnavailable";
                    };
                    readonly "504": {
                        readonly $ref: "#/components/responses/GatewayTimeout";
                    };
                };
            };
        };
    };
    readonly components: {
        readonly securitySchemes: {
            readonly bearerAuth: {
                readonly type: "http";
                readonly scheme: "bearer";
                readonly description: "`Authorization: Bearer {access_token}` from issueToken [NPAY][DOC].";
            };
        };
        readonly headers: {
            readonly TraceId: {
                readonly description: "Gateway trace id `{host}^{epochMillis}^{counter}`, on every response [NPAY][OBS].";
                readonly schema: {
                    readonly type: "string";
                };
                readonly example: "ar2-55f4fd5f54-mwk8w^1643182339983^366577";
            };
            readonly RateLimitReplenishRate: {
                readonly description: "Token-bucket refill rate, tokens per second [DOC].";
                readonly schema: {
                    readonly type: "integer";
                };
            };
            readonly RateLimitBurstCapacity: {
                readonly description: "Token-bucket size; twice the replenish rate [DOC].";
                readonly schema: {
                    readonly type: "integer";
                };
            };
            readonly RateLimitRemaining: {
                readonly description: "Tokens left in the bucket [DOC].";
                readonly schema: {
                    readonly type: "integer";
                };
            };
        };
        readonly parameters: {
            readonly ProductOrderId: {
                readonly name: "productOrderId";
                readonly in: "path";
                readonly required: true;
                readonly description: "상품 주문 번호 (16-digit numeric string) [DOC].";
                readonly schema: {
                    readonly type: "string";
                };
                readonly example: "2022040521691951";
            };
            readonly OrderId: {
                readonly name: "orderId";
                readonly in: "path";
                readonly required: true;
                readonly description: "주문 번호 (16-digit numeric string beginning with the order date) [DOC].";
                readonly schema: {
                    readonly type: "string";
                };
                readonly example: "2022051120592121";
            };
            readonly QuantityClaimCompatibility: {
                readonly name: "quantityClaimCompatibility";
                readonly in: "query";
                readonly required: false;
                readonly description: "수량 클레임 변경사항 대응 완료 여부; exact semantics unclear (open question) [DOC].";
                readonly schema: {
                    readonly type: "boolean";
                };
            };
            readonly PageNumber: {
                readonly name: "pageNumber";
                readonly in: "query";
                readonly required: true;
                readonly description: "1-based page number [DOC].";
                readonly schema: {
                    readonly type: "integer";
                    readonly format: "int32";
                    readonly minimum: 1;
                };
                readonly example: 1;
            };
            readonly PageSize: {
                readonly name: "pageSize";
                readonly in: "query";
                readonly required: true;
                readonly description: "Page size, at most 1000 [DOC].";
                readonly schema: {
                    readonly type: "integer";
                    readonly format: "int32";
                    readonly minimum: 1;
                    readonly maximum: 1000;
                };
                readonly example: 10;
            };
            readonly SettleSearchDate: {
                readonly name: "searchDate";
                readonly in: "query";
                readonly required: false;
                readonly description: "조회일, the single day `periodType` refers to [DOC]. Practically required [INF].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/LocalDate";
                };
                readonly example: "2022-01-01";
            };
            readonly SettleOrderId: {
                readonly name: "orderId";
                readonly in: "query";
                readonly required: false;
                readonly description: "주문 번호 [DOC].";
                readonly schema: {
                    readonly type: "string";
                };
            };
            readonly SettleProductOrderId: {
                readonly name: "productOrderId";
                readonly in: "query";
                readonly required: false;
                readonly description: "상품 주문 번호 [DOC].";
                readonly schema: {
                    readonly type: "string";
                };
            };
            readonly SettlePeriodTypeParam: {
                readonly name: "periodType";
                readonly in: "query";
                readonly required: false;
                readonly description: "조회 기간 기준 [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/SettlePeriodType";
                };
            };
            readonly SettleDecisionTypeParam: {
                readonly name: "settleDecisionType";
                readonly in: "query";
                readonly required: false;
                readonly description: "결제일 구분; only with `periodType=SETTLE_CASEBYCASE_PAY_DATE` [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/SettleDecisionType";
                };
            };
            readonly SettleTypeParam: {
                readonly name: "settleType";
                readonly in: "query";
                readonly required: false;
                readonly description: "정산 구분 [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/SettleType";
                };
            };
            readonly StartDate: {
                readonly name: "startDate";
                readonly in: "query";
                readonly required: true;
                readonly description: "시작일 (settlement basis date) [DOC]. Maximum span is not documented [INF].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/LocalDate";
                };
                readonly example: "2022-01-01";
            };
            readonly EndDate: {
                readonly name: "endDate";
                readonly in: "query";
                readonly required: true;
                readonly description: "종료일 [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/LocalDate";
                };
                readonly example: "2022-02-01";
            };
            readonly VatStartDate: {
                readonly name: "startDate";
                readonly in: "query";
                readonly required: true;
                readonly description: "시작일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/LocalDate";
                };
                readonly example: "2022-01-01";
            };
            readonly VatEndDate: {
                readonly name: "endDate";
                readonly in: "query";
                readonly required: true;
                readonly description: "종료일 (전월 말일까지 조회 가능 — up to the last day of the previous month) [DOC].";
                readonly schema: {
                    readonly $ref: "#/components/schemas/LocalDate";
                };
                readonly example: "2022-02-01";
            };
        };
        readonly responses: {
            readonly TokenOk: {
                readonly description: "인증 토큰 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/TokenResponse";
                        };
                    };
                };
            };
            readonly LastChangedStatusesOk: {
                readonly description: "변경 상품 주문 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/LastChangedStatusesResponse";
                        };
                    };
                };
            };
            readonly ProductOrderDetailsOk: {
                readonly description: "상품 주문 상세 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ProductOrderDetailsResponse";
                        };
                    };
                };
            };
            readonly ProductOrderIdsOk: {
                readonly description: "상품 주문 번호 목록 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ProductOrderIdsResponse";
                        };
                    };
                };
            };
            readonly SearchProductOrdersOk: {
                readonly description: "조건형 상품 주문 상세 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SearchProductOrdersResponse";
                        };
                    };
                };
            };
            readonly ConfirmOk: {
                readonly description: "(성공/실패) 발주 확인 처리 내역; HTTP 200 even when items fail [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ConfirmResponse";
                        };
                    };
                };
            };
            readonly ClaimActionOk: {
                readonly description: "(성공/실패) 상품 주문 처리 내역 (주문 클레임 처리 반환 구조체); HTTP 200 even when items fail [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ClaimActionResponse";
                        };
                    };
                };
            };
            readonly ReviewsOk: {
                readonly description: "리뷰 목록 [REC: shape is a guess]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/ReviewsResponse";
                        };
                    };
                };
            };
            readonly SettleCasesOk: {
                readonly description: "건별 정산 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SettleCasePage";
                        };
                    };
                };
            };
            readonly SettleDailyOk: {
                readonly description: "일별 정산 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SettleDailyPage";
                        };
                    };
                };
            };
            readonly CommissionDetailsOk: {
                readonly description: "수수료 상세 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/CommissionDetailPage";
                        };
                    };
                };
            };
            readonly VatCasesOk: {
                readonly description: "건별 부가세 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/VatCasePage";
                        };
                    };
                };
            };
            readonly VatDailyOk: {
                readonly description: "일별 부가세 내역 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/VatDailyPage";
                        };
                    };
                };
            };
            readonly OrderBadRequest: {
                readonly description: "(실패) 잘못된 요청: validation (`4000` with `invalidInputs`) or a business error of a query endpoint (e.g. `104139`, `100003`, `101010`) [DOC][OBS]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/OrderErrorBody";
                        };
                    };
                };
            };
            readonly OrderServerError: {
                readonly description: "(실패) 서버 내부: service error (`9999`) or gateway proxy error `GW.PROXY.0x` / `GW.INTERNAL_SERVER_ERROR` (same shape without `invalidInputs`) [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/OrderErrorBody";
                        };
                    };
                };
            };
            readonly SettlementBadRequest: {
                readonly description: "잘못된 요청: `BAD_REQUEST` / `잘못된 요청` with `invalidInputs` (e.g. `type` `typeMismatch`) [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/SettlementErrorBody";
                        };
                    };
                };
            };
            readonly SettlementServerError: {
                readonly description: "내부 서버 오류: `INTERNAL_SERVER_ERROR` with empty `invalidInputs` [DOC], or a gateway proxy error body [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly anyOf: readonly [{
                                readonly $ref: "#/components/schemas/SettlementErrorBody";
                            }, {
                                readonly $ref: "#/components/schemas/GatewayErrorBody";
                            }];
                        };
                    };
                };
            };
            readonly TokenBadRequest: {
                readonly description: "유효성 검사 오류. The concrete codes for a bad signature, an expired timestamp or an unknown client are not public; the emulator answers `BAD_REQUEST` with `invalidInputs` naming the field [REC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/TokenErrorBody";
                        };
                    };
                };
            };
            readonly TokenForbidden: {
                readonly description: "접근 권한 오류, e.g. gateway `GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/TokenErrorBody";
                        };
                    };
                };
            };
            readonly TokenServerError: {
                readonly description: "서버 오류 [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/TokenErrorBody";
                        };
                    };
                };
            };
            readonly Unauthorized: {
                readonly description: "`GW.AUTHN` 요청을 보낼 권한이 없습니다. — missing, unknown or expired token; re-issue a token [DOC][OBS]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
            readonly Forbidden: {
                readonly description: "`GW.IP_NOT_ALLOWED` (호출이 허용되지 않은 IP입니다.) or a missing API-group permission (`GW.AUTHZ` [REC]; one report shows `GW.AUTHN` with 403 [OBS]) [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
            readonly NotFound: {
                readonly description: "`GW.NOT_FOUND` 요청하신 리소스를 찾을 수 없습니다. — path not registered on the gateway [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
            readonly TooManyRequests: {
                readonly description: "`GW.RATE_LIMIT` (요청이 많아 서비스를 일시적으로 사용할 수 없습니다.) or `GW.QUOTA_LIMIT` (할당된 시간당 요청량을 초과하였습니다.). No `Retry-After` header [OBS] [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                    readonly "GNCP-GW-RateLimit-Replenish-Rate": {
                        readonly $ref: "#/components/headers/RateLimitReplenishRate";
                    };
                    readonly "GNCP-GW-RateLimit-Burst-Capacity": {
                        readonly $ref: "#/components/headers/RateLimitBurstCapacity";
                    };
                    readonly "GNCP-GW-RateLimit-Remaining": {
                        readonly $ref: "#/components/headers/RateLimitRemaining";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
            readonly ServiceUnavailable: {
                readonly description: "`GW.BLOCK.01` (circuit breaker) / `GW.BLOCK.02` (점검): 서비스를 일시적으로 사용할 수 없습니다. [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
            readonly GatewayTimeout: {
                readonly description: "`GW.TIMEOUT.01` / `GW.TIMEOUT.02`: 요청 대기 시간이 초과되었습니다. [DOC]";
                readonly headers: {
                    readonly "GNCP-GW-Trace-ID": {
                        readonly $ref: "#/components/headers/TraceId";
                    };
                };
                readonly content: {
                    readonly "application/json": {
                        readonly schema: {
                            readonly $ref: "#/components/schemas/GatewayErrorBody";
                        };
                    };
                };
            };
        };
        readonly schemas: {
            readonly DateTimeInput: {
                readonly type: "string";
                readonly format: "date-time";
                readonly description: "Date-time input `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` [DOC]. An offset (`Z` or ±hh:mm) is required; milliseconds\nare required by the docs, and 1–3 fraction digits are accepted because real responses sometimes print\nfewer digits and clients echo them back [OBS][REC]. In query strings send `+` as `%2B` [DOC].\n";
                readonly pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}(Z|[+-]\\d{2}:\\d{2})$";
                readonly examples: readonly ["2022-09-29T17:32:06.000+09:00"];
            };
            readonly KstDateTime: {
                readonly type: "string";
                readonly format: "date-time";
                readonly description: "Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].\n(Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)\n";
                readonly pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+09:00$";
                readonly examples: readonly ["2023-01-16T17:14:51.794+09:00"];
            };
            readonly LocalDate: {
                readonly type: "string";
                readonly format: "date";
                readonly description: "Date `yyyy-MM-dd` [DOC].";
                readonly pattern: "^\\d{4}-\\d{2}-\\d{2}$";
                readonly examples: readonly ["2022-01-01"];
            };
            readonly GrantType: {
                readonly type: "string";
                readonly description: "OAuth 2.0 grant type; only `client_credentials` [DOC].";
                readonly enum: readonly ["client_credentials"];
            };
            readonly TokenType: {
                readonly type: "string";
                readonly description: "Token resource type [DOC]: `SELF` = the app's own resources, `SELLER` = resources of a related seller\n(needs `account_id`). Required by the Commerce API; for Npay mall apps optional, `SELF` assumed [INF][REC].\n";
                readonly enum: readonly ["SELF", "SELLER"];
                readonly "x-enum-descriptions": readonly ["애플리케이션 자신의 리소스", "연결된 판매자의 리소스 (account_id 필요)"];
            };
            readonly TokenRequest: {
                readonly type: "object";
                readonly description: "Token request parameters (form body or query string) [DOC][OBS].";
                readonly required: readonly ["client_id", "timestamp", "grant_type", "client_secret_sign"];
                readonly properties: {
                    readonly client_id: {
                        readonly type: "string";
                        readonly description: "애플리케이션 ID [DOC].";
                        readonly examples: readonly ["7dMvteboKNHwyRremLXXXX"];
                    };
                    readonly timestamp: {
                        readonly type: "integer";
                        readonly format: "int64";
                        readonly description: "Unix time in milliseconds used in the signature; valid for 5 minutes [DOC]. Timestamps in the\nfuture beyond a few seconds are rejected [INF][REC].\n";
                        readonly examples: readonly [1706671059230];
                    };
                    readonly grant_type: {
                        readonly $ref: "#/components/schemas/GrantType";
                    };
                    readonly client_secret_sign: {
                        readonly type: "string";
                        readonly description: "전자서명: Base64(bcrypt(`client_id` + \"_\" + `timestamp`, salt = `client_secret`)) — 80 characters\nover `[A-Za-z0-9]` [DOC].\n";
                        readonly examples: readonly ["JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy"];
                    };
                    readonly type: {
                        readonly $ref: "#/components/schemas/TokenType";
                    };
                    readonly account_id: {
                        readonly type: "string";
                        readonly description: "Seller ID or UID; only with `type=SELLER` [DOC].";
                    };
                };
            };
            readonly TokenResponse: {
                readonly type: "object";
                readonly description: "Issued token [DOC].";
                readonly properties: {
                    readonly access_token: {
                        readonly type: "string";
                        readonly description: "Opaque bearer token [DOC].";
                    };
                    readonly expires_in: {
                        readonly type: "integer";
                        readonly format: "int64";
                        readonly description: "Seconds of validity: 10800 for a fresh token [DOC]; the remaining seconds when an existing token\nwith at least 30 minutes left is returned again [INF][REC].\n";
                    };
                    readonly token_type: {
                        readonly type: "string";
                        readonly description: "Always `Bearer` [DOC].";
                        readonly examples: readonly ["Bearer"];
                    };
                };
            };
            readonly InvalidInput: {
                readonly type: "object";
                readonly description: "One rejected input [DOC].";
                readonly required: readonly ["name", "type", "message"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                        readonly description: "Field name.";
                    };
                    readonly type: {
                        readonly type: "string";
                        readonly description: "Error type, e.g. `typeMismatch`.";
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly description: "Korean message.";
                    };
                };
            };
            readonly OrderErrorBody: {
                readonly type: "object";
                readonly description: "Order-API error body [DOC]. `code` is a numeric-looking string from the pay-order error table (`4000`,\n`9999`, `100001`, `104139`, …); gateway errors use the same shape without `invalidInputs`.\n";
                readonly required: readonly ["code", "message", "timestamp", "traceId"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly examples: readonly ["4000"];
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly invalidInputs: {
                        readonly type: "array";
                        readonly description: "Present on validation failures [DOC].";
                        readonly items: {
                            readonly $ref: "#/components/schemas/InvalidInput";
                        };
                    };
                };
            };
            readonly TokenErrorBody: {
                readonly type: "object";
                readonly description: "Token endpoint error body [DOC]: same shape as the order error body; `code` e.g. `BAD_REQUEST`, or a\ngateway code. Concrete codes per failure are not public [REC].\n";
                readonly required: readonly ["code", "message", "timestamp"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly examples: readonly ["BAD_REQUEST"];
                    };
                    readonly message: {
                        readonly type: "string";
                    };
                    readonly timestamp: {
                        readonly type: "string";
                        readonly format: "date-time";
                        readonly description: "Error time. The official token example prints UTC with `Z` (2024-07-29T15:51:28.071Z) [DOC], unlike the KST of the other APIs; the emulator writes KST [REC].";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly invalidInputs: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/InvalidInput";
                        };
                    };
                    readonly data: {
                        readonly type: "object";
                        readonly additionalProperties: true;
                        readonly description: "추가 데이터 정보 [DOC].";
                    };
                };
            };
            readonly GatewayErrorBody: {
                readonly type: "object";
                readonly description: "GNCP gateway error body, produced before the request reaches the service [DOC][OBS].";
                readonly required: readonly ["code", "message", "timestamp", "traceId"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly description: "`GW.AUTHN`, `GW.AUTHZ`, `GW.IP_NOT_ALLOWED`, `GW.NOT_FOUND`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`, `GW.PROXY.01`–`05`, `GW.INTERNAL_SERVER_ERROR`, `GW.BLOCK.01`/`02`, `GW.TIMEOUT.01`/`02` [DOC].";
                        readonly examples: readonly ["GW.AUTHN"];
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly examples: readonly ["요청을 보낼 권한이 없습니다."];
                    };
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                        readonly examples: readonly ["cr3-000000-aaaaaa^1730711073284^6745261"];
                    };
                };
            };
            readonly SettlementErrorBody: {
                readonly type: "object";
                readonly description: "Settlement-API error body [DOC]; `invalidInputs` is always present (empty on 500).";
                readonly required: readonly ["code", "message", "invalidInputs", "timestamp"];
                readonly properties: {
                    readonly code: {
                        readonly type: "string";
                        readonly examples: readonly ["BAD_REQUEST"];
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly examples: readonly ["잘못된 요청"];
                    };
                    readonly invalidInputs: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/InvalidInput";
                        };
                    };
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                };
            };
            readonly OrderEnvelope: {
                readonly type: "object";
                readonly description: "Common order-API success wrapper [DOC]: `{timestamp, traceId, data}`; each operation's response schema\nrepeats these two fields with its own `data`. Absent fields are omitted, never `null` [DOC][OBS].\n";
                readonly required: readonly ["timestamp", "traceId"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                };
            };
            readonly LastChangedStatusesResponse: {
                readonly type: "object";
                readonly description: "Success body of getLastChangedStatuses. An empty result may omit `data` [OBS].";
                readonly required: readonly ["timestamp", "traceId"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/LastChangedStatusesData";
                    };
                };
            };
            readonly ProductOrderDetailsResponse: {
                readonly type: "object";
                readonly description: "Success body of queryProductOrders; `data` is an array [DOC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ProductOrderDetail";
                        };
                    };
                };
            };
            readonly ProductOrderIdsResponse: {
                readonly type: "object";
                readonly description: "Success body of getProductOrderIds [DOC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/ProductOrderIds";
                    };
                };
            };
            readonly SearchProductOrdersResponse: {
                readonly type: "object";
                readonly description: "Success body of searchProductOrders [DOC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/SearchProductOrdersData";
                    };
                };
            };
            readonly ConfirmResponse: {
                readonly type: "object";
                readonly description: "Success body of confirmProductOrders [DOC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/ConfirmResult";
                    };
                };
            };
            readonly ClaimActionResponse: {
                readonly type: "object";
                readonly description: "Success body of dispatch, delay and every claim action [DOC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/ClaimActionResult";
                    };
                };
            };
            readonly ReviewsResponse: {
                readonly type: "object";
                readonly description: "Success body of getReviews; the order-API envelope is assumed [REC].";
                readonly required: readonly ["timestamp", "traceId", "data"];
                readonly properties: {
                    readonly timestamp: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                    };
                    readonly traceId: {
                        readonly type: "string";
                    };
                    readonly data: {
                        readonly $ref: "#/components/schemas/ReviewsData";
                    };
                };
            };
            readonly QueryProductOrdersRequest: {
                readonly type: "object";
                readonly description: "상품 주문 상세 내역 조회 request [DOC].";
                readonly required: readonly ["productOrderIds"];
                readonly properties: {
                    readonly productOrderIds: {
                        readonly type: "array";
                        readonly description: "1–300 product order IDs [DOC].";
                        readonly minItems: 1;
                        readonly maxItems: 300;
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly quantityClaimCompatibility: {
                        readonly type: "boolean";
                        readonly description: "수량 클레임 변경사항 대응 완료 여부; exact semantics unclear [DOC].";
                    };
                };
            };
            readonly ConfirmProductOrdersRequest: {
                readonly type: "object";
                readonly description: "발주 확인 request [DOC].";
                readonly required: readonly ["productOrderIds"];
                readonly properties: {
                    readonly productOrderIds: {
                        readonly type: "array";
                        readonly description: "1–30 product order IDs [DOC].";
                        readonly minItems: 1;
                        readonly maxItems: 30;
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly DispatchProductOrder: {
                readonly type: "object";
                readonly description: "One dispatch instruction [DOC]. The docs mark no inner field required; `productOrderId` is required here\nso failures can be reported per item [REC]. `deliveryMethod` and `dispatchDate` are needed in practice and\ncompany/tracking number are needed for `DELIVERY`; their absence is reported per item with business\ncodes 104118/104119/104120 [DOC codes][OBS].\n";
                readonly required: readonly ["productOrderId"];
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                    };
                    readonly deliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                    };
                    readonly deliveryCompanyCode: {
                        readonly type: "string";
                        readonly description: "택배사 코드 (DeliveryCompanyCode). Typed as a string so an unknown code reaches the per-item check (104119) instead of failing the whole request [REC].";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly trackingNumber: {
                        readonly type: "string";
                        readonly description: "송장 번호.";
                    };
                    readonly dispatchDate: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                };
            };
            readonly DispatchProductOrdersRequest: {
                readonly type: "object";
                readonly description: "발송 처리 request [DOC].";
                readonly required: readonly ["dispatchProductOrders"];
                readonly properties: {
                    readonly dispatchProductOrders: {
                        readonly type: "array";
                        readonly description: "1–30 entries [DOC].";
                        readonly minItems: 1;
                        readonly maxItems: 30;
                        readonly items: {
                            readonly $ref: "#/components/schemas/DispatchProductOrder";
                        };
                    };
                };
            };
            readonly DelayDispatchRequest: {
                readonly type: "object";
                readonly description: "발송 지연 request [DOC]; required flags are medium confidence.";
                readonly required: readonly ["dispatchDueDate", "delayedDispatchReason", "dispatchDelayedDetailedReason"];
                readonly properties: {
                    readonly dispatchDueDate: {
                        readonly $ref: "#/components/schemas/DateTimeInput";
                    };
                    readonly delayedDispatchReason: {
                        readonly $ref: "#/components/schemas/DelayedDispatchReason";
                    };
                    readonly dispatchDelayedDetailedReason: {
                        readonly type: "string";
                        readonly description: "발송 지연 상세 사유, shown to the buyer.";
                    };
                };
            };
            readonly RequestCancelRequest: {
                readonly type: "object";
                readonly description: "판매자 취소 요청 [DOC].";
                readonly required: readonly ["cancelReason"];
                readonly properties: {
                    readonly cancelReason: {
                        readonly $ref: "#/components/schemas/CancelRequestReason";
                    };
                    readonly cancelDetailedReason: {
                        readonly type: "string";
                        readonly description: "취소 상세 사유.";
                    };
                    readonly cancelQuantity: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly description: "Omitted = whole remaining quantity; less = partial (수량) cancel [DOC].";
                    };
                };
            };
            readonly RequestReturnRequest: {
                readonly type: "object";
                readonly description: "판매자 반품 요청 [DOC].";
                readonly required: readonly ["returnReason", "collectDeliveryMethod"];
                readonly properties: {
                    readonly returnReason: {
                        readonly $ref: "#/components/schemas/ReturnRequestReason";
                    };
                    readonly collectDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                    };
                    readonly collectDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "수거 택배사 코드 (DeliveryCompanyCode).";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly collectTrackingNumber: {
                        readonly type: "string";
                        readonly description: "수거 송장 번호.";
                    };
                    readonly returnQuantity: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly description: "Omitted = whole remaining quantity [DOC].";
                    };
                };
            };
            readonly RejectReturnRequest: {
                readonly type: "object";
                readonly description: "반품 거부 request [DOC].";
                readonly required: readonly ["rejectReturnReason"];
                readonly properties: {
                    readonly rejectReturnReason: {
                        readonly type: "string";
                        readonly description: "반품 거부 사유.";
                    };
                };
            };
            readonly HoldbackReturnRequest: {
                readonly type: "object";
                readonly description: "반품 보류 request [DOC]. Return-side holdback types are expected [INF].";
                readonly required: readonly ["holdbackClassType", "holdbackReturnDetailReason"];
                readonly properties: {
                    readonly holdbackClassType: {
                        readonly $ref: "#/components/schemas/HoldbackClassType";
                    };
                    readonly holdbackReturnDetailReason: {
                        readonly type: "string";
                        readonly description: "보류 상세 사유.";
                    };
                    readonly extraReturnFeeAmount: {
                        readonly type: "number";
                        readonly description: "기타 반품 비용.";
                    };
                };
            };
            readonly RedeliverExchangeRequest: {
                readonly type: "object";
                readonly description: "교환 재배송 request [DOC]. The docs mark no field required; the method, and for `DELIVERY` company and\ntracking number, are needed in practice [INF].\n";
                readonly properties: {
                    readonly reDeliveryMethod: {
                        readonly $ref: "#/components/schemas/DeliveryMethod";
                    };
                    readonly reDeliveryCompany: {
                        readonly type: "string";
                        readonly description: "재배송 택배사 코드 (DeliveryCompanyCode).";
                        readonly "x-npay-enum": "DeliveryCompanyCode";
                    };
                    readonly reDeliveryTrackingNumber: {
                        readonly type: "string";
                        readonly description: "재배송 송장 번호.";
                    };
                };
            };
            readonly RejectExchangeRequest: {
                readonly type: "object";
                readonly description: "교환 거부 request [DOC].";
                readonly required: readonly ["rejectExchangeReason"];
                readonly properties: {
                    readonly rejectExchangeReason: {
                        readonly type: "string";
                        readonly description: "교환 거부 사유.";
                    };
                };
            };
            readonly HoldbackExchangeRequest: {
                readonly type: "object";
                readonly description: "교환 보류 request [DOC]. Exchange-side holdback types are expected [INF].";
                readonly required: readonly ["holdbackClassType", "holdbackExchangeDetailReason"];
                readonly properties: {
                    readonly holdbackClassType: {
                        readonly $ref: "#/components/schemas/HoldbackClassType";
                    };
                    readonly holdbackExchangeDetailReason: {
                        readonly type: "string";
                        readonly description: "보류 상세 사유.";
                    };
                    readonly extraExchangeFeeAmount: {
                        readonly type: "number";
                        readonly description: "기타 교환 비용.";
                    };
                };
            };
            readonly LastChangedStatusesData: {
                readonly type: "object";
                readonly description: "data of getLastChangedStatuses [DOC]. Note the real spelling `lastChangeStatuses`.";
                readonly required: readonly ["count", "lastChangeStatuses"];
                readonly properties: {
                    readonly count: {
                        readonly type: "integer";
                        readonly description: "Number of rows in this response.";
                    };
                    readonly more: {
                        readonly $ref: "#/components/schemas/LastChangedMore";
                        readonly description: "Present only when rows remain beyond limitCount [DOC].";
                    };
                    readonly lastChangeStatuses: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/LastChangedStatus";
                        };
                        readonly description: "Changed product orders, ordered by lastChangedDate then productOrderId [DOC].";
                    };
                };
            };
            readonly LastChangedMore: {
                readonly type: "object";
                readonly description: "Continuation cursor of getLastChangedStatuses [DOC].";
                readonly properties: {
                    readonly moreFrom: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "lastChangedDate of the first row not returned; send back as lastChangedFrom.";
                    };
                    readonly moreSequence: {
                        readonly type: "string";
                        readonly description: "Cursor of that row; send back as moreSequence (doc example 2022051122443341).";
                    };
                };
            };
            readonly LastChangedStatus: {
                readonly type: "object";
                readonly description: "One changed product order (lastChangeStatuses[]) [DOC]. Absent values are omitted.";
                readonly properties: {
                    readonly orderId: {
                        readonly type: "string";
                        readonly description: "주문 번호";
                    };
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "상품 주문 번호";
                    };
                    readonly lastChangedType: {
                        readonly $ref: "#/components/schemas/LastChangedType";
                        readonly description: "최종 변경 구분";
                    };
                    readonly paymentDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "결제 일시; omitted while unpaid";
                    };
                    readonly lastChangedDate: {
                        readonly $ref: "#/components/schemas/KstDateTime";
                        readonly description: "최종 변경 일시";
                    };
                    readonly productOrderStatus: {
                        readonly $ref: "#/components/schemas/ProductOrderStatus";
                        readonly description: "상품 주문 상태";
                    };
                    readonly claimType: {
                        readonly $ref: "#/components/schemas/ClaimType";
                        readonly description: "클레임 구분; omitted without a claim";
                    };
                    readonly claimStatus: {
                        readonly $ref: "#/components/schemas/ClaimStatus";
                        readonly description: "클레임 상태; omitted without a claim";
                    };
                    readonly receiverAddressChanged: {
                        readonly type: "boolean";
                        readonly description: "배송지 정보 변경 여부 (default false)";
                    };
                    readonly giftReceivingStatus: {
                        readonly $ref: "#/components/schemas/GiftReceivingStatus";
                        readonly description: "선물 수락 상태 (gift orders only)";
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
            readonly SearchProductOrdersData: {
                readonly type: "object";
                readonly description: "data of searchProductOrders [DOC].";
                readonly properties: {
                    readonly contents: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SearchProductOrdersContent";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SearchProductOrdersPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly SearchProductOrdersContent: {
                readonly type: "object";
                readonly description: "One result of searchProductOrders [DOC].";
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "상품 주문 번호";
                    };
                    readonly content: {
                        readonly $ref: "#/components/schemas/ProductOrderDetail";
                        readonly description: "상품 주문 상세";
                    };
                };
            };
            readonly SearchProductOrdersPagination: {
                readonly type: "object";
                readonly description: "Paging of searchProductOrders [DOC].";
                readonly properties: {
                    readonly page: {
                        readonly type: "integer";
                        readonly description: "현재 페이지 (1-based)";
                    };
                    readonly size: {
                        readonly type: "integer";
                        readonly description: "페이지 크기";
                    };
                    readonly hasNext: {
                        readonly type: "boolean";
                        readonly description: "다음 페이지 존재 여부";
                    };
                };
            };
            readonly FailProductOrderInfo: {
                readonly type: "object";
                readonly description: "One failed product order of a batch or claim action [DOC].";
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "(실패) 상품 주문 번호";
                    };
                    readonly code: {
                        readonly type: "string";
                        readonly description: "Business error code, e.g. 9999 or 104119 [DOC][OBS]";
                    };
                    readonly message: {
                        readonly type: "string";
                        readonly description: "(실패) 메시지, e.g. 주문상태 및 클레임상태를 확인하세요 [OBS]";
                    };
                };
            };
            readonly ClaimActionResult: {
                readonly type: "object";
                readonly description: "주문 클레임 처리 반환 구조체: data of dispatch, delay and every claim action [DOC].";
                readonly properties: {
                    readonly successProductOrderIds: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                        readonly description: "(성공) 상품 주문 번호";
                    };
                    readonly failProductOrderInfos: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FailProductOrderInfo";
                        };
                        readonly description: "(실패) 상품 주문 정보";
                    };
                };
            };
            readonly ConfirmSuccessInfo: {
                readonly type: "object";
                readonly description: "One confirmed product order [DOC].";
                readonly properties: {
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "(성공) 상품 주문 번호";
                    };
                    readonly isReceiverAddressChanged: {
                        readonly type: "boolean";
                        readonly description: "배송지 변경 여부 since ordering [INF from name]";
                    };
                };
            };
            readonly ConfirmResult: {
                readonly type: "object";
                readonly description: "data of confirmProductOrders [DOC]; differs from ClaimActionResult.";
                readonly properties: {
                    readonly successProductOrderInfos: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/ConfirmSuccessInfo";
                        };
                        readonly description: "(성공) 상품 주문 정보";
                    };
                    readonly failProductOrderInfos: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/FailProductOrderInfo";
                        };
                        readonly description: "(실패) 상품 주문 정보";
                    };
                };
            };
            readonly ReviewsData: {
                readonly type: "object";
                readonly description: "data of getReviews. [REC] Every name here is a guess modelled on SOAP GetPurchaseReviewList (ReturnedDataCount, PurchaseReviewList).";
                readonly properties: {
                    readonly count: {
                        readonly type: "integer";
                        readonly description: "Number of reviews in this response [REC guess].";
                    };
                    readonly hasNext: {
                        readonly type: "boolean";
                        readonly description: "More pages exist [REC guess].";
                    };
                    readonly purchaseReviews: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/Review";
                        };
                        readonly description: "Reviews [REC guess].";
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
            readonly SettlementPagination: {
                readonly type: "object";
                readonly description: "Settlement paging [DOC]. `page` echoes the requested 1-based page number [INF].";
                readonly properties: {
                    readonly page: {
                        readonly type: "integer";
                        readonly format: "int32";
                        readonly description: "페이지 번호";
                    };
                    readonly size: {
                        readonly type: "integer";
                        readonly format: "int32";
                        readonly description: "페이지 크기";
                    };
                    readonly totalPages: {
                        readonly type: "integer";
                        readonly format: "int32";
                        readonly description: "전체 페이지 수";
                    };
                    readonly totalElements: {
                        readonly type: "integer";
                        readonly format: "int64";
                        readonly description: "전체 건수";
                    };
                };
            };
            readonly SettleCasePage: {
                readonly type: "object";
                readonly description: "Success body of getSettleCases; no order-API wrapper [DOC].";
                readonly required: readonly ["elements", "pagination"];
                readonly properties: {
                    readonly elements: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SettleCase";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SettlementPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly SettleDailyPage: {
                readonly type: "object";
                readonly description: "Success body of getSettleDaily; no order-API wrapper [DOC].";
                readonly required: readonly ["elements", "pagination"];
                readonly properties: {
                    readonly elements: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/SettleDaily";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SettlementPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly CommissionDetailPage: {
                readonly type: "object";
                readonly description: "Success body of getCommissionDetails; no order-API wrapper [DOC].";
                readonly required: readonly ["elements", "pagination"];
                readonly properties: {
                    readonly elements: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/CommissionDetail";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SettlementPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly VatCasePage: {
                readonly type: "object";
                readonly description: "Success body of getVatCases; no order-API wrapper [DOC].";
                readonly required: readonly ["elements", "pagination"];
                readonly properties: {
                    readonly elements: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/VatCase";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SettlementPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly VatDailyPage: {
                readonly type: "object";
                readonly description: "Success body of getVatDaily; no order-API wrapper [DOC].";
                readonly required: readonly ["elements", "pagination"];
                readonly properties: {
                    readonly elements: {
                        readonly type: "array";
                        readonly items: {
                            readonly $ref: "#/components/schemas/VatDaily";
                        };
                        readonly description: "조회 결과";
                    };
                    readonly pagination: {
                        readonly $ref: "#/components/schemas/SettlementPagination";
                        readonly description: "페이지 정보";
                    };
                };
            };
            readonly SettleCase: {
                readonly type: "object";
                readonly description: "건별 정산 내역 element [DOC]. Nullable fields are sent as null [INF][REC].";
                readonly required: readonly ["productOrderType", "paySettleAmount", "benefitSettleAmount", "settleExpectAmount"];
                readonly properties: {
                    readonly settleBasisDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 기준일";
                    };
                    readonly settleExpectDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 예정일";
                    };
                    readonly settleCompleteDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 완료일";
                    };
                    readonly payDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "결제일";
                    };
                    readonly orderId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "주문 번호";
                    };
                    readonly productOrderId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품 주문 번호, or delivery-fee / other-fee number depending on productOrderType";
                    };
                    readonly productOrderType: {
                        readonly $ref: "#/components/schemas/SettleProductOrderType";
                        readonly description: "정산 대상 구분";
                    };
                    readonly settleType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/SettleType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 구분";
                    };
                    readonly productId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품 번호";
                    };
                    readonly productName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품명";
                    };
                    readonly purchaserName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "구매자명";
                    };
                    readonly paySettleAmount: {
                        readonly type: "number";
                        readonly description: "결제 정산 금액";
                    };
                    readonly totalPayCommissionAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "총 네이버페이 관리 수수료";
                    };
                    readonly freeInstallmentCommissionAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "판매자 부담 무이자 할부 수수료";
                    };
                    readonly sellingInterlockCommissionAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "매출 연동 수수료";
                    };
                    readonly benefitSettleAmount: {
                        readonly type: "number";
                        readonly description: "혜택 정산 금액";
                    };
                    readonly settleExpectAmount: {
                        readonly type: "number";
                        readonly description: "정산 예정 금액";
                    };
                    readonly merchantId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점 ID";
                    };
                    readonly merchantName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점명";
                    };
                    readonly contractNo: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "계약 번호";
                    };
                };
            };
            readonly SettleDaily: {
                readonly type: "object";
                readonly description: "일별 정산 내역 element [DOC]. Everything but returnCareSettleAmount is nullable.";
                readonly required: readonly ["returnCareSettleAmount"];
                readonly properties: {
                    readonly settleBasisStartDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 기준 시작일";
                    };
                    readonly settleBasisEndDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 기준 종료일";
                    };
                    readonly settleExpectDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 예정일";
                    };
                    readonly settleCompleteDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 완료일";
                    };
                    readonly settleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "정산 금액";
                    };
                    readonly paySettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "결제 정산 금액";
                    };
                    readonly commissionSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "수수료 정산 금액";
                    };
                    readonly benefitSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "혜택 정산 금액";
                    };
                    readonly deductionRestoreSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "공제 환급 정산 금액";
                    };
                    readonly payHoldbackAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "지급 보류 금액";
                    };
                    readonly minusChargeAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "마이너스 충전금 상계 금액";
                    };
                    readonly differenceSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "차액 정산 금액";
                    };
                    readonly returnCareSettleAmount: {
                        readonly type: "number";
                        readonly description: "반품안심케어 정산 금액";
                    };
                    readonly normalSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "일반 정산 금액";
                    };
                    readonly quickSettleAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "빠른정산 금액";
                    };
                    readonly preferentialCommissionAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "우대 수수료 환급 금액";
                    };
                    readonly settlementLimitAmount: {
                        readonly type: readonly ["number", "null"];
                        readonly description: "한도 보류/해제 금액";
                    };
                    readonly settleMethodType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/SettleMethodType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 방법";
                    };
                    readonly bankType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/BankType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "은행";
                    };
                    readonly depositorName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "예금주";
                    };
                    readonly accountNo: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "계좌 번호";
                    };
                    readonly merchantId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점 ID";
                    };
                    readonly merchantName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점명";
                    };
                };
            };
            readonly CommissionDetail: {
                readonly type: "object";
                readonly description: "수수료 상세 내역 element [DOC]. Note `orderNo` (not orderId).";
                readonly required: readonly ["orderNo", "productOrderId", "productOrderType", "merchantId", "merchantName", "settleType", "commissionBasisAmount", "commissionType", "commissionAmount"];
                readonly properties: {
                    readonly orderNo: {
                        readonly type: "string";
                        readonly description: "주문 번호 (real name orderNo)";
                    };
                    readonly productOrderId: {
                        readonly type: "string";
                        readonly description: "상품 주문 번호";
                    };
                    readonly productOrderType: {
                        readonly $ref: "#/components/schemas/SettleProductOrderType";
                        readonly description: "정산 대상 구분";
                    };
                    readonly productId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품 번호";
                    };
                    readonly productName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품명";
                    };
                    readonly merchantId: {
                        readonly type: "string";
                        readonly description: "가맹점 ID";
                    };
                    readonly merchantName: {
                        readonly type: "string";
                        readonly description: "가맹점명";
                    };
                    readonly purchaserName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "구매자명";
                    };
                    readonly settleType: {
                        readonly $ref: "#/components/schemas/SettleType";
                        readonly description: "정산 구분";
                    };
                    readonly settleBasisDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 기준일";
                    };
                    readonly settleExpectDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 예정일";
                    };
                    readonly settleCompleteDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 완료일";
                    };
                    readonly taxReturnDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "세금 신고 기준일";
                    };
                    readonly commissionBasisAmount: {
                        readonly type: "number";
                        readonly description: "수수료 기준 금액";
                    };
                    readonly commissionType: {
                        readonly $ref: "#/components/schemas/CommissionType";
                        readonly description: "수수료 구분";
                    };
                    readonly sellingInterlockCommissionType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/SellingInterlockCommissionType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "매출 연동 수수료 구분";
                    };
                    readonly payMeansType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/PayMeansType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "결제 수단";
                    };
                    readonly commissionAmount: {
                        readonly type: "number";
                        readonly description: "수수료 금액 (negative = deduction [OBS])";
                    };
                    readonly maximumSellingInterlockCommissionAmount: {
                        readonly type: "number";
                        readonly description: "최대 과금 매출 연동 수수료 금액";
                    };
                };
            };
            readonly VatCase: {
                readonly type: "object";
                readonly description: "건별 부가세 내역 element [DOC].";
                readonly required: readonly ["orderId", "totalSalesAmount", "taxationSalesAmount", "taxExemptionSalesAmount", "creditCardAmount", "cashInComeDeductionAmount", "cashOutGoingEvidenceAmount", "cashExclusionIssuanceAmount", "otherAmount"];
                readonly properties: {
                    readonly settleBasisDate: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/LocalDate";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 기준일";
                    };
                    readonly orderId: {
                        readonly type: "string";
                        readonly description: "주문 번호";
                    };
                    readonly productOrderId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품 주문 번호, or delivery-fee / other-fee number";
                    };
                    readonly productOrderType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/SettleProductOrderType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "정산 대상 구분";
                    };
                    readonly detailType: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/VatDetailType";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "상세 유형";
                    };
                    readonly status: {
                        readonly anyOf: readonly [{
                            readonly $ref: "#/components/schemas/VatStatus";
                        }, {
                            readonly type: "null";
                        }];
                        readonly description: "상태";
                    };
                    readonly productName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "상품명";
                    };
                    readonly totalSalesAmount: {
                        readonly type: "number";
                        readonly description: "총 매출 금액";
                    };
                    readonly taxationSalesAmount: {
                        readonly type: "number";
                        readonly description: "과세 매출 금액";
                    };
                    readonly taxExemptionSalesAmount: {
                        readonly type: "number";
                        readonly description: "면세 매출 금액";
                    };
                    readonly creditCardAmount: {
                        readonly type: "number";
                        readonly description: "신용카드 금액";
                    };
                    readonly cashInComeDeductionAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 소득공제 금액 (real spelling InCome)";
                    };
                    readonly cashOutGoingEvidenceAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 지출 증빙 금액";
                    };
                    readonly cashExclusionIssuanceAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 발행 제외 금액";
                    };
                    readonly otherAmount: {
                        readonly type: "number";
                        readonly description: "기타 금액";
                    };
                    readonly merchantId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점 ID";
                    };
                    readonly merchantName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점명";
                    };
                };
            };
            readonly VatDaily: {
                readonly type: "object";
                readonly description: "일별 부가세 내역 element [DOC].";
                readonly required: readonly ["totalSalesAmount", "taxationSalesAmount", "taxExemptionSalesAmount", "creditCardAmount", "cashInComeDeductionAmount", "cashOutGoingEvidenceAmount", "cashExclusionIssuanceAmount", "otherAmount"];
                readonly properties: {
                    readonly settleBasisDate: {
                        readonly $ref: "#/components/schemas/LocalDate";
                        readonly description: "정산 기준일";
                    };
                    readonly totalSalesAmount: {
                        readonly type: "number";
                        readonly description: "총 매출 금액";
                    };
                    readonly taxationSalesAmount: {
                        readonly type: "number";
                        readonly description: "과세 매출 금액";
                    };
                    readonly taxExemptionSalesAmount: {
                        readonly type: "number";
                        readonly description: "면세 매출 금액";
                    };
                    readonly creditCardAmount: {
                        readonly type: "number";
                        readonly description: "신용카드 금액";
                    };
                    readonly cashInComeDeductionAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 소득공제 금액 (real spelling InCome)";
                    };
                    readonly cashOutGoingEvidenceAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 지출 증빙 금액";
                    };
                    readonly cashExclusionIssuanceAmount: {
                        readonly type: "number";
                        readonly description: "현금영수증 발행 제외 금액";
                    };
                    readonly otherAmount: {
                        readonly type: "number";
                        readonly description: "기타 금액";
                    };
                    readonly merchantId: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점 ID";
                    };
                    readonly merchantName: {
                        readonly type: readonly ["string", "null"];
                        readonly description: "가맹점명";
                    };
                };
            };
            readonly ProductOrderIds: {
                readonly type: "array";
                readonly description: "data of getProductOrderIds, a plain array of product order IDs [DOC].";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly PurchaseReviewClassType: {
                readonly type: "string";
                readonly description: "리뷰 구분 [SOAP values; REST name REC guess].";
                readonly enum: readonly ["GENERAL", "PREMIUM"];
                readonly "x-enum-descriptions": readonly ["일반", "프리미엄"];
            };
            readonly ProductOrderStatus: {
                readonly type: "string";
                readonly description: "상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]";
                readonly enum: readonly ["PAYMENT_WAITING", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED", "EXCHANGED", "CANCELED", "RETURNED", "CANCELED_BY_NOPAYMENT"];
                readonly "x-enum-descriptions": readonly ["결제 대기", "결제 완료", "배송 중", "배송 완료", "구매 확정", "교환", "취소", "반품", "미결제 취소"];
            };
            readonly ClaimType: {
                readonly type: "string";
                readonly description: "클레임 구분 (claimType). [DOC]";
                readonly enum: readonly ["CANCEL", "RETURN", "EXCHANGE", "PURCHASE_DECISION_HOLDBACK", "ADMIN_CANCEL"];
                readonly "x-enum-descriptions": readonly ["취소", "반품", "교환", "구매 확정 보류", "직권 취소"];
            };
            readonly ClaimStatus: {
                readonly type: "string";
                readonly description: "클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]";
                readonly enum: readonly ["CANCEL_REQUEST", "CANCELING", "CANCEL_DONE", "CANCEL_REJECT", "RETURN_REQUEST", "EXCHANGE_REQUEST", "COLLECTING", "COLLECT_DONE", "EXCHANGE_REDELIVERING", "RETURN_DONE", "EXCHANGE_DONE", "RETURN_REJECT", "EXCHANGE_REJECT", "PURCHASE_DECISION_HOLDBACK", "PURCHASE_DECISION_REQUEST", "PURCHASE_DECISION_HOLDBACK_RELEASE", "ADMIN_CANCELING", "ADMIN_CANCEL_DONE", "ADMIN_CANCEL_REJECT"];
                readonly "x-enum-descriptions": readonly ["취소 요청", "취소 처리 중", "취소 처리 완료", "취소 철회", "반품 요청", "교환 요청", "수거 처리 중", "수거 완료", "교환 재배송 중", "반품 완료", "교환 완료", "반품 철회", "교환 철회", "구매 확정 보류", "구매 확정 요청", "구매 확정 보류 해제", "직권 취소 중", "직권 취소 완료", "직권 취소 철회"];
            };
            readonly LastChangedType: {
                readonly type: "string";
                readonly description: "최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]";
                readonly enum: readonly ["PAY_WAITING", "PAYED", "EXCHANGE_OPTION", "DELIVERY_ADDRESS_CHANGED", "GIFT_RECEIVED", "CLAIM_REJECTED", "DISPATCHED", "CLAIM_REQUESTED", "COLLECT_DONE", "CLAIM_COMPLETED", "PURCHASE_DECIDED", "HOPE_DELIVERY_INFO_CHANGED", "CLAIM_REDELIVERING"];
                readonly "x-enum-descriptions": readonly ["결제 대기", "결제 완료", "옵션 변경", "배송지 변경", "선물 수락", "클레임 철회", "발송 처리", "클레임 요청", "수거 완료", "클레임 완료", "구매 확정", "배송 희망일 변경", "교환 재배송처리"];
            };
            readonly PlaceOrderStatus: {
                readonly type: "string";
                readonly description: "발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]";
                readonly enum: readonly ["NOT_YET", "OK", "CANCEL"];
                readonly "x-enum-descriptions": readonly ["발주 미확인", "발주 확인", "발주 확인 해제"];
            };
            readonly GiftReceivingStatus: {
                readonly type: "string";
                readonly description: "선물 수락 상태 (선물하기 orders only). [DOC]";
                readonly enum: readonly ["WAIT_FOR_RECEIVING", "RECEIVED"];
                readonly "x-enum-descriptions": readonly ["수락 대기(배송지 입력 대기)", "수락 완료"];
            };
            readonly ClaimReason: {
                readonly type: "string";
                readonly description: "클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]";
                readonly enum: readonly ["INTENT_CHANGED", "COLOR_AND_SIZE", "WRONG_ORDER", "PRODUCT_UNSATISFIED", "DELAYED_DELIVERY", "SOLD_OUT", "DROPPED_DELIVERY", "NOT_YET_DELIVERY", "BROKEN", "INCORRECT_INFO", "WRONG_DELIVERY", "WRONG_OPTION", "SIMPLE_INTENT_CHANGED", "MISTAKE_ORDER", "ETC", "DELAYED_DELIVERY_BY_PURCHASER", "INCORRECT_INFO_BY_PURCHASER", "PRODUCT_UNSATISFIED_BY_PURCHASER", "NOT_YET_DISCUSSION", "OUT_OF_STOCK", "SALE_INTENT_CHANGED", "NOT_YET_PAYMENT", "NOT_YET_RECEIVE", "WRONG_DELAYED_DELIVERY", "BROKEN_AND_BAD", "RECEIVING_DUE_DATE_OVER", "RECEIVER_MISMATCHED", "GIFT_INTENT_CHANGED", "GIFT_REFUSAL", "MINOR_RESTRICTED", "RECEIVING_BLOCKED", "UNDER_QUANTITY", "ASYNC_FAIL_PAYMENT", "ASYNC_LONG_WAIT_PAYMENT"];
                readonly "x-enum-descriptions": readonly ["구매 의사 취소", "색상 및 사이즈 변경", "다른 상품 잘못 주문", "서비스 불만족", "배송 지연", "상품 품절", "배송 누락", "미배송", "상품 파손", "상품 정보 상이", "오배송", "색상 등 다른 상품 잘못 배송", "단순 변심", "주문 실수", "기타", "배송 지연", "상품 정보 상이", "서비스 불만족", "상호 협의가 완료되지 않은 주문 건", "재고 부족으로 인한 판매 불가", "판매 의사 변심으로 인한 거부", "구매자의 미결제로 인한 거부", "상품 미수취", "오배송 및 지연", "파손 및 불량", "수락 기한 만료", "수신인 불일치", "보내기 취소", "선물 거절", "상품 수신 불가", "상품 수신 불가", "주문 수량 미달", "결제 승인 실패", "결제 승인 실패"];
            };
            readonly CancelRequestReason: {
                readonly type: "string";
                readonly description: "취소 요청 사유 a merchant may send to claim/cancel/request (requestCancelClaimReason). [DOC]";
                readonly enum: readonly ["INTENT_CHANGED", "COLOR_AND_SIZE", "WRONG_ORDER", "PRODUCT_UNSATISFIED", "DELAYED_DELIVERY", "SOLD_OUT", "INCORRECT_INFO"];
                readonly "x-enum-descriptions": readonly ["구매 의사 취소", "색상 및 사이즈 변경", "다른 상품 잘못 주문", "서비스 불만족", "배송 지연", "상품 품절", "상품 정보 상이"];
            };
            readonly ReturnRequestReason: {
                readonly type: "string";
                readonly description: "반품 요청 사유 a merchant may send to claim/return/request (requestReturnClaimReason). [DOC]";
                readonly enum: readonly ["INTENT_CHANGED", "COLOR_AND_SIZE", "WRONG_ORDER", "PRODUCT_UNSATISFIED", "DELAYED_DELIVERY", "SOLD_OUT", "DROPPED_DELIVERY", "BROKEN", "INCORRECT_INFO", "WRONG_DELIVERY", "WRONG_OPTION"];
                readonly "x-enum-descriptions": readonly ["구매 의사 취소", "색상 및 사이즈 변경", "다른 상품 잘못 주문", "서비스 불만족", "배송 지연", "상품 품절", "배송 누락", "상품 파손", "상품 정보 상이", "오배송", "색상 등 다른 상품 잘못 배송"];
            };
            readonly DeliveryMethod: {
                readonly type: "string";
                readonly description: "배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]";
                readonly enum: readonly ["DELIVERY", "GDFW_ISSUE_SVC", "VISIT_RECEIPT", "DIRECT_DELIVERY", "QUICK_SVC", "NOTHING", "RETURN_DESIGNATED", "RETURN_DELIVERY", "RETURN_INDIVIDUAL", "RETURN_MERCHANT", "UNKNOWN"];
                readonly "x-enum-descriptions": readonly ["택배, 등기, 소포", "굿스플로 송장 출력", "방문 수령", "직접 전달", "퀵서비스", "배송 없음", "지정 반품 택배", "일반 반품 택배", "직접 반송", "판매자 직접 수거(장보기 전용)", "알 수 없음(예외 처리에 사용)"];
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
            readonly DelayedDispatchReason: {
                readonly type: "string";
                readonly description: "발송 지연 사유. [DOC]";
                readonly enum: readonly ["PRODUCT_PREPARE", "CUSTOMER_REQUEST", "CUSTOM_BUILD", "RESERVED_DISPATCH", "OVERSEA_DELIVERY", "ETC"];
                readonly "x-enum-descriptions": readonly ["상품 준비 중", "고객 요청", "주문 제작", "예약 발송", "해외 배송", "기타"];
            };
            readonly DeliveryStatus: {
                readonly type: "string";
                readonly description: "배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]";
                readonly enum: readonly ["COLLECT_REQUEST", "COLLECT_WAIT", "COLLECT_CARGO", "DELIVERY_COMPLETION", "DELIVERING", "DELIVERY_FAIL", "WRONG_INVOICE", "COLLECT_CARGO_FAIL", "COLLECT_CARGO_CANCEL", "NOT_TRACKING"];
                readonly "x-enum-descriptions": readonly ["수거 요청", "수거 대기", "집화", "배송 완료", "배송중", "배송 실패", "오류 송장", "집화 실패", "집화 취소", "배송 추적 없음"];
            };
            readonly CollectStatus: {
                readonly type: "string";
                readonly description: "수거 상태 (return/exchange collectStatus). [DOC]";
                readonly enum: readonly ["NOT_REQUESTED", "COLLECT_REQUEST_TO_AGENT", "COLLECT_REQUEST_TO_DELIVERY_COMPANY", "COLLECT_WAITING", "DELIVERING", "DELIVERED", "DELIVERY_FAILED", "COLLECT_FAILED", "WRONG_INVOICE", "COLLECT_CANCELED"];
                readonly "x-enum-descriptions": readonly ["수거 미요청", "수거 지시 완료", "수거 요청", "택배사 수거 예정", "수거 진행 중", "수거 완료", "배송 실패", "수거 실패", "오류 송장", "수거 취소"];
            };
            readonly DeliveryCompanyCode: {
                readonly type: "string";
                readonly description: "택배사 코드 (deliveryCompanyCode, deliveryCompany, collectDeliveryCompany, reDeliveryCompany, expectedDeliveryCompany): the current seller-doc list [DOC], including the Korean code value `GS더프레시` and both `FRESH` (older doc version) and `KURLY` (current) for 컬리넥스트마일. Legacy SOAP-only codes DONGBU, INNOGIS, DADREAM are not included. Any other value → business error 104119 [REC].";
                readonly enum: readonly ["CJGLS", "HYUNDAI", "HANJIN", "KGB", "EPOST", "MTINTER", "1004HOME", "TWOFASTEXPRESS", "ACE", "ACIEXPRESS", "ADCAIR", "AIRWAY", "APEX", "ARAMEX", "ARGO", "AIRBOY", "KOREXG", "CUPARCEL", "CWAYEXPRESS", "DHL", "DHLDE", "DHLGLOBALMAIL", "DPD", "ECMSEXPRESS", "EFS", "EMS", "EZUSA", "EUROPARCEL", "FEDEX", "GOP", "GOS", "GPSLOGIX", "GSFRESH", "GSIEXPRESS", "GSMNTON", "GSPOSTBOX", "CVSNET", "GS더프레시", "GTSLOGIS", "HYBRID", "HY", "IK", "KGLNET", "KT", "LGE", "LTL", "NDEXKOREA", "SBGLS", "SFEX", "SLX", "SSG", "TNT", "LOGISPARTNER", "UPS", "USPS", "WIZWA", "YJSWORLD", "YJS", "YUNDA", "IPARCEL", "KY", "KUNYOUNG", "KDEXP", "KIN", "KORYO", "GDSP", "KOKUSAI", "GOODTOLUCK", "NAEUN", "NOGOK", "NONGHYUP", "HANAROMART", "DAELIM", "DAESIN", "DAEWOON", "THEBAO", "DODOFLEX", "DONGGANG", "DONGJIN", "CHAINLOGIS", "DRABBIT", "JMNP", "ONEDAYLOGIS", "LINEEXP", "ROADSUNEXPRESS", "LOGISVALLEY", "POOLATHOME", "LOTOS", "HLCGLOBAL", "LOTTECHILSUNG", "MDLOGIS", "DASONG", "BABABA", "BANPOOM", "VALEX", "SHIPNERGY", "PANTOS", "VROONG", "BRIDGE", "EKDP", "SELC", "SEORIM", "SWGEXP", "SUNGHUN", "SEBANG", "SMARTLOGIS", "SPARKLE", "SPASYS1", "CRLX", "ANYTRACK", "ABOUTPET", "ESTHER", "VENDORPIA", "ACTCORE", "HKHOLDINGS", "NTLPS", "TODAYPICKUP", "RUSH", "ALLIN", "ALLTAKOREA", "WIDETECH", "YONGMA", "DCOMMERCE", "WEVILL", "HONAM", "WOORIHB", "WOOJIN", "REGISTPOST", "WOONGJI", "WARPEX", "WINION", "WIHTYOU", "WEMOVE", "UFREIGHT", "EUNHA", "INNOS", "EMARTEVERYDAY", "ESTLA", "ETOMARS", "GENERALPOST", "ILSHIN", "ILYANG", "GNETWORK", "ZENIEL", "JLOGIST", "GENIEGO", "GDAKOREA", "GHSPEED", "JIKGUMOON", "CHUNIL", "CHOROC", "CHOROCMAEUL", "COSHIP", "KJT", "QRUN", "CUBEFLOW", "QXPRESS", "HEREWEGO", "TOMATO", "TODAY", "TSG", "TEAMFRESH", "PATEK", "XINPATEK", "PANASIA", "PANSTAR", "FOREVER", "PULMUONE", "FREDIT", "FRESHMATES", "KURLY", "PINGPONG", "HOWSER", "HIVECITY", "HANDALUM", "HANDEX", "HANMI", "HANSSEM", "HANWOORI", "HPL", "HDEXP", "HERWUZUG", "GLOVIS", "HOMEINNO", "HOMEPICKTODAY", "HOMEPICK", "HOMEPLUSDELIVERY", "HOMEPLUSEXPRESS", "CARGOPLEASE", "HWATONG", "CH1", "LETUS", "LETUS3PL", "CASA", "GCS", "GKGLOBAL", "BRCH", "DNDN", "GONELO", "JCLS", "JWTNL", "GS25", "CU", "FRESH"];
                readonly "x-enum-descriptions": readonly ["CJ대한통운", "롯데택배", "한진택배", "로젠택배", "우체국택배", "엠티인터내셔널", "1004HOME", "2FAST익스프레스", "ACEexpress", "ACI", "ADC항운택배", "AIRWAY익스프레스", "APEX", "ARAMEX", "ARGO", "AirboyExpress", "CJ대한통운(국제택배)", "CU편의점택배", "CwayExpress", "DHL", "DHL(독일)", "DHLGlobalMail", "DPD", "ECMSExpress", "EFS", "EMS", "EZUSA", "EuroParcel", "FEDEX", "GOP당일택배", "GOS당일택배", "GPSLOGIX", "GSFresh", "GSI익스프레스", "GSMNTON", "GSPostbox퀵", "GSPostbox택배", "GSTHEFRESH", "GTS로지스", "HI택배", "HY", "IK물류", "KGL네트웍스", "KT EXPRESS", "LG전자배송센터", "LTL", "NDEX KOREA", "SBGLS", "SFexpress", "SLX택배", "SSG", "TNT", "UFO로지스", "UPS", "USPS", "WIZWA", "YJS글로벌", "YJS글로벌(영국)", "YUNDAEXPRESS", "i-parcel", "건영복합물류", "건영택배", "경동택배", "경인택배", "고려택배", "골드스넵스", "국제익스프레스", "굿투럭", "나은물류", "노곡물류", "농협택배", "농협하나로마트", "대림통운", "대신택배", "대운글로벌", "더바오", "도도플렉스", "동강물류", "동진특송", "두발히어로당일택배", "딜리래빗", "딜리박스", "라스트마일", "라인익스프레스", "로드썬익스프레스", "로지스밸리", "로지스올홈케어(풀앳홈)", "로토스", "롯데글로벌로지스(국제택배)", "롯데칠성", "모든로지스(SLO)", "물류대장", "바바바로지스", "반품구조대", "발렉스", "배송하기좋은날", "LX판토스", "부릉", "브릿지로지스", "삼다수가정배송", "삼성전자물류", "서림물류", "성원글로벌", "성훈물류", "세방택배", "스마트로지스", "스파클직배송", "스페이시스원", "시알로지텍", "애니트랙", "어바웃펫", "에스더쉬핑", "벤더피아", "에이씨티앤코아", "에이치케이홀딩스", "엔티엘피스", "카카오T당일배송", "오늘회러쉬", "올인닷컴", "올타코리아", "와이드테크", "용마로지스", "우리동네커머스", "우리동네택배", "우리택배", "우리한방택배", "우진인터로지스", "우편등기", "웅지익스프레스", "워펙스", "위니온로지스", "위드유당일택배", "위무브", "유프레이트코리아", "은하쉬핑", "이노스(올인닷컴)", "이마트에브리데이", "이스트라", "이투마스", "일반우편", "일신모닝택배", "일양로지스", "자이언트", "제니엘시스템", "제이로지스트", "지니고당일특급", "지디에이코리아", "지에이치스피드", "직구문", "천일택배", "초록마을(외부연동)", "초록마을(네이버직연동)", "캐나다쉬핑", "케이제이티", "큐런", "큐브플로우", "트랙스로지스", "탱고앤고", "토마토앱", "투데이", "티에스지로지스", "팀프레시", "파테크해운상공", "파테크해운항공", "판월드로지스틱", "팬스타국제특송(PIEX)", "퍼레버택배", "풀무원(로지스밸리)", "프레딧", "프레시메이트", "컬리넥스트마일", "핑퐁", "하우저", "하이브시티", "한달음택배", "한덱스", "한미포스트", "한샘", "한우리물류", "한의사랑택배", "합동택배", "허우적", "현대글로비스", "홈이노베이션로지스", "홈픽오늘도착", "홈픽택배", "홈플러스", "홈플러스익스프레스", "화물을부탁해", "화통", "기타택배", "바로스", "레터스", "신세계까사", "지씨에스", "지케이글로벌", "비알씨에이치", "든든택배", "고넬로", "JCLS", "JWTNL", "GS편의점(퀵배달용)", "CU편의점(퀵배달용)", "컬리넥스트마일 (older doc version; current docs use KURLY)"];
            };
            readonly RangeType: {
                readonly type: "string";
                readonly description: "조건형 조회 기준 일시 유형 (rangeType). [DOC]";
                readonly enum: readonly ["PAYED_DATETIME", "ORDERED_DATETIME", "DISPATCHED_DATETIME", "PURCHASE_DECIDED_DATETIME", "CLAIM_REQUESTED_DATETIME", "CLAIM_COMPLETED_DATETIME", "COLLECT_COMPLETED_DATETIME", "GIFT_RECEIVED_DATETIME", "HOPE_DELIVERY_INFO_CHANGED_DATETIME"];
                readonly "x-enum-descriptions": readonly ["결제일시", "주문일시", "발송처리일시", "구매확정일시", "클레임요청일시", "클레임완료일시", "수거완료일시", "선물수락일시", "배송희망일변경일시"];
            };
            readonly TaxType: {
                readonly type: "string";
                readonly description: "과세 유형. [DOC]";
                readonly enum: readonly ["TAXATION", "TAX_EXEMPTION", "TAX_FREE"];
                readonly "x-enum-descriptions": readonly ["과세", "면세", "영세"];
            };
            readonly StorageType: {
                readonly type: "string";
                readonly description: "보관 유형 (fulfillment). [DOC]";
                readonly enum: readonly ["DRY", "WET", "FROZEN"];
                readonly "x-enum-descriptions": readonly ["상온", "냉장", "냉동"];
            };
            readonly CommissionPrePayStatus: {
                readonly type: "string";
                readonly description: "수수료 선결제 상태. [DOC]";
                readonly enum: readonly ["GENERAL_PRD", "PRE_PAY_PRD_NO_PAY", "PRE_PAY_PRD_PAYED"];
                readonly "x-enum-descriptions": readonly ["일반 상품", "선차감(차감 전)", "선차감(차감 후)"];
            };
            readonly SellerBurdenMultiplePurchaseDiscountType: {
                readonly type: "string";
                readonly description: "판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]";
                readonly enum: readonly ["IGNORE_QUANTITY", "QUANTITY"];
                readonly "x-enum-descriptions": readonly ["수량 무관 할인", "수량 기준 할인"];
            };
            readonly AddressType: {
                readonly type: "string";
                readonly description: "주소 유형. [DOC]";
                readonly enum: readonly ["DOMESTIC", "FOREIGN"];
                readonly "x-enum-descriptions": readonly ["국내", "국외"];
            };
            readonly PickupLocationType: {
                readonly type: "string";
                readonly description: "수령 위치 유형. [DOC values; glosses INF]";
                readonly enum: readonly ["FRONT_OF_DOOR", "MANAGEMENT_OFFICE", "DIRECT_RECEIVE", "OTHER"];
                readonly "x-enum-descriptions": readonly ["문 앞", "경비실", "직접 수령", "기타"];
            };
            readonly EntryMethod: {
                readonly type: "string";
                readonly description: "공동현관 출입 방법. [DOC values; glosses INF]";
                readonly enum: readonly ["LOBBY_PW", "MANAGEMENT_OFFICE", "FREE", "OTHER"];
                readonly "x-enum-descriptions": readonly ["공동현관 비밀번호", "경비실 호출", "자유 출입", "기타"];
            };
            readonly ClaimDeliveryFeeSupportType: {
                readonly type: "string";
                readonly description: "클레임 배송비 지원 유형. [DOC]";
                readonly enum: readonly ["MEMBERSHIP_ARRIVAL_GUARANTEE", "MEMBERSHIP_KURLY"];
                readonly "x-enum-descriptions": readonly ["멤버십도착보장", "멤버십컬리N마트"];
            };
            readonly PayLocationType: {
                readonly type: "string";
                readonly description: "결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]";
                readonly enum: readonly ["PC", "MOBILE"];
                readonly "x-enum-descriptions": readonly ["PC", "모바일"];
            };
            readonly DeliveryAttributeType: {
                readonly type: "string";
                readonly description: "배송 속성 유형. [DOC]";
                readonly enum: readonly ["NORMAL", "TODAY", "OPTION_TODAY", "HOPE", "TODAY_ARRIVAL", "DAWN_ARRIVAL", "PRE_ORDER", "ARRIVAL_GUARANTEE", "SELLER_GUARANTEE", "HOPE_SELLER_GUARANTEE", "PICKUP", "QUICK"];
                readonly "x-enum-descriptions": readonly ["일반배송", "오늘출발", "옵션별 오늘출발", "희망일배송", "당일배송", "새벽배송", "예약구매", "N배송", "N판매자배송", "N희망일배송", "픽업", "즉시배달"];
            };
            readonly DeliveryTagType: {
                readonly type: "string";
                readonly description: "배송 태그 유형. [DOC]";
                readonly enum: readonly ["TODAY", "TOMORROW", "DAWN", "SUNDAY", "STANDARD", "HOPE"];
                readonly "x-enum-descriptions": readonly ["오늘배송", "내일배송", "새벽배송", "일요배송", "D+2이상배송", "희망일배송"];
            };
            readonly CouponClassCode: {
                readonly type: "string";
                readonly description: "쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]";
                readonly enum: readonly ["NMP_PRD_DCNT", "NMP_PRD_DUP_DCNT"];
                readonly "x-enum-descriptions": readonly ["관리자 상품할인", "관리자/판매자 상품중복할인"];
            };
            readonly PaymentMeans: {
                readonly type: "string";
                readonly description: "결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.";
                readonly enum: readonly ["신용카드", "신용카드 간편결제", "휴대폰", "휴대폰 간편결제", "계좌 간편결제", "무통장입금", "포인트/머니결제", "패밀리결제", "후불결제"];
                readonly "x-enum-descriptions": readonly ["신용카드", "신용카드 간편결제", "휴대폰", "휴대폰 간편결제", "계좌 간편결제", "무통장입금", "포인트/머니결제", "패밀리결제", "후불결제"];
            };
            readonly SettleProductOrderType: {
                readonly type: "string";
                readonly description: "정산 대상 구분 (settlement productOrderType). [DOC]";
                readonly enum: readonly ["PROD_ORDER", "DELIVERY", "EXTRAFEE", "WITHDRAW", "REFUND", "PL_REFUND", "DEDUCTION_RESTORE", "PROD_PAY", "PURCHASE_REVIEW", "PREMIUM_PURCHASE_REVIEW", "REGULAR_PURCHASE_REVIEW", "ONE_MONTH_PURCHASE_REVIEW", "ONE_MONTH_PREMIUM_PURCHASE_REVIEW", "REVIEW", "ETC_COUPON", "QUICK_SETTLE", "QUANTITY_CANCEL", "DIFFERENCE_SETTLE", "DEPOSIT_SETTLE", "RENTAL_ORDER", "MANUAL_ORDER", "RENTAL_SCHEDULED_ORDER", "PREFERENTIAL_COMMISSION", "POINT_ACCUMULATION"];
                readonly "x-enum-descriptions": readonly ["상품 주문", "배송비", "기타 비용", "결제 수단 출금", "구매자 환불", "후불 결제 환불", "기타 공제 환급", "상품 결제", "텍스트 리뷰", "포토/동영상 리뷰", "알림받기 동의 회원 리뷰 추가 적립", "한 달 사용 텍스트 리뷰", "한 달 사용 포토/동영상 리뷰", "리뷰 적립", "기타 할인", "빠른정산", "수량 취소", "차액 정산", "보증금", "렌탈 주문", "수기 주문", "월 렌탈료 주문", "우대 수수료 환급", "포인트 적립"];
            };
            readonly SettleType: {
                readonly type: "string";
                readonly description: "정산 구분. The docs description also mentions `PURCHASE_CONFIRM` (구매 확정), which the possible-values list omits, so it is not accepted here. [DOC]";
                readonly enum: readonly ["NORMAL_SETTLE_ORIGINAL", "NORMAL_SETTLE_AFTER_CANCEL", "NORMAL_SETTLE_BEFORE_CANCEL", "QUICK_SETTLE_ORIGINAL", "QUICK_SETTLE_CANCEL", "QUANTITY_CANCEL_DEDUCTION", "QUANTITY_CANCEL_RESTORE"];
                readonly "x-enum-descriptions": readonly ["일반정산", "정산 후 취소", "정산 전 취소", "빠른정산", "빠른정산 회수", "수량 취소 정산(공제)", "수량 취소 정산(환급)"];
            };
            readonly SettlePeriodType: {
                readonly type: "string";
                readonly description: "조회 기간 기준 (settle/case and commission-details periodType). [DOC]";
                readonly enum: readonly ["SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE", "SETTLE_CASEBYCASE_SETTLE_BASIS_DATE", "SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE", "SETTLE_CASEBYCASE_PAY_DATE", "SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE"];
                readonly "x-enum-descriptions": readonly ["정산 예정일", "정산 기준일", "정산 완료일", "결제일", "세금 신고 기준일"];
            };
            readonly SettleDecisionType: {
                readonly type: "string";
                readonly description: "결제일 구분, only meaningful with periodType=SETTLE_CASEBYCASE_PAY_DATE. [DOC]";
                readonly enum: readonly ["SETTLED", "UNSETTLED", "BEFORE_CANCEL"];
                readonly "x-enum-descriptions": readonly ["정산 확정 건", "정산 미확정 건", "정산 전 취소 건"];
            };
            readonly CommissionType: {
                readonly type: "string";
                readonly description: "수수료 구분 (commission-details). [DOC]";
                readonly enum: readonly ["SALE_COMMISSION", "PAY_COMMISSION", "CHNL_COMMISSION", "ISTLM_COMMISSION", "PUBLISHING_COMMISSION", "INFLOW_COMMISSION", "SERVICE_COMMISSION", "CONTRACT_COMMISSION", "PACKAGE_COMMISSION", "PARTNER_COMMISSION", "PLATFORM_COMMISSION", "VERTICAL_COMMISSION", "PURCHASER_COMMISSION", "PRICE_COMPARISON_COMMISSION"];
                readonly "x-enum-descriptions": readonly ["(구)판매 수수료", "Npay 수수료", "채널 수수료", "무이자 할부 수수료", "퍼블리싱 수수료", "유입 수수료", "솔루션 사용료", "계약 수수료", "패키지 사용료", "제휴 사용료", "판매 수수료", "버티컬 사용료", "구매자 수수료", "가격비교 수수료"];
            };
            readonly SellingInterlockCommissionType: {
                readonly type: "string";
                readonly description: "매출 연동 수수료 상세 구분 (commission-details). [DOC]";
                readonly enum: readonly ["NAVER_SHOPPING", "TOPTOP", "EASY_BOOKING", "ONEPLUS", "SEARCH_ETC", "LENS", "SHOPPING_SEARCH", "SHOPPING_SEARCH_CATALOG", "INTEGRATED_SEARCH", "INTEGRATED_SEARCH_CATALOG", "BRAND_SEARCH", "SHOPPING_SEARCH_AD", "SHOPPING_BOX", "ONEPLUS_DEAL", "DA", "SA", "NAVER", "NOT_NAVER", "SMART_PLACE", "BOOK", "LUXURY", "MR", "PET", "OVERSEA_DIRECT_PURCHASE", "VERTICAL_BEST", "FORYOU", "TOP_TOP", "SHOPPING_ETC", "EXHIBITION", "PAN_CONTENTS", "BRAND_STORE", "GIFT", "SHOPPING_LIVE", "TALKTALK", "HOT_DEAL", "AITEMS", "SHOPPING_BEST", "LIVING", "BEAUTY", "SHOPPING_WINDOW", "ART", "KIDS", "FOOD", "PLAY", "BRANCH", "VILLAGE_MARKET", "MART", "BRAND_BRANCH", "MY", "CART_ZIM_RECENT", "REPURCHASE", "PAY", "SUBSCRIPTION", "FASH_TW", "DEPARTMENT_STORE", "OUTLET", "SOHO_STREET", "DESIGNER", "FASH_TW_BRAND", "ARRIVAL_GUARANTEE", "N_SHOPPING_SEARCH", "NPLUS_SEARCH", "NPLUS_SEARCH_AD", "NPLUS_SEARCH_CATEGORY", "NPLUS_INTEGRATED_SEARCH", "SHOPPING_BEST_AD", "NPLUS_PRODUCT_AD", "BRAND_CONNECT", "SHOPPING_BEST_V2", "SHOPPING_BEST_TAB", "TODAY_EVENT", "TODAY_EVENT_TAB", "COUPON_BENEFIT", "SHOPPING_REWARD", "N_CATEGORY", "SHOPPING_HOME", "FORYOU_TAB", "FASHION_BEAUTY_TAB", "INTEGRATED_PROMOTION_TAB", "CURATION_TAB", "NPLUS_HOME_TAB", "NPLUS_HOME_FASHION_BEAUTY_TAB", "NPLUS_HOME_FORYOU_TAB", "NPLUS_HOME_CURATION_TAB", "NPLUS_HOME_INTEGRATED_PROMOTION_TAB", "NPLUS_HOME_BEST_TAB", "NPLUS_HOME_TODAY_EVENT_TAB", "NPLUS_HOME_ARRIVAL_GUARANTEE_TAB", "PAY_HISTORY_TAB", "ZIM_PRODUCT_TAB", "SHOPPING_REVIEW_TAB", "SHOPPING_WEB_HISTORY", "DISCOVER", "NOW_DELIVERY", "NOW_DELIVERY_MART", "NOW_DELIVERY_LOCAL_MARKET", "NOW_DELIVERY_BRAND_BRANCH", "TODAY_LAST_DEAL", "NPLUS_TODAY_LAST_DEAL", "VTC_SHOPPING_LIVE", "VTC_FASHION_TOWN", "VTC_ONE_PLUS_DEAL", "VTC_MISTER", "HIGHEND", "KURLY_N_MART_HOME", "KUR_N_MART", "PLT_SMART_STORE", "PLF_BRAND_STORE", "PLF_SMART_STORE_MARKETING", "PLF_BRAND_STORE_MARKETING", "SVC_RENTAL", "SVC_REGULAR_SUBSCRIPTION", "SVC_ARRIVAL_GUARANTEE", "SVC_SELLER_GUARANTEE", "SVC_HOPE_SELLER_GUARANTEE", "SVC_N_SHOPPING_CONNECT", "SVC_SUPER_POINT", "SVC_N_DELIVERY_DIRECT_CONTRACT", "CONTRACT_TYPE", "PKG_BRAND_SOLUTION", "PATR_AFFILIATE", "CAFE", "FLEA_MARKET", "FLEA_MARKET_NAVER", "FLEA_MARKET_DELIVERY_FEE", "FLEA_MARKET_NAVER_DELIVERY_FEE", "SETTLE_DANAWA", "SETTLE_ENURI"];
                readonly "x-enum-descriptions": readonly ["네이버쇼핑", "탑탑", "네이버예약", "원쁠딜", "검색>기타", "검색>렌즈", "검색>쇼핑검색", "검색>쇼핑검색카탈로그", "검색>통합검색", "검색>통합검색카탈로그", "광고>브랜드검색", "광고>쇼핑검색", "광고>쇼핑박스", "광고>원쁠딜", "광고>DA", "광고>SA", "기타>네이버", "기타>네이버외", "예약", "버티컬>도서", "버티컬>럭셔리", "버티컬>미스터", "버티컬>펫", "패션타운>해외직구", "버티컬>BEST", "버티컬>FORYOU", "TOPTOP", "쇼핑>기타", "쇼핑>기획전", "쇼핑>메인판컨텐츠", "쇼핑>브랜드스토어", "쇼핑>선물", "쇼핑>쇼핑LIVE", "쇼핑>톡톡", "쇼핑>핫딜", "쇼핑>AiTEMS", "쇼핑>BEST", "윈도>리빙", "패션타운>뷰티", "윈도>쇼핑", "윈도>아트", "윈도>키즈", "윈도>푸드", "윈도>플레이", "장보기>기타", "장보기>동네시장", "장보기>마트", "장보기>브랜드직영관", "MY>기타", "MY>장바구니,찜,최근", "MY>재구매", "MY>페이", "MY>정기구독", "패션타운>패션타운", "패션타운>백화점", "패션타운>아울렛", "패션타운>소호&스트릿", "패션타운>디자이너", "패션타운>브랜드직영몰", "쇼핑>N배송관", "검색>N쇼핑검색", "검색>플러스스토어_검색", "검색>플러스스토어_검색광고", "검색>플러스스토어_카테고리", "검색>통검_플러스스토어_검색", "광고>쇼핑베스트", "광고>N+상품광고", "기타>브랜드커넥트", "쇼핑>쇼핑베스트", "쇼핑>베스트탭", "쇼핑>오늘행사", "쇼핑>오늘행사탭", "쇼핑>쿠폰/혜택", "쇼핑>슈퍼적립", "쇼핑>N카테고리", "쇼핑>홈", "쇼핑>포유탭", "쇼핑>패션뷰티탭", "쇼핑>통합프로모션탭", "쇼핑>큐레이션탭", "쇼핑>플러스스토어_홈탭", "쇼핑>플러스스토어_홈_패션뷰티탭", "쇼핑>플러스스토어_홈_포유탭", "쇼핑>플러스스토어_홈_큐레이션탭", "쇼핑>플러스스토어_홈_통프탭", "쇼핑>플러스스토어_홈_베스트탭", "쇼핑>플러스스토어_홈_오늘행사탭", "쇼핑>플러스스토어_홈_N배송탭", "MY>결제탭", "MY>찜한상품탭", "MY>쇼핑리뷰탭", "MY>쇼핑웹_구매내역", "쇼핑>발견", "지금배달>기타", "지금배달>마트", "지금배달>동네시장", "지금배달>브랜드직영관", "쇼핑>오늘끝딜", "쇼핑>N+스토어_오늘끝딜탭", "쇼핑라이브 버티컬 사용료", "패션타운 버티컬 사용료", "원쁠딜 버티컬 사용료", "미스터 버티컬 사용료", "하이엔드", "컬리N마트>홈", "컬리N마트>기타", "스마트스토어 판매 수수료", "브랜드스토어 판매 수수료", "스마트스토어 판매자 마케팅 수수료", "브랜드스토어 판매자 마케팅 수수료", "렌탈 솔루션 사용료", "정기구독 솔루션 사용료", "N배송 솔루션 사용료", "N판매자배송 솔루션 사용료", "N희망일배송 솔루션 사용료", "쇼핑 커넥트 솔루션 사용료", "슈퍼적립 솔루션 사용료", "네이버 물류직계약 솔루션 사용료", "계약", "브랜드솔루션패키지 사용료", "어필리에이트 사용료", "구매자", "FLEA_MARKET", "FLEA_MARKET_NAVER", "FLEA_MARKET_DELIVERY_FEE", "FLEA_MARKET_NAVER_DELIVERY_FEE", "다나와", "에누리"];
            };
            readonly PayMeansType: {
                readonly type: "string";
                readonly description: "결제 수단 구분 (commission-details). [DOC]";
                readonly enum: readonly ["PAYMEANS_TYPE_ALL", "PAYMEANS_TYPE_BANK", "PAYMEANS_TYPE_CCARD", "PAYMEANS_TYPE_CHAMT", "PAYMEANS_TYPE_CHKAC", "PAYMEANS_TYPE_DON", "PAYMEANS_TYPE_MOBIL", "PAYMEANS_TYPE_NCASH", "PAYMEANS_TYPE_POINT", "PAYMEANS_TYPE_VACCT", "PAYMEANS_TYPE_SKIP", "PAYMEANS_TYPE_PAYLATER", "PAYMEANS_TYPE_GIFTCARD", "PAYMEANS_TYPE_NONE", "PAYMEANS_TYPE_NMP_DISCOUNT", "PAYMEANS_TYPE_OVERSEAS_CARD"];
                readonly "x-enum-descriptions": readonly ["전체", "실시간 계좌 이체", "신용카드", "(구)구매자충전금", "(구)체크아웃적립금", "(구)네이버캐쉬", "휴대폰 결제", "네이버페이 포인트·머니", "포인트 결제", "무통장입금", "나중에결제", "후불 결제", "기프트 카드", "주결제 수단 없음", "네이버 할인지원금", "해외 카드"];
            };
            readonly BankType: {
                readonly type: "string";
                readonly description: "은행 코드 (settle/daily bankType). Some spellings are the real ones (HYNDAI_SEC, SANSUNG_SEC). [DOC]";
                readonly enum: readonly ["KDB", "IBK", "KB", "KEB_OLD", "SUHYUP", "KOREAEXIM", "NH", "LNH", "WOORI", "SC", "CITI", "IM", "BUSAN", "KWANGJU", "JEJU", "JEONBUK", "KYONGNAM", "SAEMAUL", "SHINHYUP", "FSB", "HSBC", "DEUTSCHE_BANK", "JP_MORGAN", "BOA", "BNP", "ICBC", "NFCF", "POST", "KEB_HANA", "SHINHAN", "KBANK", "KKOBANK", "TOSS", "DAISHIN_BANK", "SBISB", "HK_BANK", "WELCOME_BANK", "SHINHAN_SAVING", "DONGYANG_SEC", "HYNDAI_SEC", "IBK_IVST_SEC", "MIRAEASSET", "MIRAEASSET_DAEWOO", "SANSUNG_SEC", "HANGKOOK_IVST_SEC", "WOORI_IVST_SEC", "KYOBO_IVST_SEC", "HI_IVST_SEC", "HMC_IVST_SEC", "KIWOOM_IVST_SEC", "EBEST_IVST_SEC", "SK_SEC", "DAESHIN_SEC", "HANWHA_SEC", "HANA_DAETOO_SEC", "SHINHAN_IVST", "DONGBU_SEC", "EUGENE_IVST_SEC", "MERITZ_SEC", "NH_NONGHYUP_SEC", "BOOKOOK_SEC", "SHINYOUNG_SEC", "LIG_IVST_SEC", "KSFC"];
                readonly "x-enum-descriptions": readonly ["산업은행", "기업은행", "KB국민은행", "외환은행", "수협은행", "수출입은행", "NH농협은행", "지역농.축협", "우리은행", "SC제일은행", "한국씨티은행", "iM뱅크", "부산은행", "광주은행", "제주은행", "전북은행", "경남은행", "새마을금고", "신협", "저축은행", "HSBC은행", "도이치은행", "제이피모간체이스", "BOA은행", "비엔피파리바은행", "중국공상은행", "산림조합중앙회", "우체국", "하나은행", "신한은행", "케이뱅크", "카카오뱅크", "토스뱅크", "대신저축은행", "에스비아이저축은행", "에이치케이저축은행", "웰컴저축은행", "신한저축은행", "유안타증권", "KB증권", "IBK투자증권", "미래에셋대우", "미래에셋대우", "삼성증권", "한국투자증권", "NH투자증권", "교보증권", "하이투자증권", "현대자증권", "키움증권", "이베스트투자증권", "SK증권", "대신증권", "한화투자증권", "하나금융투자", "신한금융투자", "DB금융투자", "유진투자증권", "메리츠증권", "NH농협증권", "부국증권", "신영증권", "케이프투자증권", "한국증권금융"];
            };
            readonly SettleMethodType: {
                readonly type: "string";
                readonly description: "정산 방법 (settle/daily). [DOC]";
                readonly enum: readonly ["ACCOUNT", "CHARGE_AMT"];
                readonly "x-enum-descriptions": readonly ["계좌 이체", "충전금"];
            };
            readonly VatDetailType: {
                readonly type: "string";
                readonly description: "부가세 상세 유형 (vat/case detailType). [DOC]";
                readonly enum: readonly ["VOUCH_DETAIL_PAYMENT_SETL", "VOUCH_DETAIL_PRODUCT_COUPON_SETL", "VOUCH_DETAIL_ORDER_COUPON_SETL", "VOUCH_DETAIL_DLVFEE_COUPON_SETL", "VOUCH_DETAIL_RTNDLV", "VOUCH_DETAIL_ETCDLV", "VOUCH_DETAIL_DCCNCL", "VOUCH_DETAIL_DLVREC", "VOUCH_DETAIL_DLCNCL", "VOUCH_DETAIL_COUPON_SETL", "VOUCH_DETAIL_DDTN_RSTOR"];
                readonly "x-enum-descriptions": readonly ["결제 수단 정산", "혜택 정산(상품 할인)", "혜택 정산(스토어 할인)", "혜택 정산(배송비 할인)", "공제/환급(반품 배송비)", "공제/환급(기타)", "공제/환급(복수구매 할인 취소)", "공제/환급(배송비 금액 변동)", "공제/환급(배송비 할인 금액 변동)", "혜택 정산", "공제/환급"];
            };
            readonly VatStatus: {
                readonly type: "string";
                readonly description: "부가세 전표 상태 (vat/case status). [DOC]";
                readonly enum: readonly ["VOUCH_PUBLICATION", "VOUCH_CANCEL", "VOUCH_RSTOR_PUBLICATION", "VOUCH_RSTOR_CANCEL"];
                readonly "x-enum-descriptions": readonly ["원주문 매출", "주문 취소", "공제/환급", "환급 취소"];
            };
        };
    };
};
