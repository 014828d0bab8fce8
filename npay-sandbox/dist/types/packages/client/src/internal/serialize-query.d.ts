/**
 * Query strings as the API expects them: arrays as repeated keys, every value percent-encoded so the
 * `+` of `+09:00` travels as `%2B` (a bare `+` would arrive as a space and fail validation). `:` is
 * left readable, as RFC 3986 allows in a query, so date-times read `…000%2B09:00` in logs and journals.
 * Absent (`undefined`/`null`) values and empty arrays are left out.
 * @example serializeQuery({ from: '2024-06-07T19:00:00.000+09:00', productOrderStatuses: ['PAYED', 'DELIVERING'] })
 * // 'from=2024-06-07T19:00:00.000%2B09:00&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING'
 */
export declare function serializeQuery(query: Record<string, unknown>): string
