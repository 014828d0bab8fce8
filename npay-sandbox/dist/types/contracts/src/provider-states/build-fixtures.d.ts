/**
 * Builds a whole fixtures file on an emulator: product orders in every state a run needs. The proof test
 * uses it to stand an emulator in for the real sandbox, where a person would place these orders by hand.
 */
import type { Suite } from '../suite.js'
import { type EmulatorSetup } from './build-on-emulator.js'
import type { Fixtures } from './fixtures.js'
/**
 * Product orders for every provider state the suites need, `extra` more of each.
 * @example const fixtures = await buildFixtures(setup, SUITES)
 */
export declare function buildFixtures(
  setup: EmulatorSetup,
  suites: readonly Suite[],
  extra?: number,
): Promise<Fixtures>
