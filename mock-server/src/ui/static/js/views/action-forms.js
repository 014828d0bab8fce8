// @ts-check
// Forms for exactly the events and merchant actions the state machine allows now, with valid values filled
// in (action-fields.js), and the merchant actions the state does not allow, greyed out with the reason.
/** @import { MerchantActionForm, Schemas, ViewContext } from '../../../dashboard.js' */
import { control, merchantCall } from '../api.js'
import { h } from '../dom.js'
import { fieldInput, fieldValues } from './action-fields.js'
import { actionName, historyEventName, stateText } from './order-names.js'

/** @typedef {import('./action-fields.js').Field} Field */
/** @typedef {import('./action-fields.js').FormClock} FormClock */
/** @typedef {Schemas['StateMachine']} Machine */
/** @typedef {Schemas['ProductOrderInspection']} Inspection */
/** @typedef {{ ok: boolean, text: string }} Outcome */
/** @typedef {(outcome: Outcome) => Promise<void>} Report */

/**
 * The request body of a merchant action for one product order: the fields, or a list entry of them.
 * @param {MerchantActionForm} action
 * @param {string} id
 * @param {Record<string, string | number>} v
 */
function bodyOf(action, id, v) {
  if (!action.hasBody) return undefined
  if (!action.listProperty) return v
  return { [action.listProperty]: action.fields.length ? [{ productOrderId: id, ...v }] : [id] }
}

/**
 * One form: its fields, and a button that runs it and reports what happened.
 * @param {{ testid: string, title: string, code: string, fields: Field[], scope: string, at: FormClock,
 *   ctx: ViewContext, run: (values: Record<string, string | number>) => Promise<Outcome>, report: Report }} card
 */
function card({ testid, title, code, fields, scope, at, ctx, run, report }) {
  const form = h(
    'form',
    {
      class: 'action',
      'data-testid': testid,
      onsubmit: async (/** @type {SubmitEvent} */ e) => {
        e.preventDefault()
        const button = form.querySelector('button')
        if (button) button.disabled = true
        try {
          await report(await run(fieldValues(form, fields)))
        } catch (error) {
          await report({ ok: false, text: `${scope}: ${error instanceof Error ? error.message : error}` })
        } finally {
          if (button) button.disabled = false
        }
      },
    },
    h('div', { class: 'action-head' }, h('strong', {}, title), h('code', {}, code)),
    fields.length
      ? h(
          'div',
          { class: 'fields' },
          fields.map((f) =>
            h(
              'label',
              {},
              h('span', {}, f.name, f.required ? ' *' : ''),
              fieldInput(scope, f, at, ctx.lang()),
            ),
          ),
        )
      : null,
    h('button', { type: 'submit', class: 'primary', 'data-testid': `run-${scope}` }, ctx.t('run')),
  )
  return form
}

/**
 * The panel of allowed outside events and merchant API actions of one product order.
 * @param {{ ctx: ViewContext, inspection: Inspection, machine: Machine, now: number, report: Report }} panel
 *   `machine` has the merchant actions at the paths of the merchant's own API (api.js merchantMachine)
 */
