/** Builds the `CaseContext` a case runs with, over a session. */
import { createNpayClient, type NpayClient } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'
import { recordExchanges } from '../exchange/record-exchange.ts'
import type { Exchange } from '../exchange/types.ts'
import { parseText } from '../internal/json.ts'
import { SkipCase } from '../internal/skip.ts'
import { operationPath, profileTitle } from '../profiles.ts'
import type { CaseContext, ContractCase, RawRequest, RawResponse } from '../suite.ts'
import type { Target } from '../targets/types.ts'
import { type Session, SIGNING_SKEW_MS } from './session.ts'

/**
 * The context of one case. `log` collects every exchange the case makes, through any of its clients.
 * @example const context = caseContext(target, contractCase, session, log)
 */
export function caseContext(
  target: Target,
  contractCase: ContractCase,
  session: Session,
  log: Exchange[],
): CaseContext {
  const recorded = recordExchanges(target.fetch, target.baseUrl, (e) => log.push(e), target.api)
  const skip = (reason: string): never => {
    throw new SkipCase(reason)
  }
  return {
    api: session.api,
    apiOf<A extends ApiProfile>(profile: A): NpayClient<A> {
      if (profile !== target.api) {
        throw new Error(`the case calls ${profileTitle(profile)} on a target of ${profileTitle(target.api)}`)
      }
      return session.api as unknown as NpayClient<A>
    },
    target: { name: target.name, baseUrl: target.baseUrl, api: target.api },
    path: (operationId, params) => operationPath(target.api, operationId, params),
    credentials: session.credentials,
    async state(name) {
      if (!contractCase.needs?.includes(name)) {
        throw new Error(`the case uses provider state "${name}" without listing it in needs`)
      }
      return session.states.provide(name, contractCase.mutates === true)
    },
    now: () => session.now(),
    async advanceClock(by) {
      if (!session.advanceClock || !contractCase.requires?.includes('clock')) {
        throw new Error('advanceClock needs `requires: ["clock"]` and an emulator target')
      }
      await session.advanceClock(by)
    },
    client: (overrides = {}) =>
      createNpayClient({
        api: target.api,
        ...session.credentials,
        baseUrl: target.baseUrl,
        timestampSkewMs: SIGNING_SKEW_MS,
        ...overrides,
        fetch: recorded,
      }),
    raw: (method, path, request = {}) => raw(session, recorded, target.baseUrl, method, path, request),
    exchanges: log,
    skip,
  }
}

async function raw(
  session: Session,
  fetch: (request: Request) => Response | Promise<Response>,
  baseUrl: string,
  method: string,
  path: string,
  request: RawRequest,
): Promise<RawResponse> {
  const url = new URL(baseUrl + path)
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value)
  const headers = new Headers({ accept: 'application/json' })
  const auth = request.auth ?? 'token'
  if (auth === 'token') headers.set('authorization', `Bearer ${await session.api.token()}`)
  else if (auth !== 'none') headers.set('authorization', auth.authorization)
  let body: string | undefined
  if (request.form) {
    headers.set('content-type', 'application/x-www-form-urlencoded')
    body = new URLSearchParams(request.form).toString()
  } else if (request.body !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(request.body)
  }
  const response = await fetch(new Request(url, { method, headers, ...(body === undefined ? {} : { body }) }))
  return { status: response.status, headers: response.headers, body: parseText(await response.text()) }
}
