/**
 * Query checks of the settlement endpoints for callers that do not come through the HTTP validator
 * (scenarios, tests), plus the business rules no schema states (facts §11): failures are the settlement
 * service's 400 `BAD_REQUEST` with one `invalidInputs` entry per bad field.
 */
import { type InvalidInput } from '../../../protocol/src/index.js'
import { type Schemas } from '../../../schema/src/index.js'
/** Collects the bad fields of one request, then throws them together. */
export declare class ParamCheck {
  readonly problems: InvalidInput[]
  add(name: string, type: string, message: string): void
  /** An optional `yyyy-MM-dd`; `required` makes absence a `NotNull` problem. */
  date(name: string, value: unknown, required?: boolean): string | undefined
  /** An optional value of one of the document's enums. */
  oneOf<K extends keyof Schemas>(name: string, value: unknown, schema: K): Schemas[K] | undefined
  /** Required `pageNumber` ≥ 1 and `pageSize` 1–1000 [DOC]. */
  page(q: { pageNumber?: unknown; pageSize?: unknown }): {
    page: number
    size: number
  }
  /** Throws the collected problems, if any. */
  done(): void
}
/**
 * One page of `items` in the settlement envelope; `page` echoes the requested 1-based number [INF].
 * @example paginate(['a', 'b', 'c'], 2, 2) // { elements: ['c'], pagination: { page: 2, size: 2, totalPages: 2, totalElements: 3 } }
 */
export declare function paginate<T>(
  items: readonly T[],
  page: number,
  size: number,
): {
  elements: T[]
  pagination: {
    page: number
    size: number
    totalPages: number
    totalElements: number
  }
}
