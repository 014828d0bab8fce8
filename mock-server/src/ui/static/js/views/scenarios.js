// @ts-check
// Scenarios: list and apply named seeds (GET/POST /__sandbox/scenarios[/{name}]), run a QA scenario file
// (scenario-runner.js) and show the merchant's transition coverage (coverage-panel.js). A server without these
// routes answers 404; the view then says so instead of failing.
import { control, stateMachine } from '../api.js'
import { fill, h, toast } from '../dom.js'
import { glossed } from '../i18n.js'
import { drawCoverage, notFound } from './coverage-panel.js'
import { appliedPanel } from './scenario-applied.js'
import { scenarioRunner } from './scenario-runner.js'

/** @import { Schemas, Translate, View, ViewContext } from '../../../dashboard.js' */

/**
 * A seed's description in the page's language, the other one as a tooltip.
 * @param {string} description
 */
function describeSeed(description) {
  const { shown, other } = glossed(description)
  return h('span', other ? { title: other } : {}, shown)
}

/**
 * The states a seed promises, each code with its Korean label on the Korean page (`DELIVERED 배송완료`).
 * @param {Record<string, string>} promise field of the product order → code
 * @param {Record<string, Record<string, string>>} labels by enum name, empty on the English page
 */
function promised(promise, labels) {
  return Object.entries(promise)
    .map(([field, code]) => {
      const label = labels[field.charAt(0).toUpperCase() + field.slice(1)]?.[code]
      return label ? `${code} ${label}` : code
    })
    .join(' · ')
}

/** @param {Translate} t */
function unavailable(t) {
  return h(
    'section',
    { class: 'panel unavailable', 'data-testid': 'scenarios-unavailable' },
    h('h3', {}, t('scenarios.unavailable')),
    h('p', { class: 'muted' }, t('scenarios.unavailableHelp')),
  )
}

/**
 * @param {Translate} t
 * @param {HTMLTableRowElement[]} rows
 */
function scenariosTable(t, rows) {
  return h(
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
      h('tbody', {}, rows),
    ),
  )
}

/** @returns {View} */
export function scenariosView() {
  /** @type {ViewContext} */
  let ctx
  const output = h('div', { 'data-testid': 'scenario-output' })
  const coverage = h('div', { 'data-testid': 'coverage' })

  /**
   * @param {string} name
   * @param {number} count
   */
  async function apply(name, count) {
    const result = await control('applyScenario', { path: { name }, body: { clientId: ctx.clientId, count } })
    toast(ctx.t('scenarios.applied', { name }))
    fill(output, appliedPanel(ctx.t, name, result))
    await drawCoverage(coverage, ctx)
    output.scrollIntoView({ block: 'nearest' })
  }

  /**
   * @param {Schemas['ScenarioSummary']} s
   * @param {Record<string, Record<string, string>>} labels
   */
  function row(s, labels) {
    const count = h('input', {
      type: 'number',
      min: 1,
      max: 10000,
      value: s.defaultCount ?? 1,
      class: 'narrow',
    })
    const run = () =>
      apply(s.name, Number(count.value)).catch((e) =>
        toast(e instanceof Error ? e.message : String(e), 'error'),
      )
    return h(
      'tr',
      { 'data-testid': `scenario-${s.name}` },
      h('td', { class: 'mono nowrap' }, s.name),
      h(
        'td',
        {},
        describeSeed(s.description ?? ''),
        s.promise ? h('div', { class: 'small muted mono' }, '→ ', promised(s.promise, labels)) : null,
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
      /** @type {Record<string, Record<string, string>>} */
      let labels
      try {
        list = (await control('listScenarios')).scenarios ?? []
        labels = ctx.lang() === 'ko' ? (await stateMachine()).labels : {}
      } catch (error) {
        if (!notFound(error)) throw error
        fill(container, head, unavailable(t))
        return
      }
      fill(
        container,
        head,
        scenarioRunner(t),
        h('p', { class: 'muted' }, t('scenarios.help')),
        output,
        coverage,
        scenariosTable(
          t,
          list.map((s) => row(s, labels)),
        ),
      )
      await drawCoverage(coverage, ctx)
    },
  }
}
