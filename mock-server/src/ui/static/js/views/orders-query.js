// @ts-check
// The orders table's filters, sort and page, kept in the hash (`#/orders?claimStatus=RETURN_REQUEST&page=2`).

/** @typedef {Record<string, string | number> & { page: number, size: number }} OrdersQuery */

const KEYS = ['productOrderStatus', 'claimType', 'claimStatus', 'q', 'sort', 'order', 'page', 'size']

/**
 * The state of the table as the URL says it.
 * @returns {OrdersQuery}
 */
export function queryFromHash() {
  sessionStorage.setItem(
    'npay-sandbox.ordersHash',
    location.hash.startsWith('#/orders') ? location.hash : '#/orders',
  )
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '')
  /** @type {Record<string, string>} */
  const read = {}
  for (const key of KEYS) read[key] = q.get(key) ?? ''
  return { ...read, page: Number(read.page) || 1, size: Number(read.size) || 50 }
}

/**
 * Writes the state into the URL without a history entry: typing a search must not add one per key, but
 * the entry the order page is opened from keeps the filters, so Back shows the same table.
 * @param {Record<string, string | number | undefined>} query
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
