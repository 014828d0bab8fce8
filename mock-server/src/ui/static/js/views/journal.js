// @ts-check
// Journal: the merchant's requests with source, status, partial failures and diagnostics; open one for both bodies.
import { control } from '../api.js'
import { fill, h } from '../dom.js'
import { journalDetail, journalEntry } from './journal-detail.js'
import { JOURNAL_COLUMNS, journalRow } from './journal-rows.js'

/** @import { Translate, View, ViewContext } from '../../../dashboard.js' */
/** @typedef {{ status: string, path: string, source: string }} Filter */

/** Journal filters live in the hash query (`#/journal?source=integration`), so Back keeps them. */
/** @returns {Filter} */
function filterFromHash() {
  const q = new URLSearchParams(location.hash.split('?')[1] ?? '')
  return { status: q.get('status') ?? '', path: q.get('path') ?? '', source: q.get('source') ?? '' }
}

/**
 * @param {string | undefined} openId
 * @param {Filter} filter
 */
function hashOf(openId, filter) {
  const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v))
  return `#/journal${openId ? `/${encodeURIComponent(openId)}` : ''}${q.size ? `?${q}` : ''}`
}

/**
 * @param {string | undefined} openId
 * @returns {View}
 */
export function journalView(openId) {
  /** @type {ViewContext} */
  let ctx
  const filter = filterFromHash()
  const rows = h('tbody')
  const detail = h('div', { class: 'journal-detail', 'data-testid': 'journal-detail' })
  let last = ''

  async function refresh() {
    const { requests } = await control('listRequests', {
      query: {
        clientId: ctx.clientId,
        limit: 200,
        status: filter.status ? Number(filter.status) : undefined,
        path: filter.path,
        source: /** @type {'integration' | 'dashboard' | 'control' | 'all' | undefined} */ (
          filter.source || undefined
        ),
      },
    })
    const text = JSON.stringify(requests)
    if (text === last) return
    last = text
    fill(
      rows,
      requests.length === 0
        ? h('tr', {}, h('td', { colspan: JOURNAL_COLUMNS.length, class: 'muted' }, ctx.t('journal.empty')))
        : requests.map((r) =>
            journalRow(ctx, r, { current: r.id === openId, onclick: () => ctx.go(hashOf(r.id, filter)) }),
          ),
    )
  }

  /** @param {string} id */
  async function show(id) {
    const entry = await journalEntry(ctx, id)
    fill(detail, journalDetail(ctx.t, entry, hashOf(undefined, filter)))
  }

  /** @param {keyof Filter} key */
  function onFilter(key) {
    return (/** @type {Event} */ e) => {
      filter[key] = /** @type {HTMLInputElement | HTMLSelectElement} */ (e.target).value.trim()
      // replaceState: typing a path must not add a history entry per key, and must not re-render the view.
      history.replaceState(null, '', hashOf(openId, filter))
      last = ''
      refresh()
    }
  }

  /** @param {Translate} t */
  function toolbar(t) {
    const source = h(
      'select',
      { 'data-testid': 'journal-source', onchange: onFilter('source') },
      h('option', { value: '' }, t('journal.sourceApi')),
      ['integration', 'dashboard', 'control'].map((s) => h('option', { value: s }, t(`source.${s}`))),
      h('option', { value: 'all' }, t('journal.sourceAll')),
    )
    source.value = filter.source
    return h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t('journal.source'), source),
      h(
        'label',
        {},
        t('journal.status'),
        h('input', {
          type: 'number',
          min: 100,
          max: 599,
          placeholder: '401',
          value: filter.status,
          'data-testid': 'journal-status',
          onchange: onFilter('status'),
        }),
      ),
      h(
        'label',
        { class: 'grow' },
        t('journal.path'),
        h('input', {
          type: 'search',
          placeholder: '/claim/return',
          value: filter.path,
          'data-testid': 'journal-path',
          oninput: onFilter('path'),
        }),
      ),
    )
  }

  return {
    /**
     * @param {HTMLElement} container
     * @param {ViewContext} c
     */
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.journal'))),
        toolbar(t),
        detail,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid journal-table cards', 'data-testid': 'journal-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                JOURNAL_COLUMNS.map((k) => h('th', {}, t(k))),
              ),
            ),
            rows,
          ),
        ),
      )
      if (openId) await show(openId)
      await refresh()
    },
    refresh,
  }
}
