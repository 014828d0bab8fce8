/** The response validators of a process, one per API: compiling a document is the slow part, so each is shared. */
import { ResponseValidator } from '@npay-sandbox/mock-server'
import type { ApiProfile } from '@npay-sandbox/protocol'
import { commerceApiDocument, npayApiDocument } from '@npay-sandbox/schema'

const shared = new Map<ApiProfile, ResponseValidator>()

/**
 * The strict response validator over an API's OpenAPI document (the mall API's by default).
 * @example responseValidator('commerce').validate('getProductOrderIds', 200, body) // [] when it matches
 */
export function responseValidator(api: ApiProfile = 'npay'): ResponseValidator {
  let validator = shared.get(api)
  if (!validator) {
    const document = api === 'commerce' ? commerceApiDocument : npayApiDocument
    validator = new ResponseValidator(document as unknown as Record<string, unknown>)
    shared.set(api, validator)
  }
  return validator
}
