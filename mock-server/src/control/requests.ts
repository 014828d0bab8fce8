/** `/__sandbox/requests`: a merchant's request journal. */
import { type JournalEntry, type JournalSource, SandboxError } from '@npay-sandbox/engine'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { partialFailureOf } from './partial-failure.ts'

const summary = ({ request: _request, response, ...rest }: JournalEntry) => {
  const partial = partialFailureOf(rest.status, response.body)
  return { ...rest, id: String(rest.id), ...(partial ? { partialFailure: partial } : {}) }
}

/** Without `source`, the journal lists API traffic: the integration's and the dashboard's. */
const SOURCES: Record<string, readonly JournalSource[] | undefined> = {
  integration: ['integration'],
  dashboard: ['dashboard'],
  control: ['control'],
  all: undefined,
}

/**
 * listRequests and getRequest.
 * @example mountControl(app, engine, { ...requestHandlers(), … })
 */
export function requestHandlers() {
  return {
    listRequests: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        const sources = query.source ? SOURCES[query.source] : (['integration', 'dashboard'] as const)
        const entries = tenant.journal.list({
          ...(query.limit === undefined ? {} : { limit: query.limit }),
          ...(query.status === undefined ? {} : { status: query.status }),
          ...(query.path === undefined ? {} : { pathContains: query.path }),
          ...(sources ? { sources } : {}),
          ...(query.productOrderId === undefined ? {} : { productOrderId: query.productOrderId }),
        })
        return json(c, { requests: entries.map(summary) }, 200)
      },
    },
    getRequest: {
      tenant: 'merchant',
      handle: ({ tenant, path }, c) => {
        const entry = tenant.journal.get(Number(path.id))
        if (!entry) throw new SandboxError(404, 'NOT_FOUND', `no journal entry ${path.id}`)
        const partial = partialFailureOf(entry.status, entry.response.body)
        return json(
          c,
          { ...entry, id: String(entry.id), ...(partial ? { partialFailure: partial } : {}) },
          200,
        )
      },
    },
  } satisfies ControlHandlers
}
