/**
 * Calendar dates (`yyyy-MM-dd`, the settlement API's date format) and business days. Dates are plain
 * strings on the tenant's KST calendar, so arithmetic never meets a time zone or a DST rule.
 */
import type { SettleCycle } from './options.ts'

const DAY_MS = 86_400_000

const toUtc = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The date `days` calendar days after `date`.
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS)
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2024-05-01', '2024-05-31') // 30
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

/**
 * The last day of the month before the one containing `date`.
 * @example lastDayOfPreviousMonth('2024-03-15') // '2024-02-29'
 */
export function lastDayOfPreviousMonth(date: string): string {
  return addDays(`${date.slice(0, 7)}-01`, -1)
}

/** Weekends and holidays (`yyyy-MM-dd`, or `MM-dd` recurring every year) are not business days. */
export class BusinessCalendar {
  private readonly dated: ReadonlySet<string>
  private readonly yearly: ReadonlySet<string>

  constructor(holidays: readonly string[]) {
    this.dated = new Set(holidays.filter((h) => h.length === 10))
    this.yearly = new Set(holidays.filter((h) => h.length === 5))
  }

  isBusinessDay(date: string): boolean {
    const weekday = new Date(toUtc(date)).getUTCDay()
    return weekday !== 0 && weekday !== 6 && !this.dated.has(date) && !this.yearly.has(date.slice(5))
  }

  /** The first business day on or after `date`. */
  onOrAfter(date: string): string {
    while (!this.isBusinessDay(date)) date = addDays(date, 1)
    return date
  }

  /**
   * `n` business days after `date`, counting from `date` even when it is no business day itself
   * (n = 0: `date` if it is one, else the next).
   * @example new BusinessCalendar([]).addBusinessDays('2024-05-17', 1) // '2024-05-20' (Friday → Monday)
   */
  addBusinessDays(date: string, n: number): string {
    if (n === 0) return this.onOrAfter(date)
    for (let i = 0; i < n; i++) date = this.onOrAfter(addDays(date, 1))
    return date
  }

  /**
   * The expected settlement date of a line whose basis date is `basis`.
   * @example new BusinessCalendar([]).expectedDate('2024-05-15', { kind: 'daily', businessDays: 1 }) // '2024-05-16'
   */
  expectedDate(basis: string, cycle: SettleCycle): string {
    if (cycle.kind === 'daily') return this.addBusinessDays(basis, cycle.businessDays)
    if (cycle.kind === 'weekly') {
      let date = this.addBusinessDays(basis, cycle.businessDays)
      while (new Date(toUtc(date)).getUTCDay() !== cycle.weekday) date = addDays(date, 1)
      return this.onOrAfter(date)
    }
    const next = addDays(`${basis.slice(0, 7)}-28`, 7).slice(0, 7)
    return this.onOrAfter(`${next}-${String(cycle.dayOfMonth).padStart(2, '0')}`)
  }
}
