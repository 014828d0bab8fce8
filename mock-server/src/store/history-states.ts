/**
 * The machine states in product orders' histories, stored once each (table `history_states`). A
 * lifecycle product order holds ~11 history entries with a `from` and a `to` state, and a sandbox has
 * only a dozen or two distinct states: in memory the engine shares one frozen object per state
 * (machine/transition.ts), but as JSON every entry spelled both out, which was ~16 % of a record's text,
 * two objects per entry to parse and keep on a restart. Rows store a state's id instead; a row of schema
 * version 1 (states spelled out) still reads, its states shared the same way. The codec also writes
 * blocks a record repeats once (shared-blocks.ts) and text as ASCII (ascii-json.ts).
 */
import { type ProductOrderHead, type ProductOrderRecord, productOrderHead } from '@npay-sandbox/engine'
import type { Database, Statement } from 'better-sqlite3'
import { asciiJson } from './ascii-json.ts'
import { restoreSharedBlocks, withSharedBlocks } from './shared-blocks.ts'

type HistoryEntry = ProductOrderRecord['history'][number]
type State = HistoryEntry['to']
type StoredEntry = Omit<HistoryEntry, 'from' | 'to'> & { from: number | 'new' | State; to: number | State }
type StoredHead = Omit<ProductOrderHead, 'productOrderId' | 'orderId' | 'state'> & { state: number }

export class HistoryStates {
  /** By identity, for the engine's shared states (and the ones read back). */
  private byObject = new WeakMap<object, number>()
  /** By JSON text, for states that are equal without being the same object (an imported document). */
  private readonly byText = new Map<string, number>()
  private readonly states: State[] = []
  /** States met in rows of schema version 1 and not (yet) in the table. */
  private readonly unstored = new Map<string, State>()
  private readonly insert: Statement<[number, string]>

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO history_states (id, state) VALUES (?, ?)')
    this.reload()
  }

  /** Reads the table again (after a write that rolled back, whose new ids are not in it). */
  reload() {
    // Ids handed out in a transaction that rolled back are not in the table: forget them all.
    this.byObject = new WeakMap()
    this.byText.clear()
    this.unstored.clear()
    this.states.length = 0
    const rows = this.db.prepare('SELECT id, state FROM history_states ORDER BY id').raw().iterate()
    for (const [id, text] of rows as IterableIterator<[number, string]>) this.remember(id, text)
  }

  /** The row text of a product order: its history's states as ids (new ones inserted, in the caller's transaction). */
  encode(record: ProductOrderRecord): string {
    const history: StoredEntry[] = record.history.map((entry) => ({
      ...entry,
      from: entry.from === 'new' ? 'new' : this.idOf(entry.from),
      to: this.idOf(entry.to),
    }))
    return asciiJson({ ...withSharedBlocks(record), history })
  }

  /** A product order from its row text, its history's states the shared objects. */
  decode(text: string): ProductOrderRecord {
    const record = JSON.parse(text) as Omit<ProductOrderRecord, 'history'> & { history: StoredEntry[] }
    for (const entry of record.history) {
      if (entry.from !== 'new') entry.from = this.stateOf(entry.from)
      entry.to = this.stateOf(entry.to)
    }
    return restoreSharedBlocks(record as ProductOrderRecord)
  }

  /** The row's `head` text: the head's state by id, its milestones and other ids (ids of its row aside). */
  encodeHead(record: ProductOrderRecord): string {
    const { state, times, ids } = productOrderHead(record)
    return asciiJson({ state: this.idOf(state), times, ids })
  }

  /** A head from its row's `head` text and ids, its state the shared object. */
  decodeHead(text: string, productOrderId: string, orderId: string): ProductOrderHead {
    const { state, times, ids } = JSON.parse(text) as StoredHead
    return { productOrderId, orderId, state: this.stateOf(state), times, ids }
  }

  private idOf(state: State): number {
    const known = this.byObject.get(state)
    if (known !== undefined) return known
    const text = JSON.stringify(state)
    let id = this.byText.get(text)
    if (id === undefined) {
      id = this.states.length
      this.insert.run(id, text)
      this.remember(id, text)
    }
    this.byObject.set(state, id)
    return id
  }

  private stateOf(stored: number | State): State {
    if (typeof stored === 'number') {
      const state = this.states[stored]
      if (!state) throw new Error(`history state ${stored} is missing from table history_states`)
      return state
    }
    // A row of schema version 1 spelled the state out: share one object per distinct state all the same.
    const text = JSON.stringify(stored)
    const id = this.byText.get(text)
    if (id !== undefined) return this.states[id]!
    let state = this.unstored.get(text)
    if (!state) {
      state = Object.freeze(stored)
      this.unstored.set(text, state)
    }
    return state
  }

  private remember(id: number, text: string) {
    const state = Object.freeze(JSON.parse(text)) as State
    this.states[id] = state
    this.byText.set(text, id)
    this.byObject.set(state, id)
  }
}
