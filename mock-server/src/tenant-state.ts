/**
 * The per-merchant state the app keeps in each tenant as extension state: fault rules, lint findings
 * (and the orders a poller last saw awaiting payment) and rate-limit buckets. Declared to the engine so
 * its reset clears them and its state document carries (and, on import, checks) them.
 */
import type { Engine } from '@npay-sandbox/engine'
import { LINT_LOG } from './lint/findings.ts'
import { WAITING_SEEN } from './lint/payment-expiry.ts'
import { FAULT_SET } from './middleware/faults-set.ts'
import { RATE_BUCKETS } from './middleware/rate-limit.ts'

/**
 * Declares the app's extension kinds to an engine; doing it twice is harmless.
 * @example useAppTenantState(engine); engine.importState(saved) // refuses unreadable fault rules
 */
export function useAppTenantState(engine: Engine) {
  engine.useTenantExtension(FAULT_SET)
  engine.useTenantExtension(LINT_LOG)
  engine.useTenantExtension(WAITING_SEEN)
  engine.useTenantExtension(RATE_BUCKETS)
}
