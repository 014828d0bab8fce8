// @ts-check
// What applying a named seed made: the product orders by state, the clock's move if it moved, and links to the
// first product orders.
import { h, shortDate } from '../dom.js'

/** @import { ControlResult, Translate } from '../../../dashboard.js' */

/** Shown product-order links per applied seed; the rest are in the Orders view. */
const MAX_LINKS = 12

/**
 * @param {Translate} t
 * @param {string[]} ids
 */
function links(t, ids) {
  return h(
    'p',
    { class: 'links' },
    ids.slice(0, MAX_LINKS).map((id) => [h('a', { href: `#/orders/${id}`, class: 'mono' }, id), ' ']),
    ids.length > MAX_LINKS
      ? h('a', { href: '#/orders', class: 'link' }, t('scenarios.more', { count: ids.length - MAX_LINKS }))
      : null,
  )
}

/**
 * The panel of one applied seed.
 * @param {Translate} t
 * @param {string} name
 * @param {ControlResult<'applyScenario'>} result
 */
export function appliedPanel(t, name, result) {
  const ids = result.productOrderIds ?? []
  return h(
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
    links(t, ids),
  )
}