export function actionPanel({ ctx, inspection, machine, now, report }) {
  const po = inspection.detail.productOrder
  const id = po?.productOrderId ?? ''
  const due = Date.parse(po?.shippingDueDate ?? '')
  const at = { now, due: Number.isNaN(due) ? undefined : due }
  const t = ctx.t
  const events = inspection.allowedEvents.map((name) => {
    const form = machine.sandboxEvents.find((e) => e.event === name) ?? { event: name, actor: '', fields: [] }
    return card({
      testid: `event-${name}`,
      title: t(`event.${name}`),
      code: `${form.actor} · ${name}`,
      fields: form.fields,
      scope: name,
      at,
      ctx,
      report,
      run: async (v) => {
        await control('applyEvent', { path: { productOrderId: id, event: name }, body: v })
        return { ok: true, text: `${name}: ${t('event.done', { label: t(`event.${name}`) })}` }
      },
    })
  })
  const actions = inspection.allowedActions.flatMap((operationId) => {
    const action = machine.merchantActions.find((a) => a.operationId === operationId)
    // An action of the other API (a Commerce-only one on a mall app) has no form here.
    if (!action) return []
    return card({
      testid: `action-${operationId}`,
      title: actionName(ctx, action),
      code: `${action.method} ${action.path.replace(/^\/v1\/pay-order\/(mall|seller)/, '…')}`,
      fields: action.fields,
      scope: operationId,
      at,
      ctx,
      report,
      run: async (v) => {
        const res = await merchantCall(ctx.clientId ?? '', action, id, bodyOf(action, id, v))
        // An HTTP 200 can still refuse the item (failProductOrderInfos): the usual way this API fails.
        /** @type {{ code?: string, message?: string }[]} */
        const fails = res.body?.data?.failProductOrderInfos ?? []
        if (res.status === 200 && fails.length === 0) return { ok: true, text: `${operationId}: HTTP 200 ✓` }
        const why = fails.length
          ? fails.map((f) => `${f.code} ${f.message ?? ''}`).join(', ')
          : `${res.body?.code ?? ''} ${res.body?.message ?? ''}`
        return { ok: false, text: `${operationId}: HTTP ${res.status} ${why}` }
      },
    })
  })
  return h(
    'div',
    { class: 'actions' },
    h('h2', {}, t('order.events')),
    events.length ? h('div', { class: 'cards' }, events) : h('p', { class: 'muted' }, t('order.noEvents')),
    h('h2', {}, t('order.actions'), ' ', h('small', { class: 'muted' }, t('order.actionsHint'))),
    actions.length ? h('div', { class: 'cards' }, actions) : h('p', { class: 'muted' }, t('order.noActions')),
    unavailable(ctx, machine, inspection),
  )
}

/**
 * Every merchant action the state does not allow now, greyed out with the reason instead of hidden.
 * @param {ViewContext} ctx
 * @param {Machine} machine
 * @param {Inspection} inspection
 */
function unavailable(ctx, machine, inspection) {
  const t = ctx.t
  const po = inspection.detail.productOrder
  const state = stateText(machine, ctx, {
    productOrderStatus: po?.productOrderStatus,
    claimType: po?.claimType,
    claimStatus: po?.claimStatus,
  })
  const off = machine.merchantActions.filter((a) => !inspection.allowedActions.includes(a.operationId))
  if (off.length === 0) return null
  // What must happen first, read from the state table by the server (inspection.prerequisites).
  /** @param {string} operationId */
  const why = (operationId) => {
    // The hope-delivery day can only change on a product order placed with one (104441).
    if (operationId === 'changeHopeDelivery' && !po?.hopeDelivery?.hopeDeliveryYmd)
      return t('order.noHopeDelivery')
    const steps = inspection.prerequisites?.[operationId]
    if (steps === null) return t('order.unavailablePast', { state })
    /** @param {string} step a control-plane event or a merchant action */
    const label = (step) => historyEventName(machine, ctx, step)
    if (steps?.length) return t('order.unavailableAfter', { state, steps: steps.map(label).join(' → ') })
    return t('order.unavailableWhy', { state })
  }
  return h(
    'details',
    { class: 'unavailable', 'data-testid': 'unavailable-actions' },
    h('summary', {}, t('order.unavailable', { count: off.length })),
    h(
      'ul',
      {},
      off.map((a) =>
        h(
          'li',
          { 'data-testid': `unavailable-${a.operationId}` },
          h('button', { type: 'button', disabled: true, title: why(a.operationId) }, actionName(ctx, a)),
          ' ',
          h('code', {}, a.operationId),
          ' — ',
          h('span', { class: 'small muted', 'data-testid': 'unavailable-why' }, why(a.operationId)),
        ),
      ),
    ),
  )
}
