/** KST date-time handling (facts §4.5): output always `yyyy-MM-ddTHH:mm:ss.SSS+09:00`. */
/**
 * Formats an instant as the API prints it: KST, three fraction digits, `+09:00`.
 * @example formatKst(0) // '1970-01-01T09:00:00.000+09:00'
 */
export declare function formatKst(epochMs: number): string
/**
 * Formats the KST calendar date of an instant.
 * @example formatKstDate(Date.UTC(2024, 0, 1, 15)) // '2024-01-02'
 */
export declare function formatKstDate(epochMs: number): string
/** Why a date-time string was refused. */
export type DateTimeProblem = 'format' | 'millis' | 'range'
/**
 * Parses a request date-time: an offset is required, 1–3 fraction digits are accepted
 * (`requireMillis` refuses a missing fraction). Returns epoch milliseconds or the problem.
 * @example parseDateTime('2024-05-15T10:00:00.000+09:00') // { ok: true, epochMs: 1715734800000 }
 */
export declare function parseDateTime(
  text: string,
  options?: {
    requireMillis?: boolean
  },
):
  | {
      ok: true
      epochMs: number
    }
  | {
      ok: false
      problem: DateTimeProblem
    }
/**
 * Parses a `yyyy-MM-dd` date as the instant of KST midnight that starts it, or undefined.
 * @example parseKstDate('2024-01-02') // Date.UTC(2024, 0, 1, 15)
 */
export declare function parseKstDate(text: string): number | undefined
/**
 * The instant of KST midnight starting the day that contains `epochMs`.
 * @example kstDayStart(Date.UTC(2024, 0, 1, 16)) === Date.UTC(2024, 0, 1, 15)
 */
export declare function kstDayStart(epochMs: number): number
/**
 * `yyyyMMdd` of the KST day of an instant, the prefix of order ids.
 * @example kstCompactDate(0) // '19700101'
 */
export declare function kstCompactDate(epochMs: number): string
