import { describe, expect, test } from 'vitest'
import { mallPathOf } from './fidelity/check-fidelity.ts'
import { keyPaths, parseEndpointDoc } from './fidelity/parse-endpoint-doc.ts'

// A trimmed page in the shape naver-commerce-api-docs-cli renders.
const sample = `---
doc-id: "sample"
method: POST
path: /v1/pay-order/seller/product-orders/{productOrderId}/claim/sample
---

# 샘플

## Request

**POST** \`/v1/pay-order/seller/product-orders/{productOrderId}/claim/sample\`
### Path Parameters

**productOrderId** stringrequired

상품 주문 번호

### Query Parameters

**periodType** string

- A_DATE(가 일자)
- B_DATE(나 일자)

**Possible values:** [\`A_DATE\`, \`B_DATE\`]

**pageSize** integer<int32>required

**Possible values:** \`<= 1000\`

### Body**required**

**holdbackClassType**holdbackReason.pay-order-seller (string)required

| 코드 | 설명 | 비고 |
| --- | --- | --- |
| RETURN_DELIVERYFEE | 반품 배송비 청구 |  |
| ETC | 기타 사유 |  |

**fulfillment** boolean

| 값 | 설명 |
| --- | --- |
| true | 풀필먼트 |

**items** object[]

**itemId**string

## Responses

**POST** \`/v1/pay-order/seller/product-orders/{productOrderId}/claim/sample\` — 응답
(성공) 처리 내역

**traceId**stringrequired

**settleDate**정산일 (string<date>)nullable

**paymentMeans**string

| 결제수단 | 비고 |
| --- | --- |
| 신용카드 |  |

\`\`\`json
{ "traceId": "string", "data": { "items": [{ "itemId": "x" }] } }
\`\`\`

(실패) 잘못된 요청

**code**errorCode.pay-order-seller (string)

\`\`\`bash
curl -L 'https://example.invalid' \\
-d '{
  "holdbackClassType": "ETC",
  "items": [{ "itemId": "1" }]
}'
\`\`\`
`

describe('parseEndpointDoc', () => {
  const page = parseEndpointDoc(sample)

  test('reads method and path from the front matter', () => {
    expect(page.method).toBe('POST')
    expect(page.path).toBe('/v1/pay-order/seller/product-orders/{productOrderId}/claim/sample')
  })

  test('places each field in its section with its flags', () => {
    const brief = page.fields.map(
      (f) => `${f.location}:${f.name}:${f.required ? 'R' : ''}${f.nullable ? 'N' : ''}`,
    )
    expect(brief).toEqual([
      'path:productOrderId:R',
      'query:periodType:',
      'query:pageSize:R',
      'body:holdbackClassType:R',
      'body:fulfillment:',
      'body:items:',
      'body:itemId:',
      'response:traceId:R',
      'response:settleDate:N',
      'response:paymentMeans:',
    ])
  })

  test('stops the response fields at the first example, so error bodies are not mixed in', () => {
    expect(page.fields.some((f) => f.name === 'code')).toBe(false)
  })

  test('reads enum values from tables and possible-values lists, skipping headers and booleans', () => {
    expect(page.enums).toEqual([
      { field: 'periodType', location: 'query', enumType: undefined, values: ['A_DATE', 'B_DATE'] },
      {
        field: 'holdbackClassType',
        location: 'body',
        enumType: 'holdbackReason.pay-order-seller',
        values: ['RETURN_DELIVERYFEE', 'ETC'],
      },
      { field: 'paymentMeans', location: 'response', enumType: undefined, values: ['신용카드'] },
    ])
  })

  test('parses the request and success examples', () => {
    expect(keyPaths(page.requestExample)).toEqual(['holdbackClassType', 'items', 'items.itemId'])
    expect(keyPaths(page.responseExample)).toEqual(['traceId', 'data', 'data.items', 'data.items.itemId'])
  })

  test('rejects a page without the request and response sections', () => {
    expect(() => parseEndpointDoc('---\nmethod: GET\npath: /x\n---\n')).toThrow(/## Request/)
  })
})

test('mallPathOf applies the rules in order', () => {
  const rules = [
    { from: '^/v1/pay-order/seller/', to: '/v1/pay-order/mall/' },
    { from: '/collect/approve$', to: '/collect/complete' },
  ]
  expect(mallPathOf('/v1/pay-order/seller/product-orders/{id}/claim/exchange/collect/approve', rules)).toBe(
    '/v1/pay-order/mall/product-orders/{id}/claim/exchange/collect/complete',
  )
})
