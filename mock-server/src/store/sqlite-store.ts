/**
 * The `--state-file` database: SQLite in WAL mode with `synchronous = FULL` by default, so a committed
 * transaction is on disk (the WAL is flushed) before the response that acknowledges it; `normal` skips
 * that flush (a commit survives a killed process, not an OS crash or power loss). One transaction per
 * request that changed something writes only what changed (engine/src/change-tracker.ts); a kill at any
 * moment leaves the last committed transaction, which SQLite recovers on the next open.
 */

import {
  type ChangeEvent,
  type ChangeSet,
  DeferredProductOrder,
  type ProductOrderRecord,
  type SandboxState,
  STATE_FORMAT,
  STATE_VERSION,
  type StoredSandboxState,
  type StoredTenantState,
  type TenantDelta,
  type TenantState,
} from '@npay-sandbox/engine'
import type { Database, Statement } from 'better-sqlite3'
import { asciiJson as json } from './ascii-json.ts'
import { HistoryStates } from './history-states.ts'
import { loadSqlite, sqliteOptions } from './load-sqlite.ts'
import { prepareSchema } from './schema.ts'

const DATA_TABLES = [
  'merchants',
  'orders',
  'product_orders',
  'changes',
  'reviews',
  'settlement_lines',
  'settled',
  'extensions',
  'tracking_numbers',
] as const
const TENANT_TABLES = DATA_TABLES.filter((t) => t !== 'merchants' && t !== 'tracking_numbers')

const SQL = {
  merchant: `INSERT INTO merchants (client_id, merchant, clock, tokens, settlement_options) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (client_id) DO UPDATE SET merchant = excluded.merchant, clock = excluded.clock,
    tokens = excluded.tokens, settlement_options = coalesce(excluded.settlement_options, settlement_options)`,
  order: `INSERT INTO orders (order_id, client_id, json) VALUES (?, ?, ?)
    ON CONFLICT (order_id) DO UPDATE SET json = excluded.json`,
  productOrder: `INSERT INTO product_orders (product_order_id, order_id, client_id, json, head) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (product_order_id) DO UPDATE SET json = excluded.json, head = excluded.head`,
  productOrderText: 'SELECT json FROM product_orders WHERE product_order_id = ?',
  head: 'UPDATE product_orders SET head = ? WHERE product_order_id = ?',
  change: 'INSERT INTO changes (client_id, product_order_id, json) VALUES (?, ?, ?)',
  review: 'INSERT OR REPLACE INTO reviews (client_id, seq, json) VALUES (?, ?, ?)',
  line: 'INSERT OR REPLACE INTO settlement_lines (client_id, seq, product_order_id, json) VALUES (?, ?, ?, ?)',
  // Upserts keep a row's rowid, so rows come back in the order the engine first stored them.
  settled: `INSERT INTO settled (client_id, product_order_id, json) VALUES (?, ?, ?)
    ON CONFLICT (client_id, product_order_id) DO UPDATE SET json = excluded.json`,
  extension: `INSERT INTO extensions (client_id, name, json) VALUES (?, ?, ?)
    ON CONFLICT (client_id, name) DO UPDATE SET json = excluded.json`,
  trackingSet: `INSERT INTO tracking_numbers (key, order_id) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET order_id = excluded.order_id`,
  trackingDelete: 'DELETE FROM tracking_numbers WHERE key = ?',
  meta: 'INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)',
} as const

type Statements = { [K in keyof typeof SQL]: Statement<unknown[]> }

/**
 * When a commit is on disk: `full` flushes the WAL on every commit (durable against power loss), `normal`
 * leaves the flush to checkpoints (a commit survives `kill -9` of the process, not an OS crash).
 */
export type StateSync = 'full' | 'normal'
export const STATE_SYNCS: readonly StateSync[] = ['full', 'normal']

const syncPragma = (sync: StateSync) => (sync === 'normal' ? 'NORMAL' : 'FULL')

/** SQLite's page cache, in KiB (its default is 2 MB, small against a database of a 100,000-product-order sandbox). */
const CACHE_KIB = 32 * 1024
/** WAL pages (4 KiB) between automatic checkpoints. */
const CHECKPOINT_PAGES = 10_000

