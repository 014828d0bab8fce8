/**
 * A minimal stand-in for the real API, as a `(request) => Response` function: the token endpoint with
 * signature checking and the reuse rule on a fake clock, one order endpoint behind bearer auth, and
 * canned answers for anything a test wants to force.
 */
import {
  BASE_PATH,
  GATEWAY_ERRORS,
  TOKEN_LIFETIME_SECONDS,
  TOKEN_REUSE_THRESHOLD_SECONDS,
  TRACE_HEADER,
  verifyClientSecretSign,
} from '@npay-sandbox/protocol'
import { createNpayClient, type NpayClient, type NpayClientOptions } from '../src/index.ts'

export const ORIGIN = 'http://npay.test'
export const BASE_URL = `${ORIGIN}${BASE_PATH}`
export const CLIENT_ID = '7dMvteboKNHwyRremLXXXX'
export const CLIENT_SECRET = '$2a$04$abcdefghijklmnopqrstuu'
export const START = Date.UTC(2024, 5, 7, 10, 0, 0)
const TIMESTAMP = '2024-06-07T19:00:00.000+09:00'

export interface Recorded {
  method: string
  url: URL
  rawUrl: string
  headers: Headers
  body: string
}

export type Canned = (request: Request) => Response | undefined

/**
 * Creates a fake server with its own clock, token store and request journal, under `basePath`
 * (`/external` stands in for the Commerce API).
 */
export function createFakeNpayServer(basePath: string = BASE_PATH) {
  let now = START
  let counter = 0
  let tokens = 0
  let current: { token: string; expiresAt: number } | undefined
  const valid = new Map<string, number>()
  const journal: Recorded[] = []
  const canned: Canned[] = []
  const cannedToken: Canned[] = []
  const traceId = () => `fake-host^${now}^${++counter}`

  function issueToken(form: URLSearchParams): Response {
    const check = verifyClientSecretSign({
      clientId: form.get('client_id') ?? '',
      clientSecret: CLIENT_SECRET,
      timestamp: form.get('timestamp') ?? '',
      sign: form.get('client_secret_sign') ?? '',
    })
    if (form.get('client_id') !== CLIENT_ID || !check.ok || form.get('grant_type') !== 'client_credentials') {
      const invalidInputs = [{ name: 'client_secret_sign', type: 'Invalid', message: 'signature mismatch' }]
      return json(400, { code: 'BAD_REQUEST', message: '잘못된 요청', invalidInputs, timestamp: TIMESTAMP })
    }
    if (!current || current.expiresAt - now < TOKEN_REUSE_THRESHOLD_SECONDS * 1000) {
      current = { token: `token-${++tokens}`, expiresAt: now + TOKEN_LIFETIME_SECONDS * 1000 }
      valid.set(current.token, current.expiresAt)
    }
    const expiresIn = Math.floor((current.expiresAt - now) / 1000)
    return json(200, { access_token: current.token, expires_in: expiresIn, token_type: 'Bearer' })
  }

  function authorized(request: Request): boolean {
    const token = request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? ''
    const expiresAt = valid.get(token)
    return expiresAt !== undefined && expiresAt > now
  }

  function gatewayAuthn(): Response {
    const { message } = GATEWAY_ERRORS['GW.AUTHN']
    return json(401, { code: 'GW.AUTHN', message, timestamp: TIMESTAMP, traceId: traceId() })
  }

  async function handle(request: Request): Promise<Response> {
    const body = await request.clone().text()
    const url = new URL(request.url)
    journal.push({ method: request.method, url, rawUrl: request.url, headers: request.headers, body })
    if (!url.pathname.startsWith(`${basePath}/`)) return json(404, { code: 'GW.NOT_FOUND' })
    const path = url.pathname.slice(basePath.length)
    const isToken = path === '/v1/oauth2/token'
    for (const answer of isToken ? cannedToken : canned) {
      const response = answer(request)
      if (response) return response
    }
    if (isToken && request.method === 'POST') return issueToken(new URLSearchParams(body || url.search))
    if (!authorized(request)) return gatewayAuthn()
    const data = path.endsWith('/product-order-ids') ? ['2024060712345601'] : { echo: path }
    return json(200, { timestamp: TIMESTAMP, traceId: traceId(), data })
  }

  return {
    fetch: handle,
    journal,
    /** Requests other than token requests. */
    apiCalls: () => journal.filter((r) => !r.url.pathname.endsWith('/oauth2/token')),
    tokenCalls: () => journal.filter((r) => r.url.pathname.endsWith('/oauth2/token')),
    now: () => now,
    advance: (ms: number) => {
      now += ms
    },
    /** Makes every token issued so far unknown to the server (a restart, a revoked app). */
    forgetTokens: () => {
      valid.clear()
      current = undefined
    },
    /** Answers API calls (not token requests) with `answer` when it returns a response, before auth. */
    respond: (answer: Canned) => {
      canned.push(answer)
    },
    /** Answers token requests with `answer` when it returns a response. */
    respondToToken: (answer: Canned) => {
      cannedToken.push(answer)
    },
  }
}

export type FakeNpayServer = ReturnType<typeof createFakeNpayServer>

/** A JSON response with a trace id header, as the gateway sends. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', [TRACE_HEADER]: 'header-host^1^1', ...headers },
  })
}

/** A client of `server` with the test credentials and the server's clock. */
export function clientFor(server: FakeNpayServer, options: Partial<NpayClientOptions> = {}): NpayClient {
  return createNpayClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    baseUrl: BASE_URL,
    fetch: server.fetch,
    now: server.now,
    ...options,
  })
}
