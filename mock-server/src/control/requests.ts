import type { Engine, JournalEntry } from '@npay-sandbox/engine'
import { SandboxError } from '@npay-sandbox/engine'
import { json } from '../respond.ts'
import { type Register, tenantOf } from './index.ts'

const summary = ({ request: _request, response: _response, ...rest }: JournalEntry) => ({
  ...rest,
  id: String(rest.id),
})

export function requestRoutes(register: Register, engine: Engine) {
  register('GET', '/__sandbox/requests', 'listRequests', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const entries = tenant.journal.list({
      ...(typeof req.query.limit === 'number' ? { limit: req.query.limit } : {}),
      ...(typeof req.query.status === 'number' ? { status: req.query.status } : {}),
      ...(typeof req.query.path === 'string' ? { pathContains: req.query.path } : {}),
    })
    return json(c, { requests: entries.map(summary) }, 200)
  })
  register('GET', '/__sandbox/requests/:id', 'getRequest', (c, req) => {
    const tenant = tenantOf(engine, c, req.query.clientId)
    const entry = tenant.journal.get(Number(req.path.id))
    if (!entry) throw new SandboxError(404, 'NOT_FOUND', `no journal entry ${req.path.id}`)
    return json(c, { ...entry, id: String(entry.id) }, 200)
  })
}
