// generated — do not edit. Source: openapi/control-plane.yaml; regenerate with `pnpm gen` (scripts/generate.mjs).
export interface paths {
    "/__sandbox/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List merchant apps */
        get: operations["listMerchants"];
        put?: never;
        /**
         * Register a merchant app (tenant)
         * @description Creates a merchant app with its own data, clock, faults and journal. Omitted fields are generated.
         */
        post: operations["createMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/merchants/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one merchant app, including its secret */
        get: operations["getMerchant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a merchant app's claim settings
         * @description Changes what the merchant's future returns and exchanges carry: the `returnReceiveAddress` (fields
         *     given replace those of the current address, the others stay) and the one-way return shipping fee that
         *     buyer-fault claims are charged. Claims already opened keep what they had.
         */
        patch: operations["updateMerchant"];
        trace?: never;
    };
    "/__sandbox/merchants/{clientId}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an access token for a merchant app, signed by the server
         * @description Runs the token endpoint's own checks (signature, timestamp window, reuse of a token with at least
         *     30 minutes left) with a `client_secret_sign` the emulator computes from the merchant's secret. Lets a
         *     browser page such as the dashboard call the real API paths without computing bcrypt itself. The
         *     issue is not journalled; the API calls made with the token are.
         */
        post: operations["issueMerchantToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an order as a buyer
         * @description Creates one order with one product order per item, by running the engine's own transitions. With
         *     `paid: false` the order waits for a deposit (`PAYMENT_WAITING`, 무통장입금); otherwise it is paid at once.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/product-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a merchant's product orders */
        get: operations["listProductOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/product-orders/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one event or merchant action to many product orders, each on its own
         * @description For each product order, in the order given, sends what the dashboard sends for one: an outside event
         *     as `POST /__sandbox/product-orders/{id}/events/{event}`, or a merchant action through the real API
         *     path with the merchant's token (the body the action declares, with a fresh tracking number per order
         *     and the fields of `body` over it). Each lands in the journal as its own request. One refusal does not
         *     stop the others: every item answers with its own status, code and message (a merchant action's
         *     `failProductOrderInfos` counts as a failure). Give exactly one of `event` and `action`; at most 300
         *     product orders of one merchant.
         */
        post: operations["applyBulkEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/product-orders/{productOrderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspect a product order, its history and what may happen next */
        get: operations["inspectProductOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/product-orders/{productOrderId}/events/{event}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make something happen to a product order (buyer, carrier, platform or clock)
         * @description Applies one outside event through the state machine, exactly as the real world would cause it.
         *     An event that the current state does not allow answers 409 `EVENT_NOT_ALLOWED` with the events that are.
         */
        post: operations["applyEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/product-orders/{productOrderId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a purchase review as the buyer
         * @description The buyer reviews a delivered, exchanged or purchase-decided product order; the review then shows in
         *     the real `GET /v1/pay-order/mall/reviews` (whose names are [REC] guesses, facts §12). Defaults: score 5,
         *     class `GENERAL`, a stock title; `content` only for `PREMIUM` reviews, as in the SOAP contract.
         */
        post: operations["writeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a merchant's virtual clock */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a merchant's virtual clock forward and fire what falls due
         * @description Advances the clock and runs every timed event that falls due on the way (deposit deadlines, delivery
         *     completion, automatic purchase decision, token expiry), in time order.
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/clock/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What advancing a merchant's clock by a duration would fire, without moving it
         * @description Lists the timed events (deposit deadlines, automatic purchase decisions) that fall due within `by` of
         *     the merchant's now, in the order an advance would fire them; nothing changes.
         */
        get: operations["previewClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/merchants/{clientId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a merchant's snapshots, newest first */
        get: operations["listSnapshots"];
        put?: never;
        /**
         * Save one merchant as it is now, to restore later
         * @description Keeps a copy of everything the merchant's data is made of — orders and product orders with their
         *     claims and history, change log, reviews, settlement lines and options, faults, lint findings,
         *     rate-limit buckets, return settings and the virtual clock — in the server's memory. Other merchants
         *     are not part of it. Tokens, credentials and the request journal are not kept (see `restoreSnapshot`).
         *     At most 20 snapshots per merchant (409 `SNAPSHOT_LIMIT` beyond; delete one first). Snapshots live in
         *     memory only: a restart, a `PUT /__sandbox/state` and `--state-file` do not keep them.
         */
        post: operations["takeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Forget one snapshot */
        delete: operations["deleteSnapshot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/merchants/{clientId}/snapshots/{snapshotId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a merchant back as it was when the snapshot was taken
         * @description Replaces the merchant's orders, change log, reviews, settlement, faults, lint findings, rate-limit
         *     buckets and return settings with the snapshot's, and sets its virtual clock back to the snapshot's
         *     instant; timers (deposit deadlines, purchase decisions) are due again from there. Other merchants are
         *     untouched. Orders created after the snapshot are gone (`GET /v1/pay-order/mall/product-orders/{id}`
         *     answers as for an unknown id). The merchant's credentials and access tokens stay valid — tokens
         *     issued after the snapshot too — but none keeps more than a token's lifetime (3 hours) from the
         *     restored clock, as after a reset. The request journal is kept: it records what was sent, not the
         *     merchant's state. The snapshot stays, so it can be restored again.
         */
        post: operations["restoreSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a merchant's settlement options
         * @description The choices the facts leave open about when and how much a merchant's product orders settle: the
         *     milestone that settles them (`trigger`), the expected-date cycle, the commission rates per payment
         *     means, rounding, holidays, the payout account and whether settle/case shows benefits.
         */
        get: operations["getSettlementOptions"];
        /**
         * Set a merchant's settlement options
         * @description Replaces the merchant's settlement options: fields given take effect, omitted ones go back to the
         *     sandbox defaults (`trigger` `purchase-decision`, daily D+1 business day, the standard rates). Lines
         *     already written keep their numbers; product orders that have not settled yet settle by the new
         *     options, and their `paymentCommission`, `knowledgeShoppingSellingInterlockCommission` and
         *     `expectedSettlementAmount` follow the new rates at once.
         *
         *     With `trigger` `payment` (or `dispatch`, `delivery`) a product order settles before the buyer can
         *     no longer cancel or return it, so a later cancel or return appends `NORMAL_SETTLE_AFTER_CANCEL`
         *     rows to settle/case and `VOUCH_CANCEL` rows to vat/case; with the default (purchase decision, after
         *     which no claim is possible) only `NORMAL_SETTLE_BEFORE_CANCEL` markers occur.
         */
        put: operations["putSettlementOptions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the request journal */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one journal entry with headers and bodies */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a merchant's fault rules and how often each matched and fired */
        get: operations["getFaults"];
        /**
         * Replace a merchant's fault rules
         * @description Makes the API answer as the real gateway or service does when things go wrong, for one merchant app.
         *     Each rule matches requests by `method`, `path` (a pattern under the base URL: `{name}` or `:name` is
         *     one path segment, `*` is anything, e.g. `/v1/pay-order/mall/product-orders/*`) and/or
         *     `operationId`, and fires on every matching call, with a `probability` (drawn from a PRNG seeded with
         *     `seed`, so a run is repeatable), on the `nth` matching call only, or for the next `times` calls.
         *
         *     Kinds: `gateway` answers a catalogue gateway error (`code` such as `GW.TIMEOUT.01`, `GW.PROXY.03`,
         *     `GW.BLOCK.02`, `GW.RATE_LIMIT`, `GW.QUOTA_LIMIT`) with its real status, body and headers; `business`
         *     answers an order-service code (`9999`, `104119`, …) or a settlement code in the real envelope;
         *     `latency` delays the request (fixed, uniform or exponential, at most 120 s) and then answers it
         *     normally; `drop` closes the connection without an answer (over TCP the socket is destroyed;
         *     in-process the response is `Response.error()`, which fetch under MSW turns into a network error);
         *     `expire-token` expires the caller's access token and answers 401 `GW.AUTHN`, as if it ran out
         *     mid-flow. Rules are checked in order: latencies add up, and the first other fault that fires
         *     answers the request (later rules do not see it). Faulted responses carry `X-Npay-Sandbox-Fault`.
         *
         *     One request can force one fault with the request header `X-Npay-Sandbox-Fault`: a gateway code
         *     (`GW.TIMEOUT.01`), a business code (`9999`), `drop`, `expire-token` or `latency=2s`.
         *     Putting rules resets their counters and the PRNG. Injected faults are the only 5xx the sandbox sends.
         */
        put: operations["putFaults"];
        post?: never;
        /** Remove every fault rule of a merchant */
        delete: operations["deleteFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/lint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this merchant's client does that the real gateway would penalise or that breaks in production
         * @description Findings of the client-behaviour lint, newest first, each saying what to change: tokens requested
         *     while the current one still has 30 minutes or more (`excess-token-issuance`, which the real gateway
         *     punishes with `GW.QUOTA_LIMIT`), last-changed windows reaching within 5 s of now
         *     (`last-changed-no-margin`), an unencoded `+` in a date-time query value (`unencoded-plus`), `more`
         *     paging not followed (`more-ignored`), dispatch re-sent for an item already on its way
         *     (`dispatch-resent`), requests faster than the gateway rate limit even when limiting is off
         *     (`faster-than-rate-limit`), and body fields the API does not know (`unknown-body-fields`).
         *     Consecutive findings of one rule on one operation are counted in one entry. Each API request's
         *     findings also appear in its journal entry (`lint`).
         */
        get: operations["getLint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state-machine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order/claim state machine as data
         * @description The transition table (rows), every state reachable from order placement, the edges between them
         *     (one per state and row), the inputs of each merchant action and control-plane event as flat form
         *     fields read from the API documents, and the Korean descriptions of the state enums. The dashboard
         *     draws its diagram and builds its action forms from this.
         */
        get: operations["getStateMachine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state-machine/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many product orders sit in each node of the drawn machine, and those of one node
         * @description Counts a merchant's product orders by the node of the drawing they are in now (the `node.id` of
         *     getStateMachine's states: an open claim by its status and hold, anything else by the product
         *     order's status), and with `node` lists one page of that node's product orders, newest change first,
         *     with the node's true total. `creatable` names the nodes createOrderInState can put an order in (a
         *     node that is only passed through inside a chain of rows, such as `ADMIN_CANCEL/ADMIN_CANCELING`,
         *     is never at rest).
         */
        get: operations["listStateNodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/orders/in-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an order and drive it to a node of the machine
         * @description Places one order (one product order of 3 units, seeded Korean fake data) and runs the events of the
         *     shortest path from order placement to the node through the engine's own transitions, as seeds do:
         *     merchant actions with their default bodies, the buyer's, carrier's and platform's events as the
         *     control plane applies them. The clock does not move. Answers the IDs, the state reached and the
         *     events run.
         */
        post: operations["createOrderInState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the named seeds
         * @description Every named seed with its one-line description, the state it promises and its parameters.
         */
        get: operations["listScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenarios/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seed a merchant with a named scenario
         * @description Creates `count` orders and drives them through the engine's own transitions (never by writing state)
         *     to the state the seed promises, with seeded Korean fake data. Returns the IDs it created. `busy-shop`
         *     simulates days of traffic and moves the merchant's virtual clock forward by `params.days`.
         */
        post: operations["applyScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transition coverage of a merchant's traffic
         * @description Which rows of the state table (by id, e.g. `N8`, `R6`) the merchant's product orders went through and
         *     which they never did, and which business error codes of the merchant actions its recent requests (the
         *     request journal) received. Like code coverage, for the state machine.
         */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenario-examples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the shipped example scenario files
         * @description The QA scenario files of `scenarios/examples`, by file name with the scenario's `name` as title.
         */
        get: operations["listScenarioExamples"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/scenario-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a QA scenario file in process
         * @description Runs a scenario file (YAML, see scenarios/README.md) on a fresh, isolated engine with a frozen clock,
         *     never on this server's merchants, and answers with the per-step report (what was sent, what came back,
         *     the differences of a failed step) and the transition coverage of the run. Send the file text as `yaml`
         *     (with an optional file `name`), or `example` to run one of listScenarioExamples. A file that is not
         *     YAML or does not follow the scenario schema is a 400 whose `details.problems` lists each problem.
         */
        post: operations["runScenarioFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget a merchant's data (or every merchant's)
         * @description With `clientId`, resets that merchant only; without it, resets the whole sandbox.
         */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and version */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__sandbox/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the whole sandbox
         * @description Every merchant with its credentials, virtual clock, current tokens, orders, product orders,
         *     change log and reviews, as one JSON document (format `npay-sandbox-state`, version 1). The request
         *     journal is not included. `PUT` the same document to restore it.
         */
        get: operations["exportState"];
        /**
         * Replace the whole sandbox with an exported document
         * @description A malformed document is refused with 400 and changes nothing.
         */
        put: operations["importState"];
        post?: never;
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
        /** @description The whole sandbox (see packages/engine/src/persistence.ts for the structure). */
        SandboxState: {
            /** @constant */
            format: "npay-sandbox-state";
            /** @constant */
            version: 1;
            /** @description Epoch milliseconds (wall clock) of the export. */
            savedAt: number;
            tenants: {
                [key: string]: unknown;
            }[];
            usedTrackingNumbers: string[][];
        };
        /** @description Error body of every control-plane operation. */
        SandboxError: {
            /** @description Machine-readable code such as `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`. */
            code: string;
            message: string;
            allowedEvents?: string[];
            /** @description Extra context, e.g. validation failures. */
            details?: unknown;
        };
        EventNotAllowedError: {
            /** @constant */
            code: "EVENT_NOT_ALLOWED";
            message: string;
            allowedEvents: components["schemas"]["SandboxEvent"][];
        };
        /**
         * @description Which API a merchant app speaks: `npay` = the Naver Pay 주문형 가맹점 partner API (mall paths under
         *     `/npay/partner`), `commerce` = the Naver Commerce API of smartstore sellers and solution vendors
         *     (seller paths under `/external`, token with `type` SELF or SELLER + `account_id`). An app's
         *     credentials and tokens work only at its own API's base.
         * @enum {string}
         */
        ApiProfile: "npay" | "commerce";
        CreateMerchantRequest: {
            /** @description The API the app speaks; `npay` when omitted. */
            api?: components["schemas"]["ApiProfile"];
            /** @description Display name. */
            name?: string;
            /**
             * @description Merchant ID: `np_` followed by letters/digits like the real 페이센터ID for an Npay app, `ncp_…` (the
             *     seller ID, e.g. `ncp_1nsut9_01`) for a Commerce app; generated in that form when omitted. A Commerce
             *     app's `SELLER` token names it as `account_id`.
             */
            mallId?: string;
            /** @description Application ID; generated when omitted. */
            clientId?: string;
            /** @description A bcrypt salt such as `$2a$04$` + 22 characters of `./A-Za-z0-9`; generated when omitted. */
            clientSecret?: string;
            /** @description Where returns and exchanges go; fields omitted come from the merchant's taking address. */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description One-way return shipping fee (won) of buyer-fault claims; 3000 when omitted. */
            returnDeliveryFee?: number;
        };
        /** @description A merchant's claim settings; omitted ones stay as they are. */
        MerchantSettings: {
            /** @description Fields given replace those of the current return receive address. */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description One-way return shipping fee (won) charged on buyer-fault returns (twice on exchanges). */
            returnDeliveryFee?: number;
        };
        MerchantCredentials: {
            api: components["schemas"]["ApiProfile"];
            /** @description Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`). */
            basePath: string;
            clientId: string;
            clientSecret: string;
            mallId: string;
            name: string;
        };
        MerchantSummary: {
            api: components["schemas"]["ApiProfile"];
            /** @description Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`). */
            basePath: string;
            clientId: string;
            mallId: string;
            name: string;
            isDefault: boolean;
        };
        Merchant: {
            api: components["schemas"]["ApiProfile"];
            /** @description Where this app's API is served, relative to the emulator's origin (`/npay/partner` or `/external`). */
            basePath: string;
            clientId: string;
            clientSecret: string;
            mallId: string;
            name: string;
            isDefault: boolean;
            /** @description Where the merchant ships from (`takingAddress` of its product orders). */
            takingAddress?: components["schemas"]["Address"];
            /** @description Where returns and exchanges go (`returnReceiveAddress` of their claims). */
            returnReceiveAddress?: components["schemas"]["ReturnReceiveAddress"];
            /** @description One-way return shipping fee (won) of buyer-fault claims. */
            returnDeliveryFee?: number;
        };
        /** @description One product order to create; omitted fields are generated. Amounts are KRW for the whole line unless they say per unit. A line whose unitPrice is given gets only the discounts given; a line with a generated price gets generated discounts on a share of orders. Identities that hold on every product order: totalProductAmount = (unitPrice + optionPrice) × quantity; productDiscountAmount = productImediateDiscountAmount + productProductDiscountAmount + productMultiplePurchaseDiscountAmount; totalPaymentAmount = totalProductAmount − productDiscountAmount + deliveryFeeAmount − deliveryDiscountAmount. Discounts that exceed the product amount, or a card promotion on an order not paid by card, are a 400. */
        CreateOrderItem: {
            productName?: string;
            productId?: string;
            /** @description productOrder.productOption. */
            optionName?: string;
            /** @description Generated when omitted; itemNo defaults to it (the docs say the two are equal). */
            optionCode?: string;
            /** @description 상품 가격 per unit. */
            unitPrice?: number;
            /** @description 옵션 금액 per unit, part of totalProductAmount. 0 when unitPrice is given and this is omitted. */
            optionPrice?: number;
            quantity?: number;
            taxType?: components["schemas"]["TaxType"];
            /** @description 배송비 합계 of the line. Generated (first line only) when omitted. */
            deliveryFeeAmount?: number;
            /** @description 배송비 할인; at most deliveryFeeAmount. */
            deliveryDiscountAmount?: number;
            /** @description 즉시할인 of the line (productImediateDiscountAmount and its initial/remain twins). */
            immediateDiscountAmount?: number;
            /** @description The seller's part of the immediate discount; all of it when omitted. */
            sellerBurdenImmediateDiscountAmount?: number;
            /** @description 복수구매할인 of the line (productMultiplePurchaseDiscountAmount), borne by the seller. */
            multiplePurchaseDiscountAmount?: number;
            multiplePurchaseDiscountType?: components["schemas"]["SellerBurdenMultiplePurchaseDiscountType"];
            /** @description 상품할인 쿠폰 (productOrder.appliedCoupons); their sum is productProductDiscountAmount and the seller bears each one's (100 − naverBurdenRatio) %. couponPublishNumber is generated, couponClassCode defaults to NMP_PRD_DCNT and naverBurdenRatio to 0. */
            appliedCoupons?: {
                couponPublishNumber?: string;
                couponClassCode?: components["schemas"]["CouponClassCode"];
                couponDiscountAmount: number;
                naverBurdenRatio?: number;
            }[];
            /** @description 카드 프로모션 (productOrder.appliedCardPromotion); only with a card paymentMeans (신용카드, 신용카드 간편결제; the default when omitted). Informational: the card company grants it, the amounts paid through Naver Pay do not change. */
            appliedCardPromotion?: {
                promotionName?: string;
                cardCompanyName?: string;
                promotionApplyAmount: number;
                brandCompanyBurdenRatio?: number;
            };
            sellerProductCode?: string;
            optionManageCode?: string;
            sellerCustomCode1?: string;
            sellerCustomCode2?: string;
            itemNo?: string;
            originalProductId?: string;
            /** Format: int64 */
            groupProductId?: number;
            /** @description Defaults to the merchant's channel number (the same on all its orders). */
            merchantChannelId?: string;
            freeGift?: string;
            /** @description 개인통관고유부호 (P and 12 digits); generated for overseas-purchase catalogue items. */
            individualCustomUniqueCode?: string;
            inflowPath?: string;
            inflowPathAdd?: string;
            deliveryAttributeType?: components["schemas"]["DeliveryAttributeType"];
            /** @description Only with an arrival-guaranteed deliveryAttributeType (ARRIVAL_GUARANTEE, the default with a tag, SELLER_GUARANTEE, HOPE_SELLER_GUARANTEE); sets arrivalGuaranteeDate. */
            deliveryTagType?: components["schemas"]["DeliveryTagType"];
            expectedDeliveryCompany?: components["schemas"]["DeliveryCompanyCode"];
            hopeDelivery?: components["schemas"]["CreateHopeDelivery"];
        };
        /** @description 희망일배송: the day (and time, region, fee) the buyer chose, written as productOrder.hopeDelivery (no changeReason or changer until the seller changes it with changeHopeDelivery). Commerce API merchants only (a mall merchant's order with it is a 400). The day must exist, and lie from the order's KST day to 30 days after it; deliveryAttributeType defaults to HOPE and may be HOPE_SELLER_GUARANTEE (N희망일배송, which takes neither hopeDeliveryHm nor region, and is guaranteed to arrive by the end of the day), never another. */
        CreateHopeDelivery: {
            /**
             * @description 배송 희망일, yyyyMMdd.
             * @example 20240520
             */
            hopeDeliveryYmd: string;
            /**
             * @description 배송 희망 시간, HHmm.
             * @example 1500
             */
            hopeDeliveryHm?: string;
            /** @description 지역. */
            region?: string;
            /** @description 배송 희망 지역 설정 배송비 (won). */
            additionalFee?: number;
        };
        /** @description A new order. The payment columns of the order always add up to Σ totalPaymentAmount − orderDiscountAmount: 포인트/머니결제 to naverMileagePaymentAmount (points) and chargeAmountPaymentAmount (money), 후불결제 to payLaterPaymentAmount, every other means to generalPaymentAmount. */
        CreateOrderRequest: {
            /** @description Merchant app; the default merchant when omitted. */
            clientId?: string;
            items?: components["schemas"]["CreateOrderItem"][];
            paymentMeans?: components["schemas"]["PaymentMeans"];
            /**
             * @description `false` leaves the order waiting for a deposit (PAYMENT_WAITING).
             * @default true
             */
            paid?: boolean;
            ordererName?: string;
            ordererTel?: string;
            shippingAddress?: components["schemas"]["ShippingAddress"];
            /** @description 주문 할인 (a store coupon on the whole order), borne by the seller and shared over the lines in proportion to their payment (sellerBurdenStoreDiscountAmount); at most Σ totalPaymentAmount. */
            orderDiscountAmount?: number;
            /** @description With 포인트/머니결제 (the default when this is given), the Npay point part; the rest is Npay money. */
            naverMileagePaymentAmount?: number;
            /** @description 희망일배송 of every item that gives none of its own (Commerce API merchants only). */
            hopeDelivery?: components["schemas"]["CreateHopeDelivery"];
        };
        CreateOrderResponse: {
            orderId: string;
            productOrderIds: string[];
        };
        SandboxProductOrderSummary: {
            productOrderId: string;
            orderId: string;
            productOrderStatus: components["schemas"]["ProductOrderStatus"];
            placeOrderStatus: components["schemas"]["PlaceOrderStatus"];
            claimType?: components["schemas"]["ClaimType"];
            claimStatus?: components["schemas"]["ClaimStatus"];
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
            productName: string;
            /** @description The buyer's name (주문자명, the order's ordererName). */
            ordererName?: string;
            /** @description The receiver's name (수취인명, the product order's shippingAddress.name). */
            receiverName?: string;
            totalPaymentAmount: number;
            /** @description The quantity ordered (최초 수량). */
            quantity?: number;
            /** @description The units still held after cancels and returns of part of the quantity. */
            remainQuantity?: number;
            orderDate: components["schemas"]["KstDateTime"];
            paymentDate?: components["schemas"]["KstDateTime"];
            lastChangedDate: components["schemas"]["KstDateTime"];
        };
        /** @description The state-machine tuple of a product order at one moment. */
        StateSnapshot: {
            productOrderStatus: components["schemas"]["ProductOrderStatus"];
            placeOrderStatus: components["schemas"]["PlaceOrderStatus"];
            claimType?: components["schemas"]["ClaimType"];
            claimStatus?: components["schemas"]["ClaimStatus"];
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
        };
        /** @description One applied transition. `from` is absent for the row that placed the order. */
        HistoryEntry: {
            at: components["schemas"]["KstDateTime"];
            actor: components["schemas"]["Actor"];
            /** @description Transition event name, e.g. `DISPATCHED`, `RETURN_REQUESTED`. */
            event: string;
            /** @description Id of the transition-table row that made this step (`N8`, `R6`, …; see getStateMachine). */
            rowId?: string;
            lastChangedType?: components["schemas"]["LastChangedType"];
            from?: components["schemas"]["StateSnapshot"];
            to: components["schemas"]["StateSnapshot"];
        };
        /**
         * @description Who caused a transition.
         * @enum {string}
         */
        Actor: "buyer" | "carrier" | "platform" | "merchant" | "clock";
        ProductOrderInspection: {
            detail: components["schemas"]["ProductOrderDetail"];
            history: components["schemas"]["HistoryEntry"][];
            /** @description Control-plane events the current state allows. */
            allowedEvents: components["schemas"]["SandboxEvent"][];
            /** @description operationIds of real-API merchant actions the current state allows. */
            allowedActions: string[];
            /**
             * @description For each merchant action the current state does not allow: the shortest run of merchant actions
             *     and control-plane events (at most three) after which it would be allowed, read from the state
             *     table; null when no run of at most three gets there (further away, or no longer possible).
             */
            prerequisites?: {
                [key: string]: string[] | null;
            };
        };
        /**
         * @description Outside events a test can cause: pay (deposit received), expire-payment (deposit deadline passed),
         *     buyer-cancel, buyer-return, buyer-exchange, change-address (buyer changes the shipping address),
         *     deliver (carrier reports delivery; for an exchange, the re-delivered item), collect (collection
         *     starts), collect-done (item collected), redeliver-done (re-delivered exchange item arrives),
         *     decide-purchase (buyer confirms purchase), admin-cancel (Naver 직권 취소).
         * @enum {string}
         */
        SandboxEvent: "pay" | "expire-payment" | "buyer-cancel" | "buyer-return" | "buyer-exchange" | "change-address" | "deliver" | "collect" | "collect-done" | "redeliver-done" | "decide-purchase" | "admin-cancel";
        /** @description A buyer's review; everything is optional. */
        WriteReviewRequest: {
            /** @description Star score (default 5). */
            score?: number;
            classType?: components["schemas"]["PurchaseReviewClassType"];
            title?: string;
            /** @description Text of a PREMIUM review (ignored for GENERAL ones). */
            content?: string;
        };
        ApplyEventRequest: {
            reason?: components["schemas"]["ClaimReason"];
            detailedReason?: string;
            /** @description Claim quantity; the whole remaining quantity when omitted. */
            quantity?: number;
            shippingAddress?: components["schemas"]["ShippingAddress"];
        };
        Clock: {
            clientId: string;
            now: components["schemas"]["KstDateTime"];
            epochMillis: number;
            /** @description How far the virtual clock runs ahead of the real one. */
            offsetMillis: number;
        };
        /** @description When a line's expected settlement date falls after its basis date. */
        SettleCycle: {
            /** @constant */
            kind: "daily";
            businessDays: number;
        } | {
            /** @constant */
            kind: "weekly";
            businessDays: number;
            weekday: number;
        } | {
            /** @constant */
            kind: "monthly";
            dayOfMonth: number;
        };
        SettlementOptionsInput: {
            /**
             * @description The milestone that settles a product order (default `purchase-decision`, what Naver Pay does).
             *     `delivery` and `dispatch` fall back to a later milestone a product order skipped.
             * @enum {string}
             */
            trigger?: "purchase-decision" | "delivery" | "dispatch" | "payment";
            cycle?: components["schemas"]["SettleCycle"];
            /**
             * @description Npay payment commission rate (0 to below 1) per `payMeansType` (`PAYMEANS_TYPE_CCARD`, …);
             *     unlisted means take the defaults (card 0.0363, bank 0.0165, virtual account 0.01, mobile 0.0385,
             *     Npay points/money 0.0374; others the card rate).
             */
            payCommissionRates?: {
                [key: string]: number;
            };
            /** @description Sales-interlock commission rate on product amounts, not delivery fees (default 0.02; 0 = none). */
            sellingInterlockCommissionRate?: number;
            sellingInterlockCommissionType?: components["schemas"]["SellingInterlockCommissionType"];
            sellingInterlockCommissionCode?: components["schemas"]["CommissionType"];
            /**
             * @description How basis × rate becomes whole won (default `round`, half away from zero).
             * @enum {string}
             */
            rounding?: "round" | "floor" | "ceil";
            /** @description Non-business days besides weekends, `yyyy-MM-dd` or `MM-dd` every year (default the fixed-date Korean holidays). */
            holidays?: string[];
            /** @description The payout account settle/daily shows. */
            account?: {
                bankType?: components["schemas"]["BankType"];
                accountNo?: string;
                depositorName?: string;
            };
            /**
             * @description Whether settle/case shows a line's Naver-borne benefit in `benefitSettleAmount` (default `false`:
             *     per case it is 0 and only settle/daily aggregates it, as observed on the real service).
             */
            benefitInCase?: boolean;
        };
        PutSettlementRequest: components["schemas"]["SettlementOptionsInput"] & {
            clientId?: string;
        };
        SettlementConfig: {
            clientId: string;
            options: {
                /** @enum {string} */
                trigger: "purchase-decision" | "delivery" | "dispatch" | "payment";
                cycle: components["schemas"]["SettleCycle"];
                payCommissionRates: {
                    [key: string]: number;
                };
                sellingInterlockCommissionRate: number;
                sellingInterlockCommissionType: components["schemas"]["SellingInterlockCommissionType"];
                sellingInterlockCommissionCode: components["schemas"]["CommissionType"];
                /** @enum {string} */
                rounding: "round" | "floor" | "ceil";
                holidays: string[];
                account: {
                    bankType: components["schemas"]["BankType"];
                    accountNo: string;
                    depositorName: string | null;
                };
                benefitInCase: boolean;
            };
        };
        AdvanceClockRequest: {
            clientId?: string;
            /** @description A duration such as `8d`, `90m`, `1h30m`, or a number of milliseconds. */
            by: string | number;
        };
        FiredEvent: {
            at: components["schemas"]["KstDateTime"];
            productOrderId?: string;
            event: string;
            description: string;
        };
        ClockPreviewResponse: {
            clientId: string;
            now: components["schemas"]["KstDateTime"];
            until: components["schemas"]["KstDateTime"];
            due: components["schemas"]["FiredEvent"][];
        };
        TakeSnapshotRequest: {
            /** @description A name for the snapshot; `snapshot N` when omitted. */
            label?: string;
        };
        MerchantSnapshot: {
            /** @description Unique within the merchant, e.g. `snap-3`. */
            id: string;
            label: string;
            /** @description The merchant's virtual time when the snapshot was taken (the clock it restores). */
            at: components["schemas"]["KstDateTime"];
            /**
             * Format: date-time
             * @description Real (wall-clock) time when it was taken.
             */
            takenAt: string;
            /** @description Product orders the snapshot holds. */
            productOrders: number;
            /** @description Change-log rows the snapshot holds. */
            changes: number;
        };
        SnapshotList: {
            clientId: string;
            snapshots: components["schemas"]["MerchantSnapshot"][];
            /** @description How many snapshots a merchant may keep. */
            limit: number;
        };
        RestoreSnapshotResponse: {
            clientId: string;
            restored: components["schemas"]["MerchantSnapshot"];
            now: components["schemas"]["KstDateTime"];
            epochMillis: number;
            offsetMillis: number;
        };
        BulkEventRequest: {
            clientId?: string;
            productOrderIds: string[];
            event?: components["schemas"]["SandboxEvent"];
            /** @description A merchant action's operationId (`confirmProductOrders`, `dispatchProductOrders`, …). */
            action?: string;
            /**
             * @description For an event, its `ApplyEventRequest`; for a merchant action, flat fields of its body (of the list
             *     entry for bulk operations), laid over the action's declared default body.
             */
            body?: {
                [key: string]: unknown;
            };
        };
        BulkEventResult: {
            productOrderId: string;
            ok: boolean;
            /** @description HTTP status of the item's own request. */
            status: number;
            /** @description The refusal's code (`EVENT_NOT_ALLOWED`, `NOT_FOUND`, a business code such as `9999`). */
            code?: string;
            /** @description The refusal's message (the real API's Korean text for merchant actions). */
            message?: string;
            productOrderStatus?: string;
            claimType?: string;
            claimStatus?: string;
        };
        BulkEventResponse: {
            clientId: string;
            total: number;
            succeeded: number;
            failed: number;
            results: components["schemas"]["BulkEventResult"][];
        };
        AdvanceClockResponse: {
            clientId: string;
            now: components["schemas"]["KstDateTime"];
            epochMillis: number;
            offsetMillis: number;
            fired: components["schemas"]["FiredEvent"][];
        };
        RequestSummary: {
            id: string;
            at: components["schemas"]["KstDateTime"];
            method: string;
            path: string;
            status: number;
            /** @description Error code of the response body, when there is one. */
            code?: string;
            /**
             * @description Who sent the request (see listRequests).
             * @enum {string}
             */
            source: "integration" | "dashboard" | "control";
            /** @description A 2xx whose `data.failProductOrderInfos` is not empty, i.e. product orders were refused. */
            partialFailure?: {
                succeeded: number;
                failed: number;
                codes: string[];
                items: {
                    productOrderId: string;
                    code: string;
                    message: string;
                }[];
            };
            latencyMillis: number;
            clientId?: string;
            /** @description Why the emulator answered as it did, in plain English (e.g. which signature check failed). */
            diagnostic?: string;
            /** @description Client-behaviour lint findings of this request (see getLint). */
            lint?: components["schemas"]["LintNote"][];
        };
        RequestDetail: components["schemas"]["RequestSummary"] & {
            request: {
                headers: {
                    [key: string]: string;
                };
                query: {
                    [key: string]: string | string[];
                };
                body?: unknown;
            };
            response: {
                headers: {
                    [key: string]: string;
                };
                body?: unknown;
            };
        };
        /**
         * @description What the fault does (see putFaults).
         * @enum {string}
         */
        FaultKind: "gateway" | "business" | "latency" | "drop" | "expire-token";
        /** @description `fixed` waits `ms`; `uniform` draws from [minMs, maxMs]; `exponential` has mean `meanMs`, capped at `maxMs`. */
        FaultLatency: {
            /**
             * @default fixed
             * @enum {string}
             */
            distribution?: "fixed" | "uniform" | "exponential";
            ms?: number;
            minMs?: number;
            maxMs?: number;
            meanMs?: number;
        };
        FaultRule: {
            /** @description Name of the rule (`r1`, `r2`, … when omitted). */
            id?: string;
            /** @description HTTP method to match (any when omitted or `*`). */
            method?: string;
            /** @description Path pattern under the base URL, e.g. `/v1/pay-order/mall/product-orders/{productOrderId}/claim/*`. */
            path?: string;
            /** @description operationId of the real API to match, e.g. `dispatchProductOrders`. */
            operationId?: string;
            kind: components["schemas"]["FaultKind"];
            /** @description For `gateway`, a `GW.*` code; for `business`, an order-service or settlement code. */
            code?: string;
            latency?: components["schemas"]["FaultLatency"];
            /** @description Extra response headers, e.g. other `GNCP-GW-Quota-*` values. */
            headers?: {
                [key: string]: string;
            };
            /** @description Fire with this probability (seeded PRNG). */
            probability?: number;
            /** @description Fire on the nth matching call only. */
            nth?: number;
            /** @description Fire on the next N matching calls, then stop. */
            times?: number;
        };
        PutFaultsRequest: {
            clientId?: string;
            /** @description Seed of the PRNG behind `probability` and latency distributions (default the sandbox seed). */
            seed?: number;
            rules: components["schemas"]["FaultRule"][];
        };
        FaultRuleState: components["schemas"]["FaultRule"] & {
            id: string;
            /** @description Calls that matched the rule. */
            matched: number;
            /** @description Calls the rule answered (or delayed). */
            fired: number;
        };
        FaultSet: {
            clientId: string;
            seed: number;
            rules: components["schemas"]["FaultRuleState"][];
        };
        /** @enum {string} */
        LintRule: "excess-token-issuance" | "last-changed-no-margin" | "unencoded-plus" | "more-ignored" | "dispatch-resent" | "faster-than-rate-limit" | "unknown-body-fields";
        /** @description One finding as the journal shows it. */
        LintNote: {
            rule: components["schemas"]["LintRule"];
            /** @description What the client did. */
            message: string;
            /** @description What to change. */
            advice: string;
        };
        LintFinding: components["schemas"]["LintNote"] & {
            operationId?: string;
            method: string;
            path: string;
            firstAt: components["schemas"]["KstDateTime"];
            lastAt: components["schemas"]["KstDateTime"];
            /** @description Consecutive occurrences counted in this entry. */
            count: number;
        };
        LintReport: {
            clientId: string;
            /** @description Newest first. */
            findings: components["schemas"]["LintFinding"][];
            /** @description One line per rule that fired, with the total count and the advice. */
            summary: {
                rule: components["schemas"]["LintRule"];
                count: number;
                advice: string;
            }[];
        };
        ScenarioParam: {
            name: string;
            description: string;
            default: number;
            minimum: number;
            maximum: number;
        };
        /** @description The state every product order the seed returns is left in. */
        ScenarioPromise: {
            productOrderStatus: components["schemas"]["ProductOrderStatus"];
            placeOrderStatus?: components["schemas"]["PlaceOrderStatus"];
            claimType?: components["schemas"]["ClaimType"];
            claimStatus?: components["schemas"]["ClaimStatus"];
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
        };
        ScenarioSummary: {
            name: string;
            description: string;
            promise?: components["schemas"]["ScenarioPromise"];
            defaultCount: number;
            /** @description Whether applying it moves the merchant's virtual clock (busy-shop). */
            movesClock: boolean;
            params: components["schemas"]["ScenarioParam"][];
        };
        ApplyScenarioRequest: {
            /** @description Merchant app; the default merchant when omitted. */
            clientId?: string;
            /** @description Orders to create (default 1; busy-shop 200). */
            count?: number;
            /** @description Seed of the fake data (default 1). */
            seed?: number;
            /** @description The seed's own parameters (see listScenarios), e.g. `{"days": 14}`. */
            params?: {
                [key: string]: number;
            };
        };
        ApplyScenarioResponse: {
            scenario: string;
            clientId: string;
            seed: number;
            count: number;
            params: {
                [key: string]: number;
            };
            orders: components["schemas"]["CreateOrderResponse"][];
            /** @description The product orders the promise is about (every product order created). */
            productOrderIds: string[];
            /** @description Product orders per state label, e.g. `DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK`. */
            states: {
                [key: string]: number;
            };
            /** @description Orders whose plan a refused transition cut short (busy-shop); 0 normally. */
            refused: number;
            clock: {
                from: components["schemas"]["KstDateTime"];
                to: components["schemas"]["KstDateTime"];
            };
        };
        Coverage: {
            clientId: string;
            /** @description Every row of the state table with how often it fired. */
            rows: {
                id: string;
                event: string;
                actor: components["schemas"]["Actor"];
                count: number;
            }[];
            covered: string[];
            uncovered: string[];
            /** @description Share of rows covered, 0–100. */
            percent: number;
            /** @description Business codes a merchant action can answer, with how often the journal saw each. */
            errorCodes: {
                code: string;
                message: string;
                count: number;
            }[];
            uncoveredErrorCodes: string[];
        };
        Health: {
            /** @constant */
            status: "ok";
            version: string;
            uptimeSeconds: number;
            /** @description Number of registered merchant apps. */
            merchants: number;
        };
        /** @description The real token endpoint's success body (facts §3.4). */
        MerchantToken: {
            access_token: string;
            /** @description Seconds the token stays valid on the merchant's virtual clock. */
            expires_in: number;
            /** @constant */
            token_type: "Bearer";
        };
        /** @description What a state must look like for a row to apply; omitted parts match anything. */
        StatePattern: {
            productOrderStatus?: components["schemas"]["ProductOrderStatus"][];
            placeOrderStatus?: components["schemas"]["PlaceOrderStatus"][];
            /** @description `none`: no claim in progress; otherwise the open claim's type and statuses. */
            claim?: "none" | {
                type: components["schemas"]["ClaimType"];
                status: components["schemas"]["ClaimStatus"][];
            };
            /** @enum {string} */
            holdback?: "held" | "not-held";
        };
        /** @description One row of the transition table (packages/engine/src/machine/table.ts). */
        TransitionRow: {
            /** @description Stable id after the facts file's numbering (N5, C4, R3, …). */
            id: string;
            /** @description A merchant action's operationId, a control-plane event, or an internal follow-up step. */
            event: string;
            actor: components["schemas"]["Actor"];
            /** @description `new` for order placement, otherwise the state pattern the row applies to. */
            from: "new" | components["schemas"]["StatePattern"];
            /** @enum {string} */
            guard?: "paidAtOnce" | "awaitingDeposit" | "wholeQuantity" | "partQuantity";
            /** @description What the row changes; omitted parts stay as they are. */
            to: {
                productOrderStatus?: components["schemas"]["ProductOrderStatus"];
                placeOrderStatus?: components["schemas"]["PlaceOrderStatus"];
                claimType?: components["schemas"]["ClaimType"];
                claimStatus?: components["schemas"]["ClaimStatus"];
                holdbackStatus?: components["schemas"]["HoldbackStatus"];
            };
            emits?: components["schemas"]["LastChangedType"];
            effects: string[];
            /** @description A follow-up event the platform applies at once. */
            next?: string;
            /** @description Provenance of the row (facts labels). */
            note: string;
        };
        /** @description A reachable state and its one-line label. */
        MachineStateView: {
            /** @description One-line label of the state, e.g. `DELIVERED · OK · RETURN/RETURN_REQUEST · holdback HOLDBACK`. */
            key: string;
            /** @description Whether a claim is in progress (a finished or rejected claim no longer blocks actions). */
            openClaim: boolean;
            productOrderStatus: components["schemas"]["ProductOrderStatus"];
            placeOrderStatus: components["schemas"]["PlaceOrderStatus"];
            claimType?: components["schemas"]["ClaimType"];
            claimStatus?: components["schemas"]["ClaimStatus"];
            holdbackStatus?: components["schemas"]["HoldbackStatus"];
            node: components["schemas"]["DiagramNode"];
        };
        /** @description The node the dashboard draws a state as: an open claim by its status (a held claim beside its unheld twin), anything else by the product order's status. */
        DiagramNode: {
            /** @description e.g. `RETURN/RETURN_REQUEST · HOLD`, `PAYED · OK`, `DELIVERED`. */
            id: string;
            label: string;
            /** @description `id` of the lane the node sits in. */
            lane: string;
            /** @description A claim is in progress. */
            open: boolean;
            held: boolean;
            /** @description `id` of the unheld twin (the node itself when not held). */
            base: string;
        };
        /** @description A swimlane of the drawn machine (normal flow, then one per claim type). */
        MachineLane: {
            /** @description `normal` or a claim type. */
            id: string;
            label: {
                ko: string;
                en: string;
            };
        };
        MachineEdge: {
            /** @description `key` of the state before, or `new` for order placement. */
            from: string;
            /** @description `key` of the state after. */
            to: string;
            rowId: string;
        };
        /** @description One flat input of an action or event, read from the API document. */
        FormField: {
            name: string;
            /** @enum {string} */
            type: "string" | "integer" | "number";
            required: boolean;
            format?: string;
            enum?: string[];
            /** @description Korean descriptions of `enum`, in the same order. */
            labels?: string[];
            description?: string;
            /** @description The value of the action's declared default body: a constant, or a placeholder filled when the form is shown — `{"$now": ms}` (the merchant's now plus ms), `{"$afterDue": ms}` (ms after the dispatch deadline, or after now when later), `{"$tracking": true}` (a fresh tracking number), `{"$hopeDay": n}` (the KST day n days after the merchant's now, as `yyyyMMdd`). */
            default?: unknown;
        };
        MerchantActionForm: {
            operationId: string;
            method: string;
            /** @description Path under `apiBasePath`, with `{productOrderId}` where the action takes one. */
            path: string;
            summary: string;
            /** @description Bulk operations carry the product order in this array property. */
            listProperty?: string;
            hasBody: boolean;
            fields: components["schemas"]["FormField"][];
            /**
             * @description The one API that has this operation (the Commerce API's 배송 희망일 변경, changeHopeDelivery, at its seller path); absent when both APIs have it. Such an action has no bulk form.
             * @enum {string}
             */
            api?: "commerce";
        };
        SandboxEventForm: {
            event: components["schemas"]["SandboxEvent"];
            actor: components["schemas"]["Actor"];
            fields: components["schemas"]["FormField"][];
        };
        StateNodes: {
            /** @description Product orders of the merchant per node id (nodes with none are left out). */
            counts: {
                [key: string]: number;
            };
            /** @description Node ids an order can rest in (createOrderInState accepts them). */
            creatable: string[];
            /** @description The node asked for. */
            node?: string;
            /** @description How many product orders are in the node asked for (0 without `node`). */
            total: number;
            page: number;
            size: number;
            /** @description One page of the node's product orders, newest change first (empty without `node`). */
            productOrders: components["schemas"]["SandboxProductOrderSummary"][];
        };
        CreateOrderInStateRequest: {
            /** @description Merchant app; the default merchant when omitted. */
            clientId?: string;
            /** @description A node id of getStateMachine's states, e.g. `RETURN/COLLECT_DONE · HOLD`. */
            node: string;
        };
        CreateOrderInStateResponse: {
            orderId: string;
            productOrderIds: string[];
            /** @description The product order driven to the node. */
            productOrderId: string;
            node: string;
            /** @description The full state reached (`describeState`, a key of getStateMachine's states). */
            state: string;
            /** @description The events run after placement, in order (merchant actions by operationId). */
            events: string[];
        };
        MachineApi: {
            api: components["schemas"]["ApiProfile"];
            /** @description Where the API is served, relative to the emulator's origin (`/npay/partner`, `/external`). */
            basePath: string;
            /** @description Every operation of the API by operationId (the token endpoint too), with its path under `basePath`. */
            operations: {
                [key: string]: {
                    method: string;
                    path: string;
                };
            };
        };
        StateMachine: {
            /** @description Base path of the Npay mall API on this server (`/npay/partner`); `apis` has each API's. */
            apiBasePath: string;
            /**
             * @description Each API a merchant app may speak, by `ApiProfile` (a merchant's `api` names its own): its base path on
             *     this server and every operation's method and path under it. `merchantActions` give the mall API's paths;
             *     a Commerce app's actions are at the paths its own entry names (seller paths, `collect/approve`).
             */
            apis: {
                npay: components["schemas"]["MachineApi"];
                commerce: components["schemas"]["MachineApi"];
            };
            rows: components["schemas"]["TransitionRow"][];
            /** @description The swimlanes of the drawing, left to right. */
            lanes: components["schemas"]["MachineLane"][];
            /** @description Every state reachable from order placement. */
            states: components["schemas"]["MachineStateView"][];
            /** @description One edge per (state before, state after, row); a row that keeps the state is a loop. */
            edges: components["schemas"]["MachineEdge"][];
            sandboxEvents: components["schemas"]["SandboxEventForm"][];
            merchantActions: components["schemas"]["MerchantActionForm"][];
            /** @description Korean descriptions of enum values, by enum name (ProductOrderStatus, ClaimStatus, …). */
            labels: {
                [key: string]: {
                    [key: string]: string;
                };
            };
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
        /**
         * @description 주소 유형. [DOC]
         * @enum {string}
         */
        AddressType: "DOMESTIC" | "FOREIGN";
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
        /**
         * @description 은행 코드 (settle/daily bankType). Some spellings are the real ones (HYNDAI_SEC, SANSUNG_SEC). [DOC]
         * @enum {string}
         */
        BankType: "KDB" | "IBK" | "KB" | "KEB_OLD" | "SUHYUP" | "KOREAEXIM" | "NH" | "LNH" | "WOORI" | "SC" | "CITI" | "IM" | "BUSAN" | "KWANGJU" | "JEJU" | "JEONBUK" | "KYONGNAM" | "SAEMAUL" | "SHINHYUP" | "FSB" | "HSBC" | "DEUTSCHE_BANK" | "JP_MORGAN" | "BOA" | "BNP" | "ICBC" | "NFCF" | "POST" | "KEB_HANA" | "SHINHAN" | "KBANK" | "KKOBANK" | "TOSS" | "DAISHIN_BANK" | "SBISB" | "HK_BANK" | "WELCOME_BANK" | "SHINHAN_SAVING" | "DONGYANG_SEC" | "HYNDAI_SEC" | "IBK_IVST_SEC" | "MIRAEASSET" | "MIRAEASSET_DAEWOO" | "SANSUNG_SEC" | "HANGKOOK_IVST_SEC" | "WOORI_IVST_SEC" | "KYOBO_IVST_SEC" | "HI_IVST_SEC" | "HMC_IVST_SEC" | "KIWOOM_IVST_SEC" | "EBEST_IVST_SEC" | "SK_SEC" | "DAESHIN_SEC" | "HANWHA_SEC" | "HANA_DAETOO_SEC" | "SHINHAN_IVST" | "DONGBU_SEC" | "EUGENE_IVST_SEC" | "MERITZ_SEC" | "NH_NONGHYUP_SEC" | "BOOKOOK_SEC" | "SHINYOUNG_SEC" | "LIG_IVST_SEC" | "KSFC";
        /** @description Previous claim of the product order [DOC]. */
        BeforeClaim: {
            /** @description 이전 교환 클레임 */
            exchange?: components["schemas"]["ExchangeClaim"];
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
        /**
         * @description 클레임 배송비 지원 유형. [DOC]
         * @enum {string}
         */
        ClaimDeliveryFeeSupportType: "MEMBERSHIP_ARRIVAL_GUARANTEE" | "MEMBERSHIP_KURLY";
        /**
         * @description 클레임 사유, response side (cancelReason, returnReason, exchangeReason, claimRequestReason). The official list has 34 values (the facts file announces 35 but lists the same 34). `ETC` cannot be sent through the API. [DOC]
         * @enum {string}
         */
        ClaimReason: "INTENT_CHANGED" | "COLOR_AND_SIZE" | "WRONG_ORDER" | "PRODUCT_UNSATISFIED" | "DELAYED_DELIVERY" | "SOLD_OUT" | "DROPPED_DELIVERY" | "NOT_YET_DELIVERY" | "BROKEN" | "INCORRECT_INFO" | "WRONG_DELIVERY" | "WRONG_OPTION" | "SIMPLE_INTENT_CHANGED" | "MISTAKE_ORDER" | "ETC" | "DELAYED_DELIVERY_BY_PURCHASER" | "INCORRECT_INFO_BY_PURCHASER" | "PRODUCT_UNSATISFIED_BY_PURCHASER" | "NOT_YET_DISCUSSION" | "OUT_OF_STOCK" | "SALE_INTENT_CHANGED" | "NOT_YET_PAYMENT" | "NOT_YET_RECEIVE" | "WRONG_DELAYED_DELIVERY" | "BROKEN_AND_BAD" | "RECEIVING_DUE_DATE_OVER" | "RECEIVER_MISMATCHED" | "GIFT_INTENT_CHANGED" | "GIFT_REFUSAL" | "MINOR_RESTRICTED" | "RECEIVING_BLOCKED" | "UNDER_QUANTITY" | "ASYNC_FAIL_PAYMENT" | "ASYNC_LONG_WAIT_PAYMENT";
        /**
         * @description 클레임 상태 (claimStatus), 19 current values. Older doc versions also list `PURCHASE_DECISION_HOLDBACK_REDELIVERING` (구매 확정 보류 재배송 중); it is not accepted here. [DOC]
         * @enum {string}
         */
        ClaimStatus: "CANCEL_REQUEST" | "CANCELING" | "CANCEL_DONE" | "CANCEL_REJECT" | "RETURN_REQUEST" | "EXCHANGE_REQUEST" | "COLLECTING" | "COLLECT_DONE" | "EXCHANGE_REDELIVERING" | "RETURN_DONE" | "EXCHANGE_DONE" | "RETURN_REJECT" | "EXCHANGE_REJECT" | "PURCHASE_DECISION_HOLDBACK" | "PURCHASE_DECISION_REQUEST" | "PURCHASE_DECISION_HOLDBACK_RELEASE" | "ADMIN_CANCELING" | "ADMIN_CANCEL_DONE" | "ADMIN_CANCEL_REJECT";
        /**
         * @description 클레임 구분 (claimType). [DOC]
         * @enum {string}
         */
        ClaimType: "CANCEL" | "RETURN" | "EXCHANGE" | "PURCHASE_DECISION_HOLDBACK" | "ADMIN_CANCEL";
        /**
         * @description 수거 상태 (return/exchange collectStatus). [DOC]
         * @enum {string}
         */
        CollectStatus: "NOT_REQUESTED" | "COLLECT_REQUEST_TO_AGENT" | "COLLECT_REQUEST_TO_DELIVERY_COMPANY" | "COLLECT_WAITING" | "DELIVERING" | "DELIVERED" | "DELIVERY_FAILED" | "COLLECT_FAILED" | "WRONG_INVOICE" | "COLLECT_CANCELED";
        /**
         * @description 수수료 선결제 상태. [DOC]
         * @enum {string}
         */
        CommissionPrePayStatus: "GENERAL_PRD" | "PRE_PAY_PRD_NO_PAY" | "PRE_PAY_PRD_PAYED";
        /**
         * @description 수수료 구분 (commission-details). [DOC]
         * @enum {string}
         */
        CommissionType: "SALE_COMMISSION" | "PAY_COMMISSION" | "CHNL_COMMISSION" | "ISTLM_COMMISSION" | "PUBLISHING_COMMISSION" | "INFLOW_COMMISSION" | "SERVICE_COMMISSION" | "CONTRACT_COMMISSION" | "PACKAGE_COMMISSION" | "PARTNER_COMMISSION" | "PLATFORM_COMMISSION" | "VERTICAL_COMMISSION" | "PURCHASER_COMMISSION" | "PRICE_COMPARISON_COMMISSION";
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
        /**
         * @description 쿠폰 유형 (appliedCoupons[].couponClassCode). [DOC]
         * @enum {string}
         */
        CouponClassCode: "NMP_PRD_DCNT" | "NMP_PRD_DUP_DCNT";
        /** @description Claim currently attached to the product order [DOC]. */
        CurrentClaim: {
            /** @description 취소 */
            cancel?: components["schemas"]["CancelClaim"];
            /** @description 반품 */
            return?: components["schemas"]["ReturnClaim"];
            /** @description 교환 */
            exchange?: components["schemas"]["ExchangeClaim"];
        };
        /**
         * @description 발송 지연 사유. [DOC]
         * @enum {string}
         */
        DelayedDispatchReason: "PRODUCT_PREPARE" | "CUSTOMER_REQUEST" | "CUSTOM_BUILD" | "RESERVED_DISPATCH" | "OVERSEA_DELIVERY" | "ETC";
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
        /**
         * @description 배송 속성 유형. [DOC]
         * @enum {string}
         */
        DeliveryAttributeType: "NORMAL" | "TODAY" | "OPTION_TODAY" | "HOPE" | "TODAY_ARRIVAL" | "DAWN_ARRIVAL" | "PRE_ORDER" | "ARRIVAL_GUARANTEE" | "SELLER_GUARANTEE" | "HOPE_SELLER_GUARANTEE" | "PICKUP" | "QUICK";
        /**
         * @description 택배사 코드 (deliveryCompanyCode, deliveryCompany, collectDeliveryCompany, reDeliveryCompany, expectedDeliveryCompany): the current seller-doc list [DOC], including the Korean code value `GS더프레시` and both `FRESH` (older doc version) and `KURLY` (current) for 컬리넥스트마일. Legacy SOAP-only codes DONGBU, INNOGIS, DADREAM are not included. Any other value → business error 104119 [REC].
         * @enum {string}
         */
        DeliveryCompanyCode: "CJGLS" | "HYUNDAI" | "HANJIN" | "KGB" | "EPOST" | "MTINTER" | "1004HOME" | "TWOFASTEXPRESS" | "ACE" | "ACIEXPRESS" | "ADCAIR" | "AIRWAY" | "APEX" | "ARAMEX" | "ARGO" | "AIRBOY" | "KOREXG" | "CUPARCEL" | "CWAYEXPRESS" | "DHL" | "DHLDE" | "DHLGLOBALMAIL" | "DPD" | "ECMSEXPRESS" | "EFS" | "EMS" | "EZUSA" | "EUROPARCEL" | "FEDEX" | "GOP" | "GOS" | "GPSLOGIX" | "GSFRESH" | "GSIEXPRESS" | "GSMNTON" | "GSPOSTBOX" | "CVSNET" | "GS더프레시" | "GTSLOGIS" | "HYBRID" | "HY" | "IK" | "KGLNET" | "KT" | "LGE" | "LTL" | "NDEXKOREA" | "SBGLS" | "SFEX" | "SLX" | "SSG" | "TNT" | "LOGISPARTNER" | "UPS" | "USPS" | "WIZWA" | "YJSWORLD" | "YJS" | "YUNDA" | "IPARCEL" | "KY" | "KUNYOUNG" | "KDEXP" | "KIN" | "KORYO" | "GDSP" | "KOKUSAI" | "GOODTOLUCK" | "NAEUN" | "NOGOK" | "NONGHYUP" | "HANAROMART" | "DAELIM" | "DAESIN" | "DAEWOON" | "THEBAO" | "DODOFLEX" | "DONGGANG" | "DONGJIN" | "CHAINLOGIS" | "DRABBIT" | "JMNP" | "ONEDAYLOGIS" | "LINEEXP" | "ROADSUNEXPRESS" | "LOGISVALLEY" | "POOLATHOME" | "LOTOS" | "HLCGLOBAL" | "LOTTECHILSUNG" | "MDLOGIS" | "DASONG" | "BABABA" | "BANPOOM" | "VALEX" | "SHIPNERGY" | "PANTOS" | "VROONG" | "BRIDGE" | "EKDP" | "SELC" | "SEORIM" | "SWGEXP" | "SUNGHUN" | "SEBANG" | "SMARTLOGIS" | "SPARKLE" | "SPASYS1" | "CRLX" | "ANYTRACK" | "ABOUTPET" | "ESTHER" | "VENDORPIA" | "ACTCORE" | "HKHOLDINGS" | "NTLPS" | "TODAYPICKUP" | "RUSH" | "ALLIN" | "ALLTAKOREA" | "WIDETECH" | "YONGMA" | "DCOMMERCE" | "WEVILL" | "HONAM" | "WOORIHB" | "WOOJIN" | "REGISTPOST" | "WOONGJI" | "WARPEX" | "WINION" | "WIHTYOU" | "WEMOVE" | "UFREIGHT" | "EUNHA" | "INNOS" | "EMARTEVERYDAY" | "ESTLA" | "ETOMARS" | "GENERALPOST" | "ILSHIN" | "ILYANG" | "GNETWORK" | "ZENIEL" | "JLOGIST" | "GENIEGO" | "GDAKOREA" | "GHSPEED" | "JIKGUMOON" | "CHUNIL" | "CHOROC" | "CHOROCMAEUL" | "COSHIP" | "KJT" | "QRUN" | "CUBEFLOW" | "QXPRESS" | "HEREWEGO" | "TOMATO" | "TODAY" | "TSG" | "TEAMFRESH" | "PATEK" | "XINPATEK" | "PANASIA" | "PANSTAR" | "FOREVER" | "PULMUONE" | "FREDIT" | "FRESHMATES" | "KURLY" | "PINGPONG" | "HOWSER" | "HIVECITY" | "HANDALUM" | "HANDEX" | "HANMI" | "HANSSEM" | "HANWOORI" | "HPL" | "HDEXP" | "HERWUZUG" | "GLOVIS" | "HOMEINNO" | "HOMEPICKTODAY" | "HOMEPICK" | "HOMEPLUSDELIVERY" | "HOMEPLUSEXPRESS" | "CARGOPLEASE" | "HWATONG" | "CH1" | "LETUS" | "LETUS3PL" | "CASA" | "GCS" | "GKGLOBAL" | "BRCH" | "DNDN" | "GONELO" | "JCLS" | "JWTNL" | "GS25" | "CU" | "FRESH";
        /**
         * @description 배송 방법 (deliveryMethod, expectedDeliveryMethod, collectDeliveryMethod, reDeliveryMethod). [DOC]
         * @enum {string}
         */
        DeliveryMethod: "DELIVERY" | "GDFW_ISSUE_SVC" | "VISIT_RECEIPT" | "DIRECT_DELIVERY" | "QUICK_SVC" | "NOTHING" | "RETURN_DESIGNATED" | "RETURN_DELIVERY" | "RETURN_INDIVIDUAL" | "RETURN_MERCHANT" | "UNKNOWN";
        /**
         * @description 배송 상세 상태 (delivery.deliveryStatus, exchange reDeliveryStatus). [DOC]
         * @enum {string}
         */
        DeliveryStatus: "COLLECT_REQUEST" | "COLLECT_WAIT" | "COLLECT_CARGO" | "DELIVERY_COMPLETION" | "DELIVERING" | "DELIVERY_FAIL" | "WRONG_INVOICE" | "COLLECT_CARGO_FAIL" | "COLLECT_CARGO_CANCEL" | "NOT_TRACKING";
        /**
         * @description 배송 태그 유형. [DOC]
         * @enum {string}
         */
        DeliveryTagType: "TODAY" | "TOMORROW" | "DAWN" | "SUNDAY" | "STANDARD" | "HOPE";
        /**
         * @description 공동현관 출입 방법. [DOC values; glosses INF]
         * @enum {string}
         */
        EntryMethod: "LOBBY_PW" | "MANAGEMENT_OFFICE" | "FREE" | "OTHER";
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
        /**
         * @description 선물 수락 상태 (선물하기 orders only). [DOC]
         * @enum {string}
         */
        GiftReceivingStatus: "WAIT_FOR_RECEIVING" | "RECEIVED";
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
        /**
         * Format: date-time
         * @description Response date-time in KST with exactly three fraction digits, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` [DOC].
         *     (Real responses have been seen with fewer fraction digits [OBS]; the emulator always writes three [REC].)
         * @example 2023-01-16T17:14:51.794+09:00
         */
        KstDateTime: string;
        /**
         * @description 최종 변경 구분 (lastChangedType). Place-order confirmation, dispatch delay, holdback and delivery completion have no value and so produce no last-changed row [INF]. [DOC]
         * @enum {string}
         */
        LastChangedType: "PAY_WAITING" | "PAYED" | "EXCHANGE_OPTION" | "DELIVERY_ADDRESS_CHANGED" | "GIFT_RECEIVED" | "CLAIM_REJECTED" | "DISPATCHED" | "CLAIM_REQUESTED" | "COLLECT_DONE" | "CLAIM_COMPLETED" | "PURCHASE_DECIDED" | "HOPE_DELIVERY_INFO_CHANGED" | "CLAIM_REDELIVERING";
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
        /**
         * @description 결제 위치 구분. The seller docs type it as a plain string; values from the docs description. [DOC]
         * @enum {string}
         */
        PayLocationType: "PC" | "MOBILE";
        /**
         * @description 결제 수단 Korean label (order.paymentMeans), documented and observed values [DOC][OBS]. Order responses type the field as a plain string, so a value outside this list is not rejected there.
         * @enum {string}
         */
        PaymentMeans: "신용카드" | "신용카드 간편결제" | "휴대폰" | "휴대폰 간편결제" | "계좌 간편결제" | "무통장입금" | "포인트/머니결제" | "패밀리결제" | "후불결제";
        /**
         * @description 수령 위치 유형. [DOC values; glosses INF]
         * @enum {string}
         */
        PickupLocationType: "FRONT_OF_DOOR" | "MANAGEMENT_OFFICE" | "DIRECT_RECEIVE" | "OTHER";
        /**
         * @description 발주 상태 (placeOrderStatus; query parameter placeOrderStatusType). [DOC]
         * @enum {string}
         */
        PlaceOrderStatus: "NOT_YET" | "OK" | "CANCEL";
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
        /**
         * @description 상품 주문 상태 (productOrderStatus). Note the real spelling `PAYED`. [DOC]
         * @enum {string}
         */
        ProductOrderStatus: "PAYMENT_WAITING" | "PAYED" | "DELIVERING" | "DELIVERED" | "PURCHASE_DECIDED" | "EXCHANGED" | "CANCELED" | "RETURNED" | "CANCELED_BY_NOPAYMENT";
        /**
         * @description 리뷰 구분 [SOAP values; REST name REC guess].
         * @enum {string}
         */
        PurchaseReviewClassType: "GENERAL" | "PREMIUM";
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
        /**
         * @description 판매자 부담 복수 구매 할인 유형 (multiplePurchaseDiscountType). [DOC values; glosses INF]
         * @enum {string}
         */
        SellerBurdenMultiplePurchaseDiscountType: "IGNORE_QUANTITY" | "QUANTITY";
        /**
         * @description 매출 연동 수수료 상세 구분 (commission-details). [DOC]
         * @enum {string}
         */
        SellingInterlockCommissionType: "NAVER_SHOPPING" | "TOPTOP" | "EASY_BOOKING" | "ONEPLUS" | "SEARCH_ETC" | "LENS" | "SHOPPING_SEARCH" | "SHOPPING_SEARCH_CATALOG" | "INTEGRATED_SEARCH" | "INTEGRATED_SEARCH_CATALOG" | "BRAND_SEARCH" | "SHOPPING_SEARCH_AD" | "SHOPPING_BOX" | "ONEPLUS_DEAL" | "DA" | "SA" | "NAVER" | "NOT_NAVER" | "SMART_PLACE" | "BOOK" | "LUXURY" | "MR" | "PET" | "OVERSEA_DIRECT_PURCHASE" | "VERTICAL_BEST" | "FORYOU" | "TOP_TOP" | "SHOPPING_ETC" | "EXHIBITION" | "PAN_CONTENTS" | "BRAND_STORE" | "GIFT" | "SHOPPING_LIVE" | "TALKTALK" | "HOT_DEAL" | "AITEMS" | "SHOPPING_BEST" | "LIVING" | "BEAUTY" | "SHOPPING_WINDOW" | "ART" | "KIDS" | "FOOD" | "PLAY" | "BRANCH" | "VILLAGE_MARKET" | "MART" | "BRAND_BRANCH" | "MY" | "CART_ZIM_RECENT" | "REPURCHASE" | "PAY" | "SUBSCRIPTION" | "FASH_TW" | "DEPARTMENT_STORE" | "OUTLET" | "SOHO_STREET" | "DESIGNER" | "FASH_TW_BRAND" | "ARRIVAL_GUARANTEE" | "N_SHOPPING_SEARCH" | "NPLUS_SEARCH" | "NPLUS_SEARCH_AD" | "NPLUS_SEARCH_CATEGORY" | "NPLUS_INTEGRATED_SEARCH" | "SHOPPING_BEST_AD" | "NPLUS_PRODUCT_AD" | "BRAND_CONNECT" | "SHOPPING_BEST_V2" | "SHOPPING_BEST_TAB" | "TODAY_EVENT" | "TODAY_EVENT_TAB" | "COUPON_BENEFIT" | "SHOPPING_REWARD" | "N_CATEGORY" | "SHOPPING_HOME" | "FORYOU_TAB" | "FASHION_BEAUTY_TAB" | "INTEGRATED_PROMOTION_TAB" | "CURATION_TAB" | "NPLUS_HOME_TAB" | "NPLUS_HOME_FASHION_BEAUTY_TAB" | "NPLUS_HOME_FORYOU_TAB" | "NPLUS_HOME_CURATION_TAB" | "NPLUS_HOME_INTEGRATED_PROMOTION_TAB" | "NPLUS_HOME_BEST_TAB" | "NPLUS_HOME_TODAY_EVENT_TAB" | "NPLUS_HOME_ARRIVAL_GUARANTEE_TAB" | "PAY_HISTORY_TAB" | "ZIM_PRODUCT_TAB" | "SHOPPING_REVIEW_TAB" | "SHOPPING_WEB_HISTORY" | "DISCOVER" | "NOW_DELIVERY" | "NOW_DELIVERY_MART" | "NOW_DELIVERY_LOCAL_MARKET" | "NOW_DELIVERY_BRAND_BRANCH" | "TODAY_LAST_DEAL" | "NPLUS_TODAY_LAST_DEAL" | "VTC_SHOPPING_LIVE" | "VTC_FASHION_TOWN" | "VTC_ONE_PLUS_DEAL" | "VTC_MISTER" | "HIGHEND" | "KURLY_N_MART_HOME" | "KUR_N_MART" | "PLT_SMART_STORE" | "PLF_BRAND_STORE" | "PLF_SMART_STORE_MARKETING" | "PLF_BRAND_STORE_MARKETING" | "SVC_RENTAL" | "SVC_REGULAR_SUBSCRIPTION" | "SVC_ARRIVAL_GUARANTEE" | "SVC_SELLER_GUARANTEE" | "SVC_HOPE_SELLER_GUARANTEE" | "SVC_N_SHOPPING_CONNECT" | "SVC_SUPER_POINT" | "SVC_N_DELIVERY_DIRECT_CONTRACT" | "CONTRACT_TYPE" | "PKG_BRAND_SOLUTION" | "PATR_AFFILIATE" | "CAFE" | "FLEA_MARKET" | "FLEA_MARKET_NAVER" | "FLEA_MARKET_DELIVERY_FEE" | "FLEA_MARKET_NAVER_DELIVERY_FEE" | "SETTLE_DANAWA" | "SETTLE_ENURI";
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
        /** @description SKU mapping of a fulfillment product order [DOC]. */
        SkuMapping: {
            /** @description SKU ID */
            nsId?: string;
            /** @description SKU 바코드 */
            nsBarcode?: string;
            /** @description 주문당 피킹 수량 */
            pickingQuantityPerOrder?: number;
        };
        /**
         * @description 보관 유형 (fulfillment). [DOC]
         * @enum {string}
         */
        StorageType: "DRY" | "WET" | "FROZEN";
        /**
         * @description 과세 유형. [DOC]
         * @enum {string}
         */
        TaxType: "TAXATION" | "TAX_EXEMPTION" | "TAX_FREE";
    };
    responses: {
        /** @description The product order as the real API shows it, its history and what may happen next. */
        Inspection: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProductOrderInspection"];
            };
        };
        /** @description Malformed request. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
        /** @description Unknown merchant, order, product order or journal entry (`NOT_FOUND`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
        /** @description A merchant with this clientId already exists. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
        /** @description The server was started with an admin token and the request did not send it (`UNAUTHORIZED`), with a `WWW-Authenticate: Bearer` header. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
        /** @description The Host header is no name of this sandbox (`FORBIDDEN_HOST`, a DNS-rebinding page), or a browser sent a change from another origin (`FORBIDDEN_ORIGIN`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
        /** @description A state-changing request without `content-type: application/json` (`UNSUPPORTED_MEDIA_TYPE`). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SandboxError"];
            };
        };
    };
    parameters: {
        ClientIdPath: string;
        /** @description Merchant app; the default merchant when omitted. */
        ClientIdQuery: string;
        ProductOrderIdPath: string;
        SnapshotIdPath: string;
        /** @description Maximum number of entries. */
        Limit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMerchants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every merchant, without secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        merchants: components["schemas"]["MerchantSummary"][];
                    };
                };
            };
        };
    };
    createMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateMerchantRequest"];
            };
        };
        responses: {
            /** @description The merchant, including its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantCredentials"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
        };
    };
    getMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    updateMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MerchantSettings"];
            };
        };
        responses: {
            /** @description The merchant after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    issueMerchantToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token, as the real token endpoint answers it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantToken"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description The new order's IDs. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listProductOrders: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
                productOrderStatus?: components["schemas"]["ProductOrderStatus"];
                claimType?: components["schemas"]["ClaimType"];
                claimStatus?: components["schemas"]["ClaimStatus"];
                /** @description Only product orders whose productOrderId, orderId, product name, orderer (buyer) name or receiver name contains this text (case-insensitive). */
                q?: string;
                /** @description The column to sort by; newest change first without it. */
                sort?: "productOrderId" | "productName" | "productOrderStatus" | "placeOrderStatus" | "claim" | "holdbackStatus" | "totalPaymentAmount" | "orderDate" | "paymentDate" | "lastChangedDate";
                order?: "asc" | "desc";
                /** @description 1-based page of `size` rows (the dashboard's table pages through every order). */
                page?: number;
                /** @description Rows per page; `limit` when absent. */
                size?: number;
                /** @description Maximum number of entries. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of product orders, newest change first, with the true total of the filter. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        productOrders: components["schemas"]["SandboxProductOrderSummary"][];
                        /** @description How many product orders match the filter, on every page together. */
                        total: number;
                        page: number;
                        size: number;
                        /** @description Counts per value over all the merchant's product orders, for filter menus. */
                        facets: {
                            productOrderStatus: {
                                [key: string]: number;
                            };
                            claimType: {
                                [key: string]: number;
                            };
                            claimStatus: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    applyBulkEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkEventRequest"];
            };
        };
        responses: {
            /** @description One result per product order, in the order given. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkEventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    inspectProductOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productOrderId: components["parameters"]["ProductOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Inspection"];
            404: components["responses"]["NotFound"];
        };
    };
    applyEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productOrderId: components["parameters"]["ProductOrderIdPath"];
                event: components["schemas"]["SandboxEvent"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApplyEventRequest"];
            };
        };
        responses: {
            200: components["responses"]["Inspection"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description The event is not allowed in the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventNotAllowedError"];
                };
            };
        };
    };
    writeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productOrderId: components["parameters"]["ProductOrderIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WriteReviewRequest"];
            };
        };
        responses: {
            /** @description The review as the reviews API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description The product order has not been delivered yet, or was cancelled or returned (`EVENT_NOT_ALLOWED`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxError"];
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdvanceClockRequest"];
            };
        };
        responses: {
            /** @description The clock after advancing, and what fired. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvanceClockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    previewClock: {
        parameters: {
            query: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
                /** @description A duration like `8d`, `90m`, `1h30m` or a number of milliseconds (at most 10 years). */
                by: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clock now, the instant the advance would reach, and what would fire. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockPreviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant's snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotList"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    takeSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TakeSnapshotRequest"];
            };
        };
        responses: {
            /** @description The snapshot taken. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantSnapshot"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description The merchant has 20 snapshots already (`SNAPSHOT_LIMIT`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxError"];
                };
            };
        };
    };
    deleteSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
                snapshotId: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        id: string;
                    };
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    restoreSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: components["parameters"]["ClientIdPath"];
                snapshotId: components["parameters"]["SnapshotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot restored and the merchant's clock after it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreSnapshotResponse"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getSettlementOptions: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementConfig"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    putSettlementOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSettlementRequest"];
            };
        };
        responses: {
            /** @description The options now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
                /** @description Maximum number of entries. */
                limit?: components["parameters"]["Limit"];
                /** @description Only entries with this HTTP status. */
                status?: number;
                /** @description Only entries whose path contains this text. */
                path?: string;
                /**
                 * @description Only entries from this source: `integration` (the merchant's code), `dashboard` (the QA dashboard,
                 *     which sends `X-Npay-Sandbox-Source: dashboard`), `control` (control-plane calls that change the
                 *     merchant, from tests or scripts) or `all`. Without it: integration and dashboard requests.
                 */
                source?: "integration" | "dashboard" | "control" | "all";
                /** @description Only entries whose path, query or bodies name this product order (its request log). */
                productOrderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Journal entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["RequestSummary"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getRequest: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDetail"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getFaults: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultSet"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    putFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutFaultsRequest"];
            };
        };
        responses: {
            /** @description The rules now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFaults: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The (now empty) rule set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultSet"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getLint: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
                /** @description Maximum number of entries. */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Findings and a count per rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LintReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getStateMachine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state machine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateMachine"];
                };
            };
        };
    };
    listStateNodes: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
                /** @description A node id such as `RETURN/RETURN_REQUEST` or `PAYED · OK`. */
                node?: string;
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts per node, and the page of the asked node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateNodes"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    createOrderInState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderInStateRequest"];
            };
        };
        responses: {
            /** @description The new order, in the node asked for. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateOrderInStateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description No order can rest in the node (it is only passed through inside a chain of rows: `NODE_NOT_AT_REST`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxError"];
                };
            };
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seeds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scenarios: components["schemas"]["ScenarioSummary"][];
                    };
                };
            };
        };
    };
    applyScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Seed name, e.g. `return-on-holdback` (see listScenarios). */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ApplyScenarioRequest"];
            };
        };
        responses: {
            /** @description What the seed created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyScenarioResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            /** @description A step of the seed was refused by the state machine (`SEED_STEP_REFUSED`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxError"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description Merchant app; the default merchant when omitted. */
                clientId?: components["parameters"]["ClientIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    listScenarioExamples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The example files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        examples: {
                            /** @description File name, e.g. `return-rejected.yaml`. */
                            name: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
    };
    runScenarioFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The scenario file's text. */
                    yaml?: string;
                    /** @description The uploaded file's name, for the report. */
                    name?: string;
                    /** @description File name of a shipped example, instead of `yaml`. */
                    example?: string;
                };
            };
        };
        responses: {
            /** @description The run's report (a failing scenario is still a 200 with `passed` false). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        file: string;
                        name: string;
                        passed: boolean;
                        durationMs: number;
                        totals: {
                            passed: number;
                            failed: number;
                            skipped: number;
                        };
                        steps: {
                            index: number;
                            line?: number;
                            title: string;
                            /** @enum {string} */
                            status: "passed" | "failed" | "skipped";
                            /** @description The request of each answer (method, path, body, status), null when none. */
                            sent: unknown[];
                            /** @description Each answer's status, body and error code. */
                            received: Record<string, never>[];
                            differences: {
                                what: string;
                                expected?: unknown;
                                actual?: unknown;
                                /** @description `field: expected …, got …` */
                                text: string;
                            }[];
                            error?: string;
                        }[];
                        /** @description As getCoverage (without clientId), plus `exercised` rows of `total`. */
                        coverage: {
                            exercised: number;
                            total: number;
                            percent: number;
                            covered: string[];
                            uncovered: string[];
                            /** @description Each business error code of the merchant actions with how often it was received. */
                            errorCodes: Record<string, never>[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    clientId?: string;
                };
            };
        };
        responses: {
            /** @description Reset done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        reset: true;
                    };
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    exportState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole sandbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxState"];
                };
            };
        };
    };
    importState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxState"];
            };
        };
        responses: {
            /** @description The document replaced the sandbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        imported: true;
                        merchants: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
}
