/**
 * A tenant's virtual clock. `flowing` follows real time plus an offset (what a running server uses);
 * `frozen` stands still until advanced (what deterministic seeds and tests use).
 */
export type ClockMode = 'flowing' | 'frozen'

export class VirtualClock {
  private offsetMs = 0
  private frozenAt: number
  /** A reading held for a moment (see `pin`), whatever the mode. */
  private pinnedAt: number | undefined

  constructor(
    readonly mode: ClockMode,
    start: number,
    private readonly wall: () => number = Date.now,
  ) {
    this.frozenAt = start
    if (mode === 'flowing') this.offsetMs = start - wall()
  }

  now(): number {
    return this.pinnedAt ?? this.running()
  }

  /** The reading without a pin: where the clock really is. */
  private running(): number {
    return this.mode === 'frozen' ? this.frozenAt : this.wall() + this.offsetMs
  }

  /**
   * Makes the clock read `at` (not after its real reading) until the returned function is called: how a
   * seed lays down history that already happened, through the same code a request at that instant runs.
   * @example const unpin = clock.pin(clock.now() - 86_400_000); try { … } finally { unpin() }
   */
  pin(at: number): () => void {
    if (this.pinnedAt !== undefined) throw new Error('the clock is pinned already')
    if (!Number.isFinite(at) || at > this.running()) throw new RangeError('a pinned reading lies in the past')
    this.pinnedAt = at
    return () => {
      this.pinnedAt = undefined
    }
  }

  /** How far the virtual time is ahead of (or behind) the wall clock. */
  offset(): number {
    return this.running() - this.wall()
  }

  /** The clock's state, to restore it after a restart: a flowing clock keeps its offset. */
  save(): { mode: ClockMode; now: number; offsetMs: number } {
    return { mode: this.mode, now: this.running(), offsetMs: this.offsetMs }
  }

  restore(saved: { mode: ClockMode; now: number; offsetMs: number }) {
    if (this.mode === 'frozen') this.frozenAt = saved.now
    else this.offsetMs = saved.mode === 'flowing' ? saved.offsetMs : saved.now - this.wall()
  }

  /** Starts again at `start`, as a new clock would (a merchant's reset). */
  restart(start: number) {
    this.frozenAt = start
    if (this.mode === 'flowing') this.offsetMs = start - this.wall()
  }

  /**
   * Moves the clock up to `at` if it reads earlier: a step of a product order that had to land after its
   * previous step in the same millisecond (machine/apply.ts) is never ahead of the clock, so a window
   * ending at now sees its row and a delay counted from it falls due after the same `advance` as from now.
   * A pinned clock stays where it is pinned.
   * @example clock.catchUp(clock.now() + 2) // the frozen clock now reads 2 ms later
   */
  catchUp(at: number) {
    if (this.pinnedAt === undefined && at > this.running()) this.advance(at - this.running())
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward')
    if (this.pinnedAt !== undefined) throw new Error('a pinned clock does not move')
    if (this.mode === 'frozen') this.frozenAt += ms
    else this.offsetMs += ms
    return this.now()
  }
}

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
}

/**
 * Parses durations like `8d`, `90m`, `1h30m`, `250ms` or a number of milliseconds.
 * @example parseDuration('1h30m') // 5400000
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text)
  const re = /(\d+)(ms|s|m|h|d|w)/gy
  let total = 0
  let consumed = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * UNIT_MS[m[2]!]!
    consumed = re.lastIndex
  }
  return consumed === text.length && consumed > 0 ? total : undefined
}
