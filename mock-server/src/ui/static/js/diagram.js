// @ts-check
// Draws the state machine as SVG from GET /__sandbox/state-machine. The 80-odd full states are drawn as
// the nodes the server projects them onto (what a QA engineer follows: the status, or the open claim's
// status and whether it is held), top to bottom in the server's swimlanes. Rows are ranks of a
// longest-path layering after cycle removal, so the normal flow reads in order; a held claim sits beside
// its unheld twin.
import { s } from './dom.js'

/** @import { Schemas } from '../../dashboard.js' */
/**
 * @typedef {Schemas['StateMachine']} Machine
 * @typedef {Schemas['DiagramNode']} DiagramNode
 * @typedef {DiagramNode & { rank: number, x: number, y: number }} Box a node with its place in the drawing
 * @typedef {{ key: string, from: string, to: string, rows: Set<string> }} Edge
 * @typedef {{ nodes: Map<string, Box>, edges: Edge[], loops: Map<string, Set<string>> }} Graph
 * @typedef {{ keys: Set<string>, rows: Set<string> }} Covered
 * @typedef {{
 *   current?: string | undefined,
 *   covered: Covered,
 *   next?: Set<string>,
 *   lang: 'ko' | 'en',
 *   label?: (node: DiagramNode) => string,
 *   counts?: Record<string, number>,
 *   onNode?: (id: string) => void,
 * }} DiagramOptions
 */

/**
 * The value, known to be there (a key of a map built from the same data).
 * @template T
 * @param {T | undefined} value
 * @returns {T}
 */
function must(value) {
  if (value === undefined) throw new Error('the state machine refers to a state it does not list')
  return value
}

/** The lane of the normal flow; the others are claim types. Lanes, nodes and labels come from the server. */
const NORMAL = 'normal'
const NODE_W = 156
const NODE_H = 28
const SUB_W = 170
const ROW_H = 58
const TOP = 34
/** @type {DiagramNode} */
const START = { id: 'new', lane: NORMAL, label: '', open: false, held: false, base: 'new' }
/** @type {readonly ('productOrderStatus' | 'placeOrderStatus' | 'claimType' | 'claimStatus' | 'holdbackStatus')[]} */
const FIELDS = ['productOrderStatus', 'placeOrderStatus', 'claimType', 'claimStatus', 'holdbackStatus']

/**
 * The diagram node of a state snapshot (a history entry's `from`/`to`): `{ id, lane, label, open, held, base }`.
 * @param {Machine} machine
 * @param {Partial<Record<(typeof FIELDS)[number], string>> | undefined} snapshot
 * @returns {DiagramNode}
 */
export function nodeOf(machine, snapshot) {
  if (!snapshot) return START
  const st = machine.states.find((candidate) => FIELDS.every((k) => candidate[k] === snapshot[k]))
  return st?.node ?? START
}

/**
 * Longest-path ranks over the unheld nodes. Edges that end a claim back in the normal flow (a rejection,
 * a partial cancel) would close cycles, so they do not push ranks; DFS back edges are dropped as a fallback.
 * @param {Map<string, DiagramNode>} nodes
 * @param {Iterable<Edge>} edges
 * @returns {Map<string, number>}
 */
function ranks(nodes, edges) {
  /** @type {Map<string, string[]>} */
  const out = new Map()
  for (const e of edges) {
    const [from, to] = [must(nodes.get(e.from)), must(nodes.get(e.to))]
    const [a, b] = [from.base, to.base]
    const closing = from.open && to.lane === NORMAL
    if (a !== b && !closing) out.set(a, [...new Set([...(out.get(a) ?? []), b])])
  }
  /** @type {string[]} */
  const order = []
  /** @type {Map<string, 'open' | 'done'>} */
  const state = new Map()
  /** @type {Map<string, string[]>} */
  const forward = new Map()
  /** @param {string} n */
  const visit = (n) => {
    state.set(n, 'open')
    for (const m of out.get(n) ?? []) {
      if (state.get(m) === 'open') continue
      forward.set(n, [...(forward.get(n) ?? []), m])
      if (!state.has(m)) visit(m)
    }
    state.set(n, 'done')
    order.push(n)
  }
  visit('new')
  const rank = new Map([['new', 0]])
  for (const n of order.reverse())
    for (const m of forward.get(n) ?? []) rank.set(m, Math.max(rank.get(m) ?? 0, (rank.get(n) ?? 0) + 1))
  return rank
}

/**
 * Nodes, edges (with the rows behind each) and loops of the projected machine.
 * @param {Machine} machine
 * @returns {Graph}
 */
