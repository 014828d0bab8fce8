/** Which transition rows a merchant's traffic went through, read from its product orders' history. */
import type { Tenant } from '@npay-sandbox/engine'

/**
 * How often each row of the state table (by id) fired for the product orders of `tenants`.
 * @example rowCounts([engine.tenant()]).get('N8') // number of dispatches
 */
export function rowCounts(tenants: Iterable<Tenant>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const tenant of tenants)
    for (const record of tenant.productOrderRecords())
      for (const entry of record.history) counts.set(entry.rowId, (counts.get(entry.rowId) ?? 0) + 1)
  return counts
}

/** Adds `more` into `into`, for coverage over several sessions. */
export function mergeCounts(
  into: Map<string, number>,
  more: ReadonlyMap<string, number>,
): Map<string, number> {
  for (const [key, n] of more) into.set(key, (into.get(key) ?? 0) + n)
  return into
}

/**
 * Business codes in the bodies of API responses: per-item `failProductOrderInfos[].code` and the
 * `code` of error envelopes. Gateway codes (`GW.*`) are not state-machine outcomes and are left out.
 * @example errorCodesIn({ data: { failProductOrderInfos: [{ code: '9999' }] } }) // ['9999']
 */
export function errorCodesIn(body: unknown): string[] {
  if (!body || typeof body !== 'object') return []
  const b = body as { code?: unknown; data?: { failProductOrderInfos?: { code?: unknown }[] } }
  const codes: string[] = []
  if (typeof b.code === 'string' && !b.code.startsWith('GW.')) codes.push(b.code)
  for (const fail of b.data?.failProductOrderInfos ?? [])
    if (typeof fail.code === 'string') codes.push(fail.code)
  return codes
}
