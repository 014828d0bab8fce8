// Orders: every product order of the merchant in a filterable, sortable table, refreshed while open.
import { control } from '../api.js'
import { fill, h, shortDate, toast, won } from '../dom.js'

const COLUMNS = [
  ['productOrderId', 'col.productOrderId'],
  ['productName', 'col.product'],
  ['productOrderStatus', 'col.status'],
  ['placeOrderStatus', 'col.placeOrderStatus'],
  ['claim', 'col.claim'],
  ['holdbackStatus', 'col.holdback'],
  ['totalPaymentAmount', 'col.amount'],
  ['orderDate', 'col.orderDate'],
  ['paymentDate', 'col.paymentDate'],
  ['lastChangedDate', 'col.lastChanged'],
]

const claimOf = (po) => (po.claimType ? `${po.claimType}/${po.claimStatus}` : '')
const cellValue = (po, key) => (key === 'claim' ? claimOf(po) : (po[key] ?? ''))

export function ordersView() {
  let ctx
  let rows = []
  let sort = { key: 'lastChangedDate', dir: -1 }
  const filter = { status: '', claim: '', text: '' }
  const table = h('tbody')
  const head = h('tr')
  const count = h('span', { class: 'muted', 'data-testid': 'order-count' })
  const statusSelect = h('select', { 'data-testid': 'filter-status' })
  const claimSelect = h('select', { 'data-testid': 'filter-claim' })

  function options(select, values, current, allLabel) {
    fill(
      select,
      h('option', { value: '' }, allLabel),
      values.map((v) => h('option', { value: v }, v)),
    )
    select.value = values.includes(current) ? current : ''
  }

  function draw() {
    const t = ctx.t
    const statuses = [...new Set(rows.map((r) => r.productOrderStatus))].sort()
    const claims = [...new Set(rows.map((r) => r.claimType).filter(Boolean))].sort()
    if (document.activeElement !== statusSelect) options(statusSelect, statuses, filter.status, t('all'))
    if (document.activeElement !== claimSelect) options(claimSelect, claims, filter.claim, t('all'))
    const text = filter.text.trim().toLowerCase()
    const shown = rows
      .filter((r) => !filter.status || r.productOrderStatus === filter.status)
      .filter((r) => !filter.claim || r.claimType === filter.claim)
      .filter(
        (r) => !text || `${r.productOrderId} ${r.orderId} ${r.productName}`.toLowerCase().includes(text),
      )
      .sort((a, b) => {
        const x = cellValue(a, sort.key)
        const y = cellValue(b, sort.key)
        return (
          (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) *
          sort.dir
        )
      })
    fill(count, t('orders.count', { shown: shown.length, total: rows.length }))
    fill(
      head,
      COLUMNS.map(([key, label]) =>
        h(
          'th',
          {
            class: `sortable ${sort.key === key ? 'sorted' : ''}`,
            'aria-sort': sort.key === key ? (sort.dir > 0 ? 'ascending' : 'descending') : undefined,
            onclick: () => {
              sort = { key, dir: sort.key === key ? -sort.dir : 1 }
              draw()
            },
          },
          t(label),
          sort.key === key ? (sort.dir > 0 ? ' ▲' : ' ▼') : '',
        ),
      ),
    )
    fill(
      table,
      shown.length === 0
        ? h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'muted' }, t('orders.empty')))
        : shown.map((r) =>
            h(
              'tr',
              { 'data-testid': `order-row-${r.productOrderId}`, class: 'clickable', onclick: () => open(r) },
              h('td', {}, h('a', { href: `#/orders/${r.productOrderId}`, class: 'mono' }, r.productOrderId)),
              h('td', {}, r.productName),
              h('td', {}, h('span', { class: `badge st-${r.productOrderStatus}` }, r.productOrderStatus)),
              h('td', {}, r.placeOrderStatus),
              h('td', {}, claimOf(r)),
              h('td', {}, r.holdbackStatus ?? ''),
              h('td', { class: 'num' }, won(r.totalPaymentAmount)),
              h('td', { class: 'nowrap' }, shortDate(r.orderDate)),
              h('td', { class: 'nowrap' }, shortDate(r.paymentDate)),
              h('td', { class: 'nowrap' }, shortDate(r.lastChangedDate)),
            ),
          ),
    )
  }

  function open(r) {
    ctx.go(`#/orders/${encodeURIComponent(r.productOrderId)}`)
  }

  async function refresh() {
    const { productOrders } = await control('GET', '/product-orders', {
      query: { clientId: ctx.clientId, limit: 1000 },
    })
    rows = productOrders
    draw()
  }

  async function create(form) {
    const data = new FormData(form)
    const count = Number(data.get('items') || 1)
    const body = {
      clientId: ctx.clientId,
      paid: data.get('paid') !== 'deposit',
      items: Array.from({ length: count }, () => ({})),
    }
    const created = await control('POST', '/orders', { body })
    toast(ctx.t('orders.created', { id: created.orderId }))
    await refresh()
    return created
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      const form = h(
        'form',
        {
          class: 'toolbar',
          'data-testid': 'create-order-form',
          onsubmit: (e) => {
            e.preventDefault()
            create(e.target).catch((error) => toast(error.message, 'error'))
          },
        },
        h(
          'label',
          {},
          t('orders.items'),
          h('input', { type: 'number', name: 'items', min: 1, max: 10, value: 1 }),
        ),
        h(
          'label',
          {},
          t('orders.payment'),
          h(
            'select',
            { name: 'paid' },
            h('option', { value: 'paid' }, t('orders.paidNow')),
            h('option', { value: 'deposit' }, t('orders.deposit')),
          ),
        ),
        h('button', { type: 'submit', class: 'primary', 'data-testid': 'create-order' }, t('orders.create')),
      )
      const filters = h(
        'div',
        { class: 'toolbar' },
        h('label', {}, t('col.status'), statusSelect),
        h('label', {}, t('col.claim'), claimSelect),
        h(
          'label',
          { class: 'grow' },
          t('search'),
          h('input', {
            type: 'search',
            placeholder: t('orders.searchHint'),
            'data-testid': 'filter-text',
            oninput: (e) => {
              filter.text = e.target.value
              draw()
            },
          }),
        ),
        count,
      )
      statusSelect.addEventListener('change', () => {
        filter.status = statusSelect.value
        draw()
      })
      claimSelect.addEventListener('change', () => {
        filter.claim = claimSelect.value
        draw()
      })
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.orders')), form),
        filters,
        h(
          'div',
          { class: 'table-wrap' },
          h('table', { class: 'grid', 'data-testid': 'orders-table' }, h('thead', {}, head), table),
        ),
      )
      await refresh()
    },
    refresh,
  }
}
