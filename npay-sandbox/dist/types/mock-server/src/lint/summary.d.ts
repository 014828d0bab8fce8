/** The lint summary `npay-sandbox start` prints when it stops: per merchant, each rule once with its advice. */
import type { Engine } from '../../../packages/engine/src/index.js'
/**
 * Plain-text summary of every merchant's lint findings.
 * @example console.log(lintSummary(sandbox.engine)) // 'client lint: no findings'
 */
export declare function lintSummary(engine: Engine): string
