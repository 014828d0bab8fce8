/**
 * The drawn machine's nodes over HTTP: every node an order can rest in can be made with one call (the order's
 * inspection then reports that state), the per-node counts and pages are the true ones, and unknown or
 * transient nodes get the control plane's error body.
 */
import { controlPlaneDocument } from '@npay-sandbox/schema'
import { describe, expect, test } from 'vitest'
import { ResponseValidator } from '../src/validation/responses.ts'
import { type Harness, harness } from './harness.ts'

const strict = new ResponseValidator(controlPlaneDocument as unknown as Record<string, unknown>, 'cp-strict')

interface Nodes {
  counts: Record<string, number>
  creatable: string[]
  total: number
  productOrders: { productOrderId: string }[]
}
interface Snapshot {
  productOrderStatus: string
  placeOrderStatus: string
  claimType?: string
  claimStatus?: string
  holdbackStatus?: string
}

async function nodes(h: Harness, query = ''): Promise<Nodes> {
  const res = await h.control('GET', `/__sandbox/state-machine/nodes${query}`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as Nodes
  expect(strict.validate('listStateNodes', 200, body)).toEqual([])
  return body
}

async function create(h: Harness, node: string) {
  const res = await h.control('POST', '/__sandbox/orders/in-state', { node })
  const body = await res.json()
  if (res.status === 201) expect(strict.validate('createOrderInState', 201, body)).toEqual([])
  return { status: res.status, body: body as { productOrderId: string; events: string[]; code?: string } }
}

async function current(h: Harness, id: string): Promise<Snapshot> {
  const res = await h.control('GET', `/__sandbox/product-orders/${id}`)
  return ((await res.json()) as { history: { to: Snapshot }[] }).history.at(-1)!.to
}

/**
 * What a node id promises, read the way the dashboard names nodes: `CLAIM/STATUS` (` · HOLD` when held) for an
 * open claim, `PAYED · placeOrderStatus`, or a product order status.
 */
function promised(node: string): Partial<Snapshot> {
  const [head, tail] = node.split(' · ')
  if (head!.includes('/')) {
    const [claimType, claimStatus] = head!.split('/')
    return { claimType, claimStatus, ...(tail === 'HOLD' ? { holdbackStatus: 'HOLDBACK' } : {}) }
  }
  return tail ? { productOrderStatus: head, placeOrderStatus: tail } : { productOrderStatus: head }
}

const machine = harness()
const allNodes: string[] = [
  ...new Set(
    (
      (await (await machine.control('GET', '/__sandbox/state-machine')).json()) as {
        states: { node: { id: string } }[]
      }
    ).states.map((s) => s.node.id),
  ),
]
const { creatable } = await nodes(machine)

describe('an order made in each node', () => {
  test.each(creatable)('%s: the inspection reports the state of the node', async (node) => {
    const h = harness()
    const { status, body } = await create(h, node)
    expect(status).toBe(201)
    const state = await current(h, body.productOrderId)
    expect(state).toMatchObject(promised(node))
    // Outside a claim the claim parts are absent or finished; a held claim is the HOLD node only.
    if (!node.includes('/')) expect(state.holdbackStatus === 'HOLDBACK' && state.claimStatus).toBeFalsy()
    if (node.includes('/') && !node.endsWith('· HOLD')) expect(state.holdbackStatus).not.toBe('HOLDBACK')
    expect((await nodes(h)).counts).toEqual({ [node]: 1 })
  })
})

test('nearly every node can be made; only nodes passed through inside a chain cannot', async () => {
  const h = harness()
  const transient = allNodes.filter((n) => !creatable.includes(n))
  expect(creatable.length).toBeGreaterThanOrEqual(allNodes.length - 3)
  for (const node of transient) {
    const { status, body } = await create(h, node)
    expect(status).toBe(409)
    expect(body.code).toBe('NODE_NOT_AT_REST')
  }
})

test('a node lists its product orders with the true total, page by page', async () => {
  const h = harness()
  const ids: string[] = []
  for (let i = 0; i < 5; i++) ids.push((await create(h, 'RETURN/RETURN_REQUEST')).body.productOrderId)
  await create(h, 'DELIVERED')
  await h.order()
  const first = await nodes(h, `?node=${encodeURIComponent('RETURN/RETURN_REQUEST')}&size=2`)
  const third = await nodes(h, `?node=${encodeURIComponent('RETURN/RETURN_REQUEST')}&size=2&page=3`)
  expect([first.total, third.total]).toEqual([5, 5])
  expect([first.productOrders.length, third.productOrders.length]).toEqual([2, 1])
  expect(first.counts).toEqual({ 'RETURN/RETURN_REQUEST': 5, DELIVERED: 1, 'PAYED · NOT_YET': 1 })
  const all = await nodes(h, `?node=${encodeURIComponent('RETURN/RETURN_REQUEST')}&size=10`)
  expect(all.productOrders.map((p) => p.productOrderId).sort()).toEqual([...ids].sort())
})

test('a return approved before collection is made without passing COLLECTING or COLLECT_DONE', async () => {
  const h = harness()
  const { body } = await create(h, 'RETURNED')
  expect(body.events).not.toContain('collect')
  expect(body.events).not.toContain('collect-done')
  const res = await h.control('GET', `/__sandbox/product-orders/${body.productOrderId}`)
  const history = ((await res.json()) as { history: { to: Snapshot }[] }).history
  expect(history.map((e) => e.to.claimStatus)).not.toContain('COLLECTING')
  expect(history.map((e) => e.to.claimStatus)).not.toContain('COLLECT_DONE')
})

test('an unknown node is a 404 in the control-plane error body, in Korean', async () => {
  const h = harness()
  const listed = await h.control('GET', '/__sandbox/state-machine/nodes?node=NOWHERE')
  expect(listed.status).toBe(404)
  const made = await h.control('POST', '/__sandbox/orders/in-state', { node: 'NOWHERE' })
  expect(made.status).toBe(404)
  const body = (await made.json()) as { code: string; message: string; nodes: string[] }
  expect(body.code).toBe('NOT_FOUND')
  expect(body.message).toBe('상태 머신에 없는 노드입니다: NOWHERE')
  expect(body.nodes).toEqual([...allNodes].sort())
  const missing = await h.control('POST', '/__sandbox/orders/in-state', {})
  expect(missing.status).toBe(400)
})

test('an unknown merchant is a 404', async () => {
  const h = harness()
  const res = await h.control('GET', '/__sandbox/state-machine/nodes?clientId=nobody')
  expect(res.status).toBe(404)
})
