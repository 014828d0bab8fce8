/** Docs generated from the table: Mermaid diagrams per flow and the row table (docs/state-machine.md). */
import { LANES, laneOf } from './lanes.ts'
import { describeState, type MachineState } from './state.ts'
import { TRANSITIONS } from './table.ts'
import { walk } from './walk.ts'

interface Edge {
  from: MachineState | 'new'
  to: MachineState
  label: string
}

/** The walk's steps that change the state (placement included), once per (from, to, label). */
function edges(): Edge[] {
  const out = new Map<string, Edge>()
  for (const edge of walk().edges) {
    for (const s of edge.steps) {
      if (s.before !== 'new' && describeState(s.before) === describeState(s.after)) continue
      const label = labelOf(s.row.event, s.row.emits)
      const key = `${s.before === 'new' ? 'new' : describeState(s.before)}>${describeState(s.after)}>${label}`
      if (!out.has(key)) out.set(key, { from: s.before, to: s.after, label })
    }
  }
  return [...out.values()]
}

const labelOf = (event: string, emits?: string) => (emits ? `${event} / ${emits}` : event)
const nodeId = (s: MachineState | 'new') =>
  s === 'new' ? '[*]' : describeState(s).replace(/[^A-Za-z0-9]+/g, '_')

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
  const parts = [
    '<!-- generated — do not edit. Source: packages/engine/src/machine/table.ts; regenerate with `pnpm gen`. -->',
    '# State machine',
    '',
    "A product order's state is (productOrderStatus · placeOrderStatus · claimType/claimStatus · holdback).",
    'Edges are labelled `event / lastChangedType` (no lastChangedType: nothing is appended to last-changed).',
    'Merchant actions are named after their operationId; the rest are control-plane events.',
    '',
  ]
  for (const lane of LANES) {
    const list = all.filter((e) => laneOf(e.from) === lane.id || laneOf(e.to) === lane.id)
    parts.push(`## ${lane.title}`, '', diagram(lane.title, list), '')
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
