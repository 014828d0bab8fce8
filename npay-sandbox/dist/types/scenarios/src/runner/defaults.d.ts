/** Single-item operations, addressed by the `productOrderId` path parameter. */
export declare const SINGLE_ITEM_OPERATIONS: ReadonlySet<string>
export interface DefaultContext {
  now: number
  start: number
  /** A tracking number no other order of the server uses. */
  tracking(): string
  orderOf(productOrderId: string): string | undefined
}
/** `a` with `b` merged over it, deeply for plain objects; a null in `b` deletes the key. */
export declare function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown>
/**
 * The input of one call for one target (single-item operations) or all targets (the others).
 * @example defaultInput('approveReturn', ['2025…'], ctx, {}) // { productOrderId: '2025…' }
 */
export declare function defaultInput(
  op: string,
  ids: string[],
  c: DefaultContext,
  body: Record<string, unknown> | null | undefined,
  params?: Record<string, unknown>,
): Record<string, unknown>
