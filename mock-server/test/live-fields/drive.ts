/**
 * Fills a fresh sandbox for the live-field tests: busy-shop and every named seed through the control plane,
 * then one order per payment means with one product order per tax type (every other order with the extra
 * fields the control plane accepts), each product order taken along one of the flows, one step per round,
 * the virtual clock moving between rounds.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { SEEDS } from '@npay-sandbox/scenarios'
import { FLOWS, type FlowStep, PAYMENT_MEANS, TAX_TYPES } from './flows.ts'
import { placeRichOrder } from './rich-body.ts'
import type { Session } from './session.ts'

const DAY = 86_400_000

/** One order these tests placed themselves, with what they asked for. */
export interface OwnOrder {
  orderId: string
  productOrderIds: string[]
  paymentMeans: string
  taxTypes: string[]
  quantities: number[]
  /** Whether the order was sent with the control plane's extra fields (less those it refused). */
  rich: boolean
  flows: string[]
}

let tracking = 612_000_000_000
const nextTracking = () => String(tracking++)

function fill(body: Record<string, unknown> | undefined, now: number) {
  if (!body) return undefined
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(body)) {
    if (value === '$tracking') out[key] = nextTracking()
    else if (typeof value === 'string' && value.startsWith('$days:'))
      out[key] = formatKst(now + Number(value.slice(6)) * DAY)
    else out[key] = value
  }
  return out
}

/** Applies one step; false when it was refused (the problem is recorded). */
async function apply(s: Session, id: string, step: FlowStep, flow: string): Promise<boolean> {
  if ('event' in step) {
    const res = await s.control(
      'POST',
      `/__sandbox/product-orders/${id}/events/${step.event}`,
      step.body ?? {},
    )
    if (res.status === 200) return true
    s.problems.push(
      `${flow}: event ${step.event} on ${id} refused: ${res.status} ${JSON.stringify(res.json)}`,
    )
    return false
  }
  const body =
    step.action === 'confirmProductOrders'
      ? { productOrderIds: [id] }
      : step.action === 'dispatchProductOrders'
        ? {
            dispatchProductOrders: [
              {
                productOrderId: id,
                deliveryMethod: 'DELIVERY',
                deliveryCompanyCode: 'CJGLS',
                trackingNumber: nextTracking(),
                dispatchDate: formatKst(s.now()),
              },
            ],
          }
        : fill(step.body, s.now())
  const res = await s.api(step.action, { params: { productOrderId: id }, body: body ?? {} })
  const data = res.json?.data as { failProductOrderInfos?: unknown[] } | undefined
  if (res.status === 200 && !data?.failProductOrderInfos?.length) return true
  s.problems.push(`${flow}: ${step.action} on ${id} refused: ${JSON.stringify(data ?? res.json)}`)
  return false
}

async function placeOwnOrders(s: Session): Promise<OwnOrder[]> {
  const own: OwnOrder[] = []
  for (const [m, paymentMeans] of PAYMENT_MEANS.entries()) {
    const rich = m % 2 === 0
    const quantities = TAX_TYPES.map((_, j) => (j === 1 ? 2 : 3))
    const items = TAX_TYPES.map((taxType, j) => ({
      unitPrice: 10_000 + 3_000 * m + 1_000 * j,
      quantity: quantities[j],
      taxType,
    }))
    const base = { paymentMeans, paid: paymentMeans !== '무통장입금', items }
    const send = (body: Record<string, unknown>) => s.control('POST', '/__sandbox/orders', body)
    const placed = rich ? await placeRichOrder(send, base, m) : { res: await send(base), dropped: [] }
    const res = placed.res
    for (const field of placed.dropped) s.dropped.add(field)
    if (res.status !== 201) throw new Error(`createOrder ${paymentMeans}: ${JSON.stringify(res.json)}`)
    const { orderId, productOrderIds } = res.json as { orderId: string; productOrderIds: string[] }
    if (!base.paid) await apply(s, productOrderIds[0]!, { event: 'pay' }, 'deposit')
    const flows = productOrderIds.map((_, j) => FLOWS[(m * TAX_TYPES.length + j) % FLOWS.length]!.name)
    own.push({ orderId, productOrderIds, paymentMeans, taxTypes: [...TAX_TYPES], quantities, rich, flows })
  }
  return own
}

async function runFlows(s: Session, own: OwnOrder[]) {
  const plans = own.flatMap((o) =>
    o.productOrderIds.map((id, j) => ({ id, flow: FLOWS.find((f) => f.name === o.flows[j])! })),
  )
  const alive = new Set(plans.map((p) => p.id))
  const rounds = Math.max(...FLOWS.map((f) => f.steps.length))
  for (let r = 0; r < rounds; r++) {
    for (const { id, flow } of plans) {
      const step = flow.steps[r]
      if (step && alive.has(id) && !(await apply(s, id, step, flow.name))) alive.delete(id)
    }
    await s.advance('3h')
  }
}

/** An unpaid order: one product order left waiting for the deposit, one cancelled by the buyer. */
async function unpaidOrder(s: Session): Promise<string[]> {
  const res = await s.control('POST', '/__sandbox/orders', {
    paymentMeans: '무통장입금',
    paid: false,
    items: [{ quantity: 1 }, { quantity: 2 }],
  })
  const ids = (res.json as { productOrderIds: string[] }).productOrderIds
  await apply(s, ids[1]!, { event: 'buyer-cancel', body: { reason: 'INTENT_CHANGED' } }, 'unpaid cancel')
  return ids
}

/**
 * Fills the sandbox and answers which product orders exist and what was done to the tests' own ones.
 * @example const { ids, own } = await fillSandbox(await openSession())
 */
export async function fillSandbox(s: Session) {
  const ids = new Set<string>()
  const seeded = async (name: string, body: Record<string, unknown>) => {
    const res = await s.control('POST', `/__sandbox/scenarios/${name}`, body)
    if (res.status !== 201) s.problems.push(`seed ${name}: ${res.status} ${JSON.stringify(res.json)}`)
    for (const id of (res.json?.productOrderIds as string[] | undefined) ?? []) ids.add(id)
  }
  await seeded('busy-shop', { count: 40, seed: 7, params: { days: 10 } })
  // A fake-data seed of its own per seed: two runs with one seed draw the same tracking numbers (104121).
  for (const [i, seed] of SEEDS.entries())
    if (seed.name !== 'busy-shop') await seeded(seed.name, { count: 1, seed: 100 + i })
  await s.advance('1h')
  const own = await placeOwnOrders(s)
  // A merchant acts after the payment, never in the same millisecond.
  await s.advance('30m')
  await runFlows(s, own)
  for (const id of [...own.flatMap((o) => o.productOrderIds), ...(await unpaidOrder(s))]) ids.add(id)
  await s.advance('1h')
  return { ids: [...ids], own }
}
