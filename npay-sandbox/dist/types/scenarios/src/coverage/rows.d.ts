/** Which transition rows a merchant's traffic went through, read from its product orders' history. */
import type { Tenant } from '../../../packages/engine/src/index.js'
/**
 * How often each row of the state table (by id) fired for the product orders of `tenants`.
 * @example rowCounts([engine.tenant()]).get('N8') // number of dispatches
 */
export declare function rowCounts(tenants: Iterable<Tenant>): Map<string, number>
/** Adds `more` into `into`, for coverage over several sessions. */
export declare function mergeCounts(
  into: Map<string, number>,
  more: ReadonlyMap<string, number>,
): Map<string, number>
/**
 * Business codes in the bodies of API responses: per-item `failProductOrderInfos[].code` and the
 * `code` of error envelopes. Gateway codes (`GW.*`) are not state-machine outcomes and are left out.
 * @example errorCodesIn({ data: { failProductOrderInfos: [{ code: '9999' }] } }) // ['9999']
 */
export declare function errorCodesIn(body: unknown): string[]
