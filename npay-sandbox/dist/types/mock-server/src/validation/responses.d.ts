type Json = Record<string, unknown>
export interface ResponseProblem {
  /** JSON pointer into the body, e.g. `/data/0/productOrder/claimStatus`. */
  path: string
  kind: 'undocumented' | 'missing' | 'type' | 'enum' | 'format' | 'status' | 'other'
  message: string
}
export declare class ResponseValidator {
  private readonly document
  private readonly id
  private readonly ajv
  private readonly compiled
  private readonly operations
  /** JSON pointer of each operation inside the document. */
  private readonly pointers
  private readonly routes
  constructor(document: Json, id?: string)
  /** The operationId answering `method` on a path relative to the base URL, if any. */
  operationFor(method: string, path: string): string | undefined
  validate(operationId: string, status: number, body: unknown): ResponseProblem[]
}
