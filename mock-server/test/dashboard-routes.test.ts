import { DEFAULT_MERCHANT, reachableStates, TRANSITIONS } from '@npay-sandbox/engine'
import { commerceApiOperationIndex, controlPlaneDocument, operationIndex } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { ResponseValidator } from '../src/validation/responses.ts'
import { harness, ORIGIN } from './harness.ts'

const strict = new ResponseValidator(controlPlaneDocument as unknown as Record<string, unknown>, 'cp-strict')

interface FormField {
  name: string
  required: boolean
  enum?: string[]
  labels?: string[]
}
interface Machine {
  apiBasePath: string
  rows: { id: string }[]
  states: { key: string; openClaim: boolean }[]
  edges: { from: string; to: string; rowId: string }[]
  merchantActions: {
    operationId: string
    method: string
    path: string
    api?: 'commerce'
    listProperty?: string
    fields: FormField[]
  }[]
  sandboxEvents: { event: string; fields: FormField[] }[]
  labels: Record<string, Record<string, string>>
}

test('the dashboard page and every module it imports are served by the emulator itself', async () => {
  const h = harness()
  const page = await h.sandbox.app.request(`${ORIGIN}/__sandbox/ui`)
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
  const html = await page.text()
  const pending = [...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((m) => m[1]!)
  expect(pending.every((url) => url.startsWith('/__sandbox/ui/assets/'))).toBe(true)
  const seen = new Set<string>()
  while (pending.length > 0) {
    const url = pending.pop()!
    if (seen.has(url)) continue
    seen.add(url)
    const res = await h.sandbox.app.request(`${ORIGIN}${url}`)
    expect(res.status, url).toBe(200)
    if (!url.endsWith('.js')) continue
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    for (const m of (await res.text()).matchAll(/^import .* from '(\.[^']+)'$/gm)) {
      pending.push(new URL(m[1]!, `${ORIGIN}${url}`).pathname)
    }
  }
  expect([...seen].filter((u) => u.endsWith('.js')).length).toBeGreaterThan(10)
})

test('unknown dashboard assets answer 404 and nothing outside the static folder is served', async () => {
  const h = harness()
  for (const path of ['/__sandbox/ui/assets/nope.js', '/__sandbox/ui/assets/..%2F..%2Findex.ts']) {
    expect((await h.sandbox.app.request(`${ORIGIN}${path}`)).status, path).toBe(404)
  }
})

test('a merchant token issued by the control plane calls the real API and reuses like the token endpoint', async () => {
  const h = harness()
  const path = `/__sandbox/merchants/${DEFAULT_MERCHANT.clientId}/token`
  const res = await h.control('POST', path)
  expect(res.status).toBe(200)
  const token = (await res.json()) as { access_token: string }
  expect(strict.validate('issueMerchantToken', 200, token)).toEqual([])
  expect(token).toMatchObject({ expires_in: 10_800, token_type: 'Bearer' })
  expect(((await (await h.control('POST', path)).json()) as typeof token).access_token).toBe(
    token.access_token,
  )
  const { productOrderIds } = await h.order()
  const confirmed = await h.call('POST', '/v1/pay-order/mall/product-orders/confirm', {
    token: token.access_token,
    body: { productOrderIds },
  })
  expect(confirmed.status).toBe(200)
  const journal = h.sandbox.engine.tenant().journal.list({ pathContains: '/confirm' })
  expect(journal.map((e) => [e.method, e.status])).toEqual([['POST', 200]])
})

test('a token for an unknown merchant is 404 NOT_FOUND', async () => {
  const h = harness()
  const res = await h.control('POST', '/__sandbox/merchants/nobody/token')
  expect(res.status).toBe(404)
  expect(await res.json()).toEqual({ code: 'NOT_FOUND', message: 'no merchant with clientId nobody' })
})

