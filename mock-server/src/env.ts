/** The Hono environment shared by every route and middleware. */
import type { Tenant } from '@npay-sandbox/engine'
import type { AnyOperationIndexEntry } from '@npay-sandbox/schema'
import type { LintNote } from './lint/findings.ts'

/**
 * A body as the gateway read it, once (registry/request-body.ts): its text (for the journal), and what
 * it is as the operation reads it.
 */
export type RequestBody = { text: string } & (
  | { kind: 'text' }
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json' }
  | { kind: 'form'; form: URLSearchParams }
)

export interface AppEnv {
  Variables: {
    traceId: string
    /** The tenant the request acts for, once known (authenticated token, client_id, or control-plane clientId). */
    tenant: Tenant | undefined
    /** Emulator-only explanation of an error, for the journal and the diagnostic header. */
    diagnostic: string | undefined
    /** The error code answered, for the journal. */
    errorCode: string | undefined
    /** The real-API operation a request under the base URL addresses, when it is one. */
    operation: AnyOperationIndexEntry | undefined
    /** The body as the gateway read it, once (registry/request-body.ts); unset for GET. */
    requestBody: RequestBody | undefined
    /** Set when the request found its rate-limit bucket empty, whether or not limiting is on. */
    rateExceeded: { perSecond: number; burst: number } | undefined
    /** Client-behaviour lint findings of this request, for the journal. */
    lint: LintNote[] | undefined
  }
}
