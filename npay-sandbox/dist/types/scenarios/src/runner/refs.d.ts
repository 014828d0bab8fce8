/** A reference that names nothing created so far. */
export declare class RefError extends Error {
  name: string
}
interface Named {
  orderId: string
  productOrderIds: string[]
}
export declare class Names {
  private readonly named
  private readonly labels
  define(name: string, order: Named): void
  /** How a report shows an id: by the name it was created under, when it has one. */
  label(id: string): string
  /** One id. A string of digits that names nothing is a literal id (for 100001 tests). */
  one(ref: string): string
  /** Several ids: a list of references, or a name for all of its product orders. */
  many(refs: string | string[]): string[]
  /** The order a product order belongs to. */
  orderOf(productOrderId: string): string | undefined
  /**
   * Replaces `${…}` placeholders in every string of `value`, deeply.
   * @example names.interpolate({ ids: ['${a[0]}'] }, clock) // { ids: ['2025060212345678'] }
   */
  interpolate<T>(
    value: T,
    clock: {
      now: number
      start: number
    },
  ): T
  private expression
}