interface SavedLedgerShape {
  options?: unknown
  lines?: { seq: number; productOrderId: string }[]
  settled?: [string, unknown][]
}

const compareRows = (a: ChangeEvent, b: ChangeEvent) =>
  a.at - b.at || (a.productOrderId < b.productOrderId ? -1 : a.productOrderId > b.productOrderId ? 1 : 0)

export class SqliteStore {
  private readonly st: Statements
  private readonly states: HistoryStates
  private readonly writeChanges: (changes: ChangeSet, savedAt: number) => void
  /** What each merchant row and `meta.defaultClientId` hold, so a write skips rows that did not change. */
  private readonly written = new Map<string, string>()

  private constructor(
    readonly path: string,
    private readonly db: Database,
    private mode: StateSync,
  ) {
    this.st = Object.fromEntries(
      Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as Statements
    this.states = new HistoryStates(db)
    this.writeChanges = db.transaction((changes: ChangeSet, savedAt: number) => this.apply(changes, savedAt))
  }

  /** How commits reach the disk (`PRAGMA synchronous` of this connection). */
  get sync(): StateSync {
    return this.mode
  }

  set sync(sync: StateSync) {
    this.db.pragma(`synchronous = ${syncPragma(sync)}`)
    this.mode = sync
  }

  /** Opens (creating) the database at `path`; throws for a file that is not ours or is too new. */
  static open(path: string, sync: StateSync = 'full'): SqliteStore {
    const Sqlite = loadSqlite()
    const db = new Sqlite(path, sqliteOptions() as { nativeBinding?: string })
    try {
      db.pragma('journal_mode = WAL')
      db.pragma(`synchronous = ${syncPragma(sync)}`)
      db.pragma(`cache_size = -${CACHE_KIB}`)
      // Checkpoints every ~40 MB of WAL instead of SQLite's 4 MB: a write dirties the same dozen pages
      // (the tails of the tables and their indexes), so a rarer checkpoint copies each of them once for
      // many writes, and fewer writes wait for one. After it the WAL shrinks back to 64 MB at most,
      // instead of staying as large as the largest write (a whole sandbox).
      db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`)
      db.pragma(`journal_size_limit = ${64 * 2 ** 20}`)
      prepareSchema(db, path)
    } catch (error) {
      db.close()
      throw error
    }
    return new SqliteStore(path, db, sync)
  }

  /** Whether the database holds a sandbox yet. */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM merchants LIMIT 1').get() === undefined
  }

  /** Writes one drain of the change tracker in one transaction (durable when this returns). */
  write(changes: ChangeSet, savedAt = Date.now()) {
    try {
      this.writeChanges(changes, savedAt)
    } catch (error) {
      // The transaction rolled back, and with it any history state it inserted and any row remembered.
      this.states.reload()
      this.written.clear()
      throw error
    }
  }

  /** Replaces whatever the database holds with a whole state document. */
  writeAll(state: SandboxState) {
    const defaultClientId = state.tenants.find((t) => t.merchant.isDefault)?.merchant.clientId ?? ''
    this.write(
      {
        all: true,
        replaced: state.tenants,
        deltas: [],
        trackingNumbers: { set: state.usedTrackingNumbers, deleted: [] },
        defaultClientId,
      },
      state.savedAt,
    )
    // A whole sandbox at once leaves a WAL as large as the database: fold it in now.
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  private apply(changes: ChangeSet, savedAt: number) {
    if (changes.all) {
      for (const table of DATA_TABLES) this.db.exec(`DELETE FROM ${table}`)
      this.written.clear()
    }
    for (const tenant of changes.replaced) this.replaceTenant(tenant, !changes.all)
    for (const delta of changes.deltas) this.writeDelta(delta)
    for (const [key, orderId] of changes.trackingNumbers.set) this.st.trackingSet.run(key, orderId)
    for (const key of changes.trackingNumbers.deleted) this.st.trackingDelete.run(key)
    this.st.meta.run('savedAt', String(savedAt))
    if (this.changed('', changes.defaultClientId))
      this.st.meta.run('defaultClientId', changes.defaultClientId)
  }

  /** Whether `key` would now hold `text` for the first time (remembered as written). */
  private changed(key: string, text: string): boolean {
    if (this.written.get(key) === text) return false
    this.written.set(key, text)
    return true
  }

  private replaceTenant(t: TenantState, clear: boolean) {
    const id = t.merchant.clientId
    if (clear)
      for (const table of TENANT_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE client_id = ?`).run(id)
    const { settlement, ...others } = (t.extensions ?? {}) as { settlement?: SavedLedgerShape }
    const [merchant, clock, tokens] = [json(t.merchant), json(t.clock), json(t.tokens)]
    this.written.set(id, `${merchant}\n${clock}\n${tokens}`)
    this.st.merchant.run(id, merchant, clock, tokens, json(settlement?.options ?? null))
    for (const o of t.orders) this.st.order.run(o.order.orderId, id, json(o))
    for (const r of t.productOrders) this.writeProductOrder(id, r)
    for (const row of t.changes) this.st.change.run(id, row.productOrderId, json(row))
    for (const [seq, review] of (t.reviews ?? []).entries()) this.st.review.run(id, seq, json(review))
    for (const line of settlement?.lines ?? [])
      this.st.line.run(id, line.seq, line.productOrderId, json(line))
    for (const [poId, position] of settlement?.settled ?? []) this.st.settled.run(id, poId, json(position))
    for (const [name, value] of Object.entries(others)) this.st.extension.run(id, name, json(value))
  }

  private writeProductOrder(clientId: string, r: ProductOrderRecord) {
    const [text, head] = [this.states.encode(r), this.states.encodeHead(r)]
    this.st.productOrder.run(r.productOrderId, r.orderId, clientId, text, head)
  }

  /**
   * A product order's record, read from its row (the engine reads a deferred product order so, on first
   * use; state-file.ts reads every one still deferred before the file closes).
   */
  readProductOrder(productOrderId: string): ProductOrderRecord {
    const text = this.st.productOrderText.pluck().get(productOrderId) as string | undefined
    if (text === undefined) throw new Error(`product order ${productOrderId} is missing from ${this.path}`)
    return this.states.decode(text)
  }

  private writeDelta(d: TenantDelta) {
    const id = d.clientId
    const options = d.settlementOptions === undefined ? null : json(d.settlementOptions)
    const [merchant, clock, tokens] = [json(d.merchant), json(d.clock), json(d.tokens)]
    // Most writes change orders only: the merchant's row (credentials, clock, tokens) stays as it is.
    if (this.changed(id, `${merchant}\n${clock}\n${tokens}`) || options !== null)
      this.st.merchant.run(id, merchant, clock, tokens, options)
    for (const o of d.orders) this.st.order.run(o.order.orderId, id, json(o))
    for (const r of d.productOrders) this.writeProductOrder(id, r)
    for (const row of d.changes) this.st.change.run(id, row.productOrderId, json(row))
    for (const [i, review] of d.reviews.entries()) this.st.review.run(id, d.reviewsFrom + i, json(review))
    for (const line of d.settlementLines) this.st.line.run(id, line.seq, line.productOrderId, json(line))
    for (const [poId, position] of d.settled) this.st.settled.run(id, poId, json(position))
    for (const [name, value] of d.extensions) this.st.extension.run(id, name, json(value))
  }

  /**
   * The stored sandbox as a state document for `importState(…, { adopt: true })`: fresh objects, its
   * product orders deferred (read from this file on first use, so the file stays open meanwhile).
   */
  load(): StoredSandboxState {
    const tenants = new Map<string, StoredTenantState>()
    const settlements = new Map<string, Required<SavedLedgerShape>>()
    const rows = (sql: string) => this.db.prepare(sql).raw().iterate() as IterableIterator<unknown[]>
    for (const [id, merchant, clock, tokens, options] of rows(
      'SELECT client_id, merchant, clock, tokens, settlement_options FROM merchants ORDER BY position',
    ) as IterableIterator<string[]>) {
      tenants.set(id!, {
        merchant: JSON.parse(merchant!),
        clock: JSON.parse(clock!),
        tokens: JSON.parse(tokens!),
        orders: [],
        productOrders: [],
        changes: [],
        reviews: [],
        extensions: {},
      })
      const parsed = options === null ? null : JSON.parse(options!)
      if (parsed !== null) settlements.set(id!, { options: parsed, lines: [], settled: [] })
    }
    const each = (sql: string, put: (t: StoredTenantState, value: unknown, extra: unknown) => void) => {
      for (const [id, text, extra] of rows(sql)) {
        const tenant = tenants.get(id as string)
        if (tenant) put(tenant, JSON.parse(text as string), extra)
      }
    }
    each('SELECT client_id, json FROM orders ORDER BY position', (t, v) => t.orders.push(v as never))
    this.loadProductOrders(tenants)
    each('SELECT client_id, json FROM changes ORDER BY position', (t, v) => t.changes.push(v as never))
    each('SELECT client_id, json FROM reviews ORDER BY client_id, seq', (t, v) => t.reviews.push(v as never))
    each('SELECT client_id, json, name FROM extensions ORDER BY client_id, name', (t, v, name) => {
      t.extensions![name as string] = v
    })
    const ledger = (
      sql: string,
      put: (s: Required<SavedLedgerShape>, v: unknown, extra: unknown) => void,
    ) => {
      for (const [id, text, extra] of rows(sql)) {
        const s = settlements.get(id as string)
        if (s) put(s, JSON.parse(text as string), extra)
      }
    }
    ledger('SELECT client_id, json FROM settlement_lines ORDER BY client_id, seq', (s, v) =>
      s.lines.push(v as never),
    )
    ledger('SELECT client_id, json, product_order_id FROM settled ORDER BY rowid', (s, v, poId) =>
      s.settled.push([poId as string, v]),
    )
    for (const [id, s] of settlements) tenants.get(id)!.extensions!.settlement = s
    // Rows are stored in the order they were added, which back-dated history (seeds) leaves out of time
    // order; the state document holds them sorted, as the log reads them (a stable sort of that order).
    for (const t of tenants.values()) t.changes.sort(compareRows)
    const meta = new Map(rows('SELECT key, value FROM meta') as IterableIterator<[string, string]>)
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      savedAt: Number(meta.get('savedAt') ?? 0),
      tenants: [...tenants.values()],
      usedTrackingNumbers: [
        ...(rows('SELECT key, order_id FROM tracking_numbers ORDER BY rowid') as IterableIterator<
          [string, string]
        >),
      ],
    }
  }

