/** A tenant's bounded request journal: the newest entries, oldest dropped first. */
export interface JournalEntry {
  id: number
  at: string
  method: string
  path: string
  status: number
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
  list(filter: { limit?: number; status?: number; pathContains?: string } = {}): JournalEntry[] {
    const out: JournalEntry[] = []
    for (let i = this.entries.length - 1; i >= 0 && out.length < (filter.limit ?? 100); i--) {
      const e = this.entries[i]!
      if (filter.status !== undefined && e.status !== filter.status) continue
      if (filter.pathContains && !e.path.includes(filter.pathContains)) continue
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
}
