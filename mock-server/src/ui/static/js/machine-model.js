// @ts-check
// What the state view reads from GET /__sandbox/state-machine and an inspection: the state a snapshot is, the
// path an order actually took (its history, step by step) and where each allowed event leads from here.
import { nodeOf } from './diagram.js'

/** @import { Schemas } from '../../dashboard.js' */
/**
 * @typedef {Schemas['StateMachine']} Machine
 * @typedef {Schemas['MachineStateView']} MachineStateView
 * @typedef {Schemas['DiagramNode']} DiagramNode
 * @typedef {Schemas['ProductOrderInspection']} Inspection
 * @typedef {Inspection['history'][number]['to']} Snapshot
 */

/** @type {readonly (keyof Snapshot & keyof MachineStateView)[]} */
const FIELDS = ['productOrderStatus', 'placeOrderStatus', 'claimType', 'claimStatus', 'holdbackStatus']

/**
 * The machine's state (`{ key, node, … }`) of a history snapshot; undefined for the start.
 * @param {Machine} machine
 * @param {Snapshot | undefined} snapshot
 * @returns {MachineStateView | undefined}
 */
export function stateOf(machine, snapshot) {
  if (!snapshot) return undefined
  return machine.states.find((st) => FIELDS.every((k) => st[k] === snapshot[k]))
}

/**
 * The steps of the order's history in order: the event, its row, and the nodes before and after. A step that
 * keeps the node (a loop such as change-address) is marked so.
 */
/**
 * @param {Machine} machine
 * @param {Inspection | undefined} inspection
 */
export function takenPath(machine, inspection) {
  return (inspection?.history ?? []).map((entry) => {
    const from = nodeOf(machine, entry.from)
    const to = nodeOf(machine, entry.to)
    return { ...entry, fromNode: from, toNode: to, loop: from.id === to.id }
  })
}

/** @type {WeakMap<Machine, Map<string, Schemas['TransitionRow']>>} */
const ROWS = new WeakMap()
/** @param {Machine} machine */
function rowsById(machine) {
  let rows = ROWS.get(machine)
  if (!rows) {
    rows = new Map(machine.rows.map((r) => [r.id, r]))
    ROWS.set(machine, rows)
  }
  return rows
}

/**
 * The states a row's follow-up chain (`next`) ends in, from the state the row led to.
 * @param {Machine} machine
 * @param {string} key
 * @param {string | undefined} next
 * @param {Set<string>} [seen]
 * @returns {string[]}
 */
function chainEnds(machine, key, next, seen = new Set()) {
  if (!next || seen.has(key)) return [key]
  seen.add(key)
  const rows = rowsById(machine)
  const out = machine.edges.filter((e) => e.from === key && rows.get(e.rowId)?.event === next)
  if (out.length === 0) return [key]
  return out.flatMap((e) => chainEnds(machine, e.to, rows.get(e.rowId)?.next, seen))
}

/**
 * Where an event leads from a state (`new` before placement): the nodes it can end in, one per guarded branch
 * (whole or part quantity, paid or awaiting the deposit).
 */
/**
 * @param {Machine} machine
 * @param {string} key
 * @param {string} event
 * @returns {DiagramNode[]}
 */
export function targetsOf(machine, key, event) {
  const rows = rowsById(machine)
  const ends = machine.edges
    .filter((e) => e.from === key && rows.get(e.rowId)?.event === event)
    .flatMap((e) => chainEnds(machine, e.to, rows.get(e.rowId)?.next))
  const byKey = new Map(machine.states.map((st) => [st.key, st]))
  /** @type {Map<string, DiagramNode>} */
  const nodes = new Map()
  for (const end of ends) {
    const node = byKey.get(end)?.node
    if (node) nodes.set(node.id, node)
  }
  return [...nodes.values()]
}

/**
 * A node by id (the start included).
 * @param {Machine} machine
 * @param {string} id
 * @returns {DiagramNode | undefined}
 */
export function nodeById(machine, id) {
  if (id === 'new') return nodeOf(machine, undefined)
  return machine.states.find((st) => st.node.id === id)?.node
}
