// @ts-check
// Bulk actions of the orders table: tick rows (or every row of the page), pick one outside event or merchant
// action, apply it to each (POST /__sandbox/product-orders/events) and read what happened to each order.
/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
import { control, stateMachine } from '../api.js'
import { fill, h, toast } from '../dom.js'
import { diagnostic } from '../i18n.js'

/** @typedef {Schemas['BulkEventResult']} BulkResult */
/** @typedef {Schemas['FormField']} Field */

/** Whether a declared default is filled per order by the server (a date from its clock, a fresh tracking number). */
const perOrder = (/** @type {unknown} */ value) => typeof value === 'object' && value !== null

/**
 * @param {() => ViewContext} context
 * @param {() => Promise<void>} applied runs after a bulk run (the table is read again)
 */
export function bulkActions(context, applied) {
  /** @type {Set<string>} */
  const selected = new Set()
  /** @type {string[]} */
  let pageIds = []
  const count = h('strong', { 'data-testid': 'bulk-count' })
  const operation = /** @type {HTMLSelectElement} */ (h('select', { 'data-testid': 'bulk-operation' }))
  const fields = h('div', { class: 'fields' })
  const results = h('div', { 'data-testid': 'bulk-results' })
  const bar = h('form', { class: 'bulk-bar panel', 'data-testid': 'bulk-bar', hidden: true })
  /** @type {HTMLInputElement[]} */
  let headBoxes = []
  /** @type {{ kind: 'event', name: Schemas['SandboxEvent'], fields: Field[] } | { kind: 'action', name: string, fields: Field[] } | undefined} */
  let chosen
  /** @type {Record<string, Record<string, string>>} */
  let labels = {}

  /** A product order's state after its item, in Korean where the page is. @param {BulkResult} r */
  function stateOf(r) {
    const ko = context().lang() === 'ko'
    const text = (/** @type {string} */ name, /** @type {string | undefined} */ v) =>
      v && ko ? (labels[name]?.[v] ?? v) : v
    return [text('ProductOrderStatus', r.productOrderStatus), text('ClaimStatus', r.claimStatus)]
      .filter(Boolean)
      .join(' · ')
  }

  function update() {
    const t = context().t
    fill(count, t('bulk.selected', { count: selected.size }))
    bar.hidden = selected.size === 0
    const all = pageIds.length > 0 && pageIds.every((id) => selected.has(id))
    for (const box of headBoxes) {
      box.checked = all
      box.indeterminate = !all && pageIds.some((id) => selected.has(id))
    }
    for (const box of document.querySelectorAll('input[data-bulk-id]')) {
      const input = /** @type {HTMLInputElement} */ (box)
      input.checked = selected.has(input.dataset.bulkId ?? '')
    }
  }

  /** The header cell: select or clear every row of the page shown. @param {string[]} ids */
  function headCell(ids) {
    pageIds = ids
    const box = /** @type {HTMLInputElement} */ (
      h('input', {
        type: 'checkbox',
        'data-testid': 'select-all',
        'aria-label': context().t('bulk.selectPage'),
        onchange: () => {
          for (const id of pageIds) box.checked ? selected.add(id) : selected.delete(id)
          update()
        },
      })
    )
    headBoxes = [box]
    queueMicrotask(update)
    return h('th', { class: 'pick' }, box)
  }

  /** A row's cell: its checkbox (a click on it does not open the order). @param {string} id */
  function rowCell(id) {
    return h(
      'td',
      { class: 'pick', onclick: (/** @type {Event} */ e) => e.stopPropagation() },
      h('input', {
        type: 'checkbox',
        'data-bulk-id': id,
        'data-testid': `select-${id}`,
        'aria-label': id,
        checked: selected.has(id),
        onchange: (/** @type {Event} */ e) => {
          const box = /** @type {HTMLInputElement} */ (e.target)
          box.checked ? selected.add(id) : selected.delete(id)
          update()
        },
      }),
    )
  }

  /** One input per field of the chosen operation; values a server fills per order are left empty. @param {Field} f */
  function input(f) {
    const attrs = { name: f.name, 'data-field': f.name }
    if (f.enum) {
      const values = f.enum
      const value = typeof f.default === 'string' ? f.default : f.required ? (values[0] ?? '') : ''
      const text = (/** @type {string} */ v, /** @type {number} */ i) =>
        context().lang() === 'ko' && f.labels?.[i] ? `${v} · ${f.labels[i]}` : v
      return h(
        'select',
        attrs,
        f.required ? null : h('option', { value: '', selected: value === '' }, '—'),
        values.map((v, i) => h('option', { value: v, selected: v === value }, text(v, i))),
      )
    }
    const fixed = f.default !== undefined && !perOrder(f.default) ? String(f.default) : ''
    return h('input', {
      ...attrs,
      type: f.type === 'string' ? 'text' : 'number',
      value: fixed,
      placeholder: perOrder(f.default) ? context().t('bulk.perOrder') : '',
    })
  }

  async function choose() {
    const machine = await stateMachine()
    const [kind, name = ''] = operation.value.split(':')
    const event = kind === 'event' ? machine.sandboxEvents.find((e) => e.event === name) : undefined
    const action = kind === 'action' ? machine.merchantActions.find((a) => a.operationId === name) : undefined
    chosen = event
      ? { kind: 'event', name: event.event, fields: event.fields }
      : action && { kind: 'action', name: action.operationId, fields: action.fields }
    fill(
      fields,
      (chosen?.fields ?? []).map((f) =>
        h('label', {}, h('span', {}, f.name, f.required ? ' *' : ''), input(f)),
      ),
    )
  }

  /** What the form's fields say, typed as their schema says. */
  function values() {
    /** @type {Record<string, string | number>} */
    const out = {}
    for (const f of chosen?.fields ?? []) {
      const el = /** @type {HTMLInputElement | null} */ (bar.querySelector(`[data-field="${f.name}"]`))
      const raw = el?.value ?? ''
      if (raw !== '') out[f.name] = f.type === 'string' ? raw : Number(raw)
    }
    return out
  }

  /** Why one item was refused, in the page's language. @param {BulkResult} r */
  function why(r) {
    const { t, lang } = context()
    if (r.code === 'NOT_FOUND') return t('bulk.notFound')
    if (r.code === 'EVENT_NOT_ALLOWED') {
      return t('bulk.notAllowed', { state: stateOf(r) })
    }
    const message = r.message ?? ''
    return `${r.code ?? ''} ${lang() === 'ko' ? diagnostic(message) : message}`.trim()
  }

  /** @param {{ succeeded: number, failed: number, results: BulkResult[] }} answer */
  function drawResults(answer) {
    const t = context().t
    fill(
      results,
      h(
        'section',
        { class: 'panel' },
        h(
          'h3',
          { 'data-testid': 'bulk-summary' },
          t('bulk.summary', { succeeded: answer.succeeded, failed: answer.failed }),
        ),
        h(
          'ul',
          { class: 'bulk-results' },
          answer.results.map((r) =>
            h(
              'li',
              { class: r.ok ? 'ok' : 'fail', 'data-testid': `bulk-result-${r.productOrderId}` },
              h('span', { 'aria-hidden': 'true' }, r.ok ? '✓ ' : '✗ '),
              h(
                'a',
                { class: 'mono', href: `#/orders/${encodeURIComponent(r.productOrderId)}` },
                r.productOrderId,
              ),
              ' — ',
              h('span', { 'data-testid': 'bulk-why' }, r.ok ? t('bulk.done', { state: stateOf(r) }) : why(r)),
            ),
          ),
        ),
      ),
    )
  }

  async function apply() {
    if (!chosen) return
    /** @type {Schemas['BulkEventRequest']} */
    const body = {
      clientId: context().clientId,
      productOrderIds: [...selected],
      body: values(),
      ...(chosen.kind === 'event' ? { event: chosen.name } : { action: chosen.name }),
    }
    const answer = await control('applyBulkEvent', { body })
    drawResults(answer)
    toast(
      context().t('bulk.summary', { succeeded: answer.succeeded, failed: answer.failed }),
      answer.failed ? 'error' : 'info',
    )
    await applied()
  }

  /** Draws the bar's controls in the page's language (once per mount). */
  async function mount() {
    const { t } = context()
    const machine = await stateMachine()
    labels = machine.labels
    fill(
      operation,
      h(
        'optgroup',
        { label: t('order.events') },
        machine.sandboxEvents.map((e) => h('option', { value: `event:${e.event}` }, t(`event.${e.event}`))),
      ),
      h(
        'optgroup',
        { label: t('order.actions') },
        // An action of one API only (배송 희망일 변경) has no bulk form.
        machine.merchantActions
          .filter((a) => a.api === undefined)
          .map((a) => h('option', { value: `action:${a.operationId}` }, `${a.summary} (${a.operationId})`)),
      ),
    )
    operation.onchange = () => {
      choose().catch((error) => toast(error.message, 'error'))
    }
    bar.onsubmit = (e) => {
      e.preventDefault()
      const button = /** @type {HTMLButtonElement} */ (bar.querySelector('button[type=submit]'))
      button.disabled = true
      apply()
        .catch((error) => toast(error.message, 'error'))
        .finally(() => {
          button.disabled = false
        })
    }
    fill(
      bar,
      h(
        'div',
        { class: 'toolbar' },
        count,
        h('label', {}, t('bulk.operation'), ' ', operation),
        h('button', { type: 'submit', class: 'primary', 'data-testid': 'bulk-apply' }, t('bulk.apply')),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'bulk-clear',
            onclick: () => {
              selected.clear()
              update()
            },
          },
          t('bulk.clear'),
        ),
      ),
      fields,
    )
    await choose()
    update()
  }

  return { bar, results, headCell, rowCell, mount, update }
}
