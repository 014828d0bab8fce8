/** The one response validator of a process: compiling the document is the slow part, so it is shared. */
import { ResponseValidator } from '../../../mock-server/src/index.js'
/**
 * The strict response validator over the real API's OpenAPI document.
 * @example responseValidator().validate('getProductOrderIds', 200, body) // [] when it matches
 */
export declare function responseValidator(): ResponseValidator
