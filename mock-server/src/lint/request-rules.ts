/**
 * Lint rules that look at one request: an unencoded `+` in a date-time (facts §4.5), a token requested
 * while the current one is still good (§3.5), and a dispatch re-sent for an item already on its way (§7.7).
 */
import type { Tenant } from '@npay-sandbox/engine'
import { TOKEN_REUSE_THRESHOLD_SECONDS } from '@npay-sandbox/protocol'
import type { LintNote } from './findings.ts'

/** A date-time whose offset sign survived as a literal `+` (percent-decoding leaves `+` alone). */
const PLUS_OFFSET = /\d{2}:\d{2}(:\d{2}(\.\d+)?)?\+\d{2}(:?\d{2})?$/

/**
 * Query values sent with a raw `+` before their offset, found on the raw URL because URLSearchParams
 * has already turned them into spaces.
 * @example unencodedPlus('http://h/p?lastChangedFrom=2024-05-15T10:00:00.000+09:00')?.rule // 'unencoded-plus'
 */
export function unencodedPlus(rawUrl: string): LintNote | undefined {
  const search = rawUrl.split('#')[0]!.split('?').slice(1).join('?')
  const names: string[] = []
  for (const pair of search.split('&')) {
    const [name = '', value = ''] = pair.split('=', 2)
    if (!value.includes('+')) continue
    let decoded: string
    try {
      decoded = decodeURIComponent(value)
    } catch {
      continue
    }
    if (PLUS_OFFSET.test(decoded)) names.push(name)
  }
  if (names.length === 0) return undefined
  return {
    rule: 'unencoded-plus',
    message: `${names.join(', ')} carries a raw + before its offset (+09:00); in a query string + means a space, so the server reads "… 09:00" and refuses the value`,
    advice:
      'Percent-encode query values (URLSearchParams or encodeURIComponent): send the offset as %2B09:00, e.g. 2024-05-15T10:00:00.000%2B09:00.',
  }
}

/**
 * Tokens of a tenant that a token request would get back unchanged (≥ 30 minutes left).
 * @example reusableTokens(engine.tenant()).size // 1 after a first token request
 */
export function reusableTokens(tenant: Tenant): Set<string> {
  const now = tenant.now()
  return new Set(
    tenant.tokens
      .saved()
      .filter((t) => t.expiresAt - now >= TOKEN_REUSE_THRESHOLD_SECONDS * 1000)
      .map((t) => t.value),
  )
}

/**
 * After a token request: was the answer a token the client already held?
 * @example excessIssuance(reusable, 200, { access_token, expires_in: 10740 })?.rule // 'excess-token-issuance'
 */
export function excessIssuance(reusable: Set<string>, status: number, body: unknown): LintNote | undefined {
  const token = (body as { access_token?: unknown; expires_in?: unknown } | null)?.access_token
  if (status !== 200 || typeof token !== 'string' || !reusable.has(token)) return undefined
  const left = Number((body as { expires_in?: unknown }).expires_in)
  return {
    rule: 'excess-token-issuance',
    message: `a token was requested while the current one still had ${Math.floor(left / 60)} min left (≥ 30 min), so the same token came back`,
    advice:
      'Cache the access token and reuse it until fewer than 30 minutes remain (track expires_in), or after a 401 GW.AUTHN; the real gateway counts needless issuance and answers 429 GW.QUOTA_LIMIT.',
  }
}

const SHIPPED = new Set(['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'])

/**
 * Before a dispatch: product orders in the body that were dispatched already.
 * @example dispatchResent(tenant, { dispatchProductOrders: [{ productOrderId }] })?.rule // 'dispatch-resent'
 */
export function dispatchResent(tenant: Tenant, body: unknown): LintNote | undefined {
  const items = (body as { dispatchProductOrders?: unknown } | null)?.dispatchProductOrders
  if (!Array.isArray(items)) return undefined
  const shipped: string[] = []
  for (const item of items.slice(0, 1000)) {
    const id = (item as { productOrderId?: unknown } | null)?.productOrderId
    const status =
      typeof id === 'string' ? tenant.productOrder(id)?.productOrder.productOrderStatus : undefined
    if (status && SHIPPED.has(status)) shipped.push(`${id} (${status})`)
  }
  if (shipped.length === 0) return undefined
  return {
    rule: 'dispatch-resent',
    message: `dispatch was sent again for ${shipped.slice(0, 10).join(', ')}${shipped.length > 10 ? ` and ${shipped.length - 10} more` : ''}, already dispatched`,
    advice:
      'Store each dispatch result (successProductOrderIds) and never send dispatch twice for a product order: the real API answers 9999 and no API corrects a tracking number after dispatch.',
  }
}
