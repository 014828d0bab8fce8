/**
 * Ids that cannot belong to anyone, for checks that must fail before any product order is touched
 * (size limits, unknown ids). They are dated 1999, before the REST API existed; they are not fixtures.
 */
/**
 * `n` distinct 16-digit product order ids that no merchant has.
 * @example syntheticIds(2) // ['1999010100000000', '1999010100000001']
 */
export declare function syntheticIds(n: number): string[]
/**
 * One id that no merchant has.
 * @example syntheticId() // '1999010100000000'
 */
export declare function syntheticId(): string
