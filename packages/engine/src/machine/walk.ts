/**
 * The one walk over the table: breadth first from order placement, every event in every reachable state
 * under both guard worlds. The diagram, the dashboard's graph, exploration and the generated test paths
 * all read it, so they agree on what is reachable and how.
 */
import { ALL_EVENTS, type EventName } from './events.ts'
import { GUARD_WORLDS, type GuardWorld } from './guards.ts'
import { describeState, type MachineState } from './state.ts'
import { type Step, transition } from './transition.ts'

/** One allowed event: from which state, under which guard world, through which rows, to which state. */
export interface WalkEdge {
  from: MachineState | 'new'
  event: EventName
  world: GuardWorld
  steps: readonly Step[]
  to: MachineState
}

export interface MachineWalk {
  /** Every state reachable from order placement (at rest or between the steps of a chain), by `describeState`, in the order found. */
  states: ReadonlyMap<string, MachineState>
  /** Every allowed event of every reachable state, placement first, in the order found. */
  edges: readonly WalkEdge[]
  /**
   * The shortest run of edges from order placement whose last edge passes through the state.
   * @example walk().pathTo('DELIVERED · OK').map((e) => e.event) // ['place-order', 'dispatchProductOrders', 'deliver']
   */
  pathTo(key: string): readonly WalkEdge[]
}

let cached: MachineWalk | undefined

/** The walk of the table (computed once: the table never changes while the process runs). */
export function walk(): MachineWalk {
  cached ??= explore()
  return cached
}

function explore(): MachineWalk {
  const states = new Map<string, MachineState>()
  const found = new Map<string, WalkEdge>()
  const edges: WalkEdge[] = []
  const queue: MachineState[] = []
  const follow = (from: MachineState | 'new', event: EventName, world: GuardWorld) => {
    const result = transition(from, event, world.check)
    if (!result.ok) return
    const edge: WalkEdge = { from, event, world, steps: result.steps, to: result.state }
    edges.push(edge)
    for (const step of result.steps) {
      const key = describeState(step.after)
      if (states.has(key)) continue
      states.set(key, step.after)
      found.set(key, edge)
      queue.push(step.after)
    }
  }
  for (const world of GUARD_WORLDS) follow('new', 'place-order', world)
  while (queue.length > 0) {
    const state = queue.shift()!
    for (const event of ALL_EVENTS) for (const world of GUARD_WORLDS) follow(state, event, world)
  }
  const pathTo = (key: string): WalkEdge[] => {
    const last = found.get(key)
    if (!last) throw new Error(`${key} is not reachable`)
    return last.from === 'new' ? [last] : [...pathTo(describeState(last.from)), last]
  }
  return { states, edges, pathTo }
}
