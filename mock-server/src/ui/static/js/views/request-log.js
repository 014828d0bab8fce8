// An order's request log: every journal entry that names the product order, newest first, each openable.
import { control } from '../api.js'
import { fill, h } from '../dom.js'
import { journalDetail } from './journal-detail.js'
import { JOURNAL_COLUMNS, journalRow } from './journal-rows.js'

export function requestLog(productOrderId) {
  const rows = h('tbody')
  const detail = h('div', { 'data-testid': 'order-request-detail' })
  const heading = h('h2', {})
  const element = h(
    'section',
    { class: 'panel', 'data-testid': 'order-requests' },
    heading,
    detail,
    h('div', { class: 'table-wrap' }, h('table', { class: 'grid journal-table cards' }, h('thead'), rows)),
  )
  let last = ''
  let open

  async function show(ctx, id) {
    open = id
    const entry = await control('GET', `/requests/${encodeURIComponent(id)}`, {
      query: { clientId: ctx.clientId },
    })
    fill(detail, journalDetail(ctx.t, entry))
  }

  async function refresh(ctx) {
    const t = ctx.t
    fill(
      heading,
      t('journal.forOrder'),
      ' ',
      h(
        'a',
        { class: 'link small', href: `#/journal?path=${encodeURIComponent(productOrderId)}` },
        t('journal.openAll'),
      ),
    )
    const { requests } = await control('GET', '/requests', {
      query: { clientId: ctx.clientId, productOrderId, source: 'all', limit: 50 },
    })
    const text = JSON.stringify(requests)
    if (text === last) return
    last = text
    fill(
      element.querySelector('thead'),
      h(
        'tr',
        {},
        JOURNAL_COLUMNS.map((k) => h('th', {}, t(k))),
      ),
    )
    fill(
      rows,
      requests.length === 0
        ? h('tr', {}, h('td', { colspan: JOURNAL_COLUMNS.length, class: 'muted' }, t('journal.empty')))
        : requests.map((r) => journalRow(ctx, r, { current: r.id === open, onclick: () => show(ctx, r.id) })),
    )
  }

  return { element, refresh }
}
