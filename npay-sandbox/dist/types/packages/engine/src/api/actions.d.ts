import type { Schemas } from '../../../schema/src/index.js'
import type { MerchantAction } from '../machine/events.js'
import type { Tenant } from '../tenant.js'
export type ClaimActionResult = Schemas['ClaimActionResult']
export type Owner = (productOrderId: string) => Tenant | undefined
export declare function confirm(
  tenant: Tenant,
  ids: readonly string[],
  ownerOf: Owner,
): Schemas['ConfirmResult']
export declare function dispatch(
  tenant: Tenant,
  items: readonly Schemas['DispatchProductOrder'][],
  ownerOf: Owner,
  usedTracking: Map<string, string>,
): ClaimActionResult
/** One of the single-item actions (delay and the claim actions) with its body already schema-valid. */
export declare function act(
  tenant: Tenant,
  action: Exclude<MerchantAction, 'confirmProductOrders' | 'dispatchProductOrders'>,
  id: string,
  body: Record<string, unknown>,
  ownerOf: Owner,
): ClaimActionResult
