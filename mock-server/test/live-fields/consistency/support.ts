/** What the consistency checks share: the check shape, date reading, claim blocks, labels. */
import type { LiveData, Loose } from '../live-data.ts'

/** Which engineer's area a check measures (see the report): A order fields, B claim/delivery logistics, C timelines, E settlement. */
export type Area = 'A' | 'B' | 'C' | 'E'

/** One consistency rule: where it comes from, and the violations it finds (empty = holds). */
export interface Check {
  area: Area
  name: string
  /** The facts section or docs page the expectation is taken from. */
  source: string
  run(live: LiveData): string[]
}

/** Epoch millis of a KST date-time string, or undefined when absent. */
export const ms = (value: unknown): number | undefined =>
  typeof value === 'string' && value !== '' ? Date.parse(value) : undefined

/** `2024051512345678 DELIVERED/RETURN/COLLECT_DONE` — how a violation names its product order. */
export function label(detail: Loose): string {
  const po = detail.productOrder
  return [
    po.productOrderId,
    [po.productOrderStatus, po.claimType, po.claimStatus].filter(Boolean).join('/'),
  ].join(' ')
}

/** A claim block of a detail and where it sits. */
export interface ClaimBlock {
  where: string
  kind: 'cancel' | 'return' | 'exchange'
  claim: Loose
}

const KIND_OF_TYPE: Record<string, ClaimBlock['kind']> = {
  CANCEL: 'cancel',
  ADMIN_CANCEL: 'cancel',
  RETURN: 'return',
  EXCHANGE: 'exchange',
}

/** The claim kind a claimType reports in (`ADMIN_CANCEL` in a cancel block). */
export const kindOfType = (claimType: string | undefined) => (claimType ? KIND_OF_TYPE[claimType] : undefined)

/**
 * Every claim block of a detail: currentClaim's, beforeClaim.exchange and completedClaims[] (typed by
 * their claimType). The deprecated top-level copies are left out (a separate check compares them).
 */
export function claimBlocks(detail: Loose): ClaimBlock[] {
  const out: ClaimBlock[] = []
  for (const kind of ['cancel', 'return', 'exchange'] as const) {
    const claim = detail.currentClaim?.[kind]
    if (claim) out.push({ where: `currentClaim.${kind}`, kind, claim })
  }
  if (detail.beforeClaim?.exchange)
    out.push({ where: 'beforeClaim.exchange', kind: 'exchange', claim: detail.beforeClaim.exchange })
  for (const [i, claim] of (detail.completedClaims ?? []).entries()) {
    const kind = kindOfType(claim.claimType)
    if (kind) out.push({ where: `completedClaims[${i}]`, kind, claim })
  }
  return out
}

/** Runs `rule` on every detail and collects its violations, each prefixed with the product order. */
export function perDetail(live: LiveData, rule: (detail: Loose) => (string | false | undefined)[]): string[] {
  return [...live.details.values()].flatMap((d) =>
    rule(d)
      .filter((v): v is string => typeof v === 'string')
      .map((v) => `${label(d)}: ${v}`),
  )
}

/** Details grouped by orderId. */
export function byOrder(live: LiveData): Map<string, Loose[]> {
  const out = new Map<string, Loose[]>()
  for (const d of live.details.values()) out.set(d.order.orderId, [...(out.get(d.order.orderId) ?? []), d])
  return out
}
