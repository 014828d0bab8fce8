// Calls to the emulator: the control plane under /__sandbox, and the real API paths for merchant actions.

export class ApiError extends Error {
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

/** Keeps (or, with no token, forgets) the admin token for this browser session. */
export function setAdminToken(token) {
  if (token) sessionStorage.setItem(ADMIN_TOKEN_KEY, token)
  else sessionStorage.removeItem(ADMIN_TOKEN_KEY)
}

async function send(method, url, body, headers = {}) {
  // The journal lists the dashboard's own calls under source `dashboard` (mock-server/src/middleware/observe.ts).
  const init = {
    method,
    headers: { Accept: 'application/json', 'X-Npay-Sandbox-Source': 'dashboard', ...headers },
  }
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body)
  }
  const res = await fetch(url, init)
  const text = await res.text()
  let parsed
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = text
  }
  return { status: res.status, body: parsed }
}

/** A control-plane call; non-2xx answers throw `ApiError` with the SandboxError body. */
export async function control(method, path, { query, body } = {}) {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') qs.set(k, String(v))
  const url = `/__sandbox${path}${qs.size ? `?${qs}` : ''}`
  const headers = {}
  // Every change says JSON, bodiless ones too: the server refuses other writes (no cross-site writes).
  if (method !== 'GET') headers['Content-Type'] = 'application/json'
  const token = adminToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const res = await send(method, url, body, headers)
  if (res.status === 401) {
    window.dispatchEvent(new CustomEvent(ADMIN_TOKEN_NEEDED, { detail: { rejected: Boolean(token) } }))
  }
  if (res.status >= 300) throw new ApiError(res.status, res.body)
  return res.body
}

let machine
/** The state machine and action forms; they never change while the server runs. */
export function stateMachine() {
  machine ??= control('GET', '/state-machine').catch((error) => {
    machine = undefined
    throw error
  })
  return machine
}

const tokens = new Map()

async function token(clientId, fresh) {
  if (fresh || !tokens.has(clientId)) {
    const issued = await control('POST', `/merchants/${encodeURIComponent(clientId)}/token`)
    tokens.set(clientId, issued.access_token)
  }
  return tokens.get(clientId)
}

/**
 * Performs a merchant action through the real API path with a bearer token, so it lands in the journal.
 * A 401 (token expired on the merchant's virtual clock) gets one retry with a new token.
 */
export async function merchantCall(clientId, action, productOrderId, body) {
  const { apiBasePath } = await stateMachine()
  const url = apiBasePath + action.path.replace('{productOrderId}', encodeURIComponent(productOrderId))
  let res = await send(action.method, url, body, { Authorization: `Bearer ${await token(clientId)}` })
  if (res.status === 401) {
    res = await send(action.method, url, body, { Authorization: `Bearer ${await token(clientId, true)}` })
  }
  return { ...res, method: action.method, url }
}
