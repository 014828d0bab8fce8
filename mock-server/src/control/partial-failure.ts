/**
 * A 200 whose `data.failProductOrderInfos` is not empty is the usual way the order API fails: some or
 * all product orders of the request were refused. The journal summarises it so it never reads as success.
 */

interface FailInfo {
  productOrderId: string
  code: string
  message: string
}

export interface PartialFailure {
  succeeded: number
  failed: number
  /** Distinct failure codes, in order of first appearance. */
  codes: string[]
  items: FailInfo[]
}

/** @example partialFailureOf(200, { data: { successProductOrderIds: [], failProductOrderInfos: [{ productOrderId: '1', code: '9999', message: '…' }] } }) */
export function partialFailureOf(status: number, body: unknown): PartialFailure | undefined {
  if (status < 200 || status >= 300 || typeof body !== 'object' || body === null) return undefined
  const data = (body as { data?: unknown }).data
  if (typeof data !== 'object' || data === null) return undefined
  // Confirm answers successProductOrderInfos, the other change operations successProductOrderIds.
  const { successProductOrderIds, successProductOrderInfos, failProductOrderInfos } = data as Record<
    string,
    unknown
  >
  const succeeded = [successProductOrderIds, successProductOrderInfos].find(Array.isArray) ?? []
  if (!Array.isArray(failProductOrderInfos) || failProductOrderInfos.length === 0) return undefined
  const items = failProductOrderInfos.map((f) => {
    const info = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>
    return {
      productOrderId: String(info.productOrderId ?? ''),
      code: String(info.code ?? ''),
      message: String(info.message ?? ''),
    }
  })
  return {
    succeeded: succeeded.length,
    failed: items.length,
    codes: [...new Set(items.map((i) => i.code))],
    items,
  }
}
