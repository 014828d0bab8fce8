/**
 * What the recorder removes or replaces, by JSON key. Secrets and personal data are redacted; volatile
 * values (ids, times, trace ids) become stable placeholders so two runs can be compared.
 */
/** Replaced by `<redacted>`: credentials and tokens. */
export declare const SECRET_KEYS: ReadonlySet<string>
/**
 * Replaced by `<redacted>`: personal data of buyers and receivers — names, phone numbers, addresses,
 * buyer ids, free-text memos. Product data and amounts are kept.
 */
export declare const PERSONAL_KEY: RegExp
/** Ids by key, replaced by `<kind:n>` in order of first appearance (arrays take their key's kind). */
export declare const ID_KINDS: Readonly<Record<string, string>>
/** Replaced by `<traceId>`. */
export declare const TRACE_KEYS: ReadonlySet<string>
/** Path segments after which an id follows. */
export declare const PATH_ID_KINDS: Readonly<Record<string, string>>
/** A response date-time as the API writes it; anything else date-like is kept, so format drift shows. */
export declare const KST_DATE_TIME: RegExp
export declare const LOCAL_DATE: RegExp
/** 16-digit numeric strings are ids wherever they appear (e.g. the plain array of product-order-ids). */
export declare const ID_LIKE: RegExp
/** The token request's `timestamp`: Unix milliseconds. */
export declare const EPOCH_MILLIS: RegExp
