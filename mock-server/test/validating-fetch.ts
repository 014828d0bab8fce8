/** Wraps a fetch so every API response is checked against the OpenAPI document. */
import { npayApiDocument } from '@npay-sandbox/schema'
import { type ResponseProblem, ResponseValidator } from '../src/validation/responses.ts'

const validator = new ResponseValidator(npayApiDocument as unknown as Record<string, unknown>)

export interface Checked {
  fetch: (request: Request) => Promise<Response>
  /** Problems found so far, as `operationId status path: message`. */
  problems: string[]
}

export function validating(inner: (request: Request) => Response | Promise<Response>): Checked {
  const problems: string[] = []
  return {
    problems,
    fetch: async (request) => {
      const response = await inner(request)
      const path = new URL(request.url).pathname
      const base = path.indexOf('/npay/partner')
      if (base < 0) return response
      const operationId = validator.operationFor(request.method, path.slice(base + '/npay/partner'.length))
      if (!operationId) return response
      const text = await response.clone().text()
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        problems.push(`${operationId} ${response.status}: body is not JSON`)
        return response
      }
      for (const p of validator.validate(operationId, response.status, body) as ResponseProblem[]) {
        problems.push(`${operationId} ${response.status} ${p.path}: ${p.kind} (${p.message})`)
      }
      return response
    },
  }
}
