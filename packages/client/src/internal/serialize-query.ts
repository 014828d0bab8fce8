/**
 * Query strings as the API expects them: arrays as repeated keys, every value percent-encoded so the
 * `+` of `+09:00` travels as `%2B` (a bare `+` would arrive as a space and fail validation). `:` is
 * left readable, as RFC 3986 allows in a query, so date-times read `…000%2B09:00` in logs and journals.
 * Absent (`undefined`/`null`) values and empty arrays are left out.
 * @example serializeQuery({ from: '2024-06-07T19:00:00.000+09:00', productOrderStatuses: ['PAYED', 'DELIVERING'] })
 * // 'from=2024-06-07T19:00:00.000%2B09:00&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING'
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const pairs: string[] = []
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      if (item === undefined || item === null) continue
      pairs.push(`${encode(name)}=${encode(scalar(name, item))}`)
    }
  }
  return pairs.join('&')
}

function scalar(name: string, value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  throw new TypeError(`query parameter ${name} must be a string, number or boolean (or an array of them)`)
}

function encode(text: string): string {
  return encodeURIComponent(text).replaceAll('%3A', ':')
}
