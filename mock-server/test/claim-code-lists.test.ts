/**
 * The order page's forms (GET /__sandbox/state-machine) offer the reason and holdback codes of their own
 * claim only. Expected lists are the facts file's (§7.13, §7.18, §9.7).
 */
import { expect, test } from 'vitest'
import { harness } from './harness.ts'

// Facts §9.7: request-side cancelReason (7.8) and returnReason (7.10).
const CANCEL_REASONS = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'PRODUCT_UNSATISFIED',
  'DELAYED_DELIVERY',
  'SOLD_OUT',
  'INCORRECT_INFO',
]
const RETURN_REASONS = [
  'INTENT_CHANGED',
  'COLOR_AND_SIZE',
  'WRONG_ORDER',
  'PRODUCT_UNSATISFIED',
  'DELAYED_DELIVERY',
  'SOLD_OUT',
  'DROPPED_DELIVERY',
  'BROKEN',
  'INCORRECT_INFO',
  'WRONG_DELIVERY',
  'WRONG_OPTION',
]
// Facts §7.13 and §7.18: the return-side and exchange-side holdbackClassType values.
const RETURN_HOLDBACK = [
  'RETURN_DELIVERYFEE',
  'EXTRAFEEE',
  'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
  'RETURN_PRODUCT_NOT_DELIVERED',
  'ETC',
]
const EXCHANGE_HOLDBACK = [
  'EXCHANGE_DELIVERYFEE',
  'EXCHANGE_EXTRAFEE',
  'EXCHANGE_PRODUCT_READY',
  'EXCHANGE_PRODUCT_NOT_DELIVERED',
  'EXCHANGE_HOLDBACK',
  'ETC',
]

interface Field {
  name: string
  enum?: string[]
  labels?: string[]
}

async function machine() {
  const res = await harness().control('GET', '/__sandbox/state-machine')
  expect(res.status).toBe(200)
  return (await res.json()) as {
    sandboxEvents: { event: string; fields: Field[] }[]
    merchantActions: { operationId: string; fields: Field[] }[]
  }
}

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort()

test.each([
  ['buyer-cancel', CANCEL_REASONS],
  ['admin-cancel', CANCEL_REASONS],
  ['buyer-return', RETURN_REASONS],
  // No merchant request lists exchange reasons (facts §9.7); an exchange offers the return reasons.
  ['buyer-exchange', RETURN_REASONS],
])('%s offers the reasons of its own claim only', async (event, expected) => {
  const form = (await machine()).sandboxEvents.find((e) => e.event === event)!
  const reason = form.fields.find((f) => f.name === 'reason')!
  expect(sorted(reason.enum)).toEqual(sorted(expected))
  // Every value keeps its Korean label beside it.
  expect(reason.labels).toHaveLength(reason.enum!.length)
  expect(reason.labels!.every((label) => label.length > 0)).toBe(true)
})

test.each([
  ['holdbackReturn', RETURN_HOLDBACK],
  ['holdbackExchange', EXCHANGE_HOLDBACK],
])('%s offers the holdback types of its own claim only', async (operationId, expected) => {
  const form = (await machine()).merchantActions.find((a) => a.operationId === operationId)!
  const field = form.fields.find((f) => f.name === 'holdbackClassType')!
  expect(sorted(field.enum)).toEqual(sorted(expected))
})

test('the merchant requests keep the reasons their own bodies list', async () => {
  const { merchantActions } = await machine()
  const reasons = (operationId: string, name: string) =>
    sorted(
      merchantActions.find((a) => a.operationId === operationId)!.fields.find((f) => f.name === name)?.enum,
    )
  expect(reasons('requestCancel', 'cancelReason')).toEqual(sorted(CANCEL_REASONS))
  expect(reasons('requestReturn', 'returnReason')).toEqual(sorted(RETURN_REASONS))
})
