import { describe, expect, test } from 'vitest'
import {
  act,
  type CreateOrderInput,
  findRow,
  type MachineState,
  MERCHANT_ACTIONS,
  reachableStates,
  SANDBOX_EVENTS,
  stateOf,
  stepsBefore,
  TRANSITIONS,
  type TransitionRow,
  transition,
  unreachableRows,
} from '../src/index.ts'
import { ALLOWED_WHEN } from './facts.ts'
import { changeTypes, newEngine, type PathStep, reach, step } from './support.ts'

/** How each row is made to fire: the order to place, the path to the `from` state, the event, the rows expected. */
interface RowCase {
  order?: CreateOrderInput
  path?: PathStep[]
  /** `create` places the order itself (the `place-order` rows). */
  fire: PathStep | 'create'
  /** The rows the engine applies, in order: the fired row and its follow-ups. */
  chain: string[]
}

const UNPAID = { paid: false }
const SHIPPED: PathStep[] = ['dispatchProductOrders', 'deliver']
const RETURNING: PathStep[] = [...SHIPPED, 'buyer-return']
const EXCHANGING: PathStep[] = [...SHIPPED, 'buyer-exchange']

const CASES: Record<string, RowCase> = {
  N1: { order: UNPAID, fire: 'create', chain: ['N1'] },
  N2: { fire: 'create', chain: ['N2'] },
  N3: { order: UNPAID, fire: 'pay', chain: ['N3'] },
  N4: { order: UNPAID, fire: 'expire-payment', chain: ['N4'] },
  N5: { fire: 'confirmProductOrders', chain: ['N5'] },
  N6: { fire: 'delayDispatch', chain: ['N6'] },
  N7: { fire: 'change-address', chain: ['N7'] },
  N8: { path: ['confirmProductOrders'], fire: 'dispatchProductOrders', chain: ['N8'] },
  N9: { path: ['dispatchProductOrders'], fire: 'deliver', chain: ['N9'] },
  N10: { path: SHIPPED, fire: 'decide-purchase', chain: ['N10'] },
  C1: { order: UNPAID, fire: 'buyer-cancel', chain: ['C1', 'C7a'] },
  C2: { fire: 'buyer-cancel', chain: ['C2', 'C7a'] },
  C3: { path: ['confirmProductOrders'], fire: 'buyer-cancel', chain: ['C3'] },
  C4: { path: ['confirmProductOrders', 'buyer-cancel'], fire: 'approveCancel', chain: ['C4', 'C7a'] },
  C5: { path: ['confirmProductOrders', 'buyer-cancel'], fire: 'dispatchProductOrders', chain: ['C5', 'N8'] },
  C6: { fire: 'requestCancel', chain: ['C6', 'C7a'] },
  C7a: {
    order: { items: [{ quantity: 2 }] },
    fire: { event: 'requestCancel', input: { quantity: 2 } },
    chain: ['C6', 'C7a'],
  },
  C7b: {
    order: { items: [{ quantity: 3 }] },
    fire: { event: 'requestCancel', input: { quantity: 1 } },
    chain: ['C6', 'C7b'],
  },
  C8a: { path: ['dispatchProductOrders'], fire: 'admin-cancel', chain: ['C8a', 'C8b'] },
  C8b: { order: UNPAID, fire: 'admin-cancel', chain: ['C8a', 'C8b'] },
  R1a: { path: SHIPPED, fire: 'buyer-return', chain: ['R1a'] },
  R1b: { path: ['dispatchProductOrders'], fire: 'requestReturn', chain: ['R1b'] },
  R2: { path: RETURNING, fire: 'collect', chain: ['R2'] },
  R3: { path: [...RETURNING, 'collect'], fire: 'collect-done', chain: ['R3'] },
  R4: { path: [...RETURNING, 'collect-done'], fire: 'approveReturn', chain: ['R4'] },
  R5: { path: RETURNING, fire: 'rejectReturn', chain: ['R5'] },
  R6: { path: RETURNING, fire: 'holdbackReturn', chain: ['R6'] },
  R7: { path: [...RETURNING, 'holdbackReturn'], fire: 'releaseReturnHoldback', chain: ['R7'] },
  E1: { path: SHIPPED, fire: 'buyer-exchange', chain: ['E1'] },
  E2: { path: EXCHANGING, fire: 'collect', chain: ['E2'] },
  E3a: { path: [...EXCHANGING, 'collect'], fire: 'collect-done', chain: ['E3a'] },
  E3b: { path: EXCHANGING, fire: 'completeExchangeCollect', chain: ['E3b'] },
  E4: { path: [...EXCHANGING, 'completeExchangeCollect'], fire: 'redeliverExchange', chain: ['E4'] },
  E5: {
    path: [...EXCHANGING, 'completeExchangeCollect', 'redeliverExchange'],
    fire: 'redeliver-done',
    chain: ['E5'],
  },
  E7: { path: EXCHANGING, fire: 'rejectExchange', chain: ['E7'] },
  E8a: { path: EXCHANGING, fire: 'holdbackExchange', chain: ['E8a'] },
  E8b: { path: [...EXCHANGING, 'holdbackExchange'], fire: 'releaseExchangeHoldback', chain: ['E8b'] },
  H1: { fire: 'changeHopeDelivery', chain: ['H1'] },
}

