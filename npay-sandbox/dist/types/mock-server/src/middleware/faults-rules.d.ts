import { GATEWAY_ERRORS } from '../../../packages/protocol/src/index.js'
export type FaultKind = 'gateway' | 'business' | 'latency' | 'drop' | 'expire-token'
export interface FaultLatency {
  distribution?: 'fixed' | 'uniform' | 'exponential'
  ms?: number
  minMs?: number
  maxMs?: number
  meanMs?: number
}
/** One rule: what to match, when to fire, what to do. */
export interface FaultRule {
  id: string
  method?: string
  path?: string
  operationId?: string
  kind: FaultKind
  code?: string
  latency?: FaultLatency
  headers?: Record<string, string>
  probability?: number
  nth?: number
  times?: number
}
/** A rule as put, before ids are filled in. */
export type FaultRuleInput = Omit<FaultRule, 'id'> & {
  id?: string | undefined
}
/** The longest delay a latency fault may add: long enough to trip any client timeout, never a hang. */
export declare const MAX_FAULT_LATENCY_MS = 120000
/**
 * True for a `GW.*` code of the catalogue.
 * @example isGatewayCode('GW.TIMEOUT.01') // true
 */
export declare const isGatewayCode: (code: string) => code is keyof typeof GATEWAY_ERRORS
/**
 * True for an order-service or settlement code of the catalogue.
 * @example isBusinessCode('9999') // true
 */
export declare const isBusinessCode: (code: string) => boolean
/**
 * Checks rules already shaped by the control-plane schema and fills in ids.
 * @example normaliseRules([{ kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 2 }]) // [{ id: 'r1', … }]
 */
export declare function normaliseRules(rules: FaultRuleInput[]): FaultRule[]
/**
 * Draws a delay from a rule's distribution, within [0, MAX_FAULT_LATENCY_MS].
 * @example sampleLatency({ distribution: 'uniform', minMs: 100, maxMs: 200 }, Math.random) // e.g. 137
 */
export declare function sampleLatency(latency: FaultLatency, random: () => number): number
/**
 * Compiles a path pattern: `{name}`/`:name` is one segment, `*` is anything.
 * @example pathMatcher('/v1/pay-order/mall/product-orders/{id}/claim/*').test('/v1/pay-order/mall/product-orders/1/claim/cancel/request') // true
 */
export declare function pathMatcher(pattern: string): RegExp
