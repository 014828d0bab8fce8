// Scenarios: list and apply named seeds (GET/POST /__sandbox/scenarios[/{name}]) and show the merchant's
// transition coverage (GET /__sandbox/coverage). A server without these routes answers 404; the view then
// says so instead of failing.
import { ApiError, control } from '../api.js'
import { fill, h, shortDate, toast } from '../dom.js'

/** Shown product-order links per applied seed; the rest are in the Orders view. */
const MAX_LINKS = 12

const notFound = (error) => error instanceof ApiError && error.status === 404

export function scenariosView() {
  let ctx
  const output = h('div', { 'data-testid': 'scenario-output' })
  const coverage = h('div', { 'data-testid': 'coverage' })

  async function drawCoverage() {
    const t = ctx.t
    const report = await control('GET', '/coverage', { query: { clientId: ctx.clientId } }).catch((error) => {
      if (notFound(error)) return undefined
      throw error
    })
    if (!report) return fill(coverage)
    fill(
      coverage,
      h(
        'section',
        { class: 'panel' },
        h(
          'h2',
          {},
          t('scenarios.coverage'),
          ' ',
          h('span', { class: 'badge big' }, `${Math.round(report.percent)}%`),
        ),
        h(
          'p',
          { class: 'muted' },
          t('scenarios.coverageHelp', { covered: report.covered.length, total: report.rows.length }),
        ),
        report.uncovered.length
          ? h(
              'p',
              {},
              t('scenarios.uncovered'),
              ' ',
              report.uncovered.map((id) => h('code', { class: 'badge' }, id)),
            )
          : null,
        report.uncoveredErrorCodes.length
          ? h(
              'p',
              {},
              t('scenarios.uncoveredCodes'),
              ' ',
              report.uncoveredErrorCodes.map((c) => h('code', { class: 'badge' }, c)),
            )
          : null,
      ),
    )
  }

  async function apply(name, count) {
    const t = ctx.t
    const result = await control('POST', `/scenarios/${encodeURIComponent(name)}`, {
      body: { clientId: ctx.clientId, count },
    })
    toast(t('scenarios.applied', { name }))
    const ids = result.productOrderIds ?? []
    fill(
      output,
      h(
        'section',
        { class: 'panel ok' },
        h('h3', {}, name, ' · ', t('scenarios.created', { count: ids.length })),
        result.clock && result.clock.from !== result.clock.to
          ? h(
              'p',
              { class: 'muted' },
              t('nav.clock'),
              ': ',
              shortDate(result.clock.from),
              ' → ',
              shortDate(result.clock.to),
            )
          : null,
        h(
          'table',
          { class: 'grid' },
          h(
            'tbody',
            {},
            Object.entries(result.states ?? {}).map(([state, n]) =>
              h('tr', {}, h('td', { class: 'mono' }, state), h('td', { class: 'num' }, n)),
            ),
          ),
        ),
        h(
          'p',
          { class: 'links' },
          ids.slice(0, MAX_LINKS).map((id) => [h('a', { href: `#/orders/${id}`, class: 'mono' }, id), ' ']),
          ids.length > MAX_LINKS
            ? h(
                'a',
                { href: '#/orders', class: 'link' },
                t('scenarios.more', { count: ids.length - MAX_LINKS }),
              )
            : null,
        ),
      ),
    )
    await drawCoverage()
    output.scrollIntoView({ block: 'nearest' })
  }

  function row(s) {
    const count = h('input', {
      type: 'number',
      min: 1,
      max: 10000,
      value: s.defaultCount ?? 1,
      class: 'narrow',
    })
    const run = () => apply(s.name, Number(count.value)).catch((e) => toast(e.message, 'error'))
    return h(
      'tr',
      { 'data-testid': `scenario-${s.name}` },
      h('td', { class: 'mono nowrap' }, s.name),
      h(
        'td',
        {},
        s.description ?? '',
        s.promise
          ? h('div', { class: 'small muted mono' }, '→ ', Object.values(s.promise).join(' · '))
          : null,
      ),
      h('td', {}, count),
      h('td', {}, h('button', { type: 'button', class: 'primary', onclick: run }, ctx.t('scenarios.apply'))),
    )
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      const head = h('div', { class: 'view-head' }, h('h1', {}, t('nav.scenarios')))
      let list
      try {
        list = (await control('GET', '/scenarios')).scenarios ?? []
      } catch (error) {
        if (!notFound(error)) throw error
        fill(
          container,
          head,
          h(
            'section',
            { class: 'panel unavailable', 'data-testid': 'scenarios-unavailable' },
            h('h3', {}, t('scenarios.unavailable')),
            h('p', { class: 'muted' }, t('scenarios.unavailableHelp')),
          ),
        )
        return
      }
      fill(
        container,
        head,
        h('p', { class: 'muted' }, t('scenarios.help')),
        output,
        coverage,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid', 'data-testid': 'scenarios-table' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['scenarios.name', 'scenarios.description', 'scenarios.count', ''].map((k) =>
                  h('th', {}, k ? t(k) : ''),
                ),
              ),
            ),
            h('tbody', {}, list.map(row)),
          ),
        ),
      )
      await drawCoverage()
    },
  }
}
