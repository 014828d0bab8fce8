// @ts-check
// Orders: the merchant's product orders, filtered, searched, sorted and paged by the server, with true totals.
/** @import { ControlInput, ControlResult, Schemas, View, ViewContext } from '../../../dashboard.js' */
import { control, stateMachine } from '../api.js'
import { fill, h, toast } from '../dom.js'
import { bulkActions } from './orders-bulk.js'
import { createOrderForm } from './orders-create.js'
import { queryFromHash, saveToHash } from './orders-query.js'
import { orderRow } from './orders-row.js'

/** @typedef {ControlResult<'listProductOrders'>} OrdersPage */
/** @typedef {OrdersPage['facets']} Facets */
/** @typedef {Schemas['SandboxProductOrderSummary']} Row */

/** The table's columns: the sort key the server takes, and the header's label key. */
const COLUMNS = /** @type {const} */ ([
  ['productOrderId', 'col.productOrderId'],
  ['productName', 'col.product'],
  ['productOrderStatus', 'col.status'],
  ['claim', 'col.claim'],
  ['totalPaymentAmount', 'col.amount'],
  ['orderDate', 'col.orderDate'],
  ['lastChangedDate', 'col.lastChanged'],
])
/** The filter menus: the query key (a facet of the answer), the label key and the enum of its values. */
const FILTERS = /** @type {const} */ ([
  ['productOrderStatus', 'col.status', 'ProductOrderStatus'],
  ['claimType', 'col.claimType', 'ClaimType'],
  ['claimStatus', 'col.claimStatus', 'ClaimStatus'],
])

/** @param {Facets} facets */
const anyOrder = (facets) => Object.values(facets.productOrderStatus).some((n) => n > 0)

/** @returns {View} */
export function ordersView() {
  /** @type {ViewContext} */
  let ctx
  /** @type {Record<string, Record<string, string>>} */
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
  /** @type {Record<string, HTMLSelectElement>} */
  const selects = Object.fromEntries(
    FILTERS.map(([key]) => [key, h('select', { 'data-testid': `filter-${key}` })]),
  )

  /**
   * Korean text of an enum value in Korean mode, the code itself in English mode.
   * @param {string} enumName
   * @param {string | undefined} value
   */
  const label = (enumName, value) =>
    value && ctx.lang() === 'ko' ? (labels[enumName]?.[value] ?? value) : (value ?? '')

  /** @param {Partial<typeof query>} changes */
  function setQuery(changes) {
    Object.assign(query, changes)
    saveToHash(query)
    last = ''
    refresh().catch((error) => toast(error.message, 'error'))
  }

  /** @param {Facets} facets */
  function drawFilters(facets) {
    for (const [key, , enumName] of FILTERS) {
      const select = selects[key]
      if (!select || document.activeElement === select) continue
      const values = Object.keys(facets[key]).sort()
      const asked = String(query[key] ?? '')
      if (asked && !values.includes(asked)) values.push(asked)
      fill(
        select,
        h('option', { value: '' }, ctx.t('all')),
        values.map((v) =>
          h(
            'option',
            { value: v },
            `${label(enumName, v)}${ctx.lang() === 'ko' ? ` ${v}` : ''} (${facets[key][v] ?? 0})`,
          ),
        ),
      )
      select.value = asked
    }
  }

  /** @param {Row[]} rows */
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

  /** @param {number} total */
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
    // The hash's codes go to the server as they are: it answers 400 for a status or sort it does not know.
    const asked = /** @type {ControlInput<'listProductOrders'>['query']} */ ({
      clientId: ctx.clientId,
      page,
      size,
      ...filters,
    })
    const answer = await control('listProductOrders', { query: asked })
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
        : answer.productOrders.map((r) => orderRow(r, { ctx, label, pick: bulk.rowCell })),
    )
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      ;({ labels } = await stateMachine())
      for (const [key] of FILTERS) {
        const select = selects[key]
        select?.addEventListener('change', () => setQuery({ [key]: select.value, page: 1 }))
      }
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let typing
      const search = h('input', {
        type: 'search',
        value: query.q,
        placeholder: t('orders.searchHint'),
        'data-testid': 'filter-text',
        oninput: (/** @type {InputEvent} */ e) => {
          clearTimeout(typing)
          const text = /** @type {HTMLInputElement} */ (e.target).value
          typing = setTimeout(() => setQuery({ q: text, page: 1 }), 200)
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
