/**
 * Dates a transition writes must follow what caused them, even on a frozen clock where several actions
 * share one instant: a holdback is set after its claim was requested, released after it was set, an
 * item collected after it was picked up.
 */

/** A KST date-time or epoch milliseconds, or nothing (a cause that did not happen). */
export type Cause = string | number | undefined

function millis(cause: Cause): number {
  if (cause === undefined) return Number.NEGATIVE_INFINITY
  return typeof cause === 'number' ? cause : Date.parse(cause)
}

/**
 * `at`, or the first millisecond after the latest cause when `at` would not be after it.
 * @example after(t, claim.claimRequestDate) // > claimRequestDate, ≥ t
 */
export function after(at: number, ...causes: Cause[]): number {
  let latest = Number.NEGATIVE_INFINITY
  for (const cause of causes) latest = Math.max(latest, millis(cause))
  return Math.max(at, latest + 1)
}
