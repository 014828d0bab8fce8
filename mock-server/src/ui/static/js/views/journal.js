// Journal: the merchant's API requests with status, code, latency and diagnostics; open one to see both bodies.
import { control } from '../api.js'
import { fill, h, shortDate } from '../dom.js'

const statusClass = (status) => (status >= 500 ? 'st-5xx' : status >= 400 ? 'st-4xx' : 'st-2xx')

export function journalView(openId) {
  let ctx
  const filter = { status: '', path: '' }
  const rows = h('tbody')
  const detail = h('div', { class: 'journal-detail', 'data-testid': 'journal-detail' })
  let last = ''

  async function refresh() {
    const { requests } = await control('GET', '/requests', {
      query: { clientId: ctx.clientId, limit: 200, status: filter.status, path: filter.path },
    })
    const text = JSON.stringify(requests)
    if (text === last) return
    last = text
    fill(
      rows,
      requests.length === 0
        ? h('tr', {}, h('td', { colspan: 7, class: 'muted' }, ctx.t('journal.empty')))
        : requests.map((r) =>
            h(
              'tr',
              {
                class: `clickable ${r.id === openId ? 'current' : ''}`,
                'data-testid': `request-${r.id}`,
                onclick: () => ctx.go(`#/journal/${r.id}`),
              },
              h('td', { class: 'nowrap' }, shortDate(r.at)),
              h('td', { class: 'mono' }, r.method),
              h('td', { class: 'mono path' }, r.path),
              h('td', {}, h('span', { class: `badge ${statusClass(r.status)}` }, r.status)),
              h('td', { class: 'mono' }, r.code ?? ''),
              h('td', { class: 'num' }, `${r.latencyMillis} ms`),
              h('td', { class: 'small' }, r.diagnostic ?? ''),
            ),
          ),
    )
  }

  async function show(id) {
    const t = ctx.t
    const entry = await control('GET', `/requests/${encodeURIComponent(id)}`, {
      query: { clientId: ctx.clientId },
    })
    const part = (title, value) =>
      h('section', { class: 'panel' }, h('h3', {}, title), h('pre', {}, JSON.stringify(value, null, 2)))
    fill(
      detail,
      h(
        'div',
        { class: 'view-head' },
        h('h2', {}, `${entry.method} ${entry.path}`),
        h('span', { class: `badge ${statusClass(entry.status)}` }, entry.status),
        h('a', { href: '#/journal', class: 'link' }, t('close')),
      ),
      entry.diagnostic
        ? h('p', { class: 'result fail' }, t('journal.diagnostic'), ': ', entry.diagnostic)
        : null,
      h(
        'div',
        { class: 'two' },
        part(t('journal.request'), entry.request),
        part(t('journal.response'), entry.response),
      ),
    )
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      const onFilter = (key) => (e) => {
        filter[key] = e.target.value.trim()
        last = ''
        refresh()
      }
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.journal'))),
        h(
          'div',
          { class: 'toolbar' },
          h(
            'label',
            {},
            t('journal.status'),
            h('input', {
              type: 'number',
              min: 100,
              max: 599,
              placeholder: '401',
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
              'data-testid': 'journal-path',
              oninput: onFilter('path'),
            }),
          ),
        ),
        detail,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid', 'data-testid': 'journal-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  'tl.at',
                  'journal.method',
                  'journal.path',
                  'journal.status',
                  'journal.code',
                  'journal.latency',
                  'journal.diagnostic',
                ].map((k) => h('th', {}, t(k))),
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
