/** Every named seed, and `applySeed`: run one on a merchant of an engine and report what it created. */
import { describeState, type Engine, SandboxError, stateOf } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { KoreanFaker } from '../builders/fake.ts'
import { busyShop } from './busy-shop.ts'
import { PATH_SEEDS } from './catalogue.ts'
import { SeedDriver, SeedStepError } from './driver.ts'
import type { SeedContext, SeedDefinition, SeedOutput, SeedResult } from './types.ts'

/** Every named seed, in the order `npay-sandbox scenarios` lists them. */
export const SEEDS: readonly SeedDefinition[] = [...PATH_SEEDS, busyShop]

/** At most this many orders per application, so one request cannot occupy a server for long. */
export const MAX_SEED_COUNT = 100_000

export interface ApplySeedOptions {
  /** Merchant to seed; the default merchant when omitted. */
  clientId?: string | undefined
  /** Orders to create (default: the seed's own, 1 for single-state seeds, 200 for busy-shop). */
  count?: number | undefined
  /** Seed of the fake data (default 1). */
  seed?: number | undefined
  params?: Readonly<Record<string, unknown>> | undefined
  /** Called as orders are finished, `done` of `total`. */
  onProgress?: ((done: number, total: number) => void) | undefined
}

/**
 * The seed named `name`, or a 404 `SandboxError` listing the names.
 * @example findSeed('return-on-holdback').promise // { productOrderStatus: 'DELIVERED', … }
 */
export function findSeed(name: string): SeedDefinition {
  const seed = SEEDS.find((s) => s.name === name)
  if (!seed) {
    throw new SandboxError(404, 'NOT_FOUND', `no scenario named ${name}`, {
      scenarios: SEEDS.map((s) => s.name),
    })
  }
  return seed
}

const bad = (message: string) => new SandboxError(400, 'BAD_REQUEST', message)

function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw bad(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`)
  return value
}

/** Checks the parameters against the seed's declaration and fills in defaults. */
export function resolveParams(seed: SeedDefinition, given: Readonly<Record<string, unknown>> = {}) {
  const known = new Set(seed.params.map((p) => p.name))
  const unknown = Object.keys(given).filter((k) => !known.has(k))
  if (unknown.length > 0)
    throw bad(
      `${seed.name} has no parameter ${unknown.join(', ')} (it takes: ${[...known].join(', ') || 'none'})`,
    )
  const params: Record<string, number> = {}
  for (const p of seed.params) params[p.name] = integer(p.name, given[p.name] ?? p.default, p.min, p.max)
  const problem = seed.validate?.(params)
  if (problem) throw bad(problem)
  return params
}

/**
 * Runs a named seed on one merchant of `engine`, through the engine's own transitions.
 * @example
 * const engine = createEngine({ seed: 1, clock: 'frozen' })
 * const result = applySeed(engine, 'return-on-holdback', { count: 2 })
 * result.productOrderIds // two product orders, each DELIVERED · OK · RETURN/COLLECT_DONE · holdback HOLDBACK
 */
export function applySeed(engine: Engine, name: string, options: ApplySeedOptions = {}): SeedResult {
  const definition = findSeed(name)
  const count = integer('count', options.count ?? definition.defaultCount, 1, MAX_SEED_COUNT)
  const seed = integer('seed', options.seed ?? 1, -(2 ** 31), 2 ** 31 - 1)
  const params = resolveParams(definition, options.params)
  const tenant = engine.tenant(options.clientId)
  tenant.tick()
  const from = tenant.now()
  const driver = new SeedDriver(engine, tenant, new KoreanFaker(seed), {
    ...(params.delayDays === undefined ? {} : { delayDays: params.delayDays }),
  })
  const output = runSeed(definition, {
    driver,
    count,
    params,
    progress: (done) => options.onProgress?.(done, count),
  })
  const states: Record<string, number> = {}
  for (const id of output.productOrderIds) {
    const label = describeState(stateOf(tenant.productOrder(id)!))
    states[label] = (states[label] ?? 0) + 1
  }
  return {
    scenario: name,
    clientId: tenant.clientId,
    seed,
    count,
    params,
    orders: output.orders,
    productOrderIds: output.productOrderIds,
    states,
    refused: output.refused ?? 0,
    clock: { from: formatKst(from), to: formatKst(tenant.now()) },
  }
}

/** A refused step means the path does not fit the merchant's state: a 409, never an internal error. */
function runSeed(definition: SeedDefinition, ctx: SeedContext): SeedOutput {
  try {
    return definition.run(ctx)
  } catch (error) {
    if (error instanceof SeedStepError)
      throw new SandboxError(409, 'SEED_STEP_REFUSED', `${definition.name}: ${error.message}`)
    throw error
  }
}
