/**
 * Per-merchant state that a layer above the engine owns (the HTTP app's faults, lint findings and
 * rate-limit buckets): the engine keeps it in the tenant, forgets it on reset and carries it in the
 * state document as JSON, without knowing what it means. HTTP concerns stay out of the engine; only
 * their owner reads them.
 */
import type { ResolvedEngineOptions } from './options.ts'

/**
 * One kind of extension state: how to make it fresh, save it as JSON and read it back.
 * @example
 * const VISITS = defineTenantExtension({
 *   name: 'visits',
 *   create: () => ({ count: 0 }),
 *   save: (v) => v,
 *   load: (saved) => ({ count: Number((saved as { count?: number }).count ?? 0) }),
 * })
 * tenant.extension(VISITS).count++
 */
export interface TenantExtension<T> {
  /** Key in the state document's `extensions`; one kind per name. */
  readonly name: string
  /** Fresh state: a new merchant, after a reset, or a state document without it. */
  create(options: ResolvedEngineOptions): T
  /** JSON-safe form for the state document. */
  save(value: T): unknown
  /** Rebuilds what `save` wrote; throws a TypeError saying why for anything else. */
  load(saved: unknown, options: ResolvedEngineOptions): T
}

/**
 * Declares an extension kind (identity function that fixes `T`).
 * @example export const FAULT_SET = defineTenantExtension({ name: 'faults', create, save, load })
 */
export function defineTenantExtension<T>(extension: TenantExtension<T>): TenantExtension<T> {
  return extension
}

/** One tenant's extension values, created on first use; saved data waits until its kind asks for it. */
export class TenantExtensions {
  private readonly live = new Map<string, { kind: TenantExtension<unknown>; value: unknown }>()
  private pending = new Map<string, unknown>()

  constructor(private readonly options: ResolvedEngineOptions) {}

  get<T>(kind: TenantExtension<T>): T {
    const entry = this.live.get(kind.name)
    if (entry) {
      if (entry.kind !== kind) throw new Error(`two tenant extension kinds are named ${kind.name}`)
      return entry.value as T
    }
    return this.set(kind, this.loadPending(kind))
  }

  set<T>(kind: TenantExtension<T>, value: T): T {
    this.pending.delete(kind.name)
    this.live.set(kind.name, { kind: kind as TenantExtension<unknown>, value })
    return value
  }

  /**
   * Saved data of a kind nobody registered when it was imported was never checked: if it cannot be read,
   * the merchant starts with fresh state rather than failing every later request.
   */
  private loadPending<T>(kind: TenantExtension<T>): T {
    if (!this.pending.has(kind.name)) return kind.create(this.options)
    try {
      return kind.load(this.pending.get(kind.name), this.options)
    } catch {
      return kind.create(this.options)
    }
  }

  /** Every value's saved form by name, with saved data no kind has asked for yet passed through. */
  save(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this.pending)
    for (const [name, { kind, value }] of this.live) out[name] = kind.save(value)
    return out
  }

  /** Replaces everything with saved data, read when each kind first asks for it. */
  restore(saved: Record<string, unknown>) {
    this.live.clear()
    this.pending = new Map(Object.entries(saved))
  }

  clear() {
    this.live.clear()
    this.pending.clear()
  }
}
