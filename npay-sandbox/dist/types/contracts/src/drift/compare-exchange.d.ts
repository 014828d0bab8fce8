/** The differences between a recorded exchange and the replayed one at the same place in a case. */
import type { Exchange } from '../exchange/types.js'
import type { Difference } from './types.js'

type Found = Omit<Difference, 'caseId' | 'exchange'>
/** Error codes an exchange carries: the body's `code` on failure, and per-item codes of batch results. */
export declare function errorCodes(exchange: Exchange): string[]
/**
 * Compares one pair of scrubbed exchanges. With `shapeOnly`, key sets and enum values are not compared
 * (the case reads whatever data the target holds), except values the document does not know.
 * @example compareExchange(recorded, replayed, false) // [{ kind: 'status', recorded: '200', replayed: '400', … }]
 */
export declare function compareExchange(recorded: Exchange, replayed: Exchange, shapeOnly: boolean): Found[]
