// @ts-check
// The transition table under the full graph: every row of the engine's table, the rows the selected order's
// path went through ticked, and how often the merchant's traffic fired each.
import { h } from '../dom.js'
import { actorOf, eventName } from '../state-names.js'

/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
/** @typedef {Schemas['StateMachine']} Machine */

/**
 * An enum value as the page names it: the API document's Korean description, or the code in English.
 * @param {ViewContext} ctx
 * @param {Machine} machine
 * @param {string} enumName
 * @param {string} value
 * @returns {string}
 */
const named = (ctx, machine, enumName, value) =>
  ctx.lang() === 'ko' ? (machine.labels[enumName]?.[value] ?? value) : value

/**
 * @param {ViewContext} ctx
 * @param {Machine} machine
 * @param {Schemas['TransitionRow']['from']} from
 */
function pattern(ctx, machine, from) {
  if (from === 'new') return ctx.t('machine.newOrder')
  /** @type {(enumName: string, values: readonly string[] | undefined) => string | undefined} */
  const list = (enumName, values) => values?.map((v) => named(ctx, machine, enumName, v)).join(' | ')
  const claim =
    from.claim === 'none'
      ? ctx.t('machine.noClaim')
      : from.claim &&
        `${named(ctx, machine, 'ClaimType', from.claim.type)}: ${list('ClaimStatus', from.claim.status)}`
  return [
    list('ProductOrderStatus', from.productOrderStatus),
    list('PlaceOrderStatus', from.placeOrderStatus),
    claim,
    from.holdback && ctx.t(`machine.${from.holdback}`),
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * A row's changes: `productOrderStatus` is an enum `ProductOrderStatus`, and so on.
 * @param {ViewContext} ctx
 * @param {Machine} machine
 * @param {Record<string, string>} to
 */
const patch = (ctx, machine, to) =>
  Object.entries(to)
    .map(([field, value]) => named(ctx, machine, field.charAt(0).toUpperCase() + field.slice(1), value))
    .join(' · ')

const HEADINGS = [
  'row.id',
  'tl.event',
  'tl.actor',
  'row.from',
  'row.to',
  'tl.lastChangedType',
  'row.count',
  'row.note',
]

/**
 * The table; `covered` holds the row ids of the path taken, `counts` the merchant's count per row.
 * @param {ViewContext} ctx
 * @param {Machine} machine
 * @param {{ rows: Set<string> }} covered
 * @param {Map<string, number>} counts
 */
export function transitionTable(ctx, machine, covered, counts) {
  const t = ctx.t
  return h(
    'details',
    { class: 'machine-rows', 'data-testid': 'machine-table' },
    h('summary', {}, t('machine.tableRows', { count: machine.rows.length })),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'grid rows', 'data-testid': 'machine-rows' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            HEADINGS.map((k) => h('th', {}, t(k))),
          ),
        ),
        h(
          'tbody',
          {},
          machine.rows.map((r) =>
            h(
              'tr',
              { class: covered.rows.has(r.id) ? 'covered' : '', 'data-row': r.id },
              h('td', { class: 'mono' }, covered.rows.has(r.id) ? `✓ ${r.id}` : r.id),
              h('td', {}, eventName(machine, r.event, ctx), h('div', { class: 'mono small muted' }, r.event)),
              h('td', { class: 'nowrap' }, t(`actor.${r.actor ?? actorOf(machine, r.event)}`)),
              h(
                'td',
                { class: 'small' },
                pattern(ctx, machine, r.from),
                r.guard ? ` [${t(`guard.${r.guard}`)}]` : '',
              ),
              h('td', { class: 'small' }, patch(ctx, machine, r.to)),
              h('td', { class: 'small' }, r.emits ? named(ctx, machine, 'LastChangedType', r.emits) : ''),
              h('td', { class: 'num' }, counts.get(r.id) ?? ''),
              h('td', { class: 'small muted' }, r.note),
            ),
          ),
        ),
      ),
    ),
  )
}
