/**
 * Request bodies a merchant would send for each action, filled with realistic Korean text. Seeds send
 * them through the engine's own action functions, so they meet the same checks as API requests.
 */
import type { MerchantAction, ProductOrderRecord } from '../../../packages/engine/src/index.js'
import type { ClaimKind } from '../builders/catalogue.js'
import type { KoreanFaker } from '../builders/fake.js'
export interface BodyOptions {
  now: number
  record: ProductOrderRecord
  fake: KoreanFaker
  /** Units to cancel or return; the whole remaining quantity when omitted. */
  quantity?: number | undefined
  /** Days the dispatch deadline moves by on `delayDispatch`. */
  delayDays?: number | undefined
}
type ActBody = Record<string, unknown>
/**
 * The body of one single-item merchant action.
 * @example actionBody('rejectReturn', { now, record, fake }) // { rejectReturnReason: '…' }
 */
export declare function actionBody(action: MerchantAction, o: BodyOptions): ActBody
/** The input of a buyer claim event: a reason and the buyer's own words. */
export declare function buyerClaimInput(
  fake: KoreanFaker,
  kind: ClaimKind,
  quantity?: number,
): {
  quantity?: number | undefined
  reason: string
  detailedReason: string
}
