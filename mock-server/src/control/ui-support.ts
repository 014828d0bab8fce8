/**
 * Control-plane helpers the dashboard needs: a bearer token for a merchant (so the page can call the
 * real API paths without bcrypt in the browser) and the state machine as data (rows, reachable states,
 * edges, action forms, Korean labels of the enums).
 */
import {
  ALL_EVENTS,
  describeState,
  type Engine,
  hasOpenClaim,
  type MachineState,
  reachableStates,
  SandboxError,
  TRANSITIONS,
  transition,
} from '@npay-sandbox/engine'
import { BASE_PATH, signClientSecret } from '@npay-sandbox/protocol'
import { npayApiDocument } from '@npay-sandbox/schema'
import { json } from '../respond.ts'
import { merchantActionForms, sandboxEventForms } from './action-forms.ts'
import type { Register } from './index.ts'

/** Enums whose Korean descriptions the dashboard shows beside the codes. */
const LABELLED_ENUMS = [
  'ProductOrderStatus',
  'PlaceOrderStatus',
  'ClaimType',
  'ClaimStatus',
  'HoldbackStatus',
  'LastChangedType',
  'PaymentMeans',
] as const

/** Both guard outcomes, so every guarded branch of the table shows up as an edge. */
const GUARD_WORLDS = [
  (g: string) => g === 'paidAtOnce' || g === 'wholeQuantity',
  (g: string) => g === 'awaitingDeposit' || g === 'partQuantity',
]

const stateView = (s: MachineState) => ({
  key: describeState(s),
  ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
  openClaim: hasOpenClaim(s),
})

function edges(states: Iterable<MachineState>) {
  const out = new Map<string, { from: string; to: string; rowId: string }>()
  const add = (from: MachineState | 'new', to: MachineState, rowId: string) => {
    const edge = { from: from === 'new' ? 'new' : describeState(from), to: describeState(to), rowId }
    out.set(`${edge.from}>${edge.to}>${rowId}`, edge)
  }
  for (const world of GUARD_WORLDS) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const step of placed.steps) add(step.before, step.after, step.row.id)
  }
  for (const state of states)
    for (const event of ALL_EVENTS)
      for (const world of GUARD_WORLDS) {
        const result = transition(state, event, world)
        if (result.ok) for (const step of result.steps) add(step.before, step.after, step.row.id)
      }
  return [...out.values()]
}

function labels() {
  const schemas = npayApiDocument.components.schemas as unknown as Record<string, Record<string, unknown>>
  return Object.fromEntries(
    LABELLED_ENUMS.map((name) => {
      const values = (schemas[name]?.enum ?? []) as string[]
      const texts = (schemas[name]?.['x-enum-descriptions'] ?? []) as string[]
      return [name, Object.fromEntries(values.map((v, i) => [v, texts[i] ?? v]))]
    }),
  )
}

let machine: unknown
/** The table never changes while the process runs: build the answer once. */
function stateMachine() {
  if (machine) return machine
  const states = reachableStates()
  machine = {
    apiBasePath: BASE_PATH,
    rows: TRANSITIONS,
    states: [...states.values()].map(stateView),
    edges: edges(states.values()),
    sandboxEvents: sandboxEventForms(),
    merchantActions: merchantActionForms(),
    labels: labels(),
  }
  return machine
}

export function uiSupportRoutes(register: Register, engine: Engine) {
  register('POST', '/__sandbox/merchants/:clientId/token', 'issueMerchantToken', (c, req) => {
    const tenant = engine.findTenant(req.path.clientId!)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${req.path.clientId}`)
    c.set('tenant', tenant)
    // Sign with the clock the token endpoint checks, so the request passes its 5-minute window.
    const now = engine.options.signatureClock === 'virtual' ? tenant.now() : engine.options.wallClock()
    const timestamp = String(now)
    const token = engine.issueToken({
      grant_type: 'client_credentials',
      client_id: tenant.clientId,
      timestamp,
      client_secret_sign: signClientSecret(tenant.clientId, tenant.merchant.clientSecret, timestamp),
      type: 'SELF',
    })
    return json(c, token, 200)
  })
  register('GET', '/__sandbox/state-machine', 'getStateMachine', (c) => json(c, stateMachine(), 200))
}
