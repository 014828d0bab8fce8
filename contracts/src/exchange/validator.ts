/** The one response validator of a process: compiling the document is the slow part, so it is shared. */
import { ResponseValidator } from '@npay-sandbox/mock-server'
import { npayApiDocument } from '@npay-sandbox/schema'

let shared: ResponseValidator | undefined

/**
 * The strict response validator over the real API's OpenAPI document.
 * @example responseValidator().validate('getProductOrderIds', 200, body) // [] when it matches
 */
export function responseValidator(): ResponseValidator {
  shared ??= new ResponseValidator(npayApiDocument as unknown as Record<string, unknown>)
  return shared
}
