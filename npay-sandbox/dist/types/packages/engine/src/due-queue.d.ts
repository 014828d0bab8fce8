/** A min-heap of things that fall due on the virtual clock (payment expiry, automatic purchase decision). */
export interface DueItem {
  due: number
  productOrderId: string
  event: 'expire-payment' | 'decide-purchase'
}
export declare class DueQueue {
  private heap
  get size(): number
  push(item: DueItem): void
  peek(): DueItem | undefined
  pop(): DueItem | undefined
  clear(): void
}
