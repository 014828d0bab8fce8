/** Envelopes and headers (facts §4): the order-API wrapper, error bodies, trace ids, KST date-times. */
import assert from 'node:assert/strict'
import { formatKst, TRACE_HEADER } from '@npay-sandbox/protocol'
import { isRecord } from '../internal/json.ts'
import { defineSuite } from '../suite.ts'
import { expectEnvelope, KST_MILLIS } from './expect.ts'
import { gatewayError } from './gateway.ts'

const HOUR = 3_600_000
/** Something shaped like a date-time, whatever its exact format. */
const DATE_TIME_LIKE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** Every string under `value` that looks like a date-time, with its path. */
function dateTimes(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return DATE_TIME_LIKE.test(value) ? [[path, value]] : []
  if (Array.isArray(value)) return value.flatMap((item, i) => dateTimes(item, `${path}/${i}`))
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => dateTimes(v, `${path}/${k}`))
  return []
}

export const envelopes = defineSuite({
  id: 'envelopes',
  title: 'Envelopes and headers',
  cases: [
    {
      name: 'an order-API success carries timestamp and traceId, the trace id also in the GNCP-GW-Trace-ID header',
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        const now = await context.now()
        const response = await context.raw('GET', context.path('getLastChangedStatuses'), {
          query: { lastChangedFrom: formatKst(now - HOUR), lastChangedTo: formatKst(now) },
        })
        assert.equal(response.status, 200)
        expectEnvelope(response.body, response.headers)
      },
    },
    {
      name: 'an order-API error carries code, Korean message, KST timestamp and the trace id of its header',
      operations: ['queryProductOrders'],
      async run(context) {
        const response = await context.raw('POST', context.path('queryProductOrders'), {
          body: { productOrderIds: [] },
        })
        assert.equal(response.status, 400)
        expectEnvelope(response.body, response.headers)
        const body = response.body as Record<string, unknown>
        assert.equal(body.code, '4000')
        assert.equal(typeof body.message, 'string')
      },
    },
    {
      name: 'a token response carries the GNCP-GW-Trace-ID header',
      operations: ['issueToken'],
      async run(context) {
        await context.client().issueToken()
        const [exchange] = context.exchanges
        assert.ok(exchange?.responseHeaders[TRACE_HEADER.toLowerCase()], 'the trace id header is present')
      },
    },
    {
      name: 'a path the gateway does not know is a 404 GW.NOT_FOUND gateway envelope',
      operations: [],
      async run(context) {
        // Beside the API's own order paths (`/v1/pay-order/mall/…`, `/v1/pay-order/seller/…`).
        const unknown = context.path('searchProductOrders').replace(/product-orders$/, 'no-such-resource')
        gatewayError(await context.raw('GET', unknown), 404, 'GW.NOT_FOUND')
      },
    },
    {
      name: 'an empty last-changed window answers without data or with an empty list',
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        // One second a week ago: a fresh merchant has nothing there, and a real one almost surely neither.
        const from = (await context.now()) - 7 * 24 * HOUR
        const page = await context.api.getLastChangedStatuses({
          lastChangedFrom: formatKst(from),
          lastChangedTo: formatKst(from + 1_000),
        })
        if ((page.data?.count ?? 0) > 0) context.skip('the target has changes in that second')
        assert.ok(page.data === undefined || page.data.lastChangeStatuses?.length === 0, 'no rows')
      },
    },
    {
      name: 'response date-times are KST with milliseconds',
      operations: ['queryProductOrders'],
      needs: ['a delivered product order'],
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order')
        const body = await context.api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
        const found = dateTimes(body)
        assert.ok(found.length >= 3, 'the detail has date-times')
        assert.deepEqual(
          found.filter(([, value]) => !KST_MILLIS.test(value)),
          [],
          'every date-time is yyyy-MM-ddTHH:mm:ss.SSS+09:00',
        )
      },
    },
  ],
})
