/**
 * The two APIs the emulator serves, each at its own base path with its own operation index and
 * document: the Npay mall API (`/npay/partner`) and the Commerce API (`/external`). One engine and one
 * set of handlers serve both; a merchant app belongs to one of them (`Merchant.api`).
 */
import { API_PROFILE_HOSTS, API_PROFILES, type ApiProfile } from '@npay-sandbox/protocol'
import {
  type AnyOperationIndexEntry,
  commerceApiDocument,
  commerceApiOperationIndex,
  npayApiDocument,
  operationIndex,
} from '@npay-sandbox/schema'

export interface ServedProfile {
  api: ApiProfile
  basePath: string
  index: readonly AnyOperationIndexEntry[]
  document: Record<string, unknown>
}

/** Every profile the app mounts, the default (Npay mall API) first. */
export const SERVED_PROFILES: readonly ServedProfile[] = API_PROFILES.map((api) => ({
  api,
  basePath: API_PROFILE_HOSTS[api].basePath,
  index: api === 'commerce' ? commerceApiOperationIndex : operationIndex,
  document: (api === 'commerce' ? commerceApiDocument : npayApiDocument) as unknown as Record<
    string,
    unknown
  >,
}))

/**
 * The profile whose base a request path is under, and the path relative to that base.
 * @example profileOfPath('/external/v1/pay-order/seller/product-orders') // { profile: commerce…, path: '/v1/pay-order/seller/product-orders' }
 */
export function profileOfPath(pathname: string): { profile: ServedProfile; path: string } | undefined {
  for (const profile of SERVED_PROFILES) {
    if (pathname === profile.basePath || pathname.startsWith(`${profile.basePath}/`))
      return { profile, path: pathname.slice(profile.basePath.length) }
  }
  return undefined
}

/** Whether an operation path is a settlement path (`/v1/pay-settle-mall/...` or `/v1/pay-settle/...`). */
export const isSettlementPath = (path: string) => /^\/v1\/pay-settle(-mall)?\//.test(path)

/** The served profile of an API. */
export const servedProfile = (api: ApiProfile): ServedProfile =>
  SERVED_PROFILES.find((profile) => profile.api === api)!

/**
 * An operation of a merchant's API with its full path (base path + operation path), or undefined when
 * that API lacks it (getReviews on the Commerce API, changeHopeDelivery on the mall API).
 * @example operationOf('commerce', 'completeExchangeCollect')?.path // '/external/v1/pay-order/seller/…/collect/approve'
 */
export function operationOf(api: ApiProfile, operationId: string) {
  const profile = servedProfile(api)
  const op = profile.index.find((o) => o.operationId === operationId)
  return op && { method: op.method, path: profile.basePath + op.path, template: op.path }
}
