// State machine: the diagram and the transition table from the engine's table, with the selected product
// order's current state highlighted and the transitions its history went through marked.
import { control, stateMachine } from '../api.js'
import { nodeOf, renderDiagram } from '../diagram.js'
import { fill, h } from '../dom.js'

const pattern = (from) =>
  from === 'new'
    ? '(new)'
    : [
        from.productOrderStatus?.join('|'),
        from.placeOrderStatus?.join('|'),
        from.claim === 'none'
          ? 'no claim'
          : from.claim && `${from.claim.type}/${from.claim.status.join('|')}`,
        from.holdback,
      ]
        .filter(Boolean)
        .join(' · ')

const patch = (to) => Object.values(to).join(' · ')

function coverage(machine, inspection) {
  const keys = new Set()
  const rows = new Set()
  for (const e of inspection?.history ?? []) {
    keys.add(`${nodeOf(machine, e.from).id}>${nodeOf(machine, e.to).id}`)
    if (e.rowId) rows.add(e.rowId)
  }
  return { keys, rows }
}

export function machineView(routeId) {
  let ctx
  let last = ''
  const picture = h('div', { class: 'diagram-wrap' })
  const table = h('tbody')
  const picker = h('select', { 'data-testid': 'machine-order' })
  const summary = h('p', { class: 'muted', 'data-testid': 'machine-summary' })

  async function draw(productOrderId) {
    const t = ctx.t
    const machine = await stateMachine()
    const inspection = productOrderId
      ? await control('GET', `/product-orders/${encodeURIComponent(productOrderId)}`).catch(() => undefined)
      : undefined
    // Counts of the merchant's whole traffic per row, where the server reports coverage.
    const report = await control('GET', '/coverage', { query: { clientId: ctx.clientId } }).catch(
      () => undefined,
    )
    const counts = new Map((report?.rows ?? []).map((r) => [r.id, r.count]))
    const text = JSON.stringify([inspection?.history ?? null, [...counts]])
    if (text === last && picture.childElementCount) return
    last = text
    const covered = coverage(machine, inspection)
    const current = inspection ? nodeOf(machine, inspection.history.at(-1).to).id : undefined
    fill(picture, renderDiagram(machine, { current, covered, lang: ctx.lang() }))
    fill(
      summary,
      inspection
        ? t('machine.summary', { state: current, covered: covered.rows.size, total: machine.rows.length })
        : t('machine.pick'),
    )
    fill(
      table,
      machine.rows.map((r) =>
        h(
          'tr',
          { class: covered.rows.has(r.id) ? 'covered' : '', 'data-row': r.id },
          h('td', { class: 'mono' }, covered.rows.has(r.id) ? `✓ ${r.id}` : r.id),
          h('td', { class: 'mono' }, r.event),
          h('td', {}, t(`actor.${r.actor}`)),
          h('td', { class: 'small' }, pattern(r.from), r.guard ? ` [${r.guard}]` : ''),
          h('td', { class: 'small' }, patch(r.to)),
          h('td', { class: 'mono' }, r.emits ?? ''),
          h('td', { class: 'num' }, counts.get(r.id) ?? ''),
          h('td', { class: 'small muted' }, r.note),
        ),
      ),
    )
  }

  const selected = () => picker.value || undefined

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      const { productOrders } = await control('GET', '/product-orders', {
        query: { clientId: ctx.clientId, limit: 200 },
      })
      const chosen = routeId ?? ctx.selected
      fill(
        picker,
        h('option', { value: '' }, t('machine.none')),
        productOrders.map((p) =>
          h('option', { value: p.productOrderId }, `${p.productOrderId} · ${p.productName}`),
        ),
      )
      if (chosen && productOrders.some((p) => p.productOrderId === chosen)) picker.value = chosen
      picker.addEventListener('change', () => {
        if (picker.value) ctx.select(picker.value)
        last = ''
        draw(selected())
      })
      fill(
        container,
        h(
          'div',
          { class: 'view-head' },
          h('h1', {}, t('nav.machine')),
          h('label', {}, t('machine.order'), picker),
        ),
        summary,
        h(
          'p',
          { class: 'legend' },
          h('span', { class: 'key current' }, t('machine.current')),
          h('span', { class: 'key covered' }, t('machine.covered')),
          h('span', { class: 'key' }, t('machine.loops')),
        ),
        picture,
        h('h2', {}, t('machine.table')),
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid rows' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  'row.id',
                  'tl.event',
                  'tl.actor',
                  'row.from',
                  'row.to',
                  'tl.lastChangedType',
                  'row.count',
                  'row.note',
                ].map((k) => h('th', {}, t(k))),
              ),
            ),
            table,
          ),
        ),
      )
      await draw(selected())
    },
    refresh: () => draw(selected()),
  }
}
