/**
 * `/__sandbox/state`: the whole sandbox as one document, out and back in (engine/src/persistence.ts).
 * The export is sent in pieces (engine/src/state-chunks.ts), never as one string, so its size is not
 * capped by the longest string V8 can hold; every piece is taken at once, while no request can change the
 * sandbox, so the document is consistent.
 */
import type { Engine } from '@npay-sandbox/engine'
import { jsonChunks, SandboxError } from '@npay-sandbox/engine'
import type { Context } from 'hono'
import type { AppEnv } from '../env.ts'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/** Bytes per piece of the streamed export. */
const PIECE_CHARS = 1 << 16

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
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let buffer = ''
      for (const piece of pieces) {
        buffer += piece
        if (buffer.length < PIECE_CHARS) continue
        controller.enqueue(encoder.encode(buffer))
        buffer = ''
      }
      if (buffer) controller.enqueue(encoder.encode(buffer))
      controller.close()
    },
  })
  return c.newResponse(body, 200, { 'Content-Type': 'application/json; charset=utf-8' })
}
