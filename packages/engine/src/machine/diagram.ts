/** Docs generated from the table: Mermaid diagrams per flow and the row table (docs/state-machine.md). */
import { ALL_EVENTS, reachableStates } from './explore.ts'
import { describeState, hasOpenClaim, type MachineState } from './state.ts'
import { TRANSITIONS } from './table.ts'
import { transition } from './transition.ts'

interface Edge {
  from: MachineState | 'new'
  to: MachineState
  label: string
}

function edges(): Edge[] {
  const out = new Map<string, Edge>()
  const add = (from: MachineState | 'new', to: MachineState, label: string) => {
    const key = `${from === 'new' ? 'new' : describeState(from)}>${describeState(to)}>${label}`
    if (!out.has(key)) out.set(key, { from, to, label })
  }
  const worlds = [
    (g: string) => g === 'paidAtOnce' || g === 'wholeQuantity',
    (g: string) => g === 'awaitingDeposit' || g === 'partQuantity',
  ]
  for (const world of worlds) {
    const placed = transition('new', 'place-order', world)
    if (placed.ok) for (const s of placed.steps) add(s.before, s.after, label(s.row.event, s.row.emits))
  }
  for (const state of reachableStates().values()) {
    for (const event of ALL_EVENTS) {
      for (const world of worlds) {
        const r = transition(state, event, world)
        if (r.ok)
          for (const s of r.steps)
            if (s.before !== 'new' && describeState(s.before) !== describeState(s.after))
              add(s.before, s.after, label(s.row.event, s.row.emits))
      }
    }
  }
  return [...out.values()]
}

const label = (event: string, emits?: string) => (emits ? `${event} / ${emits}` : event)
const nodeId = (s: MachineState | 'new') =>
  s === 'new' ? '[*]' : describeState(s).replace(/[^A-Za-z0-9]+/g, '_')

function group(s: MachineState | 'new'): string {
  if (s === 'new' || !s.claimType || !hasOpenClaim(s)) return 'normal'
  return s.claimType
}

function diagram(title: string, list: Edge[]): string {
  const lines = ['```mermaid', 'stateDiagram-v2', `  %% ${title}`]
  const names = new Map<string, string>()
  for (const e of list)
    for (const s of [e.from, e.to]) if (s !== 'new') names.set(nodeId(s), describeState(s))
  for (const [id, name] of [...names].sort()) lines.push(`  state "${name}" as ${id}`)
  for (const e of list) lines.push(`  ${nodeId(e.from)} --> ${nodeId(e.to)}: ${e.label}`)
  lines.push('```')
  return lines.join('\n')
}

/** The whole of docs/state-machine.md. */
export function stateMachineMarkdown(): string {
  const all = edges()
  const groups: [string, string][] = [
    ['normal', 'Normal flow (no claim in progress)'],
    ['CANCEL', 'Cancel'],
    ['ADMIN_CANCEL', 'Admin (직권) cancel'],
    ['RETURN', 'Return'],
    ['EXCHANGE', 'Exchange'],
  ]
  const parts = [
    '<!-- generated — do not edit. Source: packages/engine/src/machine/table.ts; regenerate with `pnpm gen`. -->',
    '# State machine',
    '',
    "A product order's state is (productOrderStatus · placeOrderStatus · claimType/claimStatus · holdback).",
    'Edges are labelled `event / lastChangedType` (no lastChangedType: nothing is appended to last-changed).',
    'Merchant actions are named after their operationId; the rest are control-plane events.',
    '',
  ]
  for (const [key, title] of groups) {
    const list = all.filter((e) => group(e.from) === key || group(e.to) === key)
    parts.push(`## ${title}`, '', diagram(title, list), '')
  }
  parts.push(
    '## Transition table',
    '',
    '| id | event | actor | from | guard | to | emits | follow-up | provenance |',
    '|---|---|---|---|---|---|---|---|---|',
  )
  for (const r of TRANSITIONS) {
    const from =
      r.from === 'new' ? '(new order)' : JSON.stringify(r.from).replaceAll('"', '').replaceAll('|', '\\|')
    parts.push(
      `| ${r.id} | ${r.event} | ${r.actor} | ${from} | ${r.guard ?? ''} | ${JSON.stringify(r.to).replaceAll('"', '')} | ${r.emits ?? ''} | ${r.next ?? ''} | ${r.note} |`,
    )
  }
  return `${parts.join('\n')}\n`
}