const rowById = (id: string): TransitionRow => {
  const row = TRANSITIONS.find((r) => r.id === id)
  if (!row) throw new Error(`no row ${id} in TRANSITIONS`)
  return row
}

/** The table's own reading of a row's patch (a new claim starts without holdback). */
function patched(state: MachineState, row: TransitionRow): MachineState {
  const next = { ...state }
  if (row.to.productOrderStatus) next.productOrderStatus = row.to.productOrderStatus
  if (row.to.placeOrderStatus) next.placeOrderStatus = row.to.placeOrderStatus
  if (row.to.claimType) {
    next.claimType = row.to.claimType
    next.holdbackStatus = undefined
  }
  if (row.to.claimStatus) next.claimStatus = row.to.claimStatus
  if (row.to.holdbackStatus) next.holdbackStatus = row.to.holdbackStatus
  return next
}

/** Places the case's order, drives it to the row's starting state and fires the row's event. */
function fire(c: RowCase) {
  const tenant = newEngine().tenant()
  if (c.fire === 'create') {
    const id = tenant.createOrder(c.order).productOrderIds[0]!
    const placeholder: MachineState = { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' }
    return { tenant, id, before: placeholder, typesBefore: [] as string[], historyBefore: 0 }
  }
  const id = reach(tenant, c.path ?? [], c.order)
  const record = tenant.productOrder(id)!
  const before = stateOf(record)
  const typesBefore = changeTypes(tenant, id)
  const historyBefore = record.history.length
  step(tenant, id, c.fire)
  return { tenant, id, before, typesBefore, historyBefore }
}

test('every TRANSITIONS row has a case that fires it', () => {
  expect(Object.keys(CASES).sort()).toEqual(TRANSITIONS.map((row) => row.id).sort())
})

test('no row is unreachable', () => {
  expect(unreachableRows()).toEqual([])
})

describe('each row fires from a real order in a matching state', () => {
  test.each(Object.entries(CASES))('row %s', (id, c) => {
    const { tenant, id: poId, before, typesBefore, historyBefore } = fire(c)
    const record = tenant.productOrder(poId)!
    const chain = c.chain.map(rowById)
    expect(c.chain).toContain(id)
    if (c.fire !== 'create') expect(findRow(before, chain[0]!.event)?.id).toBe(chain[0]!.id)
    expect(record.history.slice(historyBefore).map((h) => h.rowId)).toEqual(c.chain)
    expect(stateOf(record)).toEqual(chain.reduce(patched, before))
    const after = changeTypes(tenant, poId)
    expect(after.slice(0, typesBefore.length)).toEqual(typesBefore)
    expect(after.slice(typesBefore.length)).toEqual(chain.flatMap((row) => (row.emits ? [row.emits] : [])))
  })
})

// Which merchant actions each reachable state allows and how the others fail is checked against facts
// §10.6, stated in facts.ts independently of the table, in machine-facts.test.ts.

describe('a refused action changes nothing', () => {
  const starts = Object.entries(CASES).filter(([, c]) => c.fire !== 'create')
  test.each(starts)('from the starting state of row %s', (_id, c) => {
    const tenant = newEngine().tenant()
    const id = reach(tenant, c.path ?? [], c.order)
    const refused = MERCHANT_ACTIONS.filter((a) => !ALLOWED_WHEN[a](stateOf(tenant.productOrder(id)!)))
    for (const action of refused) {
      const before = structuredClone(tenant.productOrder(id)!)
      const logSize = tenant.log.size
      const result = tenant.run(id, action, {}, 'merchant')
      expect(result.ok, action).toBe(false)
      expect(tenant.productOrder(id), action).toEqual(before)
      expect(tenant.log.size, action).toBe(logSize)
    }
  })
})

test('a transition whose effect throws commits nothing, not even its change-log rows', () => {
  const tenant = newEngine().tenant()
  const id = reach(tenant, ['confirmProductOrders', 'buyer-cancel'])
  const before = structuredClone(tenant.productOrder(id)!)
  // C5 rejects the cancel (CLAIM_REJECTED), then N8 needs the dispatch input that is missing here
  expect(() => tenant.run(id, 'dispatchProductOrders', {}, 'merchant')).toThrow()
  expect(tenant.productOrder(id)).toEqual(before)
  tenant.createOrder()
  expect(changeTypes(tenant, id)).toEqual(['PAYED', 'CLAIM_REQUESTED'])
})

test('approveCancel of a paid order fails with 9999 through the API and changes nothing', () => {
  const engine = newEngine()
  const tenant = engine.tenant()
  const id = reach(tenant, [])
  const before = structuredClone(tenant.productOrder(id)!)
  expect(act(tenant, 'approveCancel', id, {}, engine.ownerOfProductOrder)).toEqual({
    successProductOrderIds: [],
    failProductOrderInfos: [
      { productOrderId: id, code: '9999', message: '주문상태 및 클레임상태를 확인하세요' },
    ],
  })
  expect(tenant.productOrder(id)).toEqual(before)
  expect(changeTypes(tenant, id)).toEqual(['PAYED'])
})

describe('the steps before a refused event come from the table', () => {
  const paid: MachineState = { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' }
  const delivered: MachineState = { productOrderStatus: 'DELIVERED', placeOrderStatus: 'OK' }
  test.each([
    ['deliver', paid, ['dispatchProductOrders']],
    [
      'deliver',
      { productOrderStatus: 'PAYMENT_WAITING', placeOrderStatus: 'NOT_YET' },
      ['pay', 'dispatchProductOrders'],
    ],
    ['decide-purchase', paid, ['dispatchProductOrders']],
    ['collect', delivered, ['requestReturn']],
    ['redeliver-done', delivered, ['buyer-exchange', 'completeExchangeCollect', 'redeliverExchange']],
    ['deliver', { productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' }, []],
    ['deliver', { productOrderStatus: 'CANCELED', placeOrderStatus: 'NOT_YET' }, undefined],
  ] as const)('%s from %j: %j', (event, state, steps) => {
    expect(stepsBefore(state, event)).toEqual(steps)
  })

  test('each suggested run really ends where the event is allowed', () => {
    for (const state of reachableStates().values()) {
      for (const event of SANDBOX_EVENTS) {
        let current: MachineState = state
        for (const step of stepsBefore(state, event) ?? []) {
          const result = transition(current, step)
          expect(result.ok).toBe(true)
          if (result.ok) current = result.state
        }
        if (stepsBefore(state, event)) expect(findRow(current, event)).toBeDefined()
      }
    }
  })
})
