/**
 * The shape of a JSON body for comparison: every generic path (array indexes as `[]`) with the JSON
 * types seen there, and the values seen at paths the document declares as enums.
 */
import { isRecord } from '../internal/json.ts'
import { documentEnum } from './document-enums.ts'

export interface Shape {
  /** Generic path → JSON types seen there (`string`, `number`, `boolean`, `null`, `object`, `array`). */
  types: Map<string, Set<string>>
  /** Generic path → values seen, for enum fields only. */
  enums: Map<string, Set<string>>
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/**
 * The shape of a body of an operation's response.
 * @example shapeOf('getProductOrderIds', 200, body).types.get('data/[]') // Set { 'string' }
 */
export function shapeOf(operationId: string | undefined, status: number, body: unknown): Shape {
  const shape: Shape = { types: new Map(), enums: new Map() }
  const add = (map: Map<string, Set<string>>, path: string, value: string) => {
    const set = map.get(path) ?? new Set<string>()
    set.add(value)
    map.set(path, set)
  }
  const walk = (value: unknown, path: string) => {
    add(shape.types, path, typeOf(value))
    if (Array.isArray(value)) for (const item of value) walk(item, `${path}/[]`)
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`)
    else if (typeof value === 'string' && operationId && documentEnum(operationId, status, path)) {
      add(shape.enums, path, value)
    }
  }
  walk(body, '')
  return shape
}