  /**
   * Product orders as heads whose records are read on first use (`DeferredProductOrder`); a row without
   * a head (schema version 2 or earlier) is read whole, and its head written for the next start.
   */
  private loadProductOrders(tenants: Map<string, StoredTenantState>) {
    const headless: ProductOrderRecord[] = []
    const sql = `SELECT client_id, product_order_id, order_id, head, CASE WHEN head IS NULL THEN json END
      FROM product_orders ORDER BY position`
    for (const [id, poId, orderId, head, text] of this.db.prepare(sql).raw().iterate() as IterableIterator<
      (string | null)[]
    >) {
      const tenant = tenants.get(id!)
      if (!tenant) continue
      if (head === null) {
        const record = this.states.decode(text!)
        tenant.productOrders.push(record)
        headless.push(record)
        continue
      }
      const productOrderId = poId!
      const read = () => this.readProductOrder(productOrderId)
      tenant.productOrders.push(
        new DeferredProductOrder(this.states.decodeHead(head!, productOrderId, orderId!), read),
      )
    }
    if (headless.length)
      this.db.transaction(() => {
        for (const r of headless) this.st.head.run(this.states.encodeHead(r), r.productOrderId)
      })()
  }

  /** Whether the connection is still open. */
  get isOpen(): boolean {
    return this.db.open
  }

  close() {
    if (this.db.open) this.db.close()
  }
}
