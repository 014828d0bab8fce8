/**
 * What the recorder removes or replaces, by JSON key. Secrets and personal data are redacted; volatile
 * values (ids, times, trace ids) become stable placeholders so two runs can be compared.
 */

/** Replaced by `<redacted>`: credentials and tokens. */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'access_token',
  'client_secret',
  'client_secret_sign',
  'clientSecret',
  'account_id',
  'authorization',
])

/**
 * Replaced by `<redacted>`: personal data of buyers and receivers — names, phone numbers, addresses,
 * buyer ids, free-text memos. Product data and amounts are kept.
 */
export const PERSONAL_KEY =
  /^(name|orderer(Id|No|Name|Tel)|receiverName|writerId|tel\d*|.*Tel\d*|.*Phone.*|email|zipCode|baseAddress|detailedAddress|city|state|.*Memo|individualCustomUniqueCode|personalCustomsClearanceCode)$/

/** Ids by key, replaced by `<kind:n>` in order of first appearance (arrays take their key's kind). */
export const ID_KINDS: Readonly<Record<string, string>> = {
  productOrderId: 'productOrderId',
  productOrderIds: 'productOrderId',
  successProductOrderIds: 'productOrderId',
  orderId: 'orderId',
  orderNo: 'orderId',
  claimId: 'claimId',
  packageNumber: 'packageNumber',
  moreSequence: 'moreSequence',
  trackingNumber: 'trackingNumber',
  collectTrackingNumber: 'trackingNumber',
  reDeliveryTrackingNumber: 'trackingNumber',
  client_id: 'clientId',
  clientId: 'clientId',
  mallId: 'mallId',
}

/** Replaced by `<traceId>`. */
export const TRACE_KEYS: ReadonlySet<string> = new Set(['traceId', 'gncp-gw-trace-id'])

/** Path segments after which an id follows. */
export const PATH_ID_KINDS: Readonly<Record<string, string>> = {
  'product-orders': 'productOrderId',
  orders: 'orderId',
}

/** A response date-time as the API writes it; anything else date-like is kept, so format drift shows. */
export const KST_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/
/** 16-digit numeric strings are ids wherever they appear (e.g. the plain array of product-order-ids). */
export const ID_LIKE = /^\d{16}$/
/** The token request's `timestamp`: Unix milliseconds. */
export const EPOCH_MILLIS = /^\d{12,14}$/
