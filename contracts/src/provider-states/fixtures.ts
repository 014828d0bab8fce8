/**
 * The fixtures file of the `sandbox` target: product orders that already are in named provider states
 * on the real host (placed by a person through the sandbox buy button, then moved by hand), since the
 * real API cannot create orders.
 *
 * ```json
 * { "a paid product order": ["2024060712345678", "2024060712345679"],
 *   "a delivered product order with a return request": [{ "productOrderId": "2024060700000001", "orderId": "2024060700000000" }] }
 * ```
 */
import { readFile } from 'node:fs/promises'
import { isRecord } from '../internal/json.ts'
import { isProviderStateName, PROVIDER_STATES, type ProviderStateName } from './definitions.ts'

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
export function parseFixtures(value: unknown, source = 'the fixtures file'): Fixtures {
  if (!isRecord(value)) throw new TypeError(`${source} must be a JSON object of provider state → ids`)
  const fixtures: Fixtures = {}
  for (const [name, entries] of Object.entries(value)) {
    if (name.startsWith('$')) continue
    if (!isProviderStateName(name)) {
      const known = Object.keys(PROVIDER_STATES).map((n) => `  "${n}"`)
      throw new TypeError(`${source}: unknown provider state "${name}". Known states:\n${known.join('\n')}`)
    }
    if (!Array.isArray(entries)) throw new TypeError(`${source}: "${name}" must be an array`)
    fixtures[name] = entries.map((entry, i) => toEntry(entry, `${source}: "${name}"[${i}]`))
  }
  return fixtures
}

function toEntry(entry: unknown, where: string): FixtureEntry {
  if (typeof entry === 'string' && entry !== '') return { productOrderId: entry }
  if (isRecord(entry) && typeof entry.productOrderId === 'string' && entry.productOrderId !== '') {
    if (entry.orderId !== undefined && typeof entry.orderId !== 'string') {
      throw new TypeError(`${where}: orderId must be a string`)
    }
    return typeof entry.orderId === 'string'
      ? { productOrderId: entry.productOrderId, orderId: entry.orderId }
      : { productOrderId: entry.productOrderId }
  }
  throw new TypeError(`${where} must be a productOrderId string or { productOrderId, orderId? }`)
}

/**
 * Reads and checks a fixtures file.
 * @example const fixtures = await readFixtures('contracts.fixtures.json')
 */
export async function readFixtures(file: string): Promise<Fixtures> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`cannot read the fixtures file ${file}: ${(error as Error).message}`)
  }
  try {
    return parseFixtures(JSON.parse(text), file)
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${file} is not JSON: ${error.message}`)
    throw error
  }
}
