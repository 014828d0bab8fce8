import { formatKst } from '@npay-sandbox/protocol'
import { expect, test } from 'vitest'
import { lintSummary } from '../src/lint/summary.ts'
import { type Harness, harness } from './harness.ts'

const START = Date.UTC(2024, 4, 15, 1)
const LAST_CHANGED = '/v1/pay-order/mall/product-orders/last-changed-statuses'
const enc = (epochMs: number) => encodeURIComponent(formatKst(epochMs))

interface Finding {
  rule: string
  message: string
  advice: string
  count: number
}

async function findings(h: Harness): Promise<Finding[]> {
  return ((await (await h.control('GET', '/__sandbox/lint')).json()) as { findings: Finding[] }).findings
}

async function lastJournalLint(h: Harness): Promise<unknown> {
  const { requests } = (await (await h.control('GET', '/__sandbox/requests?limit=1')).json()) as {
    requests: { lint?: unknown }[]
  }
  return requests[0]?.lint
}

test('a second token request while the first token has 3 hours left is excess issuance', async () => {
  const h = harness()
  await h.token()
  expect(await findings(h)).toEqual([])
  h.sandbox.engine.tenant().advance(60_000)
  await h.token()
  expect(await findings(h)).toMatchObject([
    { rule: 'excess-token-issuance', message: expect.stringContaining('179 min left'), count: 1 },
  ])
  expect((await findings(h))[0]!.advice).toContain('GW.QUOTA_LIMIT')
})

test('a token request with less than 30 minutes left is fine', async () => {
  const h = harness()
  await h.token()
  h.sandbox.engine.tenant().advance(10_800_000 - 1_700_000)
  await h.token()
  expect(await findings(h)).toEqual([])
})

test('polling last-changed up to now without a margin is reported, with the journal entry', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', `${LAST_CHANGED}?lastChangedFrom=${enc(START - 3_600_000)}`, { token })
  expect(await lastJournalLint(h)).toMatchObject([{ rule: 'last-changed-no-margin' }])
  await h.call(
    'GET',
    `${LAST_CHANGED}?lastChangedFrom=${enc(START - 3_600_000)}&lastChangedTo=${enc(START - 2000)}`,
    {
      token,
    },
  )
  expect(await lastJournalLint(h)).toMatchObject([{ rule: 'last-changed-no-margin' }])
  await h.call(
    'GET',
    `${LAST_CHANGED}?lastChangedFrom=${enc(START - 3_600_000)}&lastChangedTo=${enc(START - 10_000)}`,
    {
      token,
    },
  )
  expect(await lastJournalLint(h)).toBeUndefined()
  expect((await findings(h))[0]).toMatchObject({ rule: 'last-changed-no-margin', count: 2 })
})

test('an unencoded + in a date-time is reported with what to send instead', async () => {
  const h = harness()
  const token = await h.token()
  const res = await h.call('GET', `${LAST_CHANGED}?lastChangedFrom=2024-05-15T08:00:00.000+09:00`, { token })
  expect(res.status).toBe(400)
  expect(await findings(h)).toMatchObject([
    {
      rule: 'unencoded-plus',
      message: expect.stringContaining('lastChangedFrom'),
      advice: expect.stringContaining('%2B'),
    },
  ])
})

async function pagedWindow(h: Harness, token: string) {
  await h.order()
  await h.order()
  h.sandbox.engine.tenant().advance(60_000)
  const window = `lastChangedFrom=${enc(START - 3_600_000)}&lastChangedTo=${enc(START + 1000)}`
  const first = await h.call('GET', `${LAST_CHANGED}?${window}&limitCount=1`, { token })
  const more = ((await first.json()) as { data: { more: { moreFrom: string; moreSequence: string } } }).data
    .more
  return { window, more }
}

test('a last-changed call that does not follow more is reported', async () => {
  const h = harness()
  const token = await h.token()
  const { more } = await pagedWindow(h, token)
  expect(more).toBeDefined()
  await h.call(
    'GET',
    `${LAST_CHANGED}?lastChangedFrom=${enc(START + 1001)}&lastChangedTo=${enc(START + 2000)}`,
    { token },
  )
  expect(await findings(h)).toMatchObject([
    { rule: 'more-ignored', message: expect.stringContaining(more.moreSequence) },
  ])
})

test('following more, or retrying the same page, is fine', async () => {
  const h = harness()
  const token = await h.token()
  const { window, more } = await pagedWindow(h, token)
  await h.call('GET', `${LAST_CHANGED}?${window}&limitCount=1`, { token })
  const next = `lastChangedFrom=${encodeURIComponent(more.moreFrom)}&lastChangedTo=${enc(START + 1000)}&moreSequence=${more.moreSequence}`
  await h.call('GET', `${LAST_CHANGED}?${next}&limitCount=1`, { token })
  expect((await findings(h)).map((f) => f.rule)).not.toContain('more-ignored')
})

test('dispatching an item that is already delivering is reported', async () => {
  const h = harness()
  const token = await h.token()
  const { productOrderIds } = await h.order()
  const body = {
    dispatchProductOrders: [
      {
        productOrderId: productOrderIds[0],
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '612345678901',
        dispatchDate: formatKst(START),
      },
    ],
  }
  await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', { token, body })
  expect(await findings(h)).toEqual([])
  await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', { token, body })
  expect(await findings(h)).toMatchObject([
    { rule: 'dispatch-resent', message: expect.stringContaining(`${productOrderIds[0]} (DELIVERING)`) },
  ])
})

test('requests faster than the rate limit are reported even when limiting is off', async () => {
  const h = harness({ rateLimit: { clock: () => 0 } })
  const token = await h.token()
  const ids = '/v1/pay-order/mall/orders/1/product-order-ids'
  for (let i = 0; i < 4; i++) await h.call('GET', ids, { token })
  expect(await findings(h)).toEqual([])
  for (let i = 0; i < 3; i++) expect((await h.call('GET', ids, { token })).status).toBe(400)
  expect(await findings(h)).toMatchObject([{ rule: 'faster-than-rate-limit', count: 3 }])
})

test('unknown body fields are reported with the field they probably meant', async () => {
  const h = harness()
  const token = await h.token()
  const { productOrderIds } = await h.order()
  const id = productOrderIds[0]!
  await h.call('POST', `/v1/pay-order/mall/product-orders/${id}/claim/cancel/request`, {
    token,
    body: { cancelReason: 'SOLD_OUT', cancelReson: 'x', note: 1 },
  })
  expect((await findings(h))[0]!.message).toBe(
    'unknown field(s) in the requestCancel body: cancelReson (did you mean cancelReason?), note',
  )
  await h.call('POST', '/v1/pay-order/mall/product-orders/dispatch', {
    token,
    body: { dispatchProductOrders: [{ productOrderId: id, deliveryCompany: 'CJGLS' }] },
  })
  expect((await findings(h))[0]!.message).toContain(
    'dispatchProductOrders[0].deliveryCompany (did you mean deliveryCompanyCode?)',
  )
})

test('the exit summary lists each rule once with its advice', async () => {
  const h = harness()
  expect(lintSummary(h.sandbox.engine)).toBe('client lint: no findings')
  await h.token()
  await h.token()
  await h.token()
  const text = lintSummary(h.sandbox.engine)
  expect(text).toContain('excess-token-issuance ×2')
  expect(text).toContain('Cache the access token')
})
