// The orders table's filters, sort and page, kept in the hash (`#/orders?claimStatus=RETURN_REQUEST&page=2`).

const KEYS = ['productOrderStatus', 'claimType', 'claimStatus', 'q', 'sort', 'order', 'page', 'size']

/** The state of the table as the URL says it. */
export function queryFromHash() {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '')
  const out = {}
  for (const key of KEYS) out[key] = q.get(key) ?? ''
  out.page = Number(out.page) || 1
  out.size = Number(out.size) || 50
  return out
}

/**
 * Writes the state into the URL without a history entry: typing a search must not add one per key, but
 * the entry the order page is opened from keeps the filters, so Back shows the same table.
 */
export function saveToHash(query) {
  const q = new URLSearchParams()
  for (const key of KEYS) {
    const v = query[key]
    if (v === '' || v === undefined || (key === 'page' && v === 1) || (key === 'size' && v === 50)) continue
    q.set(key, String(v))
  }
  history.replaceState(null, '', `#/orders${q.size ? `?${q}` : ''}`)
}
