import { formatKst } from '@npay-sandbox/protocol'
import { describe, expect, test } from 'vitest'
import { productOrderIds, queryProductOrders, searchProductOrders } from '../src/index.ts'
import { body, DAY, HOUR, npayError, START, sandbox } from './support.ts'

const at = (offsetMs: number) => formatKst(START + offsetMs)

describe('last-changed statuses', () => {
  test('a window longer than 24 hours fails with 104139', () => {
    const s = sandbox()
    const error = npayError(() => s.lastChanged({ lastChangedTo: at(DAY + 1) }))
    expect(error.code).toBe('104139')
    expect(body(error)).toMatchInlineSnapshot(`
      {
        "code": "104139",
        "message": "조회 가능한 날짜 범위를 초과",
        "timestamp": "2024-05-15T10:00:00.000+09:00",
        "traceId": "test^1715734800000^1",
      }
    `)
    expect(() => s.lastChanged({ lastChangedTo: at(DAY) })).not.toThrow()
  })

  test('lastChangedTo before lastChangedFrom fails with 4000', () => {
    const s = sandbox()
    const error = npayError(() => s.lastChanged({ lastChangedFrom: at(HOUR), lastChangedTo: at(0) }))
    expect(error.code).toBe('4000')
    expect(error.invalidInputs?.[0]?.name).toBe('lastChangedTo')
  })

  test.each([
    ['lastChangedFrom', { lastChangedFrom: '2024-05-15 10:00:00' }],
    ['lastChangedFrom', { lastChangedFrom: '2024-05-15T10:00:00+09:00' }],
    ['lastChangedFrom', { lastChangedFrom: '2024-02-30T10:00:00.000+09:00' }],
    ['lastChangedTo', { lastChangedTo: '2024-05-15T12:00:00.000' }],
  ])('a malformed %s fails with 4000 naming it (%o)', (name, query) => {
    const error = npayError(() => sandbox().lastChanged(query))
    expect(error.code).toBe('4000')
    expect(error.invalidInputs).toMatchObject([{ name }])
    expect(error.diagnostic).toContain(name)
  })

  test('the body of a malformed date-time names the parameter', () => {
    const error = npayError(() => sandbox().lastChanged({ lastChangedFrom: '2024-05-15' }))
    expect(body(error)).toMatchInlineSnapshot(`
      {
        "code": "4000",
        "invalidInputs": [
          {
            "message": "lastChangedFrom: 2024-05-15",
            "name": "lastChangedFrom",
            "type": "typeMismatch",
          },
        ],
        "message": "잘못된 요청 파라미터",
        "timestamp": "2024-05-15T10:00:00.000+09:00",
        "traceId": "test^1715734800000^1",
      }
    `)
  })

  test('paging with moreFrom and moreSequence walks every row once in (date, id) order', () => {
    const s = sandbox()
    for (let i = 0; i < 25; i++) {
      if (i % 7 === 0) s.tenant.advance(1_000)
      s.order()
    }
    const all = s.lastChanged()!.lastChangeStatuses!
    expect(all).toHaveLength(25)
    const key = (r: (typeof all)[number]) => `${r.lastChangedDate} ${r.productOrderId}`
    expect(all.map(key)).toEqual(all.map(key).sort())
    expect(new Set(all.map((r) => r.lastChangedDate)).size).toBe(4)

    const seen: string[] = []
    const to = at(DAY)
    let query: { lastChangedFrom: string; moreSequence?: string } = { lastChangedFrom: at(0) }
    for (let pages = 1; ; pages++) {
      const page = s.lastChanged({ ...query, lastChangedTo: to, limitCount: 7 })!
      expect(page.count).toBe(page.lastChangeStatuses?.length)
      seen.push(...(page.lastChangeStatuses ?? []).map((r) => r.productOrderId ?? ''))
      if (!page.more) {
        expect(pages).toBe(4)
        break
      }
      expect(page.count).toBe(7)
      query = { lastChangedFrom: page.more.moreFrom!, moreSequence: page.more.moreSequence! }
    }
    expect(seen).toEqual(all.map((r) => r.productOrderId ?? ''))
  })

  test('limitCount above 300 returns 300 rows and a cursor', () => {
    const s = sandbox()
    const created = Array.from({ length: 301 }, () => s.order()).sort()
    const page = s.lastChanged({ limitCount: 1_000 })!
    expect(page.count).toBe(300)
    expect(page.more).toEqual({ moreFrom: at(0), moreSequence: created[300] })
  })

  test('lastChangedType filters the rows', () => {
    const s = sandbox()
    const [a, b] = [s.order(), s.order(), s.order()]
    s.ship(a!)
    s.ship(b!)
    expect(
      s.lastChanged({ lastChangedType: 'DISPATCHED' })?.lastChangeStatuses?.map((r) => r.productOrderId),
    ).toEqual([a, b].sort())
    expect(s.lastChanged({ lastChangedType: 'PAYED' })?.count).toBe(3)
  })

  test('an empty result has no data by default', () => {
    expect(sandbox().lastChanged()).toBeUndefined()
  })

  test('an empty result is an empty list with emptyLastChanged empty-list', () => {
    expect(sandbox({ emptyLastChanged: 'empty-list' }).lastChanged()).toEqual({
      count: 0,
      lastChangeStatuses: [],
    })
  })
})

