/**
 * Request validation derived from an OpenAPI 3.1 document: query and path parameters (coerced from
 * strings by their schema type) and JSON bodies, compiled once per operation with Ajv. Nothing restates
 * a schema by hand; failures come back as `invalidInputs` entries in the real `{name, type, message}` shape.
 */
import type { InvalidInput } from '../../../packages/protocol/src/index.js'

type Json = Record<string, unknown>
export interface ValidatedRequest {
  query: Record<string, unknown>
  path: Record<string, string>
  body: unknown
}
export type ValidationResult =
  | {
      ok: true
      value: ValidatedRequest
    }
  | {
      ok: false
      invalidInputs: InvalidInput[]
    }
export declare class OpenApiValidator {
  private readonly document
  private readonly id
  private readonly ops
  /** Operations not compiled yet: compiling happens on first use, so starting a server stays quick. */
  private readonly pending
  private readonly ajv
  constructor(document: Json, id: string)
  private resolve
  private rewrite
  private compile
  private operation
  has(operationId: string): boolean
  /** The parameters of an operation, e.g. to tell unknown query keys apart. */
  parameterNames(operationId: string): string[]
  validate(
    operationId: string,
    input: {
      query: URLSearchParams
      path: Record<string, string>
      body: unknown
    },
  ): ValidationResult
}
