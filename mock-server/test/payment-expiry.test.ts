/**
 * An unpaid order whose deposit deadline passes (facts §10.1 N4, open Q8), seen by a poller over HTTP:
 * with the default `paymentExpiryLastChangedType: 'none'` last-changed never reports it and lint warns the
 * poller that still holds it as PAYMENT_WAITING; with a lastChangedType the poller reads the expiry row.
 */
import { formatKst, parseDateTime } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import type { SandboxOptions } from '../src/index.ts'
import { type Harness, harness } from './harness.ts'

const START = Date.UTC(2024, 4, 15, 1)
const HOUR = 3_600_000
const DAY = 24 * HOUR
const LAST_CHANGED = '/v1/pay-order/mall/product-orders/last-changed-statuses'
const enc = (epochMs: number) => encodeURIComponent(formatKst(epochMs))

interface Row {
  productOrderId: string
  lastChangedType: string
  lastChangedDate: string
  productOrderStatus: string
}

/**
 * A poller as integrators write it: every 12 hours it reads the window since its last one, ending 5 s
 * before now, and keeps the last status it read per product order.
 */
async function poll(h: Harness, days: number, cursor = { from: START - HOUR }) {
  const held = new Map<string, string>()
  const rows: Row[] = []
  for (let t = 0; t < days * 2; t++) {
    h.sandbox.engine.tenant().advance(12 * HOUR)
    const to = h.sandbox.engine.tenant().now() - 5_000
    const token = await h.token()
    const res = await h.call(
      'GET',
      `${LAST_CHANGED}?lastChangedFrom=${enc(cursor.from)}&lastChangedTo=${enc(to)}`,
      {
        token,
      },
    )
    expect(res.status).toBe(200)
    const page = ((await res.json()) as { data?: { lastChangeStatuses: Row[] } }).data
    for (const row of page?.lastChangeStatuses ?? []) {
      rows.push(row)
      held.set(row.productOrderId, row.productOrderStatus)
    }
    cursor.from = to + 1
  }
  return { held, rows }
}

async function findings(h: Harness) {
  const res = await h.control('GET', '/__sandbox/lint')
  return ((await res.json()) as { findings: { rule: string; message: string; advice: string }[] }).findings
}

async function unpaidOrder(options: SandboxOptions = {}) {
  const h = harness(options)
  const { productOrderIds } = await h.order({ paid: false })
  return { h, id: productOrderIds[0]! }
}

test('by default the deposit deadline writes no last-changed row: the poller keeps PAYMENT_WAITING', async () => {
  const { h, id } = await unpaidOrder()
  const { held, rows } = await poll(h, 5)
  expect(rows.filter((r) => r.productOrderId === id).map((r) => r.lastChangedType)).toEqual(['PAY_WAITING'])
  expect(held.get(id)).toBe('PAYMENT_WAITING')
  const token = await h.token()
  const res = await h.call('POST', '/v1/pay-order/mall/product-orders/query', {
    token,
    body: { productOrderIds: [id] },
  })
  const [detail] = ((await res.json()) as { data: { productOrder: { productOrderStatus: string } }[] }).data
  expect(detail!.productOrder.productOrderStatus).toBe('CANCELED_BY_NOPAYMENT')
})

test('lint warns the poller that moved past the deadline still holding the order as PAYMENT_WAITING', async () => {
  const { h, id } = await unpaidOrder()
  await poll(h, 5)
  const missed = (await findings(h)).filter((f) => f.rule === 'payment-expiry-missed')
  // Facts §10.1: the deposit deadline is paymentDueDays (default 3) after the order.
  expect(missed).toMatchObject([
    { message: expect.stringContaining(`${id} (${formatKst(START + 3 * DAY)})`) },
  ])
  expect(missed[0]!.message).toContain('no row for the expiry')
  expect(missed[0]!.advice).toContain('product-orders/query')
})

test('a poller that queried the order after the deadline is not warned', async () => {
  const { h, id } = await unpaidOrder()
  const cursor = { from: START - HOUR }
  await poll(h, 3, cursor)
  // Past the deadline (3 days after the order) but the window has not yet moved past it.
  h.sandbox.engine.tenant().advance(2 * HOUR)
  const token = await h.token()
  await h.call('POST', '/v1/pay-order/mall/product-orders/query', { token, body: { productOrderIds: [id] } })
  await poll(h, 2, cursor)
  expect((await findings(h)).filter((f) => f.rule === 'payment-expiry-missed')).toEqual([])
})

test('with paymentExpiryLastChangedType CLAIM_COMPLETED the poller reads the expiry at the deadline', async () => {
  const { h, id } = await unpaidOrder({ paymentExpiryLastChangedType: 'CLAIM_COMPLETED' })
  const { held, rows } = await poll(h, 5)
  const mine = rows.filter((r) => r.productOrderId === id)
  expect(mine.map((r) => [r.lastChangedType, r.productOrderStatus])).toEqual([
    ['PAY_WAITING', 'PAYMENT_WAITING'],
    ['CLAIM_COMPLETED', 'CANCELED_BY_NOPAYMENT'],
  ])
  const due = parseDateTime(mine[1]!.lastChangedDate)
  expect(due.ok && due.epochMs).toBe(START + 3 * DAY)
  expect(held.get(id)).toBe('CANCELED_BY_NOPAYMENT')
  expect((await findings(h)).filter((f) => f.rule === 'payment-expiry-missed')).toEqual([])
})

test('an unknown paymentExpiryLastChangedType is refused when the sandbox is built', () => {
  expect(() => harness({ paymentExpiryLastChangedType: 'EXPIRED' as never })).toThrow(
    /paymentExpiryLastChangedType must be one of none, PAY_WAITING/,
  )
})
