/** One request and its response as a contract run saw them, plus what the OpenAPI document said of it. */
import type { ResponseProblem } from '../../../mock-server/src/index.js'
/** A problem with one response: a JSON pointer into the body (or `header:Name`) and its kind. */
export type Problem = ResponseProblem
export interface Exchange {
  /** operationId of the route, or undefined for a path the API does not document (a probe). */
  operationId: string | undefined
  method: string
  /** Path relative to the base URL, without the query string. */
  path: string
  /** Query parameters in request order (repeated keys kept). */
  query: [string, string][]
  /** Selected request headers, lower-case names (`authorization`, `content-type`). */
  requestHeaders: Record<string, string>
  /** JSON body, form parameters as an object, or undefined. */
  requestBody: unknown
  status: number
  /** Selected response headers, lower-case names (trace id, content type, rate-limit headers). */
  responseHeaders: Record<string, string>
  /** Parsed JSON body, the raw text when it was not JSON, undefined when empty. */
  responseBody: unknown
  /** What the OpenAPI document (and the header rules) found wrong with the response. */
  problems: Problem[]
}
