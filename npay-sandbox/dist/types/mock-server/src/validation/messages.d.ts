/**
 * Ajv errors as `invalidInputs` entries. Types follow the Bean Validation names the real services use
 * (`NotNull`, `Size`, `Pattern`, `Min`, `Max`, `typeMismatch`); messages are the standard Korean
 * validator texts (the real ones are not public, facts §4.3).
 */

import type { ErrorObject } from 'ajv'
import type { InvalidInput } from '../../../packages/protocol/src/index.js'
export declare function describeError(e: ErrorObject, prefix: string): InvalidInput
