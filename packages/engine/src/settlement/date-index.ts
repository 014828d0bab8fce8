/**
 * Lines bucketed by one of their `yyyy-MM-dd` dates, so a query for a day or a range costs the rows it
 * returns, not the whole history. Buckets keep append (seq) order.
 */
import { addDays, daysBetween } from './calendar.ts'

export class DateIndex<T> {
  private readonly buckets = new Map<string, T[]>()

  add(date: string | null, item: T) {
    if (date === null) return
    const bucket = this.buckets.get(date)
    if (bucket) bucket.push(item)
    else this.buckets.set(date, [item])
  }

  on(date: string): readonly T[] {
    return this.buckets.get(date) ?? []
  }

  /**
   * The non-empty days from `start` to `end` inclusive, ascending. Walks the days of the range or the
   * index's keys, whichever is shorter, so an absurd range stays cheap.
   */
  daysBetween(start: string, end: string): string[] {
    const span = daysBetween(start, end)
    if (span < 0) return []
    if (span + 1 > this.buckets.size) {
      return [...this.buckets.keys()].filter((d) => d >= start && d <= end).sort()
    }
    const days: string[] = []
    for (let d = start; d <= end; d = addDays(d, 1)) if (this.buckets.has(d)) days.push(d)
    return days
  }

  clear() {
    this.buckets.clear()
  }
}
