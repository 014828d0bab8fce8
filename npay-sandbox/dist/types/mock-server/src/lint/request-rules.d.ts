/**
 * Lint rules that look at one request: an unencoded `+` in a date-time (facts §4.5), a token requested
 * while the current one is still good (§3.5), and a dispatch re-sent for an item already on its way (§7.7).
 */
import type { Tenant } from '../../../packages/engine/src/index.js'
import type { LintNote } from './findings.js'
/**
 * Query values sent with a raw `+` before their offset, found on the raw URL because URLSearchParams
 * has already turned them into spaces.
 * @example unencodedPlus('http://h/p?lastChangedFrom=2024-05-15T10:00:00.000+09:00')?.rule // 'unencoded-plus'
 */
export declare function unencodedPlus(rawUrl: string): LintNote | undefined
/**
 * Tokens of a tenant that a token request would get back unchanged (≥ 30 minutes left).
 * @example reusableTokens(engine.tenant()).size // 1 after a first token request
 */
export declare function reusableTokens(tenant: Tenant): Set<string>
/**
 * After a token request: was the answer a token the client already held?
 * @example excessIssuance(reusable, 200, { access_token, expires_in: 10740 })?.rule // 'excess-token-issuance'
 */
export declare function excessIssuance(
  reusable: Set<string>,
  status: number,
  body: unknown,
): LintNote | undefined
/**
 * Before a dispatch: product orders in the body that were dispatched already.
 * @example dispatchResent(tenant, { dispatchProductOrders: [{ productOrderId }] })?.rule // 'dispatch-resent'
 */
export declare function dispatchResent(tenant: Tenant, body: unknown): LintNote | undefined
