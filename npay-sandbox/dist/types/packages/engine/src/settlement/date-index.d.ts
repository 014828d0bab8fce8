export declare class DateIndex<T> {
  private readonly buckets
  add(date: string | null, item: T): void
  on(date: string): readonly T[]
  /**
   * The non-empty days from `start` to `end` inclusive, ascending. Walks the days of the range or the
   * index's keys, whichever is shorter, so an absurd range stays cheap.
   */
  daysBetween(start: string, end: string): string[]
  clear(): void
}
