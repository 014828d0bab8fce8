/**
 * The suites are written once for both APIs: a case names operations by operationId, and each target
 * speaks one API profile (the Npay mall API or the Commerce API). This module says which operations a
 * profile has, where they are, and which cases belong to a profile's contract.
 */
import { API_PROFILE_HOSTS, type ApiProfile } from '@npay-sandbox/protocol'
import { commerceApiOperationIndex, operationIndex } from '@npay-sandbox/schema'
import type { ContractCase, OperationName, Suite } from './suite.ts'

const INDEXES: Readonly<Record<ApiProfile, readonly { operationId: string; path: string }[]>> = {
  npay: operationIndex,
  commerce: commerceApiOperationIndex,
}

const TITLES: Readonly<Record<ApiProfile, string>> = {
  npay: 'the Npay mall API',
  commerce: 'the Commerce API',
}

/**
 * A profile's name for reports.
 * @example profileTitle('commerce') // 'the Commerce API'
 */
export const profileTitle = (api: ApiProfile): string => TITLES[api]

/**
 * Whether a profile has an operation.
 * @example hasOperation('commerce', 'getReviews') // false
 */
export function hasOperation(api: ApiProfile, operationId: string): boolean {
  return INDEXES[api].some((op) => op.operationId === operationId)
}

/**
 * The path of an operation relative to the profile's base URL, path parameters filled in.
 * @example operationPath('commerce', 'requestCancel', { productOrderId: '1' }) // '/v1/pay-order/seller/product-orders/1/claim/cancel/request'
 */
export function operationPath(
  api: ApiProfile,
  operationId: OperationName,
  params: Readonly<Record<string, string>> = {},
): string {
  const op = INDEXES[api].find((o) => o.operationId === operationId)
  if (!op) throw new Error(`${profileTitle(api)} has no operation ${operationId}`)
  return op.path.replaceAll(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`)
    return encodeURIComponent(value)
  })
}

/**
 * Whether a case is part of a profile's contract: every operation it exercises exists there (the review
 * cases are the mall API's, the hope-delivery cases the Commerce API's).
 * @example appliesTo(reviewsCase, 'commerce') // false
 */
export function appliesTo(contractCase: ContractCase, api: ApiProfile): boolean {
  return contractCase.operations.every((operationId) => hasOperation(api, operationId))
}

/**
 * The suites with only the cases of a profile; a suite left without cases is left out.
 * @example suitesFor(SUITES, 'commerce').flatMap((s) => s.cases).some((c) => c.operations.includes('getReviews')) // false
 */
export function suitesFor(suites: readonly Suite[], api: ApiProfile): Suite[] {
  return suites
    .map((suite) => ({ ...suite, cases: suite.cases.filter((c) => appliesTo(c, api)) }))
    .filter((suite) => suite.cases.length > 0)
}

/**
 * The base URL of a profile on an emulator at `origin`.
 * @example emulatorBaseUrl('http://127.0.0.1:8787', 'commerce') // 'http://127.0.0.1:8787/external'
 */
export function emulatorBaseUrl(origin: string, api: ApiProfile): string {
  return `${origin}${API_PROFILE_HOSTS[api].basePath}`
}
