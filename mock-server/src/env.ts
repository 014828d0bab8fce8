/** The Hono environment shared by every route and middleware. */
import type { Tenant } from '@npay-sandbox/engine'

export interface AppEnv {
  Variables: {
    traceId: string
    /** The tenant the request acts for, once known (authenticated token, client_id, or control-plane clientId). */
    tenant: Tenant | undefined
    /** Emulator-only explanation of an error, for the journal and the diagnostic header. */
    diagnostic: string | undefined
    /** The error code answered, for the journal. */
    errorCode: string | undefined
  }
}
