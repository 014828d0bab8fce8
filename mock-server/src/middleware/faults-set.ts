/**
 * A merchant's fault rules with their counters and seeded PRNG. Kept beside the tenant (not in it) so
 * the engine stays free of HTTP concerns; a WeakMap lets a forgotten tenant take its faults with it.
 */
import { seededRandom, type Tenant } from '@npay-sandbox/engine'
import { type FaultRule, pathMatcher, sampleLatency } from './faults-rules.ts'

/** What the rules decided for one request: delays to add, then at most one fault that answers it. */
export interface FaultDecision {
  latencyMs: number
  delayedBy: string[]
  answer: FaultRule | undefined
}

interface RuleState {
  rule: FaultRule
  path: RegExp | undefined
  matched: number
  fired: number
}

/**
 * One tenant's rules, their counters and the PRNG behind probabilities and latency draws.
 * @example new FaultSet(1, normaliseRules([{ kind: 'gateway', code: 'GW.BLOCK.02', times: 1 }])).decide({ method: 'GET', path: '/v1/x', operationId: undefined })
 */
export class FaultSet {
  private readonly states: RuleState[]
  private readonly random: () => number

  constructor(
    readonly seed: number,
    rules: readonly FaultRule[],
  ) {
    this.random = seededRandom(seed)
    this.states = rules.map((rule) => ({
      rule,
      path: rule.path === undefined ? undefined : pathMatcher(rule.path),
      matched: 0,
      fired: 0,
    }))
  }

  /** Counts the request against every rule in order until one answers it (see putFaults). */
  decide(request: { method: string; path: string; operationId: string | undefined }): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, delayedBy: [], answer: undefined }
    for (const s of this.states) {
      if (!matches(s, request)) continue
      s.matched++
      if (!this.fires(s)) continue
      s.fired++
      if (s.rule.kind === 'latency') {
        decision.latencyMs += sampleLatency(s.rule.latency ?? {}, this.random)
        decision.delayedBy.push(s.rule.id)
        continue
      }
      decision.answer = s.rule
      break
    }
    return decision
  }

  private fires(s: RuleState): boolean {
    const { probability, nth, times } = s.rule
    if (probability !== undefined) return this.random() < probability
    if (nth !== undefined) return s.matched === nth
    if (times !== undefined) return s.fired < times
    return true
  }

  /** The rules with their counters, as `GET /__sandbox/faults` shows them. */
  view(clientId: string) {
    return {
      clientId,
      seed: this.seed,
      rules: this.states.map((s) => ({ ...s.rule, matched: s.matched, fired: s.fired })),
    }
  }
}

function matches(
  s: RuleState,
  r: { method: string; path: string; operationId: string | undefined },
): boolean {
  const { method, operationId } = s.rule
  if (method !== undefined && method !== '*' && method.toUpperCase() !== r.method) return false
  if (operationId !== undefined && operationId !== r.operationId) return false
  return s.path === undefined || s.path.test(r.path)
}

const sets = new WeakMap<Tenant, FaultSet>()

/**
 * The fault set of a tenant (empty until rules are put).
 * @example faultSetOf(engine.tenant(), 1).decide({ method: 'GET', path: '/v1/pay-order/mall/reviews', operationId: 'getReviews' })
 */
export function faultSetOf(tenant: Tenant, defaultSeed: number): FaultSet {
  let set = sets.get(tenant)
  if (!set) {
    set = new FaultSet(defaultSeed, [])
    sets.set(tenant, set)
  }
  return set
}

/**
 * Replaces a tenant's rules; counters and the PRNG start again.
 * @example putFaultSet(engine.tenant(), 7, normaliseRules([{ kind: 'drop', nth: 2 }]))
 */
export function putFaultSet(tenant: Tenant, seed: number, rules: readonly FaultRule[]): FaultSet {
  const set = new FaultSet(seed, rules)
  sets.set(tenant, set)
  return set
}