export function buildGraph(machine) {
  const byKey = new Map(machine.states.map((st) => [st.key, st]))
  /** @type {Map<string, Box>} */
  const nodes = new Map([['new', { ...START, rank: 0, x: 0, y: 0 }]])
  for (const st of machine.states) nodes.set(st.node.id, { ...st.node, rank: 0, x: 0, y: 0 })
  /** @type {Map<string, Edge>} */
  const edges = new Map()
  /** @type {Map<string, Set<string>>} */
  const loops = new Map()
  for (const e of machine.edges) {
    const from = e.from === 'new' ? 'new' : must(byKey.get(e.from)).node.id
    const to = must(byKey.get(e.to)).node.id
    if (from === to) {
      loops.set(from, new Set([...(loops.get(from) ?? []), e.rowId]))
      continue
    }
    const key = `${from}>${to}`
    const edge = edges.get(key) ?? { key, from, to, rows: new Set() }
    edges.set(key, edge)
    edge.rows.add(e.rowId)
  }
  const rank = ranks(nodes, edges.values())
  for (const n of nodes.values()) n.rank = rank.get(n.base) ?? 0
  return { nodes, edges: [...edges.values()], loops }
}

/**
 * @param {Graph} graph
 * @param {Machine['lanes']} lanesOfMachine
 */
function layout(graph, lanesOfMachine) {
  /** @type {{ lane: string, label: { ko: string, en: string }, x: number, width: number }[]} */
  const lanes = []
  let x = 0
  for (const { id: lane, label } of lanesOfMachine) {
    /** @type {Map<number, Box[]>} */
    const cells = new Map()
    const members = [...graph.nodes.values()].filter((n) => n.lane === lane)
    members.sort((a, b) => Number(a.held) - Number(b.held) || a.id.localeCompare(b.id))
    for (const n of members) {
      const cell = cells.get(n.rank) ?? []
      n.x = x + 8 + cell.length * SUB_W
      n.y = TOP + n.rank * ROW_H
      cell.push(n)
      cells.set(n.rank, cell)
    }
    const width = Math.max(1, ...[...cells.values()].map((c) => c.length)) * SUB_W + 8
    lanes.push({ lane, label, x, width })
    x += width
  }
  const height = TOP + (Math.max(...[...graph.nodes.values()].map((n) => n.rank)) + 1) * ROW_H
  return { lanes, width: x, height }
}

/** @param {Box} n */
const widthOf = (n) => (n.id === 'new' ? NODE_H : NODE_W)
/** Room kept between an edge and a node it must not cross. */
const PAD = 4
/** Gap between a column of nodes and the vertical run of an edge that goes around them. */
const GUTTER = 7

/**
 * Whether the point lies on a node other than the edge's own ends.
 * @param {Box[]} nodes
 * @param {number} x
 * @param {number} y
 */
const onNode = (nodes, x, y) =>
  nodes.some((n) => x > n.x - PAD && x < n.x + widthOf(n) + PAD && y > n.y - PAD && y < n.y + NODE_H + PAD)

