import type { LintNote } from './findings.js'
/**
 * Unknown fields of a JSON body for an operation.
 * @example unknownBodyFields('requestCancel', { cancelReson: 'SOLD_OUT' })?.message // 'unknown field(s) … cancelReson (did you mean cancelReason?)'
 */
export declare function unknownBodyFields(operationId: string, body: unknown): LintNote | undefined
