/**
 * Query checks of the settlement endpoints for callers that do not come through the HTTP validator
 * (scenarios, tests), plus the business rules no schema states (facts §11): failures are the settlement
 * service's 400 `BAD_REQUEST` with one `invalidInputs` entry per bad field.
 */
import { type InvalidInput, MAX_SETTLEMENT_PAGE_SIZE, NpayError, parseKstDate } from '@npay-sandbox/protocol'
import { npayApiDocument, type Schemas } from '@npay-sandbox/schema'

/** Collects the bad fields of one request, then throws them together. */
export class ParamCheck {
  readonly problems: InvalidInput[] = []

  add(name: string, type: string, message: string) {
    if (!this.problems.some((p) => p.name === name)) this.problems.push({ name, type, message })
  }

  /** An optional `yyyy-MM-dd`; `required` makes absence a `NotNull` problem. */
  date(name: string, value: unknown, required = false): string | undefined {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(name, 'NotNull', '널이어서는 안됩니다')
      return undefined
    }
    if (typeof value === 'string' && parseKstDate(value) !== undefined) return value
    this.add(name, 'typeMismatch', '잘못된 값입니다.')
    return undefined
  }

  /** An optional value of one of the document's enums. */
  oneOf<K extends keyof Schemas>(name: string, value: unknown, schema: K): Schemas[K] | undefined {
    if (value === undefined || value === null || value === '') return undefined
    const values = (npayApiDocument.components.schemas[schema] as { enum?: readonly string[] }).enum ?? []
    if (typeof value === 'string' && values.includes(value)) return value as Schemas[K]
    this.add(name, 'typeMismatch', '잘못된 값입니다.')
    return undefined
  }

  /** Required `pageNumber` ≥ 1 and `pageSize` 1–1000 [DOC]. */
  page(q: { pageNumber?: unknown; pageSize?: unknown }): { page: number; size: number } {
    const int = (name: string, value: unknown, max?: number) => {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value
      if (n === undefined || n === null || n === '') this.add(name, 'NotNull', '널이어서는 안됩니다')
      else if (typeof n !== 'number' || !Number.isInteger(n))
        this.add(name, 'typeMismatch', '잘못된 값입니다.')
      else if (n < 1) this.add(name, 'Min', '1 이상이어야 합니다')
      else if (max !== undefined && n > max) this.add(name, 'Max', `${max} 이하여야 합니다`)
      else return n
      return 1
    }
    return {
      page: int('pageNumber', q.pageNumber),
      size: int('pageSize', q.pageSize, MAX_SETTLEMENT_PAGE_SIZE),
    }
  }

  /** Throws the collected problems, if any. */
  done() {
    if (this.problems.length) throw NpayError.settlement('BAD_REQUEST', this.problems)
  }
}

/**
 * One page of `items` in the settlement envelope; `page` echoes the requested 1-based number [INF].
 * @example paginate(['a', 'b', 'c'], 2, 2) // { elements: ['c'], pagination: { page: 2, size: 2, totalPages: 2, totalElements: 3 } }
 */
export function paginate<T>(items: readonly T[], page: number, size: number) {
  return {
    elements: items.slice((page - 1) * size, page * size),
    pagination: { page, size, totalPages: Math.ceil(items.length / size), totalElements: items.length },
  }
}
