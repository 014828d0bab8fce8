// @ts-check
// Product order page: state badges, the allowed events and actions, the timeline and every detail field.
/** @import { Child, Schemas, View, ViewContext } from '../../../dashboard.js' */
import { control, merchantMachine, stateMachine } from '../api.js'
import { fill, h, toast } from '../dom.js'
import { actionPanel } from './action-forms.js'
import { timeline } from './order-timeline.js'
import { requestLog } from './request-log.js'

/** @typedef {Schemas['ProductOrderInspection']} Inspection */
/** @typedef {NonNullable<Inspection['detail']['productOrder']>} ProductOrder */
/** @typedef {{ ok: boolean, text: string }} Outcome what an event or action did, as the page reports it */

/**
 * @param {ViewContext} ctx
 * @param {ProductOrder} po
 * @param {string | undefined} holdback
 */
async function badges(ctx, po, holdback) {
  /** @type {[string, string | undefined, string, string][]} */
  const items = [
    ['ProductOrderStatus', po.productOrderStatus, `st-${po.productOrderStatus}`, 'status'],
    ['PlaceOrderStatus', po.placeOrderStatus, '', 'place'],
    ['ClaimType', po.claimType, 'claim', 'claim-type'],
    ['ClaimStatus', po.claimStatus, 'claim', 'claim-status'],
    ['HoldbackStatus', holdback, 'hold', 'holdback'],
  ]
  return Promise.all(
    items
      .filter(([, value]) => value)
      .map(async ([name, value, cls, id]) =>
        h(
          'span',
          { class: `badge big ${cls}`, 'data-testid': `badge-${id}`, title: name },
          value,
          h('small', {}, await ctx.label(name, value)),
        ),
      ),
  )
}

/**
 * Primitive fields as a definition list; nested objects (addresses) on one line.
 * @param {string} title
 * @param {unknown} value
 */
function block(title, value) {
  const entries = Object.entries(value ?? {})
  if (entries.length === 0) return null
  /** @type {(v: any) => Child} */
  const shown = (v) => {
    if (v === null || typeof v !== 'object') return String(v)
    // An address reads as one postal line; other nested values show their plain fields.
    if ('baseAddress' in v)
      return [v.name, v.tel1, v.zipCode && `(${v.zipCode})`, v.baseAddress, v.detailedAddress]
        .filter((x) => x)
        .join(' ')
    // Claim blocks and the like: every field with its name, never bare values.
    return h(
      'dl',
      { class: 'nested' },
      Object.entries(/** @type {Record<string, unknown>} */ (v))
        .filter(([, x]) => x !== '' && x !== null && x !== undefined)
        .map(([k, x]) => [
          h('dt', {}, k),
          h('dd', {}, typeof x === 'object' ? JSON.stringify(x) : String(x)),
        ]),
    )
  }
  return h(
    'details',
    { class: 'block', open: ['productOrder', 'order', 'delivery', 'currentClaim'].includes(title) },
    h('summary', {}, title),
    h(
      'dl',
      {},
      entries.map(([k, v]) => [
        h('dt', {}, k),
        h('dd', { class: Array.isArray(v) ? 'mono' : '' }, Array.isArray(v) ? JSON.stringify(v) : shown(v)),
      ]),
    ),
  )
}

/**
 * @param {string} productOrderId
 * @returns {View}
 */
export function orderView(productOrderId) {
  /** @type {ViewContext} */
  let ctx
  let last = ''
  let allowed = ''
  const head = h('div', { class: 'badges' })
  const actions = h('section', { class: 'panel' })
  const history = h('section', { class: 'panel' })
  const details = h('section', { class: 'panel details' })
  const title = h('h1', {})
  const result = h('p', { class: 'result', 'data-testid': 'action-result' })
  const requests = requestLog(productOrderId)

  /**
   * Redraws with fresh prefilled values, then shows what the last event or action did: the line appears
   * only once the panel already offers the next steps.
   * @param {Outcome} message
   */
  async function report(message) {
    try {
      // A refused action keeps the panel as it is, so what was typed stays for a second try.
      await refresh(message.ok)
    } finally {
      fill(result, message.text)
      result.className = `result ${message.ok ? 'ok' : 'fail'}`
      toast(message.text, message.ok ? 'info' : 'error')
    }
  }

  /**
   * @param {Inspection} inspection
   * @param {boolean} force redraw the action panel even when the allowed steps did not change
   */
  async function draw(inspection, force) {
    const t = ctx.t
    const { detail } = inspection
    const po = detail.productOrder
    // The control plane's inspection always carries it; the API document's detail type has it optional.
    if (!po) return
    // The machine's snapshot carries the holdback only while its claim is in progress.
    const holdback = inspection.history.at(-1)?.to.holdbackStatus
    fill(title, po.productName, ' ', h('small', { class: 'mono muted' }, po.productOrderId))
    fill(head, await badges(ctx, po, holdback))
    fill(
      history,
      h('h2', {}, t('order.timeline')),
      h('div', { class: 'table-wrap' }, timeline(ctx, await stateMachine(), inspection.history)),
    )
    fill(
      details,
      h('h2', {}, t('order.details')),
      Object.entries(detail).map(([k, v]) => block(k, v)),
      h(
        'details',
        { class: 'block' },
        h('summary', {}, t('order.json')),
        h('pre', {}, JSON.stringify(inspection, null, 2)),
      ),
    )
    const key = `${inspection.allowedEvents}|${inspection.allowedActions}`
    if (force || key !== allowed) {
      allowed = key
      // The merchant's own API: a Commerce app's actions go to its seller paths under /external.
      const [machine, clock] = await Promise.all([
        merchantMachine(ctx.clientId ?? ''),
        control('getClock', { query: { clientId: ctx.clientId } }),
      ])
      fill(actions, result, actionPanel({ ctx, inspection, machine, now: clock.epochMillis, report }))
    }
  }

  let asked = 0
  let shown = 0
  async function refresh(force = false) {
    // A poll that started before an action must not paint its older answer over the action's result.
    const ticket = ++asked
    const inspection = await control('inspectProductOrder', { path: { productOrderId } })
    if (ticket < shown) return
    shown = ticket
    const text = JSON.stringify(inspection)
    if (!force && text === last) return
    last = text
    await draw(inspection, force)
  }

  return {
    async mount(container, c) {
      ctx = c
      ctx.select(productOrderId)
      fill(
        container,
        h(
          'div',
          { class: 'view-head' },
          h(
            'a',
            { href: sessionStorage.getItem('npay-sandbox.ordersHash') ?? '#/orders', class: 'back' },
            '← ',
            ctx.t('nav.orders'),
          ),
          title,
          h(
            'a',
            { href: `#/machine/${encodeURIComponent(productOrderId)}`, class: 'link' },
            ctx.t('order.showMachine'),
          ),
        ),
        head,
        h(
          'div',
          { class: 'order-layout' },
          h('div', { class: 'order-main' }, actions, history, requests.element),
          details,
        ),
      )
      await Promise.all([refresh(), requests.refresh(ctx)])
    },
    refresh: () => Promise.all([refresh(false), requests.refresh(ctx)]),
  }
}
