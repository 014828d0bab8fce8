export interface Shape {
  /** Generic path → JSON types seen there (`string`, `number`, `boolean`, `null`, `object`, `array`). */
  types: Map<string, Set<string>>
  /** Generic path → values seen, for enum fields only. */
  enums: Map<string, Set<string>>
}
/**
 * The shape of a body of an operation's response.
 * @example shapeOf('getProductOrderIds', 200, body).types.get('data/[]') // Set { 'string' }
 */
export declare function shapeOf(operationId: string | undefined, status: number, body: unknown): Shape
