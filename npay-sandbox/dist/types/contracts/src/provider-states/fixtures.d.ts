import { type ProviderStateName } from './definitions.js'
/** One product order of a fixtures file; `orderId` is looked up through the API when absent. */
export interface FixtureEntry {
  productOrderId: string
  orderId?: string
}
/** Product orders by provider state. */
export type Fixtures = Partial<Record<ProviderStateName, FixtureEntry[]>>
/**
 * Checks a parsed fixtures file. Unknown state names are refused, so a typo cannot silently skip cases.
 * Keys starting with `$` (e.g. `$comment`) are ignored.
 * @example parseFixtures({ 'a paid product order': ['2024060712345678'] })
 */
export declare function parseFixtures(value: unknown, source?: string): Fixtures
/**
 * Reads and checks a fixtures file.
 * @example const fixtures = await readFixtures('contracts.fixtures.json')
 */
export declare function readFixtures(file: string): Promise<Fixtures>
