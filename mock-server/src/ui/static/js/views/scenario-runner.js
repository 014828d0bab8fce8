// @ts-check
// Runs a QA scenario file (uploaded, or a shipped example) through POST /__sandbox/scenario-runs on a fresh
// engine of its own and shows the per-step report and the run's coverage (scenario-report.js).
import { ApiError, control } from '../api.js'
import { fill, h, toast } from '../dom.js'
import { glossed } from '../i18n.js'
import { drawScenarioRun } from './scenario-report.js'

/** @import { ControlInput, Translate } from '../../../dashboard.js' */

/**
 * The example picker, filled from GET /__sandbox/scenario-examples (left with its prompt alone when the
 * server has none).
 * @param {Translate} t
 */
function examplePicker(t) {
  const example = h(
    'select',
    { 'data-testid': 'scenario-example' },
    h('option', { value: '' }, t('scenarioRun.pickExample')),
  )
  control('listScenarioExamples')
    .then(({ examples }) => {
      for (const e of examples ?? []) {
        const { shown, other } = glossed(e.title)
        example.append(h('option', { value: e.name, title: other || undefined }, `${e.name} — ${shown}`))
      }
    })
    .catch(() => {})
  return example
}

/**
 * Fills `report` with why the file was not run: its problems, or the error's message.
 * @param {HTMLElement} report
 * @param {Translate} t
 * @param {unknown} error
 */
function drawRunError(report, t, error) {
  const problems = error instanceof ApiError ? (error.body?.details?.problems ?? []) : []
  const message = error instanceof Error ? error.message : String(error)
  fill(
    report,
    h(
      'section',
      { class: 'result fail', 'data-testid': 'scenario-run-error' },
      h('h3', {}, '✗ ', problems.length ? t('scenarioRun.invalid') : message),
      problems.map((/** @type {string} */ p) => h('div', { class: 'mono' }, p)),
    ),
  )
}

/**
 * The scenario-file panel: file upload or example, a run button, the report.
 * @param {Translate} t
 */
export function scenarioRunner(t) {
  const report = h('div', { 'data-testid': 'scenario-run-report' })
  const file = h('input', { type: 'file', accept: '.yaml,.yml', 'data-testid': 'scenario-file' })
  const example = examplePicker(t)
  // One source at a time: picking a file clears the example, and the other way round.
  file.addEventListener('change', () => {
    if (file.files?.length) example.value = ''
  })
  example.addEventListener('change', () => {
    if (example.value) file.value = ''
  })

  async function run() {
    /** @type {ControlInput<'runScenarioFile'>['body']} */
    let body
    const picked = file.files?.[0]
    if (picked) body = { yaml: await picked.text(), name: picked.name }
    else if (example.value) body = { example: example.value }
    else return toast(t('scenarioRun.none'), 'error')
    try {
      drawScenarioRun(report, t, await control('runScenarioFile', { body }))
    } catch (error) {
      drawRunError(report, t, error)
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
