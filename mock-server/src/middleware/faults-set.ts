/**
 * A merchant's fault rules with their counters and seeded PRNG. The tenant holds them as opaque
 * extension state (the engine knows nothing of HTTP faults), so a reset clears them and the state
 * document carries them.
 */
import { defineTenantExtension, seededRandom, type Tenant } from '@npay-sandbox/engine'
import {
  type FaultRule,
  type FaultRuleInput,
  normaliseRules,
  pathMatcher,
  sampleLatency,
} from './faults-rules.ts'

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

/** What the state document keeps of a fault set: the PRNG is replayed from its seed and draw count. */
export interface SavedFaultSet {
  seed: number
  draws: number
  rules: { rule: FaultRule; matched: number; fired: number }[]
}

/**
 * One tenant's rules, their counters and the PRNG behind probabilities and latency draws.
 * @example new FaultSet(1, normaliseRules([{ kind: 'gateway', code: 'GW.BLOCK.02', times: 1 }])).decide({ method: 'GET', path: '/v1/x', operationId: undefined })
 */
export class FaultSet {
  private readonly states: RuleState[]
  private readonly next: () => number
  private draws = 0

  constructor(
    readonly seed: number,
    rules: readonly FaultRule[],
  ) {
    this.next = seededRandom(seed)
    this.states = rules.map((rule) => ({
      rule,
      path: rule.path === undefined ? undefined : pathMatcher(rule.path),
      matched: 0,
      fired: 0,
    }))
  }

  private readonly random = () => {
    this.draws++
    return this.next()
  }

  save(): SavedFaultSet {
    return {
      seed: this.seed,
      draws: this.draws,
      rules: this.states.map(({ rule, matched, fired }) => ({ rule, matched, fired })),
    }
  }

  /** Reads what `save` wrote, checking the rules as `PUT /__sandbox/faults` does. */
  static load(saved: unknown): FaultSet {
    const s = saved as Partial<SavedFaultSet> | null
    if (!s || !Number.isInteger(s.seed) || !Number.isInteger(s.draws) || !Array.isArray(s.rules))
      throw new TypeError('a fault set needs seed, draws and rules')
    const rules = normaliseRules(s.rules.map((r) => r?.rule as FaultRuleInput))
    const set = new FaultSet(s.seed!, rules)
    for (const [i, state] of set.states.entries()) {
      state.matched = Number(s.rules[i]?.matched) || 0
      state.fired = Number(s.rules[i]?.fired) || 0
    }
    for (let i = 0; i < s.draws!; i++) set.random()
    return set
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

/**
 * A merchant's fault set as tenant extension state: empty, seeded with the engine's seed, until rules
 * are put; saved under `extensions.faults`.
 * @example engine.useTenantExtension(FAULT_SET)
 */
export const FAULT_SET = defineTenantExtension<FaultSet>({
  name: 'faults',
  create: (options) => new FaultSet(options.seed, []),
  save: (set) => set.save(),
  load: (saved) => FaultSet.load(saved),
})

/**
 * The fault set of a tenant (empty until rules are put).
 * @example faultSetOf(engine.tenant()).decide({ method: 'GET', path: '/v1/pay-order/mall/reviews', operationId: 'getReviews' })
 */
export function faultSetOf(tenant: Tenant): FaultSet {
  return tenant.extension(FAULT_SET)
}

/**
 * Replaces a tenant's rules; counters and the PRNG start again.
 * @example putFaultSet(engine.tenant(), 7, normaliseRules([{ kind: 'drop', nth: 2 }]))
 */
export function putFaultSet(tenant: Tenant, seed: number, rules: readonly FaultRule[]): FaultSet {
  return tenant.replaceExtension(FAULT_SET, new FaultSet(seed, rules))
}
