/**
 * Redacts and normalises the exchanges of one case. References are numbered in order of first
 * appearance within the case, so the same flow gives the same placeholders on every target.
 */
import type { Exchange } from '../exchange/types.js'
export declare const REDACTED = '<redacted>'
/**
 * Scrubs every exchange of a case: secrets and personal data redacted, ids, times and trace ids
 * replaced by placeholders.
 * @example scrubExchanges(result.exchanges)[0].path // '/v1/pay-order/mall/product-orders/<productOrderId:1>/delay'
 */
export declare function scrubExchanges(exchanges: readonly Exchange[]): Exchange[]
