/**
 * The drawn machine's nodes as places where product orders sit: `GET /__sandbox/state-machine/nodes` counts a
 * merchant's product orders per node and pages one node's, `POST /__sandbox/orders/in-state` places an order
 * and drives it to a node along the walk's shortest path, through the engine's own transitions as seeds do.
 */
import {
  describeState,
  diagramNode,
  type Engine,
  GUARD_WORLDS,
  type MachineState,
  SandboxError,
  stateOf,
  type Tenant,
  type WalkEdge,
  walk,
} from '@npay-sandbox/engine'
import { KoreanFaker, SeedDriver, type SeedStep, SeedStepError } from '@npay-sandbox/scenarios'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'
import { orderList } from './order-list.ts'

/** Units of the placed line: enough for the walk's part-quantity world to cancel or return one. */
const UNITS = 3
const PART_WORLD = GUARD_WORLDS[1]

/** Per node id, the state an order rests in there with the shortest path from placement. */
let resting: Map<string, { key: string; path: readonly WalkEdge[] }> | undefined

function restingStates() {
  if (resting) return resting
  resting = new Map()
  for (const [key, state] of walk().states) {
    const path = walk().pathTo(key)
    // A state met only between the steps of a chain (its edge ends elsewhere) is never at rest.
    if (describeState(path.at(-1)!.to) !== key) continue
    const id = diagramNode(state).id
    const known = resting.get(id)
    if (!known || path.length < known.path.length) resting.set(id, { key, path })
  }
  return resting
}

const nodeIds = () => new Set([...walk().states.values()].map((s) => diagramNode(s).id))

function unknownNode(node: string): never {
  throw new SandboxError(404, 'NOT_FOUND', `상태 머신에 없는 노드입니다: ${node}`, {
    nodes: [...nodeIds()].sort(),
  })
}

/** The merchant's product orders (as the orders table lists them) with the node each sits in. */
function rowsByNode(tenant: Tenant) {
  const { productOrders } = orderList(tenant, { size: Number.MAX_SAFE_INTEGER })
  return productOrders.map((row) => ({ row, node: diagramNode(row as unknown as MachineState).id }))
}

/** A merchant action or an outside event: every event of the walk but order placement. */
type SeedAction = Exclude<SeedStep, object>

/** A step of the walk as the seed driver runs it: part quantity where the walk took that branch. */
function stepOf(edge: WalkEdge): SeedStep {
  const action = edge.event as SeedAction
  const part = edge.world === PART_WORLD && edge.steps.some((s) => s.row.guard === 'partQuantity')
  return part ? { action, quantity: 1 } : action
}

function driveTo(engine: Engine, tenant: Tenant, node: string) {
  if (!nodeIds().has(node)) unknownNode(node)
  const target = restingStates().get(node)
  if (!target)
    throw new SandboxError(
      409,
      'NODE_NOT_AT_REST',
      `${node} 은(는) 연쇄 전이 도중에만 지나가는 상태라 주문을 그 상태에 둘 수 없습니다`,
    )
  const [placement, ...rest] = target.path
  const driver = new SeedDriver(engine, tenant, new KoreanFaker([...tenant.productOrderRecords()].length + 1))
  const order = driver.place({ items: 1, quantity: UNITS, paid: placement!.world.check('paidAtOnce') })
  try {
    for (const edge of rest) driver.apply(stepOf(edge), order.productOrderIds)
  } catch (error) {
    if (!(error instanceof SeedStepError)) throw error
    throw new SandboxError(
      409,
      'SEED_STEP_REFUSED',
      `${node} 로 가는 단계가 거부되었습니다: ${error.message}`,
    )
  }
  const productOrderId = order.productOrderIds[0]!
  return {
    orderId: order.orderId,
    productOrderIds: order.productOrderIds,
    productOrderId,
    node,
    state: describeState(stateOf(tenant.productOrder(productOrderId)!)),
    events: rest.map((e) => e.event),
  }
}

/**
 * listStateNodes and createOrderInState.
 * @example mountControl(app, engine, { ...stateNodeHandlers(engine), … })
 */
export function stateNodeHandlers(engine: Engine) {
  return {
    listStateNodes: {
      tenant: 'merchant',
      handle: ({ tenant, query }, c) => {
        tenant.tick()
        if (query.node !== undefined && !nodeIds().has(query.node)) unknownNode(query.node)
        const counts: Record<string, number> = {}
        const rows = rowsByNode(tenant)
        for (const { node } of rows) counts[node] = (counts[node] ?? 0) + 1
        const matched = query.node === undefined ? [] : rows.filter((r) => r.node === query.node)
        const page = query.page ?? 1
        const size = query.size ?? 20
        return json(
          c,
          {
            counts,
            creatable: [...restingStates().keys()],
            ...(query.node === undefined ? {} : { node: query.node }),
            total: matched.length,
            page,
            size,
            productOrders: matched.slice((page - 1) * size, page * size).map((r) => r.row),
          },
          200,
        )
      },
    },
    createOrderInState: {
      tenant: 'merchant',
      handle: ({ tenant, body }, c) => {
        tenant.tick()
        return json(c, driveTo(engine, tenant, body.node), 201)
      },
    },
  } satisfies ControlHandlers
}
