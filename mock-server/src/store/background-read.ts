/**
 * After a restart, reads the product orders still deferred to the state file (engine
 * DeferredProductOrder) while the server is otherwise idle: a few milliseconds at a time between
 * other work, so a request waits at most one slice, and the first walk over every product order (the
 * dashboard's order list, an export) no longer pays for all of them at once. Stops when the file is
 * closed or every record is read; never keeps the process alive.
 */
import type { Engine } from '@npay-sandbox/engine'

/** How long one slice may hold the event loop. */
export const SLICE_MS = 4

/**
 * @example readInBackground(engine, () => storeIsOpen)
 */
export function readInBackground(engine: Engine, open: () => boolean) {
  const records = everyRecord(engine)
  const slice = () => {
    if (!open()) return
    const until = performance.now() + SLICE_MS
    try {
      while (performance.now() < until) if (records.next().done) return
    } catch {
      // A record that cannot be read now is read (and fails) when a request asks for it, with its reason.
      return
    }
    setImmediate(slice).unref()
  }
  setImmediate(slice).unref()
}

/**
 * Every product order of every merchant: walking it reads each record still deferred to the file.
 * @example for (const _ of everyRecord(engine));
 */
export function* everyRecord(engine: Engine) {
  for (const tenant of engine.tenantList()) yield* tenant.productOrderRecords()
}
