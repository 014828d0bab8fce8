import type { Engine } from '@npay-sandbox/engine'
import { SandboxError } from '@npay-sandbox/engine'
import { json } from '../respond.ts'
import type { Register } from './index.ts'

export function stateRoutes(register: Register, engine: Engine) {
  register('GET', '/__sandbox/state', 'exportState', (c) => json(c, engine.exportState(), 200))
  register('PUT', '/__sandbox/state', 'importState', (c, req) => {
    try {
      engine.importState(req.body)
    } catch (error) {
      throw new SandboxError(400, 'BAD_REQUEST', error instanceof Error ? error.message : String(error))
    }
    return json(c, { imported: true, merchants: engine.merchants().length }, 200)
  })
}
