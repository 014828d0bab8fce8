/**
 * Builds a whole fixtures file on an emulator: product orders in every state a run needs. The proof test
 * uses it to stand an emulator in for the real sandbox, where a person would place these orders by hand.
 */
import type { Suite } from '../suite.ts'
import { buildOnEmulator, type EmulatorSetup } from './build-on-emulator.ts'
import { fixtureCount, fixtureDemand } from './fixture-demand.ts'
import type { Fixtures } from './fixtures.ts'

/**
 * Product orders for every provider state the suites need, `extra` more of each.
 * @example const fixtures = await buildFixtures(setup, SUITES)
 */
export async function buildFixtures(
  setup: EmulatorSetup,
  suites: readonly Suite[],
  extra = 0,
): Promise<Fixtures> {
  const fixtures: Fixtures = {}
  for (const [name, demand] of fixtureDemand(suites)) {
    const entries = []
    for (let i = 0; i < fixtureCount(demand) + extra; i++) {
      const { productOrderId, orderId } = await buildOnEmulator(setup, name)
      entries.push({ productOrderId, orderId })
    }
    fixtures[name] = entries
  }
  return fixtures
}
