// Forms for exactly the events and merchant actions the state machine allows now, with valid values
// filled in. Field lists come from the API documents and merchant actions' values from their declared
// default bodies (GET /__sandbox/state-machine); only the events' values are chosen here.
import { control, merchantCall } from '../api.js'
import { h, kst } from '../dom.js'

/** A fresh 12-digit tracking number: the API refuses one already used for another order (104121). */
const tracking = () => String(600_000_000_000 + Math.floor(Math.random() * 99_999_999_999))

// Values of the outside events' fields, by `event.field`.
const EVENT_PREFILL = {
  'buyer-cancel.reason': 'INTENT_CHANGED',
  'buyer-return.reason': 'INTENT_CHANGED',
  'buyer-exchange.reason': 'COLOR_AND_SIZE',
  'admin-cancel.reason': '',
}

/** A declared default value: a constant, or a placeholder filled on the merchant's clock (`at.now`). */
function fillDefault(value, at) {
  if (value && typeof value === 'object') {
    if ('$now' in value) return kst(at.now + value.$now)
    if ('$afterDue' in value) return kst(Math.max(at.now, at.due ?? at.now) + value.$afterDue)
    if ('$tracking' in value) return tracking()
  }
  return String(value)
}

function initial(scope, field, at) {
  const event = EVENT_PREFILL[`${scope}.${field.name}`]
  if (event !== undefined) return event
  if (field.default !== undefined) return fillDefault(field.default, at)
  return field.required && field.enum ? field.enum[0] : ''
}

function input(scope, field, at, lang) {
  const value = initial(scope, field, at)
  const attrs = { name: field.name, required: field.required, 'data-field': field.name }
  if (field.enum) {
    const choices = field.enum.map((v, i) =>
      h(
        'option',
        { value: v, selected: v === value },
        lang === 'ko' && field.labels?.[i] ? `${v} · ${field.labels[i]}` : v,
      ),
    )
    return h(
      'select',
      attrs,
      field.required ? null : h('option', { value: '', selected: value === '' }, '—'),
      choices,
    )
  }
  const type = field.type === 'string' ? 'text' : 'number'
  return h('input', { ...attrs, type, value, step: field.type === 'number' ? 'any' : undefined })
}

function values(form, fields) {
  const out = {}
  for (const field of fields) {
    const raw = form.elements[field.name]?.value ?? ''
    if (raw === '') continue
    out[field.name] = field.type === 'string' ? raw : Number(raw)
  }
  return out
}

function bodyOf(action, id, v) {
  if (!action.hasBody) return undefined
  if (!action.listProperty) return v
  return { [action.listProperty]: action.fields.length ? [{ productOrderId: id, ...v }] : [id] }
}

function card({ testid, title, code, fields, scope, at, ctx, run, report }) {
  const form = h(
    'form',
    {
      class: 'action',
      'data-testid': testid,
      onsubmit: async (e) => {
        e.preventDefault()
        const button = form.querySelector('button')
        button.disabled = true
        try {
          await report(await run(values(form, fields)))
        } catch (error) {
          await report({ ok: false, text: `${scope}: ${error.message}` })
        } finally {
          button.disabled = false
        }
      },
    },
    h('div', { class: 'action-head' }, h('strong', {}, title), h('code', {}, code)),
    fields.length
      ? h(
          'div',
          { class: 'fields' },
          fields.map((f) =>
            h('label', {}, h('span', {}, f.name, f.required ? ' *' : ''), input(scope, f, at, ctx.lang())),
          ),
        )
      : null,
    h('button', { type: 'submit', class: 'primary', 'data-testid': `run-${scope}` }, ctx.t('run')),
  )
  return form
}

/** The panel of allowed outside events and merchant API actions of one product order. */
export function actionPanel({ ctx, inspection, machine, now, report }) {
  const id = inspection.detail.productOrder.productOrderId
  const due = Date.parse(inspection.detail.productOrder.shippingDueDate ?? '')
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
        await control('POST', `/product-orders/${encodeURIComponent(id)}/events/${name}`, { body: v })
        return { ok: true, text: `${name}: ${t('event.done', { label: t(`event.${name}`) })}` }
      },
    })
  })
  const actions = inspection.allowedActions.map((operationId) => {
    const action = machine.merchantActions.find((a) => a.operationId === operationId)
    return card({
      testid: `action-${operationId}`,
      title: action.summary,
      code: `${action.method} ${action.path.replace(/^\/v1\/pay-order\/(mall|seller)/, '…')}`,
      fields: action.fields,
      scope: operationId,
      at,
      ctx,
      report,
      run: async (v) => {
        const res = await merchantCall(ctx.clientId, action, id, bodyOf(action, id, v))
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
    unavailable(t, machine, inspection),
  )
}

/** Every merchant action the state does not allow now, greyed out with the reason instead of hidden. */
function unavailable(t, machine, inspection) {
  const po = inspection.detail.productOrder
  const state = [po.productOrderStatus, po.claimType && `${po.claimType}/${po.claimStatus}`]
    .filter(Boolean)
    .join(' · ')
  const off = machine.merchantActions.filter((a) => !inspection.allowedActions.includes(a.operationId))
  if (off.length === 0) return null
  // What must happen first, read from the state table by the server (inspection.prerequisites).
  const why = (operationId) => {
    const steps = inspection.prerequisites?.[operationId]
    if (steps === null) return t('order.unavailablePast', { state })
    // Control-plane events have labels; merchant actions are operationIds and stay as they are.
    const label = (step) => (t(`event.${step}`) === `event.${step}` ? step : t(`event.${step}`))
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
          h('button', { type: 'button', disabled: true, title: why(a.operationId) }, a.summary),
          ' ',
          h('code', {}, a.operationId),
          ' — ',
          h('span', { class: 'small muted', 'data-testid': 'unavailable-why' }, why(a.operationId)),
        ),
      ),
    ),
  )
}
