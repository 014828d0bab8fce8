/** Hand-made exchanges for the recorder and drift tests. */
import type { Exchange } from '../src/exchange/types.ts'

/** An exchange with defaults for everything not given. */
export function exchange(fields: Partial<Exchange>): Exchange {
  return {
    operationId: 'queryProductOrders',
    method: 'POST',
    path: '/v1/pay-order/mall/product-orders/query',
    query: [],
    requestHeaders: {},
    requestBody: undefined,
    status: 200,
    responseHeaders: { 'gncp-gw-trace-id': 'ar2-55f4fd5f54-mwk8w^1643182339983^366577' },
    responseBody: {},
    problems: [],
    ...fields,
  }
}

/** A detail of one product order as the API returns it, with personal data in it. */
export function detailBody(
  productOrderId: string,
  overrides: { claimStatus?: string; extra?: Record<string, unknown> } = {},
) {
  return {
    timestamp: '2024-06-07T19:00:00.123+09:00',
    traceId: 'ar2-55f4fd5f54-mwk8w^1643182339983^366577',
    data: [
      {
        order: {
          orderId: '2024060700000001',
          ordererName: '김하늘',
          ordererTel: '010-1234-5678',
          paymentDate: '2024-06-07T18:59:00.000+09:00',
          payLocationType: 'MOBILE',
        },
        productOrder: {
          productOrderId,
          productName: '무선 이어폰',
          productOrderStatus: 'DELIVERED',
          claimType: 'RETURN',
          claimStatus: overrides.claimStatus ?? 'RETURN_REQUEST',
          totalPaymentAmount: 59000,
          shippingAddress: {
            name: '김하늘',
            tel1: '010-1234-5678',
            baseAddress: '서울 중구 세종대로 110',
            zipCode: '04524',
          },
          ...overrides.extra,
        },
      },
    ],
  }
}
