/**
 * A merchant's session with a fresh emulator, over HTTP through `app.request`: API calls with a signed
 * token (re-issued before it ages on the virtual clock), control-plane calls, the clock. Answers that are
 * not the expected status are kept as problems instead of thrown, so one broken step does not hide the
 * rest of a measurement.
 */
import { operationIndex } from '@npay-sandbox/schema'
import { harness } from '../harness.ts'

const HOUR = 3_600_000

/** A JSON body of unknown shape, read loosely: the tests check the shapes themselves. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected field by field
export type Loose = any

export interface Session {
  problems: string[]
  /** Extra order fields the control plane refused with the sample values (left out, not a problem). */
  dropped: Set<string>
  now(): number
  advance(by: string): Promise<void>
  /** An API operation by operationId; path parameters from `params`, the rest as query (GET) or body. */
  api(
    operationId: string,
    input?: { params?: Record<string, string>; query?: Record<string, string>; body?: unknown },
  ): Promise<{ status: number; json: Loose }>
  control(method: string, path: string, body?: unknown): Promise<{ status: number; json: Loose }>
  /** The app itself, for calls at another API's base (the Commerce API at `/external`). */
  request(url: string, init?: RequestInit): Promise<{ status: number; json: Loose }>
}

async function jsonOf(res: Response): Promise<Loose> {
  const text = await res.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return { unparsed: text }
  }
}

/**
 * Opens a session on a new sandbox (frozen clock, seed 1, the harness's start time).
 * @example const s = await openSession(); await s.api('queryProductOrders', { body: { productOrderIds: ids } })
 */
export async function openSession(): Promise<Session> {
  const h = harness({ seed: 1 })
  let now = (await (await h.control('GET', '/__sandbox/clock')).json()).epochMillis as number
  let token = await h.token()
  let issuedAt = now
  const problems: string[] = []

  const session: Session = {
    problems,
    dropped: new Set(),
    now: () => now,
    async advance(by) {
      const res = await h.control('POST', '/__sandbox/clock/advance', { by })
      if (res.status !== 200) problems.push(`clock/advance ${by}: ${res.status} ${await res.text()}`)
      now = (await (await h.control('GET', '/__sandbox/clock')).json()).epochMillis as number
    },
    async api(operationId, input = {}) {
      const op = operationIndex.find((o) => o.operationId === operationId)
      if (!op) throw new Error(`no operation ${operationId}`)
      if (now - issuedAt > 2 * HOUR) {
        token = await h.token()
        issuedAt = now
      }
      let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(input.params?.[name] ?? ''),
      )
      if (input.query) path += `?${new URLSearchParams(input.query)}`
      const res = await h.call(op.method, path, {
        token,
        ...(input.body === undefined ? {} : { body: input.body }),
      })
      const json = await jsonOf(res)
      if (res.status !== 200) problems.push(`${operationId} ${path}: ${res.status} ${JSON.stringify(json)}`)
      return { status: res.status, json }
    },
    async control(method, path, body) {
      const res = await h.control(method, path, body)
      return { status: res.status, json: await jsonOf(res) }
    },
    async request(url, init) {
      const res = await h.sandbox.app.request(url, init)
      return { status: res.status, json: await jsonOf(res) }
    },
  }
  return session
}
