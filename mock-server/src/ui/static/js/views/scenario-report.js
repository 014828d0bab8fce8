// @ts-check
// The report of one QA scenario-file run: a row per step (what was sent and received where it failed), the
// run's transition coverage and the business error codes it met.
import { fill, h } from '../dom.js'

/** @import { ControlResult, Translate } from '../../../dashboard.js' */
/** @typedef {ControlResult<'runScenarioFile'>} ScenarioRun */
/** @typedef {ScenarioRun['steps'][number]} ScenarioStep */
// control-plane.yaml declares `sent`, `received` and `errorCodes` items without their fields; these are the
// fields the runner writes (scenarios/src/runner) and the report reads.
/** @typedef {{ method: string, path: string, body?: unknown } | null} SentRequest */
/** @typedef {{ status?: number, body?: unknown } | undefined} ReceivedAnswer */
/** @typedef {{ code: string, message: string, count: number }} ErrorCodeCount */

/**
 * Shortens a JSON body shown in a step's details.
 * @param {unknown} value
 * @param {number} [max]
 */
const brief = (value, max = 240) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text && text.length > max ? `${text.slice(0, max)}…` : (text ?? '')
}

/**
 * What was sent and received for each request of a failed step.
 * @param {Translate} t
 * @param {ScenarioStep} s
 */
function exchanges(t, s) {
  const sent = /** @type {SentRequest[]} */ (s.sent)
  const received = /** @type {ReceivedAnswer[]} */ (/** @type {unknown[]} */ (s.received))
  return sent.map((x, i) =>
    x
      ? h(
          'div',
          { class: 'small muted mono' },
          `${t('scenarioRun.sent')}: ${x.method} ${x.path} ${brief(x.body)}`,
          h('br', {}),
          `${t('scenarioRun.received')}: ${received[i]?.status ?? ''} ${brief(received[i]?.body)}`,
        )
      : null,
  )
}

/**
 * @param {Translate} t
 * @param {ScenarioStep} s
 */
function stepRow(t, s) {
  const mark = s.status === 'passed' ? '✓' : s.status === 'failed' ? '✗' : '–'
  const details =
    s.status === 'failed'
      ? [
          s.differences.map((d) => h('div', { class: 'mono' }, d.text)),
          s.error ? h('div', { class: 'mono' }, s.error) : null,
          exchanges(t, s),
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

/**
 * @param {Translate} t
 * @param {ScenarioRun} r
 */
function stepsTable(t, r) {
  const heads = ['#', t('scenarioRun.result'), t('scenarioRun.step'), t('scenarioRun.details')]
  return h(
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
          heads.map((k) => h('th', {}, k)),
        ),
      ),
      h(
        'tbody',
        {},
        r.steps.map((s) => stepRow(t, s)),
      ),
    ),
  )
}

/**
 * Fills `report` with a run's result, its steps and its coverage.
 * @param {HTMLElement} report
 * @param {Translate} t
 * @param {ScenarioRun} r
 */
export function drawScenarioRun(report, t, r) {
  const c = r.coverage
  const codes = /** @type {ErrorCodeCount[]} */ (/** @type {unknown[]} */ (c.errorCodes)).filter(
    (e) => e.count > 0,
  )
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
    stepsTable(t, r),
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
