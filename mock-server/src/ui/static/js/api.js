// @ts-check
// Calls to the emulator: the control plane under /__sandbox, and the real API paths for merchant actions.
/** @import { Control, ControlResult, ControlRoutes, MerchantActionForm, OperationId } from '../../dashboard.js' */

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {any} body the parsed answer: a control plane `SandboxError`, or the real API's error envelope
   */
  constructor(status, body) {
    super(body?.message ?? body?.error?.message ?? `HTTP ${status}`)
    this.status = status
    this.body = body
  }
}

const ADMIN_TOKEN_KEY = 'npay-sandbox.adminToken'

/** Fired when the control plane asks for the admin token (a 401); views/login.js shows the prompt. */
export const ADMIN_TOKEN_NEEDED = 'npay-sandbox:admin-token-needed'

// A link with ?token= (what an admin shares for a server started with --admin-token) is read once, kept
// for this browser session only, and taken out of the address bar and the history.
{
  const url = new URL(location.href)
  const given = url.searchParams.get('token')
  if (given) {
    sessionStorage.setItem(ADMIN_TOKEN_KEY, given)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url)
  }
}

/** The admin token this session holds, if any. */
export const adminToken = () => sessionStorage.getItem(ADMIN_TOKEN_KEY) ?? undefined

/**
 * Keeps (or, with no token, forgets) the admin token for this browser session.
 * @param {string | undefined} token
 */
export function setAdminToken(token) {
  if (token) sessionStorage.setItem(ADMIN_TOKEN_KEY, token)
  else sessionStorage.removeItem(ADMIN_TOKEN_KEY)
}

/**
 * @param {string} method
 * @param {string} url
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, body: any }>}
 */
async function send(method, url, body, headers = {}) {
  // The journal lists the dashboard's own calls under source `dashboard` (mock-server/src/middleware/observe.ts).
  /** @type {Record<string, string>} */
  const sent = { Accept: 'application/json', 'X-Npay-Sandbox-Source': 'dashboard', ...headers }
  /** @type {RequestInit} */
  const init = { method, headers: sent }
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const res = await fetch(url, init)
  const text = await res.text()
  /** @type {any} */
  let parsed
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = text
  }
  return { status: res.status, body: parsed }
}

/**
 * The control-plane operations the dashboard calls, by operationId: method and path as the generated operation
 * index has them (`@satisfies` makes tsc check every entry against it).
 */
const ROUTES = /** @satisfies {Partial<ControlRoutes>} */ ({
  listMerchants: { method: 'GET', path: '/__sandbox/merchants' },
  createMerchant: { method: 'POST', path: '/__sandbox/merchants' },
  getMerchant: { method: 'GET', path: '/__sandbox/merchants/{clientId}' },
  updateMerchant: { method: 'PATCH', path: '/__sandbox/merchants/{clientId}' },
  issueMerchantToken: { method: 'POST', path: '/__sandbox/merchants/{clientId}/token' },
  createOrder: { method: 'POST', path: '/__sandbox/orders' },
  listProductOrders: { method: 'GET', path: '/__sandbox/product-orders' },
  applyBulkEvent: { method: 'POST', path: '/__sandbox/product-orders/events' },
  inspectProductOrder: { method: 'GET', path: '/__sandbox/product-orders/{productOrderId}' },
  applyEvent: { method: 'POST', path: '/__sandbox/product-orders/{productOrderId}/events/{event}' },
  writeReview: { method: 'POST', path: '/__sandbox/product-orders/{productOrderId}/reviews' },
  getClock: { method: 'GET', path: '/__sandbox/clock' },
  advanceClock: { method: 'POST', path: '/__sandbox/clock/advance' },
  previewClock: { method: 'GET', path: '/__sandbox/clock/preview' },
  listSnapshots: { method: 'GET', path: '/__sandbox/merchants/{clientId}/snapshots' },
  takeSnapshot: { method: 'POST', path: '/__sandbox/merchants/{clientId}/snapshots' },
  deleteSnapshot: { method: 'DELETE', path: '/__sandbox/merchants/{clientId}/snapshots/{snapshotId}' },
  restoreSnapshot: {
    method: 'POST',
    path: '/__sandbox/merchants/{clientId}/snapshots/{snapshotId}/restore',
  },
  getSettlementOptions: { method: 'GET', path: '/__sandbox/settlement' },
  putSettlementOptions: { method: 'PUT', path: '/__sandbox/settlement' },
  listRequests: { method: 'GET', path: '/__sandbox/requests' },
  getRequest: { method: 'GET', path: '/__sandbox/requests/{id}' },
  getFaults: { method: 'GET', path: '/__sandbox/faults' },
  putFaults: { method: 'PUT', path: '/__sandbox/faults' },
  deleteFaults: { method: 'DELETE', path: '/__sandbox/faults' },
  getLint: { method: 'GET', path: '/__sandbox/lint' },
  getStateMachine: { method: 'GET', path: '/__sandbox/state-machine' },
  listStateNodes: { method: 'GET', path: '/__sandbox/state-machine/nodes' },
  createOrderInState: { method: 'POST', path: '/__sandbox/orders/in-state' },
  listScenarios: { method: 'GET', path: '/__sandbox/scenarios' },
  applyScenario: { method: 'POST', path: '/__sandbox/scenarios/{name}' },
  getCoverage: { method: 'GET', path: '/__sandbox/coverage' },
  listScenarioExamples: { method: 'GET', path: '/__sandbox/scenario-examples' },
  runScenarioFile: { method: 'POST', path: '/__sandbox/scenario-runs' },
  reset: { method: 'POST', path: '/__sandbox/reset' },
  health: { method: 'GET', path: '/__sandbox/health' },
  exportState: { method: 'GET', path: '/__sandbox/state' },
  importState: { method: 'PUT', path: '/__sandbox/state' },
})

