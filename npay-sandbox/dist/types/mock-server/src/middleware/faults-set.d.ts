/**
 * A merchant's fault rules with their counters and seeded PRNG. Kept beside the tenant (not in it) so
 * the engine stays free of HTTP concerns; a WeakMap lets a forgotten tenant take its faults with it.
 */
import { type Tenant } from '../../../packages/engine/src/index.js'
import { type FaultRule } from './faults-rules.js'
/** What the rules decided for one request: delays to add, then at most one fault that answers it. */
export interface FaultDecision {
  latencyMs: number
  delayedBy: string[]
  answer: FaultRule | undefined
}
/**
 * One tenant's rules, their counters and the PRNG behind probabilities and latency draws.
 * @example new FaultSet(1, normaliseRules([{ kind: 'gateway', code: 'GW.BLOCK.02', times: 1 }])).decide({ method: 'GET', path: '/v1/x', operationId: undefined })
 */
export declare class FaultSet {
  readonly seed: number
  private readonly states
  private readonly random
  constructor(seed: number, rules: readonly FaultRule[])
  /** Counts the request against every rule in order until one answers it (see putFaults). */
  decide(request: { method: string; path: string; operationId: string | undefined }): FaultDecision
  private fires
  /** The rules with their counters, as `GET /__sandbox/faults` shows them. */
  view(clientId: string): {
    clientId: string
    seed: number
    rules: {
      matched: number
      fired: number
      id: string
      method?: string
      path?: string
      operationId?: string
      kind: import('./faults-rules.js').FaultKind
      code?: string
      latency?: import('./faults-rules.js').FaultLatency
      headers?: Record<string, string>
      probability?: number
      nth?: number
      times?: number
    }[]
  }
}
/**
 * The fault set of a tenant (empty until rules are put).
 * @example faultSetOf(engine.tenant(), 1).decide({ method: 'GET', path: '/v1/pay-order/mall/reviews', operationId: 'getReviews' })
 */
export declare function faultSetOf(tenant: Tenant, defaultSeed: number): FaultSet
/**
 * Replaces a tenant's rules; counters and the PRNG start again.
 * @example putFaultSet(engine.tenant(), 7, normaliseRules([{ kind: 'drop', nth: 2 }]))
 */
export declare function putFaultSet(tenant: Tenant, seed: number, rules: readonly FaultRule[]): FaultSet
