// @ts-check
// The product order page's timeline: every applied transition with who made it, the table row and the state
// before and after, the codes labelled in Korean from the API documents' enum descriptions (machine.labels).
/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
import { h, shortDate } from '../dom.js'
import { codeName, historyEventName, stateText } from './order-names.js'

/** @typedef {Schemas['StateMachine']} Machine */
/** @typedef {Pick<ViewContext, 't' | 'lang'>} Speech */

/**
 * The codes of a state, shown as the Korean line's tooltip.
 * @param {Partial<Schemas['StateSnapshot']> | undefined} s
 */
const stateCodes = (s) =>
  s
    ? [
        s.productOrderStatus,
        s.placeOrderStatus,
        s.claimType && `${s.claimType}/${s.claimStatus}`,
        s.holdbackStatus,
      ]
        .filter(Boolean)
        .join(' · ')
    : ''

/**
 * @param {Speech} ctx
 * @param {Machine} machine
 * @param {Schemas['HistoryEntry'][]} history
 */
export function timeline(ctx, machine, history) {
  const t = ctx.t
  const ko = ctx.lang() === 'ko'
  /** @param {Partial<Schemas['StateSnapshot']> | undefined} s */
  const state = (s) => h('span', { title: ko ? stateCodes(s) : undefined }, stateText(machine, ctx, s))
  return h(
    'table',
    { class: 'grid timeline', 'data-testid': 'timeline' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['tl.at', 'tl.actor', 'tl.event', 'tl.row', 'tl.lastChangedType', 'tl.change'].map((k) =>
          h('th', {}, t(k)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      history.map((e) =>
        h(
          'tr',
          { 'data-event': e.event },
          h('td', { class: 'nowrap' }, shortDate(e.at)),
          h('td', {}, h('span', { class: `actor actor-${e.actor}` }, t(`actor.${e.actor}`))),
          h(
            'td',
            {},
            historyEventName(machine, ctx, e.event),
            ' ',
            h('code', { class: 'small muted' }, e.event),
          ),
          h('td', { class: 'mono' }, e.rowId ?? ''),
          h(
            'td',
            { title: ko ? (e.lastChangedType ?? '') : undefined },
            codeName(machine, ctx, 'LastChangedType', e.lastChangedType),
          ),
          h('td', { class: 'small' }, state(e.from), ' → ', h('strong', {}, state(e.to))),
        ),
      ),
    ),
  )
}
