/**
 * The table against the facts file: every row fired on a real order along the shortest path the walk
 * generates, every merchant action in every reachable state allowed or refused exactly as facts §10.6
 * says (the expectations in facts.ts, not read from the table), the actor of every event, the timers and
 * the reviewable statuses.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { describe, expect, test } from 'vitest'
import {
  act,
  confirm,
  defaultBody,
  describeState,
  dispatch,
  type Engine,
  EVENT_ACTORS,
  type EventName,
  GUARD_WORLDS,
  isMerchantAction,
  isSellerAction,
  MERCHANT_ACTIONS,
  type MerchantAction,
  reviews,
  SANDBOX_EVENT_ACTORS,
  SANDBOX_EVENTS,
  SandboxError,
  stateOf,
  TRANSITIONS,
  transition,
  type WalkEdge,
  walk,
  writeReview,
} from '../src/index.ts'
import { ACTOR_OF, ALLOWED_WHEN, REVIEWABLE, refusalOf, SPEC } from './facts.ts'
import { DAY, freshTracking, inputFor, newEngine } from './support.ts'

/** The walk's first edge that fires the row, after the shortest run of edges from order placement. */
function pathToRow(rowId: string): WalkEdge[] {
  const edge = walk().edges.find((e) => e.steps.some((s) => s.row.id === rowId))
  if (!edge) throw new Error(`no edge fires ${rowId}`)
  return edge.from === 'new' ? [edge] : [...walk().pathTo(describeState(edge.from)), edge]
}

const PART = GUARD_WORLDS[1]!
const quantityOf = (edge: WalkEdge) => (edge.world === PART ? 1 : undefined)

/** Performs one edge's event on a real product order: merchant actions through the API with their default bodies. */
function perform(engine: Engine, id: string, edge: WalkEdge) {
  const tenant = engine.tenant()
  const owner = engine.ownerOfProductOrder
  const event = edge.event
  const quantity = quantityOf(edge)
  if (!isMerchantAction(event)) {
    const input = { ...inputFor(tenant, event), ...(quantity ? { quantity } : {}) }
    const result = tenant.run(id, event, input, EVENT_ACTORS[event])
    if (!result.ok) throw new Error(`${event} was refused with ${result.code}`)
    return
  }
  const record = tenant.productOrder(id)!
  const dueDate = Date.parse(record.productOrder.shippingDueDate ?? '')
  const ctx = { now: tenant.now(), dueDate, tracking: freshTracking }
  let result: { failProductOrderInfos?: unknown[] }
  if (event === 'confirmProductOrders') {
    result = confirm(tenant, defaultBody(event, [id], ctx)!.productOrderIds, owner)
  } else if (event === 'dispatchProductOrders') {
    const items = defaultBody(event, [id], ctx)!.dispatchProductOrders
    result = dispatch(tenant, items, owner, engine.usedTrackingNumbers)
  } else {
    const body = { ...defaultBody(event, [id], ctx), ...quantityFields(event, quantity) }
    result = act(tenant, event, id, body, owner)
  }
  expect(result.failProductOrderInfos, event).toEqual([])
}

function quantityFields(action: MerchantAction, quantity: number | undefined) {
  if (quantity === undefined) return {}
  if (action === 'requestCancel') return { cancelQuantity: quantity }
  if (action === 'requestReturn') return { returnQuantity: quantity }
  return {}
}

/**
 * Places an order (3 units, so a part-quantity world can cancel one) and replays the edges on it,
 * checking after each that the engine applied exactly the walk's rows and reached the walk's state.
 */
function replay(path: readonly WalkEdge[]) {
  const engine = newEngine()
  const tenant = engine.tenant()
  const [placement, ...rest] = path
  const paid = placement!.world.check('paidAtOnce')
  const id = tenant.createOrder({ paid, items: [{ quantity: 3 }] }).productOrderIds[0]!
  const record = tenant.productOrder(id)!
  expect(record.history.map((h) => h.rowId)).toEqual(placement!.steps.map((s) => s.row.id))
  for (const edge of rest) {
    const before = record.history.length
    perform(engine, id, edge)
    expect(
      record.history.slice(before).map((h) => h.rowId),
      edge.event,
    ).toEqual(edge.steps.map((s) => s.row.id))
    expect(stateOf(record), edge.event).toEqual(edge.to)
  }
  return { engine, id, record }
}

describe('every row fires on a real order along the shortest path generated from the table', () => {
  test.each(TRANSITIONS.map((row) => [row.id, pathToRow(row.id)] as const))('row %s', (rowId, path) => {
    const { record } = replay(path)
    expect(record.history.map((h) => h.rowId)).toContain(rowId)
  })
})

const MATRIX = [...walk().states.values()].flatMap((state) =>
  MERCHANT_ACTIONS.map((action) => [action, describeState(state), state] as const),
)

describe('every merchant action in every reachable state is allowed or refused as facts §10.6 says', () => {
  test.each(MATRIX)('%s in [%s]', (action, _label, state) => {
    const result = transition(state, action)
    if (ALLOWED_WHEN[action](state)) expect(result.ok).toBe(true)
    else expect(result).toEqual({ ok: false, code: refusalOf(action, state) })
  })
})

