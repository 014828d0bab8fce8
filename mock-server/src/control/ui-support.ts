/**
 * Control-plane helpers the dashboard needs: a bearer token for a merchant (so the page can call the
 * real API paths without bcrypt in the browser) and the state machine as data (rows, reachable states,
 * edges, lanes and nodes of the drawing, action forms, Korean labels of the enums, and each API's base
 * path and operation paths, so a merchant's actions go to its own API).
 */
import {
  apiOf,
  describeState,
  diagramNode,
  type Engine,
  hasOpenClaim,
  LANES,
  type MachineState,
  TRANSITIONS,
  walk,
} from '@npay-sandbox/engine'
import { API_PROFILES, BASE_PATH, signClientSecret } from '@npay-sandbox/protocol'
import { npayApiDocument } from '@npay-sandbox/schema'
import type { ControlHandlers } from '../registry/index.ts'
import { SERVED_PROFILES } from '../registry/profiles.ts'
import { json } from '../respond.ts'
import { merchantActionForms, sandboxEventForms } from './action-forms.ts'

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

const stateView = (s: MachineState) => ({
  key: describeState(s),
  ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
  openClaim: hasOpenClaim(s),
  node: diagramNode(s),
})

/** Every step of the walk over the table, once per (state before, state after, row). */
function edges() {
  const out = new Map<string, { from: string; to: string; rowId: string }>()
  for (const { steps } of walk().edges)
    for (const step of steps) {
      const from = step.before === 'new' ? 'new' : describeState(step.before)
      const edge = { from, to: describeState(step.after), rowId: step.row.id }
      out.set(`${edge.from}>${edge.to}>${edge.rowId}`, edge)
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

/** Each API's base path and its operations' paths under it (registry/profiles.ts, the indexes it mounts). */
function apis() {
  return Object.fromEntries(
    API_PROFILES.map((api) => {
      const profile = SERVED_PROFILES.find((p) => p.api === api)!
      const operations = Object.fromEntries(
        profile.index.map((op) => [op.operationId, { method: op.method, path: op.path }]),
      )
      return [api, { api, basePath: profile.basePath, operations }]
    }),
  )
}

let machine: unknown
/** The table never changes while the process runs: build the answer once. */
function stateMachine() {
  if (machine) return machine
  machine = {
    apiBasePath: BASE_PATH,
    apis: apis(),
    rows: TRANSITIONS,
    lanes: LANES.map(({ id, label }) => ({ id, label })),
    states: [...walk().states.values()].map(stateView),
    edges: edges(),
    sandboxEvents: sandboxEventForms(),
    merchantActions: merchantActionForms(),
    labels: labels(),
  }
  return machine
}

/**
 * issueMerchantToken and getStateMachine.
 * @example mountControl(app, engine, { ...uiSupportHandlers(engine), … })
 */
export function uiSupportHandlers(engine: Engine) {
  return {
    issueMerchantToken: {
      tenant: 'named',
      handle: ({ tenant }, c) => {
        // Sign with the clock the token endpoint checks, so the request passes its 5-minute window.
        const now = engine.options.signatureClock === 'virtual' ? tenant.now() : engine.options.wallClock()
        const timestamp = String(now)
        // At the merchant's own API, whose token endpoint alone knows its client_id.
        const token = engine.issueToken(
          {
            grant_type: 'client_credentials',
            client_id: tenant.clientId,
            timestamp,
            client_secret_sign: signClientSecret(tenant.clientId, tenant.merchant.clientSecret, timestamp),
            type: 'SELF',
          },
          apiOf(tenant.merchant),
        )
        return json(c, token, 200)
      },
    },
    getStateMachine: { tenant: 'none', handle: (_input, c) => json(c, stateMachine(), 200) },
  } satisfies ControlHandlers
}
