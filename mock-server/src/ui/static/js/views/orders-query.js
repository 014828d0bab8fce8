// The orders table's filters, sort and page, kept in the hash (`#/orders?claimStatus=RETURN_REQUEST&page=2`).

const KEYS = ['productOrderStatus', 'claimType', 'claimStatus', 'q', 'sort', 'order', 'page', 'size']

/** The state of the table as the URL says it. */
export function queryFromHash() {
  sessionStorage.setItem(
    'npay-sandbox.ordersHash',
    location.hash.startsWith('#/orders') ? location.hash : '#/orders',
  )
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
  const hash = `#/orders${q.size ? `?${q}` : ''}`
  history.replaceState(null, '', hash)
  // The order page's "← Orders" link returns to this very table.
  sessionStorage.setItem('npay-sandbox.ordersHash', hash)
}
