import { SandboxControlError } from '../errors.js'
/**
 * Builds the `SandboxControlError` of a failed control-plane response from its `SandboxError` body,
 * or from the status alone when the body is not JSON.
 * @example toControlError(response, { code: 'EVENT_NOT_ALLOWED', message: '…', allowedEvents: ['deliver'] })
 */
export declare function toControlError(response: Response, body: unknown): SandboxControlError
