/** A tenant's bounded request journal: the newest entries, oldest dropped first. */

/**
 * Who sent a request: the merchant's own code (`integration`), the QA dashboard (it says so in a header),
 * or a test or script driving the control plane (`control`).
 */
export type JournalSource = 'integration' | 'dashboard' | 'control'

export interface JournalFilter {
  limit?: number
  status?: number
  pathContains?: string
  /** Only entries from these sources; all sources when absent. */
  sources?: readonly JournalSource[]
  /** Only entries whose path, query or bodies name this product order. */
  productOrderId?: string
}

export interface JournalEntry {
  id: number
  at: string
  method: string
  path: string
  status: number
  source: JournalSource
  code?: string
  latencyMillis: number
  clientId?: string
  diagnostic?: string
  request: { headers: Record<string, string>; query: Record<string, string>; body?: unknown }
  response: { headers: Record<string, string>; body?: unknown }
}

export class Journal {
  private entries: JournalEntry[] = []
  private nextId = 1

  constructor(private readonly capacity = 500) {}

  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = { id: this.nextId++, ...entry }
    this.entries.push(full)
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity)
    return full
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = []
    for (let i = this.entries.length - 1; i >= 0 && out.length < (filter.limit ?? 100); i--) {
      const e = this.entries[i]!
      if (filter.status !== undefined && e.status !== filter.status) continue
      if (filter.pathContains && !e.path.includes(filter.pathContains)) continue
      if (filter.sources && !filter.sources.includes(e.source)) continue
      if (filter.productOrderId && !names(e, filter.productOrderId)) continue
      out.push(e)
    }
    return out
  }

  get(id: number): JournalEntry | undefined {
    return this.entries.find((e) => e.id === id)
  }

  clear() {
    this.entries = []
  }

  /**
   * Puts back entries listed earlier (oldest first) with their ids, after the tenant's data was replaced;
   * later entries are numbered after the highest of them.
   * @example const kept = journal.list({ limit: Infinity }).reverse(); journal.clear(); journal.restore(kept)
   */
  restore(entries: readonly JournalEntry[]) {
    this.entries = entries.slice(-this.capacity)
    this.nextId = Math.max(this.nextId, ...entries.map((e) => e.id + 1))
  }
}

/** Whether a request touched a product order: its id in the path, the query or either body. */
function names(e: JournalEntry, productOrderId: string): boolean {
  if (e.path.includes(productOrderId)) return true
  if (Object.values(e.request.query).some((v) => v.includes(productOrderId))) return true
  const text = (body: unknown) => (typeof body === 'string' ? body : JSON.stringify(body ?? ''))
  return text(e.request.body).includes(productOrderId) || text(e.response.body).includes(productOrderId)
}
