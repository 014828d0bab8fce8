/** Protocol numbers of the real API, each named once (facts §3.5, §7, §11, Appendix B). */
/** A fresh access token lives 3 hours. */
export declare const TOKEN_LIFETIME_SECONDS = 10800
/** An existing token with at least this much life left is returned again instead of a new one. */
export declare const TOKEN_REUSE_THRESHOLD_SECONDS = 1800
/** The signature timestamp is valid for 5 minutes. */
export declare const SIGNATURE_TIMESTAMP_WINDOW_MS = 300000
/** [REC] How far in the server's future a signature timestamp may lie (clock skew). */
export declare const SIGNATURE_FUTURE_TOLERANCE_MS = 5000
/** `product-orders/query`: at most 300 product order ids. */
export declare const MAX_QUERY_PRODUCT_ORDER_IDS = 300
/** `product-orders/confirm`: at most 30 product order ids. */
export declare const MAX_CONFIRM_PRODUCT_ORDER_IDS = 30
/** `product-orders/dispatch`: at most 30 items. */
export declare const MAX_DISPATCH_PRODUCT_ORDERS = 30
/** `last-changed-statuses`: `limitCount` default and maximum. */
export declare const MAX_LAST_CHANGED_LIMIT = 300
/** `last-changed-statuses` and the conditional query: the window is at most 24 hours. */
export declare const MAX_QUERY_WINDOW_MS: number
/** Conditional query `pageSize` maximum and default. */
export declare const MAX_SEARCH_PAGE_SIZE = 300
/** Settlement `pageSize` maximum. */
export declare const MAX_SETTLEMENT_PAGE_SIZE = 1000
/** [REC] Default gateway token bucket: 2 requests per second, burst twice that. */
export declare const DEFAULT_RATE_LIMIT_PER_SECOND = 2
export declare const DEFAULT_RATE_LIMIT_BURST = 4
/** [INF] Automatic purchase decision this many days after delivery. */
export declare const DEFAULT_AUTO_PURCHASE_DECISION_DAYS = 8
/** [INF] A virtual-account order expires unpaid after this many days. */
export declare const DEFAULT_PAYMENT_DUE_DAYS = 3
