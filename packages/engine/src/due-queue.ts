/** A min-heap of things that fall due on the virtual clock (payment expiry, automatic purchase decision). */
export interface DueItem {
  due: number
  productOrderId: string
  event: 'expire-payment' | 'decide-purchase'
  /** The milestone instant the timer counts from (machine/timers.ts): a timer whose milestone moved is stale. */
  since: number
}

export class DueQueue {
  private heap: DueItem[] = []

  get size(): number {
    return this.heap.length
  }

  push(item: DueItem) {
    const h = this.heap
    h.push(item)
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (h[parent]!.due <= h[i]!.due) break
      ;[h[parent], h[i]] = [h[i]!, h[parent]!]
      i = parent
    }
  }

  /** Every queued item, in no particular order (a copy). */
  items(): DueItem[] {
    return [...this.heap]
  }

  peek(): DueItem | undefined {
    return this.heap[0]
  }

  pop(): DueItem | undefined {
    const h = this.heap
    const top = h[0]
    const last = h.pop()
    if (h.length > 0 && last) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && h[l]!.due < h[m]!.due) m = l
        if (r < h.length && h[r]!.due < h[m]!.due) m = r
        if (m === i) break
        ;[h[m], h[i]] = [h[i]!, h[m]!]
        i = m
      }
    }
    return top
  }

  clear() {
    this.heap = []
  }
}
