// @ts-check
// Journal rows shared by the journal and an order's request log: source, status, partial-failure badge.
import { h, shortDate } from '../dom.js'
import { diagnostic } from '../i18n.js'

/** @import { Schemas, Translate, ViewContext } from '../../../dashboard.js' */
/** @typedef {Schemas['RequestSummary']} Entry */

/** @param {number} status */
export const statusClass = (status) => (status >= 500 ? 'st-5xx' : status >= 400 ? 'st-4xx' : 'st-2xx')

/** The dashboard's own 401: its cached token outlived a clock jump; it retries, so it is no integration bug. */
export const ownExpiredToken = (/** @type {Entry} */ r) => r.source === 'dashboard' && r.status === 401

/**
 * The status badge, with a partial-failure badge beside a 200 that refused product orders.
 * @param {Translate} t
 * @param {Entry} r
 */
export function statusCell(t, r) {
  const p = r.partialFailure
  return [
    h('span', { class: `badge ${ownExpiredToken(r) ? 'st-own' : statusClass(r.status)}` }, r.status),
    p
      ? h(
          'span',
          { class: 'badge partial', title: t('journal.partialTitle'), 'data-testid': 'partial-badge' },
          t('journal.partial', { failed: p.failed, total: p.failed + p.succeeded }),
          ` · ${p.codes.join(', ')}`,
        )
      : null,
  ]
}

/**
 * @param {Translate} t
 * @param {Entry['source']} source
 */
export function sourceBadge(t, source) {
  return h('span', { class: `badge src-${source}`, 'data-testid': 'source' }, t(`source.${source}`))
}

/**
 * What the diagnostic column says: the dashboard's own 401 is named as such.
 * @param {Translate} t
 * @param {Entry} r
 */
export function diagnosticOf(t, r) {
  if (ownExpiredToken(r)) return t('journal.own401')
  return diagnostic(r.diagnostic ?? '')
}

export const JOURNAL_COLUMNS = [
  'tl.at',
  'journal.source',
  'journal.method',
  'journal.path',
  'journal.status',
  'journal.code',
  'journal.latency',
  'journal.diagnostic',
]

/**
 * One row; on a narrow screen CSS shows it as a card labelled by `data-label`.
 * @param {ViewContext} ctx
 * @param {Entry} r
 * @param {{ current: boolean, onclick: () => void }} how
 */
export function journalRow(ctx, r, { current, onclick }) {
  const t = ctx.t
  /** @type {(key: string, attrs: Record<string, unknown>, ...children: import('../../../dashboard.js').Child[]) => HTMLTableCellElement} */
  const cell = (key, attrs, ...children) => h('td', { 'data-label': t(key), ...attrs }, ...children)
  return h(
    'tr',
    {
      class: `clickable ${current ? 'current' : ''} ${ownExpiredToken(r) ? 'own' : ''}`,
      'data-testid': `request-${r.id}`,
      'data-source': r.source,
      onclick,
    },
    cell('tl.at', { class: 'nowrap' }, shortDate(r.at)),
    cell('journal.source', {}, sourceBadge(t, r.source)),
    cell('journal.method', { class: 'mono' }, r.method),
    cell('journal.path', { class: 'mono path' }, r.path),
    cell('journal.status', {}, statusCell(t, r)),
    cell('journal.code', { class: 'mono' }, r.code ?? ''),
    cell('journal.latency', { class: 'num' }, `${r.latencyMillis} ms`),
    cell('journal.diagnostic', { class: 'small' }, diagnosticOf(t, r)),
  )
}
