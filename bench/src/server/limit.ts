/**
 * The physical limit of a read call: a bare Hono app on @hono/node-server that answers the emulator's own
 * captured answer, parsed once and serialised again per request (`c.json` runs `JSON.stringify`), so the
 * serialisation and the socket write of the same bytes are in it and nothing else is. It reads the
 * request body, as any server of the call must.
 */
import { readFile } from 'node:fs/promises'
import { BASE_PATH } from '@npay-sandbox/protocol'
import { Hono } from 'hono'
import { listenBare, type RunningServer } from './baseline.ts'
import { LAST_CHANGED_PATH, type LimitBodies, QUERY_PATH } from './protocol.ts'

export async function startLimit(bodiesFile: string): Promise<RunningServer> {
  const bodies = JSON.parse(await readFile(bodiesFile, 'utf8')) as LimitBodies
  const app = new Hono()
  app.post(BASE_PATH + QUERY_PATH, async (c) => {
    await c.req.json()
    return c.json(bodies.query as object)
  })
  app.get(BASE_PATH + LAST_CHANGED_PATH, (c) => c.json(bodies.lastChanged as object))
  return listenBare(app)
}