/** @typedef {keyof typeof ROUTES} DashboardOperationId the operations `control` knows */

/**
 * @param {string} method
 * @param {string} url path below the origin
 * @param {Record<string, unknown> | undefined} query
 * @param {unknown} body
 */
async function controlCall(method, url, query, body) {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') qs.set(k, String(v))
  /** @type {Record<string, string>} */
  const headers = {}
  // Every change says JSON, bodiless ones too: the server refuses other writes (no cross-site writes).
  if (method !== 'GET') headers['Content-Type'] = 'application/json'
  const token = adminToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await send(method, `${url}${qs.size ? `?${qs}` : ''}`, body, headers)
  if (res.status === 401) {
    window.dispatchEvent(new CustomEvent(ADMIN_TOKEN_NEEDED, { detail: { rejected: Boolean(token) } }))
  }
  if (res.status >= 300) throw new ApiError(res.status, res.body)
  return res.body
}

/**
 * @param {string} first an operationId of ROUTES, or (older calls) an HTTP method followed by a path
 * @param {...any} rest the input, or the path and `{ query, body }`
 */
function call(first, ...rest) {
  if (Object.hasOwn(ROUTES, first)) {
    const { method, path } = ROUTES[/** @type {DashboardOperationId} */ (first)]
    /** @type {{ path?: Record<string, unknown>, query?: Record<string, unknown>, body?: unknown }} */
    const input = rest[0] ?? {}
    const url = path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(input.path?.[name] ?? '')))
    return controlCall(method, url, input.query, input.body)
  }
  const [path, options = {}] = rest
  return controlCall(first, `/__sandbox${path}`, options.query, options.body)
}

/** A control-plane call by operationId (typed by control-plane.yaml), e.g. `control('getClock', { query: { clientId } })`. */
export const control = /** @type {Control<DashboardOperationId>} */ (call)

/** @type {Promise<ControlResult<'getStateMachine'>> | undefined} */
let machine
/** The state machine and action forms; they never change while the server runs. */
export function stateMachine() {
  machine ??= control('getStateMachine').catch((error) => {
    machine = undefined
    throw error
  })
  return machine
}

/** @type {Map<string, string>} */
const tokens = new Map()

/**
 * @param {string} clientId
 * @param {boolean} [fresh]
 */
async function token(clientId, fresh) {
  let held = tokens.get(clientId)
  if (fresh || held === undefined) {
    held = (await control('issueMerchantToken', { path: { clientId } })).access_token
    tokens.set(clientId, held)
  }
  return held
}

/**
 * The API a merchant app speaks: its base path and operation paths (`/npay/partner` + mall paths, or
 * `/external` + seller paths for a Commerce app).
 * @param {string} clientId
 */
export async function merchantApi(clientId) {
  const [{ apis }, merchant] = await Promise.all([
    stateMachine(),
    control('getMerchant', { path: { clientId } }),
  ])
  return apis[merchant.api]
}

/**
 * The state machine with the merchant actions at the paths of the merchant's own API.
 * @param {string} clientId
 */
export async function merchantMachine(clientId) {
  const [machine, api] = await Promise.all([stateMachine(), merchantApi(clientId)])
  const merchantActions = machine.merchantActions
    .filter((a) => api.operations[a.operationId])
    .map((a) => ({ ...a, path: api.operations[a.operationId]?.path ?? a.path }))
  return { ...machine, apiBasePath: api.basePath, merchantActions }
}

/**
 * Performs a merchant action through the real API path of the merchant's own API with a bearer token, so it
 * lands in the journal. A 401 (token expired on the merchant's virtual clock) gets one retry with a new token.
 * @param {string} clientId
 * @param {Pick<MerchantActionForm, 'operationId' | 'method' | 'path'>} action
 * @param {string} productOrderId
 * @param {unknown} body
 * @returns {Promise<{ status: number, body: any, method: string, url: string }>}
 */
export async function merchantCall(clientId, action, productOrderId, body) {
  const api = await merchantApi(clientId)
  const path = api.operations[action.operationId]?.path ?? action.path
  const url = api.basePath + path.replace('{productOrderId}', encodeURIComponent(productOrderId))
  let res = await send(action.method, url, body, { Authorization: `Bearer ${await token(clientId)}` })
  if (res.status === 401) {
    res = await send(action.method, url, body, { Authorization: `Bearer ${await token(clientId, true)}` })
  }
  return { ...res, method: action.method, url }
}
