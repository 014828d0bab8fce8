/**
 * How the machine is drawn: the swimlanes of the docs' diagrams and the dashboard (normal flow, then one
 * per claim type), which lane each state sits in, and the node a QA engineer follows for it (the status,
 * or the open claim's status and whether it is held).
 */
import type { ClaimType, MachineState, ProductOrderStatus } from './state.ts'
import { hasOpenClaim } from './state.ts'

export type LaneId = 'normal' | ClaimType

export interface Lane {
  id: LaneId
  /** Heading of the lane's section in docs/state-machine.md. */
  title: string
  /** Short name on the dashboard, in its two languages. */
  label: { ko: string; en: string }
}

// biome-ignore format: one lane per line reads as a table
export const LANES: readonly Lane[] = [
  { id: 'normal', title: 'Normal flow (no claim in progress)', label: { ko: '정상', en: 'Normal' } },
  { id: 'CANCEL', title: 'Cancel', label: { ko: '취소', en: 'Cancel' } },
  { id: 'ADMIN_CANCEL', title: 'Admin (직권) cancel', label: { ko: '직권 취소', en: 'Admin cancel' } },
  { id: 'RETURN', title: 'Return', label: { ko: '반품', en: 'Return' } },
  { id: 'EXCHANGE', title: 'Exchange', label: { ko: '교환', en: 'Exchange' } },
]

/** Statuses that end a claim (or an unpaid order) sit in that claim's lane. */
const OUTCOME_LANE: Partial<Record<ProductOrderStatus, LaneId>> = {
  CANCELED: 'CANCEL',
  CANCELED_BY_NOPAYMENT: 'CANCEL',
  RETURNED: 'RETURN',
  EXCHANGED: 'EXCHANGE',
}

/** The node of the drawn machine that a state is shown as; a held claim sits beside its unheld twin. */
export interface DiagramNode {
  id: string
  label: string
  lane: LaneId
  /** A claim is in progress. */
  open: boolean
  held: boolean
  /** The id of the unheld twin (the node itself when not held). */
  base: string
}

const HELD = ' · HOLD'

/**
 * The node a state is drawn as: an open claim by its status, anything else by the product order's.
 * @example diagramNode(returnRequestedAndHeld).id // 'RETURN/RETURN_REQUEST · HOLD'
 */
export function diagramNode(state: MachineState | 'new'): DiagramNode {
  if (state === 'new') return { id: 'new', label: '', lane: 'normal', open: false, held: false, base: 'new' }
  if (state.claimType && hasOpenClaim(state)) {
    const held = state.holdbackStatus === 'HOLDBACK'
    const base = `${state.claimType}/${state.claimStatus}`
    const suffix = held ? HELD : ''
    const label = `${state.claimStatus}${suffix}`
    return { id: base + suffix, label, lane: state.claimType, open: true, held, base }
  }
  const id =
    state.productOrderStatus === 'PAYED' ? `PAYED · ${state.placeOrderStatus}` : state.productOrderStatus
  const lane = OUTCOME_LANE[state.productOrderStatus] ?? 'normal'
  return { id, label: id, lane, open: false, held: false, base: id }
}

/** The lane a state sits in. */
export function laneOf(state: MachineState | 'new'): LaneId {
  return diagramNode(state).lane
}
