// Orders: the merchant's product orders, filtered, searched, sorted and paged by the server, with true totals.
import { control, stateMachine } from '../api.js'
import { fill, h, shortDate, toast, won } from '../dom.js'
import { bulkActions } from './orders-bulk.js'
import { createOrderForm } from './orders-create.js'
import { queryFromHash, saveToHash } from './orders-query.js'

const COLUMNS = [
  ['productOrderId', 'col.productOrderId'],
  ['productName', 'col.product'],
  ['productOrderStatus', 'col.status'],
  ['claim', 'col.claim'],
  ['totalPaymentAmount', 'col.amount'],
  ['orderDate', 'col.orderDate'],
  ['lastChangedDate', 'col.lastChanged'],
]
const FILTERS = [
  ['productOrderStatus', 'col.status', 'ProductOrderStatus'],
  ['claimType', 'col.claimType', 'ClaimType'],
  ['claimStatus', 'col.claimStatus', 'ClaimStatus'],
]

const anyOrder = (facets) => Object.values(facets.productOrderStatus).some((n) => n > 0)

export function ordersView() {
  let ctx
  let labels = {}
  const query = queryFromHash()
  let last = ''
  const table = h('tbody')
  const head = h('tr')
  const count = h('span', { class: 'muted', 'data-testid': 'order-count' })
  const pager = h('div', { class: 'pager', 'data-testid': 'pager' })
  const bulk = bulkActions(
    () => ctx,
    async () => {
      last = ''
      await refresh()
    },
  )
  const selects = Object.fromEntries(
    FILTERS.map(([key]) => [key, h('select', { 'data-testid': `filter-${key}` })]),
  )

  /** Korean text of an enum value in Korean mode, the code itself in English mode. */
  const label = (enumName, value) =>
    value && ctx.lang() === 'ko' ? (labels[enumName]?.[value] ?? value) : (value ?? '')

  function setQuery(changes) {
    Object.assign(query, changes)
    saveToHash(query)
    last = ''
    refresh().catch((error) => toast(error.message, 'error'))
  }

  function drawFilters(facets) {
    for (const [key, , enumName] of FILTERS) {
      const select = selects[key]
      if (document.activeElement === select) continue
      const values = Object.keys(facets[key] ?? {}).sort()
      if (query[key] && !values.includes(query[key])) values.push(query[key])
      fill(
        select,
        h('option', { value: '' }, ctx.t('all')),
        values.map((v) =>
          h(
            'option',
            { value: v },
            `${label(enumName, v)}${ctx.lang() === 'ko' ? ` ${v}` : ''} (${facets[key]?.[v] ?? 0})`,
          ),
        ),
      )
      select.value = query[key]
    }
  }

  function drawHead(rows) {
    fill(
      head,
      bulk.headCell(rows.map((r) => r.productOrderId)),
      COLUMNS.map(([key, text]) => {
        const sorted = (query.sort || 'lastChangedDate') === key
        const dir = sorted ? (query.order === 'asc' ? 1 : -1) : 0
        return h(
          'th',
          {
            class: `sortable ${sorted ? 'sorted' : ''}`,
            'aria-sort': sorted ? (dir > 0 ? 'ascending' : 'descending') : undefined,
            onclick: () => setQuery({ sort: key, order: sorted && dir < 0 ? 'asc' : 'desc', page: 1 }),
          },
          ctx.t(text),
          sorted ? (dir > 0 ? ' ▲' : ' ▼') : '',
        )
      }),
    )
  }

  function row(r) {
    // A cancel or return of part of the quantity leaves the product order in its status with units held.
    const claimed = (r.quantity ?? 0) - (r.remainQuantity ?? r.quantity ?? 0)
    const partial =
      claimed > 0 && (r.remainQuantity ?? 0) > 0
        ? h(
            'div',
            { class: 'small', 'data-testid': 'partial-claim' },
            ctx.t('orders.partialClaim', {
              type: label('ClaimType', r.claimType),
              claimed,
              quantity: r.quantity,
            }),
          )
        : null
    const claim = r.claimType
      ? [
          h(
            'span',
            { class: 'badge claim', title: `${r.claimType}/${r.claimStatus}` },
            label('ClaimType', r.claimType),
          ),
          ' ',
          h('span', { class: 'small' }, label('ClaimStatus', r.claimStatus)),
          r.holdbackStatus
            ? h('div', { class: 'small muted' }, label('HoldbackStatus', r.holdbackStatus))
            : null,
          partial,
        ]
      : ''
    return h(
      'tr',
      {
        'data-testid': `order-row-${r.productOrderId}`,
        'data-status': r.productOrderStatus,
        class: 'clickable',
        onclick: () => ctx.go(`#/orders/${encodeURIComponent(r.productOrderId)}`),
      },
      bulk.rowCell(r.productOrderId),
      h('td', {}, h('a', { href: `#/orders/${r.productOrderId}`, class: 'mono' }, r.productOrderId)),
      h('td', { class: 'product', title: r.productName }, r.productName),
      h(
        'td',
        {},
        h(
          'span',
          { class: `badge st-${r.productOrderStatus}`, title: r.productOrderStatus },
          label('ProductOrderStatus', r.productOrderStatus),
        ),
        h('div', { class: 'small muted' }, label('PlaceOrderStatus', r.placeOrderStatus)),
      ),
      h('td', {}, claim),
      h('td', { class: 'num' }, won(r.totalPaymentAmount)),
      h('td', { class: 'date' }, shortDate(r.orderDate)),
      h('td', { class: 'date' }, shortDate(r.lastChangedDate)),
    )
  }

  function drawPager(total) {
    const pages = Math.max(1, Math.ceil(total / query.size))
    const from = total === 0 ? 0 : (query.page - 1) * query.size + 1
    const to = Math.min(total, query.page * query.size)
    fill(count, ctx.t('orders.count', { from, to, total }))
    fill(
      pager,
      h(
        'button',
        {
          type: 'button',
          disabled: query.page <= 1,
          'data-testid': 'page-prev',
          onclick: () => setQuery({ page: query.page - 1 }),
        },
        '‹',
      ),
      h('span', { 'data-testid': 'page-of' }, ctx.t('orders.page', { page: query.page, pages })),
      h(
        'button',
        {
          type: 'button',
          disabled: query.page >= pages,
          'data-testid': 'page-next',
          onclick: () => setQuery({ page: query.page + 1 }),
        },
        '›',
      ),
    )
  }

  /** Reads only the current page; redraws only when the page, the total or the facets changed. */
  async function refresh() {
    const { page, size, ...filters } = query
    const answer = await control('GET', '/product-orders', {
      query: { clientId: ctx.clientId, page, size, ...filters },
    })
    const text = JSON.stringify(answer)
    if (text === last) return
    last = text
    if (answer.productOrders.length === 0 && answer.total > 0 && query.page > 1) {
      setQuery({ page: Math.ceil(answer.total / query.size) })
      return
    }
    drawFilters(answer.facets)
    drawHead(answer.productOrders)
    drawPager(answer.total)
    fill(
      table,
      answer.productOrders.length === 0
        ? h(
            'tr',
            {},
            h(
              'td',
              { colspan: COLUMNS.length + 1, class: 'muted' },
              ctx.t(anyOrder(answer.facets) ? 'orders.empty' : 'orders.none'),
            ),
          )
        : answer.productOrders.map(row),
    )
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      ;({ labels } = await stateMachine())
      for (const [key] of FILTERS)
        selects[key].addEventListener('change', () => setQuery({ [key]: selects[key].value, page: 1 }))
      let typing
      const search = h('input', {
        type: 'search',
        value: query.q,
        placeholder: t('orders.searchHint'),
        'data-testid': 'filter-text',
        oninput: (e) => {
          clearTimeout(typing)
          typing = setTimeout(() => setQuery({ q: e.target.value, page: 1 }), 200)
        },
      })
      fill(
        container,
        h(
          'div',
          { class: 'view-head' },
          h('h1', {}, t('nav.orders')),
          createOrderForm(ctx, async () => {
            last = ''
            await refresh()
          }),
        ),
        h(
          'div',
          { class: 'toolbar' },
          FILTERS.map(([key, text]) => h('label', {}, t(text), selects[key])),
          h('label', { class: 'grow' }, t('search'), search),
          count,
          pager,
        ),
        bulk.bar,
        bulk.results,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid orders-table', 'data-testid': 'orders-table' },
            h('thead', {}, head),
            table,
          ),
        ),
      )
      await Promise.all([bulk.mount(), refresh()])
    },
    refresh,
  }
}
