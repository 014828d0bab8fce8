/**
 * Settlement (facts §11): the `{elements, pagination}` envelope, `pageSize` ≤ 1000, `pageNumber` ≥ 1,
 * VAT dates up to the last day of the previous month. A target that does not serve an operation yet
 * answers 404 `GW.NOT_FOUND`, and its cases are reported as unsupported rather than failed.
 */
import assert from 'node:assert/strict'
import { formatKstDate, MAX_SETTLEMENT_PAGE_SIZE } from '@npay-sandbox/protocol'
import type { CaseContext, ContractCase, ContractClient } from '../suite.ts'
import { defineSuite } from '../suite.ts'
import { expectApiError, invalidNames } from './expect.ts'

const DAY = 86_400_000

type SettlementOperation =
  | 'getSettleCases'
  | 'getSettleDaily'
  | 'getCommissionDetails'
  | 'getVatCases'
  | 'getVatDaily'
type Query = Record<string, string | number>

/** KST dates of the previous month's first and last day. */
function previousMonth(now: number): { first: string; last: string } {
  const today = formatKstDate(now)
  const [year, month] = today.split('-').map(Number) as [number, number]
  const firstOfThisMonth = Date.UTC(year, month - 1, 1)
  const last = new Date(firstOfThisMonth - DAY)
  const first = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1))
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) }
}

/** Valid date parameters of each operation, a settled period in the past. */
const PERIODS: Record<SettlementOperation, (now: number) => Query> = {
  getSettleCases: (now) => ({
    searchDate: formatKstDate(now - DAY),
    periodType: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  }),
  getSettleDaily: (now) => ({ startDate: formatKstDate(now - 7 * DAY), endDate: formatKstDate(now - DAY) }),
  getCommissionDetails: (now) => ({
    searchDate: formatKstDate(now - DAY),
    periodType: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  }),
  getVatCases: (now) => ({ startDate: previousMonth(now).first, endDate: previousMonth(now).last }),
  getVatDaily: (now) => ({ startDate: previousMonth(now).first, endDate: previousMonth(now).last }),
}

function call(context: CaseContext, operation: SettlementOperation, query: Query) {
  // The five methods share one input shape; the table above keeps each one's own parameters right.
  const method = context.api[operation] as (input: Query) => ReturnType<ContractClient['getSettleDaily']>
  return method(query)
}

async function badRequest(context: CaseContext, operation: SettlementOperation, query: Query, field: string) {
  const error = await expectApiError(call(context, operation, query), { status: 400, code: 'BAD_REQUEST' })
  assert.equal(error.family, 'settlement')
  assert.ok(invalidNames(error).includes(field), `invalidInputs name ${field}: ${invalidNames(error)}`)
}

function casesOf(operation: SettlementOperation): ContractCase[] {
  const valid = async (context: CaseContext) => ({
    ...PERIODS[operation](await context.now()),
    pageNumber: 1,
    pageSize: 10,
  })
  return [
    {
      name: `${operation} answers elements and pagination`,
      operations: [operation],
      dataDependent: true,
      async run(context) {
        const body = await call(context, operation, await valid(context))
        assert.ok(Array.isArray(body.elements), 'elements is an array')
        assert.equal(typeof body.pagination?.totalElements, 'number', 'pagination.totalElements')
      },
    },
    {
      name: `${operation} with pageSize ${MAX_SETTLEMENT_PAGE_SIZE + 1} is a 400 BAD_REQUEST naming pageSize`,
      operations: [operation],
      run: async (context) =>
        badRequest(
          context,
          operation,
          { ...(await valid(context)), pageSize: MAX_SETTLEMENT_PAGE_SIZE + 1 },
          'pageSize',
        ),
    },
    {
      name: `${operation} with pageNumber 0 is a 400 BAD_REQUEST naming pageNumber`,
      operations: [operation],
      run: async (context) =>
        badRequest(context, operation, { ...(await valid(context)), pageNumber: 0 }, 'pageNumber'),
    },
  ]
}

const OPERATIONS = Object.keys(PERIODS) as SettlementOperation[]

export const settlement = defineSuite({
  id: 'settlement',
  title: 'Settlement',
  cases: [
    ...OPERATIONS.flatMap(casesOf),
    {
      name: 'getVatCases up to today, past the end of the previous month, is a 400 BAD_REQUEST naming endDate',
      operations: ['getVatCases'],
      async run(context) {
        const now = await context.now()
        const query = {
          startDate: previousMonth(now).first,
          endDate: formatKstDate(now),
          pageNumber: 1,
          pageSize: 10,
        }
        await badRequest(context, 'getVatCases', query, 'endDate')
      },
    },
  ],
})
