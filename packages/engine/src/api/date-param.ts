/** Date-time parameters of the order API (facts §4.5). */
import { NpayError, parseDateTime } from '@npay-sandbox/protocol'

/** Parses a date-time parameter or fails with 400 4000 naming it. */
export function dateParam(name: string, value: string): number {
  const parsed = parseDateTime(value)
  if (parsed.ok) return parsed.epochMs
  const why =
    parsed.problem === 'millis'
      ? 'milliseconds (1–3 fraction digits) are required'
      : parsed.problem === 'range'
        ? 'the date does not exist'
        : "expected yyyy-MM-dd'T'HH:mm:ss.SSS+09:00 (encode '+' as %2B in a query string)"
  throw NpayError.order('4000', {
    invalidInputs: [{ name, type: 'typeMismatch', message: `${name}: ${value}` }],
    diagnostic: `${name} "${value}" is not a valid date-time: ${why}`,
  })
}
