import { SandboxControlError } from '../errors.ts'
import { isRecord } from './to-api-error.ts'

/**
 * Builds the `SandboxControlError` of a failed control-plane response from its `SandboxError` body,
 * or from the status alone when the body is not JSON.
 * @example toControlError(response, { code: 'EVENT_NOT_ALLOWED', message: '…', allowedEvents: ['deliver'] })
 */
export function toControlError(response: Response, body: unknown): SandboxControlError {
  const fields = isRecord(body) ? body : {}
  const code = typeof fields.code === 'string' ? fields.code : undefined
  const message =
    typeof fields.message === 'string'
      ? fields.message
      : `HTTP ${response.status}${typeof body === 'string' && body ? `: ${body.slice(0, 200)}` : ''}`
  const allowedEvents = Array.isArray(fields.allowedEvents)
    ? fields.allowedEvents.filter((event): event is string => typeof event === 'string')
    : undefined
  return new SandboxControlError({
    status: response.status,
    code,
    message,
    allowedEvents,
    details: fields.details,
    body,
  })
}
