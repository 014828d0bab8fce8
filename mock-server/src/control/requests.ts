/** `/__sandbox/requests`: a merchant's request journal. */
import { type JournalEntry, SandboxError } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

const summary = ({ request: _request, response: _response, ...rest }: JournalEntry) => ({
  ...rest,
  id: String(rest.id),
})

/**
 * listRequests and getRequest.
 * @example mountControl(app, engine, { ...requestHandlers(), … })
 */
export function requestHandlers() {
  return {
    listRequests: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        const entries = tenant.journal.list({
          ...(query.limit === undefined ? {} : { limit: query.limit }),
          ...(query.status === undefined ? {} : { status: query.status }),
          ...(query.path === undefined ? {} : { pathContains: query.path }),
        })
        return json(c, { requests: entries.map(summary) }, 200)
      },
    },
    getRequest: {
      tenant: 'merchant',
      handle: ({ tenant, path }, c) => {
        const entry = tenant.journal.get(Number(path.id))
        if (!entry) throw new SandboxError(404, 'NOT_FOUND', `no journal entry ${path.id}`)
        return json(c, { ...entry, id: String(entry.id) }, 200)
      },
    },
  } satisfies ControlHandlers
}