describe('product-order details and ids', () => {
  test('query leaves out unknown and foreign ids and keeps the requested order', () => {
    const s = sandbox()
    const [a, b] = [s.order(), s.order()]
    const other = s.engine.createMerchant()
    const foreign = s.engine.tenant(other.clientId).createOrder().productOrderIds[0]!
    const details = queryProductOrders(s.tenant, [b!, '2024051599999999', foreign, a!], s.engine.options)
    expect(details.map((d) => d.productOrder?.productOrderId)).toEqual([b, a])
  })

  test('product-order-ids lists the product orders of an order', () => {
    const s = sandbox()
    const created = s.tenant.createOrder({ items: [{}, {}] })
    expect(productOrderIds(s.tenant, created.orderId, s.engine.ownerOfOrder)).toEqual(created.productOrderIds)
  })

  test('product-order-ids of an unknown order fails with 100003', () => {
    const s = sandbox()
    expect(npayError(() => productOrderIds(s.tenant, '2024051500000000', s.engine.ownerOfOrder)).code).toBe(
      '100003',
    )
  })

  test("product-order-ids of another merchant's order fails with 101010", () => {
    const s = sandbox()
    const other = s.engine.tenant(s.engine.createMerchant().clientId).createOrder()
    const error = npayError(() => productOrderIds(s.tenant, other.orderId, s.engine.ownerOfOrder))
    expect(body(error)).toMatchInlineSnapshot(`
      {
        "code": "101010",
        "message": "처리권한이 없는 주문번호를 요청했습니다",
        "timestamp": "2024-05-15T10:00:00.000+09:00",
        "traceId": "test^1715734800000^1",
      }
    `)
  })
})

describe('conditional search', () => {
  const search = (s: ReturnType<typeof sandbox>, q: Partial<Parameters<typeof searchProductOrders>[1]>) =>
    searchProductOrders(s.tenant, { from: at(0), rangeType: 'PAYED_DATETIME', ...q }, s.engine.options)
  const ids = (data: ReturnType<typeof search>) => data.contents?.map((c) => c.productOrderId)

  function fixture() {
    const s = sandbox()
    const paid = s.order()
    const unpaid = s.order({ paid: false })
    s.tenant.advance(HOUR)
    const shipped = s.order()
    s.ship(shipped)
    const confirmed = s.order()
    s.confirm(confirmed)
    return { s, paid, unpaid, shipped, confirmed }
  }

  test('rangeType chooses the instant that from and to filter on', () => {
    const { s, paid, unpaid, shipped, confirmed } = fixture()
    expect(ids(search(s, { rangeType: 'ORDERED_DATETIME' }))).toEqual(
      // Shipping moves the frozen clock past the dispatch, so the order placed after it comes later.
      [paid, unpaid].sort().concat([shipped, confirmed]),
    )
    expect(ids(search(s, { rangeType: 'PAYED_DATETIME', to: at(HOUR - 1) }))).toEqual([paid])
    expect(ids(search(s, { rangeType: 'DISPATCHED_DATETIME' }))).toEqual([shipped])
    expect(ids(search(s, { rangeType: 'CLAIM_REQUESTED_DATETIME' }))).toEqual([])
  })

  test('status filters narrow the result', () => {
    const { s, shipped, confirmed } = fixture()
    expect(ids(search(s, { rangeType: 'ORDERED_DATETIME', productOrderStatuses: ['DELIVERING'] }))).toEqual([
      shipped,
    ])
    expect(ids(search(s, { from: at(HOUR), placeOrderStatusType: 'OK' }))).toEqual([shipped, confirmed])
    expect(ids(search(s, { from: at(HOUR), placeOrderStatusType: 'NOT_YET' }))).toEqual([])
  })

  test('a span over 24 hours fails with 4000 naming from and to', () => {
    const error = npayError(() => search(sandbox(), { to: at(DAY + 1) }))
    expect(error.code).toBe('4000')
    expect(error.invalidInputs).toMatchObject([{ name: 'from, to' }])
  })

  test('pages walk every hit once with hasNext', () => {
    const s = sandbox()
    const created = Array.from({ length: 5 }, () => s.order())
    const pages = [1, 2, 3].map((page) => search(s, { pageSize: 2, page }))
    expect(pages.map((p) => p.pagination)).toEqual([
      { page: 1, size: 2, hasNext: true },
      { page: 2, size: 2, hasNext: true },
      { page: 3, size: 2, hasNext: false },
    ])
    expect(pages.flatMap(ids)).toEqual(created.sort())
  })
})
