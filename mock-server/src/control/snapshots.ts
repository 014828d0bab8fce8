/**
 * `/__sandbox/merchants/{clientId}/snapshots`: QA saves one merchant, tries things, and puts it back
 * (merchant-snapshot.ts says what a snapshot holds). Snapshots are kept in memory beside the merchant's
 * tenant, so a state import (which builds new tenants) leaves none behind for merchants it replaced.
 */
import { type Engine, SandboxError, type Tenant } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { copyMerchant, type MerchantCopy, restoreMerchant } from './merchant-snapshot.ts'

/** Snapshots a merchant may keep: each is a full copy of its orders, so memory bounds the count. */
export const MAX_SNAPSHOTS = 20

interface Snapshot {
  id: string
  label: string
  at: number
  takenAt: string
  copy: MerchantCopy
}

interface Shelf {
  next: number
  snapshots: Snapshot[]
}

const shelves = new WeakMap<Tenant, Shelf>()

function shelfOf(tenant: Tenant): Shelf {
  let shelf = shelves.get(tenant)
  if (!shelf) {
    shelf = { next: 1, snapshots: [] }
    shelves.set(tenant, shelf)
  }
  return shelf
}

const view = (s: Snapshot) => ({
  id: s.id,
  label: s.label,
  at: formatKst(s.at),
  takenAt: s.takenAt,
  productOrders: s.copy.state.productOrders.length,
  changes: s.copy.state.changes.length,
})

function find(tenant: Tenant, id: string): Snapshot {
  const snapshot = shelfOf(tenant).snapshots.find((s) => s.id === id)
  if (!snapshot) throw new SandboxError(404, 'NOT_FOUND', `merchant ${tenant.clientId} has no snapshot ${id}`)
  return snapshot
}

/**
 * takeSnapshot, listSnapshots, restoreSnapshot and deleteSnapshot.
 * @example mountControl(app, engine, { ...snapshotHandlers(engine), … })
 */
export function snapshotHandlers(engine: Engine) {
  return {
    takeSnapshot: {
      tenant: 'named',
      handle: ({ tenant, body }, c) => {
        const shelf = shelfOf(tenant)
        if (shelf.snapshots.length >= MAX_SNAPSHOTS)
          throw new SandboxError(
            409,
            'SNAPSHOT_LIMIT',
            `merchant ${tenant.clientId} keeps ${MAX_SNAPSHOTS} snapshots already; delete one first`,
          )
        tenant.tick()
        const n = shelf.next++
        const snapshot: Snapshot = {
          id: `snap-${n}`,
          label: body.label?.trim() || `snapshot ${n}`,
          at: tenant.now(),
          takenAt: new Date(engine.options.wallClock()).toISOString(),
          copy: copyMerchant(engine, tenant),
        }
        shelf.snapshots.push(snapshot)
        return json(c, view(snapshot), 201)
      },
    },
    listSnapshots: {
      tenant: 'named',
      handle: ({ tenant }, c) => {
        const snapshots = [...shelfOf(tenant).snapshots].reverse().map(view)
        return json(c, { clientId: tenant.clientId, snapshots, limit: MAX_SNAPSHOTS }, 200)
      },
    },
    restoreSnapshot: {
      tenant: 'named',
      handle: ({ tenant, path }, c) => {
        const snapshot = find(tenant, path.snapshotId)
        restoreMerchant(engine, tenant, snapshot.copy)
        return json(
          c,
          {
            clientId: tenant.clientId,
            restored: view(snapshot),
            now: formatKst(tenant.now()),
            epochMillis: tenant.now(),
            offsetMillis: tenant.clock.offset(),
          },
          200,
        )
      },
    },
    deleteSnapshot: {
      tenant: 'named',
      handle: ({ tenant, path }, c) => {
        const shelf = shelfOf(tenant)
        const snapshot = find(tenant, path.snapshotId)
        shelf.snapshots = shelf.snapshots.filter((s) => s !== snapshot)
        return json(c, { deleted: true, id: snapshot.id }, 200)
      },
    },
  } satisfies ControlHandlers
}
