/**
 * A canonical, byte-stable export of one merchant's state: its orders with their product orders (as
 * the API shows them, plus the transition history) and the whole change log. Two engines that went
 * through the same transitions export the same bytes, which is how seed determinism is tested.
 */
import { type Tenant } from '../../packages/engine/src/index.js'
/**
 * The state of a merchant as canonical JSON text (sorted keys, two-space indent, KST date-times).
 * @example
 * const a = exportTenant(seeded(1).tenant()); const b = exportTenant(seeded(1).tenant())
 * a === b // true
 */
export declare function exportTenant(tenant: Tenant): string
