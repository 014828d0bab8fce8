/** `/__sandbox/state`: the whole sandbox as one document, out and back in (engine/src/persistence.ts). */
import type { Engine } from '@npay-sandbox/engine'
import { SandboxError } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/**
 * exportState and importState.
 * @example mountControl(app, engine, { ...stateHandlers(engine), … })
 */
export function stateHandlers(engine: Engine) {
  return {
    exportState: { tenant: 'none', handle: (_input, c) => json(c, engine.exportState(), 200) },
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
