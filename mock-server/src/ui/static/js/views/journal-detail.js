// @ts-check
// One journal entry: both bodies, the partial failure item by item with a hint, and copy-as-curl.
import { control } from '../api.js'
import { curlOf } from '../curl.js'
import { h, toast } from '../dom.js'
import { diagnosticOf, ownExpiredToken, sourceBadge, statusCell } from './journal-rows.js'

/** @import { Schemas, Translate, ViewContext } from '../../../dashboard.js' */

/**
 * One journal entry of the merchant shown. The registry finds the merchant by the `clientId` query, which
 * control-plane.yaml does not declare for getRequest (so it is not in the typed input): it is sent beside it.
 * @param {ViewContext} ctx
 * @param {string} id
 */
export function journalEntry(ctx, id) {
  /** @type {{ path: { id: string } }} */
  const input = { path: { id } }
  return control('getRequest', Object.assign(input, { query: { clientId: ctx.clientId } }))
}

/**
 * @param {Translate} t
 * @param {string} code
 */
function hintOf(t, code) {
  const key = `hint.${code}`
  const hint = t(key)
  return hint === key ? '' : hint
}

/**
 * @param {Translate} t
 * @param {NonNullable<Schemas['RequestSummary']['partialFailure']>} p
 */
function partialTable(t, p) {
  return h(
    'section',
    { class: 'panel partial-panel', 'data-testid': 'partial-items' },
    h('h3', {}, t('journal.partialItems'), ` (${p.failed}/${p.failed + p.succeeded})`),
    h('p', { class: 'small muted' }, t('journal.partialTitle')),
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['col.productOrderId', 'journal.code', 'journal.message', 'journal.hint'].map((k) =>
            h('th', {}, t(k)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        p.items.map((/** @type {typeof p.items[number]} */ i) =>
          h(
            'tr',
            { 'data-testid': `partial-${i.productOrderId}` },
            h(
              'td',
              { 'data-label': t('col.productOrderId') },
              h('a', { href: `#/orders/${i.productOrderId}`, class: 'mono' }, i.productOrderId),
            ),
            h('td', { 'data-label': t('journal.code'), class: 'mono' }, i.code),
            h('td', { 'data-label': t('journal.message') }, i.message),
            h('td', { 'data-label': t('journal.hint'), 'data-testid': 'partial-hint' }, hintOf(t, i.code)),
          ),
        ),
      ),
    ),
  )
}

/**
 * @param {Translate} t
 * @param {Schemas['RequestDetail']} entry
 */
async function copyCurl(t, entry) {
  const text = curlOf(entry)
  try {
    await navigator.clipboard.writeText(text)
    toast(t('journal.copied'))
  } catch {
    // No clipboard permission (plain http on another host): the command is shown to copy by hand.
  }
  return text
}

/**
 * The detail panel's children for one entry (a RequestDetail of the control plane).
 * @param {Translate} t
 * @param {Schemas['RequestDetail']} entry
 * @param {string} [closeHref]
 */
export function journalDetail(t, entry, closeHref) {
  const curl = h('pre', { class: 'curl', 'data-testid': 'curl', hidden: true })
  /** @type {(title: string, value: unknown) => HTMLElement} */
  const part = (title, value) =>
    h('section', { class: 'panel' }, h('h3', {}, title), h('pre', {}, JSON.stringify(value, null, 2)))
  const diagnostic = diagnosticOf(t, entry)
  return [
    h(
      'div',
      { class: 'view-head' },
      h('h2', { class: 'mono path' }, `${entry.method} ${entry.path}`),
      sourceBadge(t, entry.source),
      statusCell(t, entry),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'copy-curl',
          onclick: async () => {
            curl.textContent = await copyCurl(t, entry)
            curl.hidden = false
          },
        },
        t('journal.copyCurl'),
      ),
      closeHref ? h('a', { href: closeHref, class: 'link' }, t('close')) : null,
    ),
    diagnostic
      ? h(
          'p',
          { class: `result ${ownExpiredToken(entry) ? 'info' : 'fail'}` },
          t('journal.diagnostic'),
          ': ',
          diagnostic,
        )
      : null,
    ownExpiredToken(entry) ? h('p', { class: 'small muted' }, t('journal.own401Hint')) : null,
    entry.partialFailure ? partialTable(t, entry.partialFailure) : null,
    curl,
    h(
      'div',
      { class: 'two' },
      part(t('journal.request'), entry.request),
      part(t('journal.response'), entry.response),
    ),
  ]
}
