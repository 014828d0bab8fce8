/**
 * Why a merchant action refused a product order, for the journal and the diagnostic header: the body
 * can only carry the catalogue's code and message (9999 주문상태 및 클레임상태를 확인하세요), which does
 * not say that a control-plane event (say `collect-done`) already did the step the client now asks for.
 */
import {
  type DeepReadonly,
  describeState,
  isSandboxEvent,
  type MachineState,
  type ProductOrderRecord,
  stateOf,
  type Tenant,
  TRANSITIONS,
  type TransitionRow,
} from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'

const MAX_EXPLAINED = 5

type Fail = { productOrderId?: unknown; code?: unknown }
type HistoryEntry = DeepReadonly<ProductOrderRecord>['history'][number]

/**
 * One sentence per refused product order of this merchant (at most five), or undefined when the
 * action refused none.
 * @example refusalDiagnostic(tenant, 'completeExchangeCollect', body)
 * // 'completeExchangeCollect refused 2024… (9999) in DELIVERED · OK · EXCHANGE/COLLECT_DONE: it is already where completeExchangeCollect leads, since the control-plane event collect-done (carrier) at …; merchant actions allowed now: redeliverExchange, …'
 */
export function refusalDiagnostic(tenant: Tenant, action: string, body: unknown): string | undefined {
  const fails = (body as { data?: { failProductOrderInfos?: Fail[] } } | null)?.data?.failProductOrderInfos
  if (!Array.isArray(fails)) return undefined
  const lines: string[] = []
  for (const fail of fails.slice(0, MAX_EXPLAINED)) {
    const id = typeof fail?.productOrderId === 'string' ? fail.productOrderId : undefined
    const record = id ? tenant.productOrder(id) : undefined
    if (id && record) lines.push(explain(tenant, action, id, record, String(fail.code)))
  }
  if (lines.length === 0) return undefined
  const more = fails.length > MAX_EXPLAINED ? ` (${fails.length - MAX_EXPLAINED} more refused)` : ''
  return `${lines.join('; ')}${more}`
}

function explain(
  tenant: Tenant,
  action: string,
  id: string,
  record: DeepReadonly<ProductOrderRecord>,
  code: string,
): string {
  const state = stateOf(record)
  let text = `${action} refused ${id} (${code}) in ${describeState(state)}`
  const step = stepThatLedHere(action, state, record.history)
  if (step) text += `: it is already where ${action} leads, since ${who(step)} at ${formatKst(step.at)}`
  const allowed = tenant.allowedMerchantActions(id)
  return `${text}; merchant actions allowed now: ${allowed.length ? allowed.join(', ') : 'none'}`
}

/** The last history step that put the product order where one of the action's own rows leads. */
function stepThatLedHere(
  action: string,
  state: MachineState,
  history: readonly HistoryEntry[],
): HistoryEntry | undefined {
  const row = TRANSITIONS.find((r) => r.event === action && sameClaimType(r, state) && leadsTo(r.to, state))
  if (!row) return undefined
  const patch = row.to
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!
    if (leadsTo(patch, entry.to) && (entry.from === 'new' || !leadsTo(patch, entry.from))) return entry
  }
  return undefined
}

function sameClaimType(row: TransitionRow, state: MachineState): boolean {
  const claim = row.from === 'new' ? undefined : row.from.claim
  return !claim || claim === 'none' || claim.type === state.claimType
}

function leadsTo(patch: Partial<MachineState>, state: DeepReadonly<MachineState>): boolean {
  const entries = Object.entries(patch)
  return entries.length > 0 && entries.every(([key, value]) => state[key as keyof MachineState] === value)
}

function who(step: HistoryEntry): string {
  if (isSandboxEvent(step.event)) return `the control-plane event ${step.event} (${step.actor})`
  return step.actor === 'merchant' ? `${step.event} (merchant API)` : `${step.event} (${step.actor})`
}