test('the state machine has every row, every reachable state and an edge for every row', async () => {
  const h = harness()
  const res = await h.control('GET', '/__sandbox/state-machine')
  const machine = (await res.json()) as Machine
  expect(strict.validate('getStateMachine', 200, machine)).toEqual([])
  expect(machine.apiBasePath).toBe('/npay/partner')
  expect(machine.rows.map((r) => r.id)).toEqual(TRANSITIONS.map((r) => r.id))
  expect(machine.states.map((s) => s.key).sort()).toEqual([...reachableStates().keys()].sort())
  expect(new Set(machine.edges.map((e) => e.rowId))).toEqual(new Set(TRANSITIONS.map((r) => r.id)))
  expect(machine.states.find((s) => s.key.includes('COLLECT_DONE'))?.openClaim).toBe(true)
  expect(machine.labels.ProductOrderStatus?.PAYED).toBe('결제 완료')
})

test('the action forms come from the API documents', async () => {
  const h = harness()
  const machine = (await (await h.control('GET', '/__sandbox/state-machine')).json()) as Machine
  // Each form is at its operation's path in the document of the API that has it (the Commerce one alone for `api: commerce`).
  for (const action of machine.merchantActions) {
    const index = action.api === 'commerce' ? commerceApiOperationIndex : operationIndex
    const op = index.find((o) => o.operationId === action.operationId)
    expect([action.method, action.path]).toEqual([op?.method, op?.path])
  }
  expect(machine.merchantActions.filter((a) => a.api).map((a) => a.operationId)).toEqual([
    'changeHopeDelivery',
  ])
  const form = (id: string) => machine.merchantActions.find((a) => a.operationId === id)!
  expect(form('confirmProductOrders')).toMatchObject({ listProperty: 'productOrderIds', fields: [] })
  expect(form('dispatchProductOrders').listProperty).toBe('dispatchProductOrders')
  expect(form('dispatchProductOrders').fields.map((f) => f.name)).toEqual([
    'deliveryMethod',
    'deliveryCompanyCode',
    'trackingNumber',
    'dispatchDate',
  ])
  const holdbackType = form('holdbackReturn').fields.find((f) => f.name === 'holdbackClassType')!
  expect(holdbackType.enum).toContain('RETURN_DELIVERYFEE')
  expect(holdbackType.labels?.[holdbackType.enum!.indexOf('RETURN_DELIVERYFEE')]).toBe('반품 배송비 청구')
  const events = Object.fromEntries(machine.sandboxEvents.map((e) => [e.event, e.fields.map((f) => f.name)]))
  // The Commerce document's hope-delivery change: its body's fields (the page fills the day).
  expect(form('changeHopeDelivery').fields.map((f) => [f.name, f.required])).toEqual([
    ['hopeDeliveryYmd', true],
    ['hopeDeliveryHm', false],
    ['region', false],
    ['changeReason', true],
  ])
  expect(events['buyer-return']).toEqual(['reason', 'detailedReason', 'quantity'])
  expect(events.deliver).toEqual([])
})

test('history entries name the row of the transition table that made them', async () => {
  const h = harness()
  const { productOrderIds } = await h.order()
  const res = await h.control('GET', `/__sandbox/product-orders/${productOrderIds[0]}`)
  const inspection = (await res.json()) as { history: { event: string; rowId: string }[] }
  expect(inspection.history.map((e) => [e.event, e.rowId])).toEqual([['place-order', 'N2']])
})

test('the journal filters by a part of the path', async () => {
  const h = harness()
  const token = await h.token()
  await h.call('GET', '/v1/pay-order/mall/product-orders/last-changed-statuses', { token })
  await h.call('POST', '/v1/pay-order/mall/product-orders/confirm', {
    token,
    body: { productOrderIds: ['1'] },
  })
  const res = await h.control('GET', '/__sandbox/requests?path=%2Fconfirm')
  const { requests } = (await res.json()) as { requests: { path: string }[] }
  expect(requests.map((r) => r.path)).toEqual(['/npay/partner/v1/pay-order/mall/product-orders/confirm'])
})
