// @ts-check
// State view: it opens on the selected product order's current state, the path its history took and what
// can happen next (machine-focus.js); every node is clickable (machine-node.js: the orders in it, make one
// in it); the whole graph and the transition table are one toggle away. Orders are found with a search box
// over the server's search (order-search.js), never a select of every order.
import { control, stateMachine } from '../api.js'
import { nodeOf, renderDiagram } from '../diagram.js'
import { fill, h } from '../dom.js'
import { stateOf, takenPath, targetsOf } from '../machine-model.js'
import { nodeName } from '../state-names.js'
import { focusView } from './machine-focus.js'
import { nodePanel } from './machine-node.js'
import { transitionTable } from './machine-table.js'
import { orderSearch } from './order-search.js'

/** @import { Schemas, View, ViewContext } from '../../../dashboard.js' */
/**
 * @typedef {Schemas['StateMachine']} Machine
 * @typedef {Schemas['ProductOrderInspection']} Inspection
 */

const GRAPH_KEY = 'npay-sandbox.machineGraph'

/**
 * The taken path as `from>to` node keys and row ids, for the full graph.
 * @param {Machine} machine
 * @param {Inspection | undefined} inspection
 */
function coverage(machine, inspection) {
  const keys = new Set()
  const rows = new Set()
  for (const step of takenPath(machine, inspection)) {
    keys.add(`${step.fromNode.id}>${step.toNode.id}`)
    if (step.rowId) rows.add(step.rowId)
  }
  return { keys, rows }
}

/**
 * Edge keys of the full graph from the current node to where each allowed event leads.
 * @param {Machine} machine
 * @param {Inspection | undefined} inspection
 */
function nextEdges(machine, inspection) {
  const current = stateOf(machine, inspection?.history.at(-1)?.to)
  const from = current?.node.id ?? 'new'
  const events = inspection ? [...inspection.allowedActions, ...inspection.allowedEvents] : ['place-order']
  const keys = new Set()
  for (const event of events)
    for (const node of targetsOf(machine, current?.key ?? 'new', event)) keys.add(`${from}>${node.id}`)
  return keys
}

/**
 * @param {string | undefined} routeId
 * @returns {View}
 */
export function machineView(routeId) {
  /** @type {ViewContext} */
  let ctx
  /** @type {Machine} */
  let machine
  /** @type {string | undefined} */
  let selected
  let last = ''
  let graphOpen = sessionStorage.getItem(GRAPH_KEY) === 'open'
  /** @type {ReturnType<typeof nodePanel>} */
  let panel
  const focus = h('div', { class: 'focus-wrap' })
  const graph = h('section', { class: 'machine-graph', 'data-testid': 'machine-graph', hidden: !graphOpen })
  const toggle = h('button', {
    type: 'button',
    'data-testid': 'machine-toggle-graph',
    'aria-expanded': 'false',
  })

  /** @type {Record<string, number>} */
  let countsNow = {}
  /** @param {string} id */
  const openNode = (id) => panel.open(id)
  const env = () => ({ machine, ctx, counts: countsNow, onNode: openNode })

  async function draw(force = false) {
    const inspection = selected
      ? await control('inspectProductOrder', { path: { productOrderId: selected } }).catch(() => undefined)
      : undefined
    /** @type {Schemas['StateNodes']} */
    const nodes = await control('GET', '/state-machine/nodes', { query: { clientId: ctx.clientId } })
    const text = JSON.stringify([
      selected,
      inspection?.history,
      inspection?.allowedEvents,
      nodes.counts,
      graphOpen,
    ])
    if (!force && text === last) return
    last = text
    countsNow = nodes.counts
    fill(focus, focusView(env(), inspection, selected))
    fill(toggle, ctx.t(graphOpen ? 'machine.hideGraph' : 'machine.showGraph'))
    toggle.setAttribute('aria-expanded', String(graphOpen))
    graph.hidden = !graphOpen
    // The whole graph is built only when shown: the focus is the page's one picture of the current state.
    if (graphOpen) await drawGraph(inspection)
    else graph.replaceChildren()
  }

  /** @param {Inspection | undefined} inspection */
  async function drawGraph(inspection) {
    const t = ctx.t
    const report = await control('getCoverage', {
      query: ctx.clientId ? { clientId: ctx.clientId } : {},
    }).catch(() => undefined)
    const counts = new Map((report?.rows ?? []).map((r) => [r.id, r.count]))
    const covered = coverage(machine, inspection)
    const current = inspection ? nodeOf(machine, inspection.history.at(-1)?.to).id : undefined
    fill(
      graph,
      h(
        'p',
        { class: 'legend' },
        h('span', { class: 'key current' }, t('machine.current')),
        h('span', { class: 'key covered' }, t('machine.covered')),
        h('span', { class: 'key next' }, t('machine.nextKey')),
        h('span', { class: 'key' }, t('machine.loops')),
        h('span', { class: 'key count' }, t('machine.countKey')),
      ),
      h(
        'div',
        { class: 'diagram-wrap' },
        renderDiagram(machine, {
          current,
          covered,
          next: nextEdges(machine, inspection),
          lang: ctx.lang(),
          label: (n) => nodeName(machine, n, ctx, { short: true }),
          counts: countsNow,
          onNode: openNode,
        }),
      ),
      transitionTable(ctx, machine, covered, counts),
    )
  }

  /** @param {string} productOrderId */
  async function pick(productOrderId) {
    selected = productOrderId
    ctx.select(productOrderId)
    // The address names the order, without a history entry per pick and without re-mounting the view.
    history.replaceState(history.state, '', `#/machine/${encodeURIComponent(productOrderId)}`)
    await draw(true)
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      machine = await stateMachine()
      selected = routeId ?? ctx.selected
      panel = nodePanel({ machine, ctx, onPick: pick })
      const search = orderSearch(ctx, (id) => pick(id))
      toggle.addEventListener('click', () => {
        graphOpen = !graphOpen
        sessionStorage.setItem(GRAPH_KEY, graphOpen ? 'open' : 'closed')
        draw(true)
      })
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.machine'))),
        h(
          'div',
          { class: 'machine-layout' },
          h('div', { class: 'machine-main' }, focus),
          h('aside', {}, search.element),
        ),
        panel.element,
        h('p', {}, toggle),
        graph,
      )
      await Promise.all([draw(true), search.search()])
    },
    refresh: () => Promise.all([draw(), panel?.refresh()]),
  }
}
