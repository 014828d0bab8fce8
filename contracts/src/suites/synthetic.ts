/**
 * Ids that cannot belong to anyone, for checks that must fail before any product order is touched
 * (size limits, unknown ids). They are dated 1999, before the REST API existed; they are not fixtures.
 */

/**
 * `n` distinct 16-digit product order ids that no merchant has.
 * @example syntheticIds(2) // ['1999010100000000', '1999010100000001']
 */
export function syntheticIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(1_999_010_100_000_000 + i))
}

/**
 * One id that no merchant has.
 * @example syntheticId() // '1999010100000000'
 */
export function syntheticId(): string {
  return String(1_999_010_100_000_000)
}