/** @type {(p0: number, p1: number, p2: number, p3: number, t: number) => number} */
const cubic = (p0, p1, p2, p3, t) =>
  (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3

/**
 * Whether the curve from (x1,y1) to (x2,y2), bent vertically, would run over one of `nodes`.
 * @param {Box[]} nodes
 * @param {number} x1
 * @param {number} y1
 * @param {number} x2
 * @param {number} y2
 */
function crosses(nodes, x1, y1, x2, y2) {
  const dy = (y2 - y1) / 2
  for (let i = 1; i < 24; i++) {
    const t = i / 24
    if (onNode(nodes, cubic(x1, x1, x2, x2, t), cubic(y1, y1 + dy, y2 - dy, y2, t))) return true
  }
  return false
}

/**
 * The drawn line of an edge. Downward edges run from the bottom of one node to the top of the next; one that
 * skips rows (a return approved before collection) goes around the nodes between in the gap beside their
 * column, so it never reads as passing through them. Edges back up leave and enter from the side.
 * @param {Box} a
 * @param {Box} b
 * @param {Box[]} others
 * @returns {{ d: string, mx: number, my: number }}
 */
function path(a, b, others) {
  const aw = widthOf(a)
  const bw = widthOf(b)
  if (b.rank > a.rank) {
    const [x1, y1, x2, y2] = [a.x + aw / 2, a.y + NODE_H, b.x + bw / 2, b.y]
    const dy = (y2 - y1) / 2
    if (!crosses(others, x1, y1, x2, y2))
      return {
        d: `M${x1},${y1} C${x1},${y1 + dy} ${x2},${y2 - dy} ${x2},${y2}`,
        mx: (x1 + x2) / 2,
        my: (y1 + y2) / 2,
      }
    // Down the gap beside the source's column, across in the free band above the target's row, then in.
    const right = x2 >= x1
    const gx = right ? a.x + aw + GUTTER : a.x - GUTTER
    const ay = a.y + NODE_H / 2
    const gy = b.y - 15
    const dir = x2 < gx ? -1 : 1
    return {
      d:
        `M${right ? a.x + aw : a.x},${ay} Q${gx},${ay} ${gx},${ay + 8} L${gx},${gy - 8} ` +
        `Q${gx},${gy} ${gx + 8 * dir},${gy} L${x2 - 8 * dir},${gy} Q${x2},${gy} ${x2},${gy + 8} L${x2},${y2}`,
      mx: gx,
      my: (ay + gy) / 2,
    }
  }
  // Back to an earlier row (a rejection, a release): leave and enter from the side facing the target.
  const y1 = a.y + NODE_H / 2
  const y2 = b.y + NODE_H / 2
  if (b.x + bw <= a.x || b.x >= a.x + aw) {
    const left = b.x < a.x
    const x1 = left ? a.x : a.x + aw
    const x2 = left ? b.x + bw : b.x
    const mid = (x1 + x2) / 2
    return { d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`, mx: mid, my: (y1 + y2) / 2 }
  }
  const x = a.x + aw
  return {
    d: `M${x},${y1} C${x + 36},${y1} ${x + 36},${y2} ${b.x + bw},${y2}`,
    mx: x + 28,
    my: (y1 + y2) / 2,
  }
}

/**
 * The SVG of the machine. `current` is the selected order's node; `covered` holds `from>to` keys and row ids
 * of the path its history took; `next` the edge keys of what can happen from here. `label(node)` names a
 * node, `counts` are the merchant's product orders per node, `onNode(id)` is called when one is clicked.
 * @param {Machine} machine
 * @param {DiagramOptions} options
 * @returns {SVGSVGElement}
 */
export function renderDiagram(
  machine,
  { current, covered, next = new Set(), lang, label, counts = {}, onNode },
) {
  const graph = buildGraph(machine)
  const { lanes, width, height } = layout(graph, machine.lanes)
  const visited = new Set([...covered.keys].flatMap((k) => k.split('>')))
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'diagram',
    role: 'img',
    'data-testid': 'diagram',
    width,
    height,
  })
  svg.append(
    s(
      'defs',
      {},
      s(
        'marker',
        {
          id: 'arrow',
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 8,
          markerHeight: 8,
          markerUnits: 'userSpaceOnUse',
          orient: 'auto-start-reverse',
        },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
  )
  for (const l of lanes) {
    svg.append(
      s('rect', { x: l.x, y: 0, width: l.width, height, class: `lane lane-${l.lane}` }),
      s('text', { x: l.x + 10, y: 20, class: 'lane-title' }, l.label[lang] ?? l.label.ko),
    )
  }
  /** @param {Edge} e */
  const hit = (e) => covered.keys.has(e.key) && [...e.rows].some((r) => covered.rows.has(r))
  /** @param {Edge} e */
  const weight = (e) => (hit(e) ? 2 : next.has(e.key) ? 1 : 0)
  const boxes = [...graph.nodes.values()]
  // The path taken is drawn last, over the others; what can happen next just below it.
  for (const e of [...graph.edges].sort((x, y) => weight(x) - weight(y))) {
    const a = must(graph.nodes.get(e.from))
    const b = must(graph.nodes.get(e.to))
    const { d, mx, my } = path(
      a,
      b,
      boxes.filter((n) => n !== a && n !== b),
    )
    const rows = [...e.rows].join(' ')
    const cls = `edge ${hit(e) ? 'covered' : ''} ${next.has(e.key) ? 'next' : ''}`
    svg.append(
      s(
        'g',
        { class: cls, 'data-edge': e.key, 'data-rows': rows },
        s('title', {}, `${e.from} → ${e.to}: ${rows}`),
        s('path', { d, 'marker-end': 'url(#arrow)' }),
        s('text', { x: mx, y: my - 3, 'text-anchor': 'middle', class: 'edge-label' }, rows),
      ),
    )
  }
  for (const n of graph.nodes.values())
    svg.append(nodeBox(n, { graph, current, visited, label, counts, onNode }))
  return svg
}

/**
 * @param {Box} n
 * @param {{ graph: Graph, visited: Set<string> } & Pick<DiagramOptions, 'current' | 'label' | 'onNode'> & { counts: Record<string, number> }} options
 */
function nodeBox(n, { graph, current, visited, label, counts, onNode }) {
  const loops = [...(graph.loops.get(n.id) ?? [])]
  const cls = `node ${n.id === current ? 'current' : ''} ${visited.has(n.id) ? 'visited' : ''}`
  const count = counts[n.id]
  const g = s(
    'g',
    {
      class: cls,
      'data-node': n.id,
      transform: `translate(${n.x},${n.y})`,
      ...(onNode && n.id !== 'new' ? { role: 'button', tabindex: 0 } : {}),
    },
    s('title', {}, loops.length ? `${n.id} (↻ ${loops.join(' ')})` : n.id),
    n.id === 'new'
      ? s('circle', { cx: NODE_H / 2, cy: NODE_H / 2, r: 9 })
      : s('rect', { width: NODE_W, height: NODE_H, rx: 8 }),
    n.id === 'new'
      ? null
      : s(
          'text',
          { x: NODE_W / 2, y: NODE_H / 2 + 4, 'text-anchor': 'middle', class: 'node-label' },
          label ? label(n) : n.label,
        ),
    loops.length ? s('text', { x: 4, y: -3, class: 'loop' }, `↻ ${loops.join(' ')}`) : null,
    count ? s('text', { x: NODE_W - 4, y: -3, 'text-anchor': 'end', class: 'count' }, String(count)) : null,
  )
  if (onNode && n.id !== 'new') {
    g.addEventListener('click', () => onNode(n.id))
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') onNode(n.id)
    })
  }
  return g
}
