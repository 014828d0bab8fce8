/**
 * A tenant's virtual clock. `flowing` follows real time plus an offset (what a running server uses);
 * `frozen` stands still until advanced (what deterministic seeds and tests use).
 */
export type ClockMode = 'flowing' | 'frozen'
export declare class VirtualClock {
  readonly mode: ClockMode
  private readonly wall
  private offsetMs
  private frozenAt
  constructor(mode: ClockMode, start: number, wall?: () => number)
  now(): number
  /** How far the virtual time is ahead of (or behind) the wall clock. */
  offset(): number
  /** The clock's state, to restore it after a restart: a flowing clock keeps its offset. */
  save(): {
    mode: ClockMode
    now: number
    offsetMs: number
  }
  restore(saved: { mode: ClockMode; now: number; offsetMs: number }): void
  advance(ms: number): number
}
/**
 * Parses durations like `8d`, `90m`, `1h30m`, `250ms` or a number of milliseconds.
 * @example parseDuration('1h30m') // 5400000
 */
export declare function parseDuration(value: string | number): number | undefined
