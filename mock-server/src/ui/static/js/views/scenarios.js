// Scenarios: list and apply named seeds (GET/POST /__sandbox/scenarios[/{name}]) and show the merchant's
// transition coverage (GET /__sandbox/coverage). A server without these routes answers 404; the view then
// says so instead of failing.
import { ApiError, control } from '../api.js'
import { fill, h, shortDate, toast } from '../dom.js'

/** Shown product-order links per applied seed; the rest are in the Orders view. */
const MAX_LINKS = 12

const notFound = (error) => error instanceof ApiError && error.status === 404

/** Shortens a JSON body shown in a step's details. */
const brief = (value, max = 240) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text && text.length > max ? `${text.slice(0, max)}…` : (text ?? '')
}

/**
 * Runs a QA scenario file (uploaded, or a shipped example) through POST /__sandbox/scenario-runs on a
 * fresh engine of its own and shows the per-step report and the run's coverage.
 */
function scenarioRunner(t) {
  const report = h('div', { 'data-testid': 'scenario-run-report' })
  const file = h('input', { type: 'file', accept: '.yaml,.yml', 'data-testid': 'scenario-file' })
  const example = h(
    'select',
    { 'data-testid': 'scenario-example' },
    h('option', { value: '' }, t('scenarioRun.pickExample')),
  )
  control('GET', '/scenario-examples')
    .then(({ examples }) => {
      for (const e of examples ?? []) example.append(h('option', { value: e.name }, `${e.name} — ${e.title}`))
    })
    .catch(() => {})
  file.addEventListener('change', () => {
    if (file.files?.length) example.value = ''
  })
  example.addEventListener('change', () => {
    if (example.value) file.value = ''
  })

  function stepRow(s) {
    const mark = s.status === 'passed' ? '✓' : s.status === 'failed' ? '✗' : '–'
    const details =
      s.status === 'failed'
        ? [
            s.differences.map((d) => h('div', { class: 'mono' }, d.text)),
            s.error ? h('div', { class: 'mono' }, s.error) : null,
            s.sent.map((x, i) =>
              x
                ? h(
                    'div',
                    { class: 'small muted mono' },
                    `${t('scenarioRun.sent')}: ${x.method} ${x.path} ${brief(x.body)}`,
                    h('br', {}),
                    `${t('scenarioRun.received')}: ${s.received[i]?.status ?? ''} ${brief(s.received[i]?.body)}`,
                  )
                : null,
            ),
          ]
        : null
    return h(
      'tr',
      { 'data-testid': `scenario-step-${s.index}`, class: `step-${s.status}` },
      h('td', { class: 'num' }, s.index + 1),
      h('td', { class: 'nowrap', 'data-testid': 'step-mark' }, mark),
      h('td', {}, s.title),
      h('td', {}, details),
    )
  }

  function draw(r) {
    const c = r.coverage
    const codes = c.errorCodes.filter((e) => e.count > 0)
    fill(
      report,
      h(
        'section',
        { class: `result ${r.passed ? 'ok' : 'fail'}`, 'data-testid': 'scenario-run-result' },
        h(
          'h3',
          {},
          r.passed ? '✓ ' : '✗ ',
          t(r.passed ? 'scenarioRun.passed' : 'scenarioRun.failed'),
          ' · ',
          r.name,
          ' ',
          h('span', { class: 'muted small mono' }, `${r.file} · ${r.durationMs} ms`),
        ),
        h('p', {}, t('scenarioRun.steps', r.totals)),
      ),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'grid', 'data-testid': 'scenario-steps' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['#', t('scenarioRun.result'), t('scenarioRun.step'), t('scenarioRun.details')].map((k) =>
                h('th', {}, k),
              ),
            ),
          ),
          h('tbody', {}, r.steps.map(stepRow)),
        ),
      ),
      h(
        'p',
        { 'data-testid': 'scenario-run-coverage' },
        h('span', { class: 'badge big' }, `${Math.round(c.percent)}%`),
        ' ',
        t('scenarioRun.coverage', { exercised: c.exercised, total: c.total, percent: c.percent }),
        ' ',
        c.covered.map((id) => [h('code', { class: 'badge' }, id), ' ']),
      ),
      codes.length
        ? h(
            'p',
            {},
            t('scenarioRun.codes'),
            ' ',
            codes.map((e) => [h('code', { class: 'badge', title: e.message }, `${e.code} ×${e.count}`), ' ']),
          )
        : null,
    )
  }

  async function run() {
    let body
    const picked = file.files?.[0]
    if (picked) body = { yaml: await picked.text(), name: picked.name }
    else if (example.value) body = { example: example.value }
    else return toast(t('scenarioRun.none'), 'error')
    try {
      draw(await control('POST', '/scenario-runs', { body }))
    } catch (error) {
      const problems = error instanceof ApiError ? (error.body?.details?.problems ?? []) : []
      fill(
        report,
        h(
          'section',
          { class: 'result fail', 'data-testid': 'scenario-run-error' },
          h('h3', {}, '✗ ', problems.length ? t('scenarioRun.invalid') : error.message),
          problems.map((p) => h('div', { class: 'mono' }, p)),
        ),
      )
    }
  }

  return h(
    'section',
    { class: 'panel', 'data-testid': 'scenario-runner' },
    h('h2', {}, t('scenarioRun.title')),
    h('p', { class: 'muted' }, t('scenarioRun.help')),
    h(
      'p',
      {},
      h('label', {}, t('scenarioRun.upload'), ' ', file),
      ' ',
      h('label', {}, t('scenarioRun.example'), ' ', example),
      ' ',
      h(
        'button',
        { type: 'button', class: 'primary', 'data-testid': 'scenario-run', onclick: () => run() },
        t('scenarioRun.run'),
      ),
    ),
    report,
  )
}

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
        scenarioRunner(t),
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
