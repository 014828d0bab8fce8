/**
 * The tables of a `--state-file` database (docs/decisions/0004-durable-state.md; README, Persistence, shows
 * how to query them with `sqlite3`). Records are stored as the state document holds them, one JSON value
 * per row (`json`), so new fields of a record need no new column; a few generated columns name what QA
 * filters by. `PRAGMA user_version` is the schema version: a change adds a step to MIGRATIONS and bumps
 * SCHEMA_VERSION, so a file written by one release opens in the next.
 */
import type { Database } from 'better-sqlite3'

export const SCHEMA_VERSION = 3
/** `meta.format`: what tells our database from any other SQLite file. */
export const STORE_FORMAT = 'npay-sandbox-state'

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE merchants (
  position INTEGER PRIMARY KEY,
  client_id TEXT NOT NULL UNIQUE,
  merchant TEXT NOT NULL,
  clock TEXT NOT NULL,
  tokens TEXT NOT NULL,
  settlement_options TEXT
);
CREATE TABLE orders (
  position INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL UNIQUE,
  client_id TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX orders_by_client ON orders (client_id);
CREATE TABLE product_orders (
  position INTEGER PRIMARY KEY,
  product_order_id TEXT NOT NULL UNIQUE,
  order_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  json TEXT NOT NULL,
  status TEXT GENERATED ALWAYS AS (json ->> '$.productOrder.productOrderStatus') VIRTUAL,
  claim_type TEXT GENERATED ALWAYS AS (json ->> '$.productOrder.claimType') VIRTUAL,
  claim_status TEXT GENERATED ALWAYS AS (
    coalesce(json ->> '$.productOrder.claimStatus', json ->> '$.claim.claimStatus')
  ) VIRTUAL
);
CREATE INDEX product_orders_by_client ON product_orders (client_id);
CREATE INDEX product_orders_by_order ON product_orders (order_id);
CREATE TABLE changes (
  position INTEGER PRIMARY KEY,
  client_id TEXT NOT NULL,
  product_order_id TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX changes_by_client ON changes (client_id);
CREATE TABLE reviews (
  client_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (client_id, seq)
);
CREATE TABLE settlement_lines (
  client_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  product_order_id TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (client_id, seq)
);
CREATE TABLE settled (
  client_id TEXT NOT NULL,
  product_order_id TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (client_id, product_order_id)
);
CREATE TABLE extensions (
  client_id TEXT NOT NULL,
  name TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (client_id, name)
);
CREATE TABLE tracking_numbers (key TEXT PRIMARY KEY, order_id TEXT NOT NULL);
CREATE VIEW claims AS
  SELECT client_id, product_order_id, order_id, claim_type, claim_status, status,
         json -> '$.claim' AS claim, json -> '$.completedClaims' AS completed_claims
  FROM product_orders
  WHERE json ->> '$.claim' IS NOT NULL OR json_array_length(json, '$.completedClaims') > 0;
`

/**
 * Version 2: history entries name their `from`/`to` machine state by id in `history_states`
 * (store/history-states.ts) instead of spelling it out. Rows of version 1 are not rewritten: they read
 * as they are, and each is stored the new way when it next changes. The `history` view joins them back.
 */
const V2 = `
CREATE TABLE history_states (id INTEGER PRIMARY KEY, state TEXT NOT NULL UNIQUE);
CREATE VIEW history AS
  SELECT p.client_id, p.product_order_id, h.key AS step, h.value ->> 'at' AS at, h.value ->> 'event' AS event,
         h.value ->> 'actor' AS actor, h.value ->> 'lastChangedType' AS last_changed_type,
         coalesce(f.state, h.value -> 'from') AS from_state, coalesce(t.state, h.value -> 'to') AS to_state
  FROM product_orders p, json_each(p.json, '$.history') h
  LEFT JOIN history_states f ON f.id = (h.value ->> 'from')
  LEFT JOIN history_states t ON t.id = (h.value ->> 'to');
`

/**
 * Version 3: `product_orders.head` holds what a restart needs of a product order without its record (its
 * machine state by id in `history_states`, milestones, other ids: engine productOrderHead), so the record
 * in `json` is parsed on first use only. Rows of earlier versions have none: they are read whole on the
 * next start, which writes their heads.
 */
const V3 = 'ALTER TABLE product_orders ADD COLUMN head TEXT;'

/** Steps from a schema version to the next, by the version they start from. */
const MIGRATIONS: Record<number, string> = { 1: V2, 2: V3 }

/**
 * Creates the tables in an empty database, or brings an older one up to SCHEMA_VERSION; refuses a file
 * of a newer release or an SQLite file that is not ours.
 */
export function prepareSchema(db: Database, path: string) {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
      n: number
    }
    if (tables.n > 0) throw new Error(`${path} is an SQLite database, but not an npay-sandbox state file`)
    db.transaction(() => {
      db.exec(V1)
      for (let v = 1; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!)
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('format', STORE_FORMAT)
      db.pragma(`user_version = ${SCHEMA_VERSION}`)
    })()
    return
  }
  if (version > SCHEMA_VERSION)
    throw new Error(
      `state file ${path} has schema version ${version}; this emulator reads up to ${SCHEMA_VERSION}: upgrade npay-sandbox`,
    )
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
}
