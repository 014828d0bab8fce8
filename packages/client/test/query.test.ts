import { expect, test } from 'vitest'
import { BASE_URL, clientFor, createFakeNpayServer } from './fake-npay-server.ts'

function setup() {
  const server = createFakeNpayServer()
  return { server, npay: clientFor(server), lastQuery: () => server.apiCalls().at(-1)?.rawUrl.split('?')[1] }
}

test('+09:00 in a date-time query value is sent as %2B09:00', async () => {
  const { server, npay, lastQuery } = setup()
  await npay.getLastChangedStatuses({ lastChangedFrom: '2024-06-07T19:00:00.000+09:00' })
  expect(lastQuery()).toBe('lastChangedFrom=2024-06-07T19:00:00.000%2B09:00')
  expect(server.apiCalls()[0]?.url.searchParams.get('lastChangedFrom')).toBe('2024-06-07T19:00:00.000+09:00')
})

test('array params are sent as repeated keys', async () => {
  const { server, npay, lastQuery } = setup()
  await npay.searchProductOrders({
    from: '2024-06-07T00:00:00.000+09:00',
    rangeType: 'PAYED_DATETIME',
    productOrderStatuses: ['PAYED', 'DELIVERING'],
    claimStatuses: ['CANCEL_REQUEST', 'RETURN_REQUEST'],
    pageSize: 300,
    fulfillment: false,
  })
  expect(lastQuery()).toBe(
    'from=2024-06-07T00:00:00.000%2B09:00&rangeType=PAYED_DATETIME' +
      '&productOrderStatuses=PAYED&productOrderStatuses=DELIVERING' +
      '&claimStatuses=CANCEL_REQUEST&claimStatuses=RETURN_REQUEST&pageSize=300&fulfillment=false',
  )
  expect(server.apiCalls()[0]?.url.searchParams.getAll('productOrderStatuses')).toEqual([
    'PAYED',
    'DELIVERING',
  ])
})

test('absent query values and empty arrays are left out', async () => {
  const { npay, lastQuery } = setup()
  await npay.searchProductOrders({ from: '2024-06-07T00:00:00.000+09:00', to: undefined, claimStatuses: [] })
  expect(lastQuery()).toBe('from=2024-06-07T00:00:00.000%2B09:00')
})

test('path parameters are placed in the path and percent-encoded', async () => {
  const { server, npay } = setup()
  await npay.getProductOrderIds({ orderId: '2024/06' })
  expect(server.apiCalls()[0]?.rawUrl).toBe(
    `${BASE_URL}/v1/pay-order/mall/orders/2024%2F06/product-order-ids`,
  )
})

test('a missing path parameter is refused before anything is sent', async () => {
  const { server, npay } = setup()
  // @ts-expect-error the path parameter is required
  await expect(npay.approveCancel({})).rejects.toThrow(/needs the path parameter productOrderId/)
  expect(server.journal).toHaveLength(0)
})

test('per-call headers and the JSON body are sent as given', async () => {
  const { server, npay } = setup()
  const body = {
    dispatchProductOrders: [
      {
        productOrderId: '2024060712345601',
        deliveryMethod: 'DELIVERY' as const,
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: '123456789012',
        dispatchDate: '2024-06-07T19:00:00.000+09:00',
      },
    ],
  }
  await npay.dispatchProductOrders({ body }, { headers: { 'X-Npay-Sandbox-Fault': 'none' } })
  const call = server.apiCalls()[0]
  expect(call?.method).toBe('POST')
  expect(JSON.parse(call?.body ?? '')).toEqual(body)
  expect(call?.headers.get('X-Npay-Sandbox-Fault')).toBe('none')
})
