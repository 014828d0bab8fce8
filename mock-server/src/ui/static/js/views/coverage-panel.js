// @ts-check
// The merchant's transition coverage (GET /__sandbox/coverage): how many rows of the state table its orders
// went through, and which rows and business error codes they did not.
import { ApiError, control } from '../api.js'
import { fill, h } from '../dom.js'

/** @import { Schemas, Translate, ViewContext } from '../../../dashboard.js' */

/** @param {unknown} error */
export const notFound = (error) => error instanceof ApiError && error.status === 404

/**
 * @param {Translate} t
 * @param {Schemas['Coverage']} report
 */
function coverageSection(t, report) {
  /** @type {(label: string, codes: string[]) => HTMLElement | null} */
  const badges = (label, codes) =>
    codes.length
      ? h(
          'p',
          {},
          t(label),
          ' ',
          codes.map((c) => h('code', { class: 'badge' }, c)),
        )
      : null
  return h(
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
    badges('scenarios.uncovered', report.uncovered),
    badges('scenarios.uncoveredCodes', report.uncoveredErrorCodes),
  )
}

/**
 * Fills `element` with the coverage of the merchant shown; empty on a server without the route (404).
 * @param {HTMLElement} element
 * @param {ViewContext} ctx
 */
export async function drawCoverage(element, ctx) {
  const report = await control('getCoverage', { query: { clientId: ctx.clientId } }).catch((error) => {
    if (notFound(error)) return undefined
    throw error
  })
  if (!report) fill(element)
  else fill(element, coverageSection(ctx.t, report))
}
