import type { ScenarioSession } from './session.js'
/**
 * Every lastChangedType of `productOrderId` since `from`, oldest first.
 * @example await changesOf(session, id, start, now) // ['PAYED', 'DISPATCHED']
 */
export declare function changesOf(
  session: ScenarioSession,
  productOrderId: string,
  from: number,
  now: number,
): Promise<string[]>
