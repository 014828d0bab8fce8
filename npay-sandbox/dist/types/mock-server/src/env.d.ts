/** The Hono environment shared by every route and middleware. */
import type { Tenant } from '../../packages/engine/src/index.js'
import type { OperationIndexEntry } from '../../packages/schema/src/index.js'
import type { LintNote } from './lint/findings.js'
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
    operation: OperationIndexEntry | undefined
    /** Set when the request found its rate-limit bucket empty, whether or not limiting is on. */
    rateExceeded:
      | {
          perSecond: number
          burst: number
        }
      | undefined
    /** Client-behaviour lint findings of this request, for the journal. */
    lint: LintNote[] | undefined
  }
}
