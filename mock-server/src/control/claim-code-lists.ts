/**
 * Which codes belong to which claim, so a form offers only those of its claim. The documents give one
 * list each for a cancel's and a return's reason (the `cancelReason` of requestCancel, the `returnReason`
 * of requestReturn, facts §9.7) and one list of all fourteen holdback types on both holdback pages; how the
 * holdback types split between return and exchange is read from their names (facts §7.13, §7.18 [INF]).
 */

/** The kinds of claim a form can be for. */
export type ClaimKind = 'cancel' | 'return' | 'exchange'

/** A claim type of the state table (`to.claimType` of a row opening a claim) as a kind of claim. */
export const CLAIM_KIND_OF_TYPE: Readonly<Record<string, ClaimKind>> = {
  CANCEL: 'cancel',
  ADMIN_CANCEL: 'cancel',
  RETURN: 'return',
  EXCHANGE: 'exchange',
}

/**
 * Where each kind's reasons are listed in the real API's document: the request body and property.
 * Exchanges have no merchant request (facts §9.7: buyer-initiated only); an exchange is about goods
 * received, as a return is, so it offers the return reasons (docs/fidelity.md).
 */
export const REASON_SOURCE: Readonly<Record<ClaimKind, { operationId: string; property: string }>> = {
  cancel: { operationId: 'requestCancel', property: 'cancelReason' },
  return: { operationId: 'requestReturn', property: 'returnReason' },
  exchange: { operationId: 'requestReturn', property: 'returnReason' },
}

/** The holdback types of a return and of an exchange (facts §7.13, §7.18: partition inferred from names). */
export const HOLDBACK_TYPES: Readonly<Record<'holdbackReturn' | 'holdbackExchange', readonly string[]>> = {
  holdbackReturn: [
    'RETURN_DELIVERYFEE',
    'EXTRAFEEE',
    'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
    'RETURN_PRODUCT_NOT_DELIVERED',
    'ETC',
  ],
  holdbackExchange: [
    'EXCHANGE_DELIVERYFEE',
    'EXCHANGE_EXTRAFEE',
    'EXCHANGE_PRODUCT_READY',
    'EXCHANGE_PRODUCT_NOT_DELIVERED',
    'EXCHANGE_HOLDBACK',
    'ETC',
  ],
}

/**
 * A field's allowed values narrowed to `keep`, with their labels kept beside them (same order as `keep`
 * where the field lists them).
 * @example narrowed({ enum: ['A', 'B'], labels: ['a', 'b'] }, ['B']) // { enum: ['B'], labels: ['b'] }
 */
export function narrowed<F extends { enum?: string[]; labels?: string[] }>(
  field: F,
  keep: readonly string[],
): F {
  if (!field.enum) return field
  const values = field.enum
  const kept = keep.filter((v) => values.includes(v))
  const labels = field.labels
  return {
    ...field,
    enum: kept,
    ...(labels ? { labels: kept.map((v) => labels[values.indexOf(v)] ?? '') } : {}),
  }
}
