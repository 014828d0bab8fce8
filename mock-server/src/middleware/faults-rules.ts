/**
 * Fault rules as the control plane receives them (`PUT /__sandbox/faults`), checked once when they are
 * put so a bad rule is a 400 then, never a surprise on the request it was meant to break.
 */
import { SandboxError } from '@npay-sandbox/engine'
import { GATEWAY_ERRORS, ORDER_ERRORS, SETTLEMENT_ERRORS } from '@npay-sandbox/protocol'
import { profileOfPath, SERVED_PROFILES } from '../registry/profiles.ts'

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
export type FaultRuleInput = Omit<FaultRule, 'id'> & { id?: string | undefined }

/** The longest delay a latency fault may add: long enough to trip any client timeout, never a hang. */
export const MAX_FAULT_LATENCY_MS = 120_000

const OPERATION_IDS = new Set<string>(SERVED_PROFILES.flatMap((p) => p.index.map((op) => op.operationId)))
const bad = (message: string) => new SandboxError(400, 'BAD_REQUEST', message)

/**
 * True for a `GW.*` code of the catalogue.
 * @example isGatewayCode('GW.TIMEOUT.01') // true
 */
export const isGatewayCode = (code: string): code is keyof typeof GATEWAY_ERRORS =>
  Object.hasOwn(GATEWAY_ERRORS, code)
/**
 * True for an order-service or settlement code of the catalogue.
 * @example isBusinessCode('9999') // true
 */
export const isBusinessCode = (code: string): boolean =>
  Object.hasOwn(ORDER_ERRORS, code) || Object.hasOwn(SETTLEMENT_ERRORS, code)

/**
 * Checks rules already shaped by the control-plane schema and fills in ids.
 * @example normaliseRules([{ kind: 'gateway', code: 'GW.TIMEOUT.01', nth: 2 }]) // [{ id: 'r1', … }]
 */
export function normaliseRules(rules: FaultRuleInput[]): FaultRule[] {
  const ids = new Set<string>()
  return rules.map((input, i) => {
    const rule = { ...input, id: input.id ?? `r${i + 1}` } as FaultRule
    const where = `rules[${i}] (${rule.id})`
    if (ids.has(rule.id)) throw bad(`${where}: the rule id is used twice`)
    ids.add(rule.id)
    const triggers = [rule.probability, rule.nth, rule.times].filter((t) => t !== undefined)
    if (triggers.length > 1) throw bad(`${where}: give at most one of probability, nth and times`)
    if (rule.operationId !== undefined && !OPERATION_IDS.has(rule.operationId))
      throw bad(`${where}: unknown operationId ${rule.operationId}`)
    if (rule.path !== undefined && !rule.path.startsWith('/'))
      throw bad(`${where}: path must start with / (a pattern under the API base, e.g. /v1/pay-order/...)`)
    if (rule.kind === 'gateway' && !isGatewayCode(rule.code ?? ''))
      throw bad(`${where}: a gateway fault needs code, one of ${Object.keys(GATEWAY_ERRORS).join(', ')}`)
    if (rule.kind === 'business' && !isBusinessCode(rule.code ?? ''))
      throw bad(`${where}: a business fault needs an order-service or settlement code such as 9999`)
    if (rule.kind === 'latency') checkLatency(rule.latency, where)
    return rule
  })
}

function checkLatency(latency: FaultLatency | undefined, where: string) {
  const d = latency?.distribution ?? 'fixed'
  if (d === 'fixed' && latency?.ms === undefined) throw bad(`${where}: a fixed latency needs latency.ms`)
  if (
    d === 'uniform' &&
    (latency?.minMs === undefined || latency.maxMs === undefined || latency.minMs > latency.maxMs)
  )
    throw bad(`${where}: a uniform latency needs latency.minMs ≤ latency.maxMs`)
  if (d === 'exponential' && latency?.meanMs === undefined)
    throw bad(`${where}: an exponential latency needs latency.meanMs (and caps at maxMs, default 120000)`)
}

/**
 * Draws a delay from a rule's distribution, within [0, MAX_FAULT_LATENCY_MS].
 * @example sampleLatency({ distribution: 'uniform', minMs: 100, maxMs: 200 }, Math.random) // e.g. 137
 */
export function sampleLatency(latency: FaultLatency, random: () => number): number {
  const cap = Math.min(latency.maxMs ?? MAX_FAULT_LATENCY_MS, MAX_FAULT_LATENCY_MS)
  const d = latency.distribution ?? 'fixed'
  const ms =
    d === 'uniform'
      ? latency.minMs! + random() * (latency.maxMs! - latency.minMs!)
      : d === 'exponential'
        ? -latency.meanMs! * Math.log(1 - random())
        : latency.ms!
  return Math.round(Math.max(0, Math.min(ms, cap)))
}

/**
 * Compiles a path pattern: `{name}`/`:name` is one segment, `*` is anything.
 * @example pathMatcher('/v1/pay-order/mall/product-orders/{id}/claim/*').test('/v1/pay-order/mall/product-orders/1/claim/cancel/request') // true
 */
export function pathMatcher(pattern: string): RegExp {
  const relative = profileOfPath(pattern)?.path ?? pattern
  const source = relative
    .split(/(\{[^/{}]+\}|:[^/]+|\*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : /^(\{[^/{}]+\}|:[^/]+)$/.test(part)
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}/?$`)
}