test('the matrix refuses every merchant action somewhere and allows each somewhere', () => {
  for (const action of MERCHANT_ACTIONS) {
    const verdicts = new Set(MATRIX.filter(([a]) => a === action).map(([, , s]) => ALLOWED_WHEN[action](s)))
    expect(verdicts, action).toEqual(new Set([true, false]))
  }
})

describe('each event is done by the actor the facts name', () => {
  test.each(TRANSITIONS.map((row) => [row.id, row.event, row.actor] as const))(
    'row %s: %s by %s',
    (_id, event, actor) => {
      const merchant = isMerchantAction(event) || isSellerAction(event)
      expect(actor).toBe(merchant ? 'merchant' : ACTOR_OF[event as keyof typeof ACTOR_OF])
    },
  )

  test('the control plane applies its events as their actors', () => {
    expect(SANDBOX_EVENT_ACTORS).toEqual(Object.fromEntries(SANDBOX_EVENTS.map((e) => [e, ACTOR_OF[e]])))
  })

  test('a delivery is recorded as the carrier reporting it, and the claim it allows as the buyer', () => {
    const path = walk().pathTo('DELIVERED · OK')
    const { engine, id, record } = replay(path)
    expect(record.history.map((h) => [h.event, h.actor])).toEqual([
      ['place-order', 'buyer'],
      ['dispatchProductOrders', 'merchant'],
      ['deliver', 'carrier'],
    ])
    const buyerReturn = walk().edges.find((e) => e.from === path.at(-1)!.to && e.event === 'buyer-return')!
    perform(engine, id, buyerReturn)
    expect(engine.tenant().productOrder(id)!.claim?.requestChannel).toBe('구매자')
  })
})

/** A real product order in the state of `key`, with the instant its timer counts from. */
function reached(key: string) {
  return replay(walk().pathTo(key))
}

describe('timers (facts §10.1 N10, §10.4 E6)', () => {
  test('an exchanged product order is purchase-decided automatically 8 days after the re-delivery', () => {
    const { engine, id, record } = reached('EXCHANGED · OK · EXCHANGE/EXCHANGE_DONE')
    const tenant = engine.tenant()
    const exchanged = record.times.exchangeCompleted!
    tenant.advance(exchanged + SPEC.autoPurchaseDecisionMs - 1 - tenant.now())
    expect(stateOf(record).productOrderStatus).toBe('EXCHANGED')
    expect(tenant.advance(1)).toEqual([
      {
        at: formatKst(exchanged + SPEC.autoPurchaseDecisionMs),
        productOrderId: id,
        event: 'decide-purchase',
        description: 'automatic purchase decision 8 days after delivery',
      },
    ])
    expect(record.productOrder).toMatchObject({
      productOrderStatus: 'PURCHASE_DECIDED',
      decisionDate: formatKst(exchanged + SPEC.autoPurchaseDecisionMs),
    })
    expect(record.history.at(-1)).toMatchObject({ event: 'decide-purchase', actor: 'clock', rowId: 'N10' })
  })

  test('a delivered product order is purchase-decided 8 days after delivery, not a moment earlier', () => {
    const { engine, record } = reached('DELIVERED · OK')
    const tenant = engine.tenant()
    expect(tenant.advance(record.times.delivered! + SPEC.autoPurchaseDecisionMs - 1 - tenant.now())).toEqual(
      [],
    )
    expect(tenant.advance(1).map((f) => f.event)).toEqual(['decide-purchase'])
    expect(record.productOrder.decisionDate).toBe(
      formatKst(record.times.delivered! + SPEC.autoPurchaseDecisionMs),
    )
  })
})

describe('reviews', () => {
  /** One real product order per status the walk reaches, the first state of that status it found. */
  const byStatus = new Map(
    [...walk().states.values()].reverse().map((s) => [s.productOrderStatus, s] as const),
  )

  test.each([...byStatus].map(([status, state]) => [status, describeState(state)] as const))(
    'a buyer may review a %s product order (%s) exactly when the goods arrived',
    (status, key) => {
      const { engine, id } = reached(key)
      const write = () => writeReview(engine.tenant(), id, {}, () => engine.tenant().newId())
      if (REVIEWABLE.includes(status)) expect(write().productOrderId).toBe(id)
      else expect(write).toThrow(SandboxError)
    },
  )

  test(`without pageSize the reviews come ${SPEC.reviewsPageSize} a page`, () => {
    const { engine, id } = reached('DELIVERED · OK')
    const tenant = engine.tenant()
    for (let i = 0; i <= SPEC.reviewsPageSize; i++)
      writeReview(tenant, id, { score: 5 }, () => tenant.newId())
    const from = formatKst(tenant.now() - DAY)
    const first = reviews(tenant, { inquiryTimeFrom: from })
    expect([first.count, first.hasNext]).toEqual([SPEC.reviewsPageSize, true])
    const second = reviews(tenant, { inquiryTimeFrom: from, page: 2 })
    expect([second.count, second.hasNext]).toEqual([1, false])
  })
})

test('the events of the table are every event there is', () => {
  const events = new Set<EventName>(TRANSITIONS.map((row) => row.event))
  expect([...events].sort()).toEqual(Object.keys(EVENT_ACTORS).sort())
})
