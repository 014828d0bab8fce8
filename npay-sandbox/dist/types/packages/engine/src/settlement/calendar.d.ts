/**
 * Calendar dates (`yyyy-MM-dd`, the settlement API's date format) and business days. Dates are plain
 * strings on the tenant's KST calendar, so arithmetic never meets a time zone or a DST rule.
 */
import type { SettleCycle } from './options.js'
/**
 * The date `days` calendar days after `date`.
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export declare function addDays(date: string, days: number): string
/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2024-05-01', '2024-05-31') // 30
 */
export declare function daysBetween(from: string, to: string): number
/**
 * The last day of the month before the one containing `date`.
 * @example lastDayOfPreviousMonth('2024-03-15') // '2024-02-29'
 */
export declare function lastDayOfPreviousMonth(date: string): string
/** Weekends and holidays (`yyyy-MM-dd`, or `MM-dd` recurring every year) are not business days. */
export declare class BusinessCalendar {
  private readonly dated
  private readonly yearly
  constructor(holidays: readonly string[])
  isBusinessDay(date: string): boolean
  /** The first business day on or after `date`. */
  onOrAfter(date: string): string
  /**
   * `n` business days after `date`, counting from `date` even when it is no business day itself
   * (n = 0: `date` if it is one, else the next).
   * @example new BusinessCalendar([]).addBusinessDays('2024-05-17', 1) // '2024-05-20' (Friday → Monday)
   */
  addBusinessDays(date: string, n: number): string
  /**
   * The expected settlement date of a line whose basis date is `basis`.
   * @example new BusinessCalendar([]).expectedDate('2024-05-15', { kind: 'daily', businessDays: 1 }) // '2024-05-16'
   */
  expectedDate(basis: string, cycle: SettleCycle): string
}
