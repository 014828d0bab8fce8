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
  request: {
    headers: Record<string, string>
    query: Record<string, string>
    body?: unknown
  }
  response: {
    headers: Record<string, string>
    body?: unknown
  }
}
export declare class Journal {
  private readonly capacity
  private entries
  private nextId
  constructor(capacity?: number)
  add(entry: Omit<JournalEntry, 'id'>): JournalEntry
  /** Newest first. */
  list(filter?: { limit?: number; status?: number; pathContains?: string }): JournalEntry[]
  get(id: number): JournalEntry | undefined
  clear(): void
}
