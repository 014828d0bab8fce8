// @ts-check
// Clock: the merchant's virtual time; advancing it fires what fell due (deposit deadlines, purchase decisions).
/** @import { Schemas, Translate, View, ViewContext } from '../../../dashboard.js' */
import { control } from '../api.js'
import { fill, h, shortDate, toast } from '../dom.js'
import { duration, durationOfStep } from '../i18n.js'
import { snapshotPanel } from './clock-snapshots.js'

/**
 * What fell due, in the page's language; the engine's English description where there is no label.
 * @param {Translate} t
 * @param {Schemas['FiredEvent']} f
 */
function firedText(t, f) {
  const key = `fired.${f.event}`
  const text = t(key)
  return text === key ? f.description : text
}

/** The advance buttons: the step sent to the server, and the label key. */
const PRESETS = /** @type {const} */ ([
  ['1h', 'clock.1h'],
  ['1d', 'clock.1d'],
  ['8d', 'clock.8d'],
])
/** The step whose effects the page previews: the longest preset. */
const PREVIEW_STEP = PRESETS[2][0]

/**
 * One line of the history: an advance and what it fired, or a snapshot restore (`restored` is its label).
 * @typedef {{ by?: string, restored?: string, now: string, fired: Schemas['FiredEvent'][] }} Advance
 */

/** @returns {View} */
export function clockView() {
  /** @type {ViewContext} */
  let ctx
  const now = h('div', { class: 'clock-now', 'data-testid': 'clock-now' })
  const log = h('div', { class: 'fired', 'data-testid': 'fired' })
  const upcoming = h('div', { class: 'panel', 'data-testid': 'clock-preview' })
  /**
   * What earlier advances fired, newest first, per merchant: kept in the browser session, so leaving the
   * page and coming back (or reloading) shows the history again.
   */
  /** @type {Advance[]} */
  let advances = []
  const historyKey = () => `npay-sandbox.clock-history.${ctx.clientId}`
  const loadHistory = () => {
    try {
      advances = JSON.parse(sessionStorage.getItem(historyKey()) ?? '[]')
    } catch {
      advances = []
    }
  }
  const saveHistory = () => sessionStorage.setItem(historyKey(), JSON.stringify(advances.slice(0, 50)))

  async function refresh() {
    const clock = await control('getClock', { query: { clientId: ctx.clientId } })
    const ahead = duration(clock.offsetMillis)
    fill(
      now,
      h('span', { class: 'big mono' }, shortDate(clock.now)),
      h('span', { class: 'muted' }, ctx.t('clock.offset', { ahead })),
    )
  }

  /** What the longest preset would fire, asked of the server without moving the clock. */
  async function preview() {
    const by = PREVIEW_STEP
    const { due } = await control('previewClock', { query: { clientId: ctx.clientId, by } })
    const t = ctx.t
    fill(
      upcoming,
      h('h3', {}, t('clock.preview', { by: durationOfStep(by), count: due.length })),
      due.length === 0
        ? h('p', { class: 'muted' }, t('clock.noneDue'))
        : h(
            'ul',
            {},
            due.map((f) =>
              h(
                'li',
                { 'data-testid': `due-${f.productOrderId}` },
                h('span', { class: 'nowrap' }, shortDate(f.at)),
                ' ',
                h('a', { class: 'mono', href: `#/orders/${f.productOrderId}` }, f.productOrderId),
                ' ',
                firedText(t, f),
              ),
            ),
          ),
    )
  }

  function drawLog() {
    const t = ctx.t
    fill(
      log,
      advances.length === 0
        ? h('p', { class: 'muted' }, t('clock.nothingYet'))
        : advances.map((a) =>
            h(
              'section',
              { class: 'panel' },
              h(
                'h3',
                {},
                a.restored
                  ? t('snap.restoredTo', { label: a.restored })
                  : t('clock.advanced', { by: durationOfStep(a.by ?? '') }),
                ' → ',
                h('span', { class: 'mono' }, shortDate(a.now)),
              ),
              a.restored
                ? null
                : a.fired.length === 0
                  ? h('p', { class: 'muted' }, t('clock.noneDue'))
                  : h(
                      'table',
                      { class: 'grid' },
                      h(
                        'thead',
                        {},
                        h(
                          'tr',
                          {},
                          ['tl.at', 'col.productOrderId', 'tl.event', 'clock.what'].map((k) =>
                            h('th', {}, t(k)),
                          ),
                        ),
                      ),
                      h(
                        'tbody',
                        {},
                        a.fired.map((f) =>
                          h(
                            'tr',
                            { 'data-testid': `fired-${f.productOrderId}` },
                            h('td', { class: 'nowrap' }, shortDate(f.at)),
                            h(
                              'td',
                              {},
                              h(
                                'a',
                                { class: 'mono', href: `#/orders/${f.productOrderId}` },
                                f.productOrderId,
                              ),
                            ),
                            h('td', { class: 'mono' }, f.event),
                            h('td', {}, firedText(t, f)),
                          ),
                        ),
                      ),
                    ),
            ),
          ),
    )
  }

  /** @param {string} by a step such as `8d` or `2h30m` */
  async function advance(by) {
    const result = await control('advanceClock', { body: { clientId: ctx.clientId, by } })
    advances.unshift({ by, now: result.now, fired: result.fired })
    saveHistory()
    toast(ctx.t('clock.firedCount', { count: result.fired.length }))
    drawLog()
    await Promise.all([refresh(), preview(), ctx.refreshClock()])
  }

  /** @param {string} by */
  const run = (by) => advance(by).catch((error) => toast(error.message, 'error'))

  // A restore sets the clock back: the history notes it, and the clock and preview are read again.
  const snapshots = snapshotPanel(
    () => ctx,
    async (snapshot, at) => {
      advances.unshift({ restored: snapshot.label, now: at, fired: [] })
      saveHistory()
      drawLog()
      await Promise.all([refresh(), preview(), snapshots.refresh(), ctx.refreshClock()])
    },
  )

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.clock'))),
        h('p', { class: 'muted' }, t('clock.help')),
        now,
        h(
          'div',
          { class: 'toolbar' },
          PRESETS.map(([by, label]) =>
            h(
              'button',
              { type: 'button', class: 'primary', 'data-testid': `advance-${by}`, onclick: () => run(by) },
              t(label),
            ),
          ),
          h(
            'form',
            {
              class: 'inline',
              onsubmit: (/** @type {SubmitEvent} */ e) => {
                e.preventDefault()
                const form = /** @type {HTMLFormElement} */ (e.target)
                run(new FormData(form).get('by')?.toString().trim() ?? '')
              },
            },
            h('input', {
              name: 'by',
              placeholder: '2h30m',
              pattern: '^(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?$',
              'data-testid': 'advance-custom',
              required: true,
            }),
            h('button', { type: 'submit' }, t('clock.advance')),
          ),
        ),
        upcoming,
        snapshots.element(),
        h('h2', {}, t('clock.fired')),
        log,
      )
      loadHistory()
      drawLog()
      await Promise.all([refresh(), preview(), snapshots.refresh()])
    },
    refresh,
  }
}
