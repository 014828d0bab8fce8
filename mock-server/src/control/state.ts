/**
 * `/__sandbox/state`: the whole sandbox as one document, out and back in (engine/src/persistence.ts).
 * The export is streamed in pieces (engine/src/state-chunks.ts, state-stream.ts), never as one string, so
 * its size is not capped by the longest string V8 can hold nor held in memory; every piece is taken in one
 * synchronous pass, while no request can change the sandbox, so the document is consistent. The import
 * reads its body whole (it is parsed into the records the engine keeps anyway).
 */
import type { Engine } from '@npay-sandbox/engine'
import { jsonChunks, SandboxError } from '@npay-sandbox/engine'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { streamPieces } from './state-stream.ts'

/**
 * exportState and importState.
 * @example mountControl(app, engine, { ...stateHandlers(engine), … })
 */
export function stateHandlers(engine: Engine) {
  return {
    exportState: { tenant: 'none', handle: (_input, c) => streamed(c, jsonChunks(engine.exportState())) },
    importState: {
      tenant: 'none',
      handle: ({ body }, c) => {
        try {
          engine.importState(body)
        } catch (error) {
          throw new SandboxError(400, 'BAD_REQUEST', error instanceof Error ? error.message : String(error))
        }
        return json(c, { imported: true, merchants: engine.merchants().length }, 200)
      },
    },
  } satisfies ControlHandlers
}

function streamed(c: Context<AppEnv>, pieces: Iterable<string>): Response {
  return c.newResponse(streamPieces(pieces), 200, { 'Content-Type': 'application/json; charset=utf-8' })
}
