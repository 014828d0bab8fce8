import type { RunReport } from '../runner/types.js'
import { type Cassette } from './cassette.js'
/**
 * Writes one cassette per case that ran, and the manifest. Returns the files written.
 * @example await writeCassettes('cassettes/sandbox', report)
 */
export declare function writeCassettes(dir: string, report: RunReport): Promise<string[]>
/**
 * Reads every cassette under a folder (the manifest and other JSON files are ignored).
 * @example const cassettes = await readCassettes('cassettes/sandbox')
 */
export declare function readCassettes(dir: string): Promise<Cassette[]>
