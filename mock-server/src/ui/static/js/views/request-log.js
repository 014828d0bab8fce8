// @ts-check
// An order's request log: every journal entry that names the product order, newest first, each openable.
import { control } from '../api.js'
import { fill, h } from '../dom.js'
import { journalDetail, journalEntry } from './journal-detail.js'
import { JOURNAL_COLUMNS, journalRow } from './journal-rows.js'

/** @import { ViewContext } from '../../../dashboard.js' */

/**
 * @param {string} productOrderId
 * @returns {{ element: HTMLElement, refresh: (ctx: ViewContext) => Promise<void> }}
 */
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
  /** @type {string | undefined} */
  let open

  /**
   * @param {ViewContext} ctx
   * @param {string} id
   */
  async function show(ctx, id) {
    open = id
    const entry = await journalEntry(ctx, id)
    fill(detail, journalDetail(ctx.t, entry))
  }

  /** @param {ViewContext} ctx */
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
    const { requests } = await control('listRequests', {
      query: { clientId: ctx.clientId, productOrderId, source: 'all', limit: 50 },
    })
    const text = JSON.stringify(requests)
    if (text === last) return
    last = text
    fill(
      /** @type {HTMLTableSectionElement} */ (element.querySelector('thead')),
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
