/** Last-changed polling (facts §7.1): rows per change, the type filter, and paging by `more`. */
import assert from 'node:assert/strict'
import { formatKst, MAX_QUERY_WINDOW_MS } from '@npay-sandbox/protocol'
import { defineSuite } from '../suite.ts'
import { allChanges, detailOf, epochOf, MAX_PAGES, paymentTime } from './reads.ts'

const SECOND = 1_000
const HOUR = 3_600_000

export const lastChanged = defineSuite({
  id: 'last-changed',
  title: 'Last-changed statuses and paging',
  cases: [
    {
      name: 'a paid product order appears in last-changed as PAYED',
      operations: ['getLastChangedStatuses'],
      needs: ['a paid product order'],
      // The window holds every order of the merchant, not only this case's.
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const paid = await paymentTime(context.api, productOrderId)
        const rows = await allChanges(context.api, {
          lastChangedFrom: formatKst(paid - SECOND),
          lastChangedTo: formatKst(paid + HOUR),
        })
        const mine = rows.filter((r) => r.productOrderId === productOrderId)
        assert.ok(
          mine.some((r) => r.lastChangedType === 'PAYED' && r.productOrderStatus === 'PAYED'),
          `a PAYED row for ${productOrderId}: ${JSON.stringify(mine)}`,
        )
      },
    },
    {
      name: 'a lastChangedType filter returns only rows of that type',
      operations: ['getLastChangedStatuses'],
      needs: ['a dispatched product order'],
      // The window holds every order of the merchant, not only this case's.
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const detail = await detailOf(context.api, productOrderId)
        const sent = epochOf(detail.delivery?.sendDate, 'delivery.sendDate')
        const rows = await allChanges(context.api, {
          lastChangedFrom: formatKst(sent - SECOND),
          lastChangedTo: formatKst(sent - SECOND + MAX_QUERY_WINDOW_MS),
          lastChangedType: 'DISPATCHED',
        })
        assert.ok(
          rows.some((r) => r.productOrderId === productOrderId),
          `${productOrderId} is listed`,
        )
        assert.deepEqual([...new Set(rows.map((r) => r.lastChangedType))], ['DISPATCHED'])
      },
    },
    {
      name: 'paging with limitCount 1 returns every change once, with more while changes remain',
      operations: ['getLastChangedStatuses'],
      needs: ['a paid product order', 'a delivered product order'],
      dataDependent: true,
      async run(context) {
        const a = await paymentTime(context.api, (await context.state('a paid product order')).productOrderId)
        const b = await paymentTime(
          context.api,
          (await context.state('a delivered product order')).productOrderId,
        )
        const from = Math.min(a, b) - SECOND
        const query = {
          lastChangedFrom: formatKst(from),
          lastChangedTo: formatKst(from + HOUR),
          limitCount: 1,
        }
        const seen: string[] = []
        let next: typeof query & { moreSequence?: string } = query
        for (let page = 0; page < MAX_PAGES; page++) {
          const { data } = await context.api.getLastChangedStatuses(next)
          const rows = data?.lastChangeStatuses ?? []
          assert.ok(rows.length <= 1, 'at most limitCount rows')
          seen.push(...rows.map((r) => `${r.productOrderId} ${r.lastChangedType} ${r.lastChangedDate}`))
          if (!data?.more) break
          assert.equal(rows.length, 1, 'a page with more is full')
          next = {
            ...query,
            lastChangedFrom: data.more.moreFrom ?? '',
            moreSequence: data.more.moreSequence ?? '',
          }
        }
        if (seen.length < 2) context.skip('fewer than two changes in the window')
        assert.equal(new Set(seen).size, seen.length, `no change twice: ${seen.join(' | ')}`)
      },
    },
  ],
})
