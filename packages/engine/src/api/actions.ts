/**
 * The merchant actions (facts §7.5–7.19): per-item results with HTTP 200, business failures in
 * `failProductOrderInfos`, malformed requests as 400 `4000`. Every item is applied atomically; each
 * action's body becomes the engine's input as its declaration says (machine/actions.ts).
 */
import { failInfo, type OrderErrorCode } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import { actionInput } from '../machine/actions.ts'
import type { EventInput } from '../machine/effects.ts'
import type { MerchantAction, SellerAction } from '../machine/events.ts'
import { RECORDS, type Tenant } from '../tenant.ts'

type Fail = Schemas['FailProductOrderInfo']
export type ClaimActionResult = Schemas['ClaimActionResult']
export type Owner = (productOrderId: string) => Tenant | undefined

/** 100001 for unknown ids, 101009 for another merchant's. */
function ownership(tenant: Tenant, id: string, ownerOf: Owner): OrderErrorCode | undefined {
  if (tenant[RECORDS].productOrders.has(id)) return undefined
  return ownerOf(id) ? '101009' : '100001'
}

function apply(
  tenant: Tenant,
  id: string,
  action: MerchantAction | SellerAction,
  input: EventInput,
  ownerOf: Owner,
): Fail | undefined {
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return failInfo(id, owner)
  const result = tenant.run(id, action, input, 'merchant')
  return result.ok ? undefined : failInfo(id, result.code as OrderErrorCode)
}

export function confirm(tenant: Tenant, ids: readonly string[], ownerOf: Owner): Schemas['ConfirmResult'] {
  tenant.tick()
  const successProductOrderInfos: Schemas['ConfirmResult']['successProductOrderInfos'] = []
  const failProductOrderInfos: Fail[] = []
  for (const id of new Set(ids)) {
    const fail = apply(tenant, id, 'confirmProductOrders', {}, ownerOf)
    if (fail) failProductOrderInfos.push(fail)
    else
      successProductOrderInfos.push({
        productOrderId: id,
        isReceiverAddressChanged: tenant[RECORDS].productOrders.get(id)!.receiverAddressChanged,
      })
  }
  return { successProductOrderInfos, failProductOrderInfos }
}

/**
 * Dispatches each entry once. A productOrderId named more than once is ambiguous (which entry's
 * delivery counts?), so it is not dispatched and is reported once with 104131 상품 주문 번호 중복, at its
 * first position; the other entries are processed as usual ([REC] docs/fidelity.md).
 */
export function dispatch(
  tenant: Tenant,
  items: readonly Schemas['DispatchProductOrder'][],
  ownerOf: Owner,
  usedTracking: Map<string, string>,
): ClaimActionResult {
  tenant.tick()
  const successProductOrderIds: string[] = []
  const failProductOrderInfos: Fail[] = []
  const duplicated = duplicatedIds(items)
  const reported = new Set<string>()
  for (const item of items) {
    const id = item.productOrderId
    if (reported.has(id)) continue
    reported.add(id)
    const fail = duplicated.has(id)
      ? failInfo(id, '104131')
      : dispatchOne(tenant, item, ownerOf, usedTracking)
    if (fail) failProductOrderInfos.push(fail)
    else successProductOrderIds.push(id)
  }
  return { successProductOrderIds, failProductOrderInfos }
}

function duplicatedIds(items: readonly Schemas['DispatchProductOrder'][]): Set<string> {
  const seen = new Set<string>()
  const duplicated = new Set<string>()
  for (const { productOrderId } of items) {
    if (seen.has(productOrderId)) duplicated.add(productOrderId)
    seen.add(productOrderId)
  }
  return duplicated
}

function dispatchOne(
  tenant: Tenant,
  item: Schemas['DispatchProductOrder'],
  ownerOf: Owner,
  usedTracking: Map<string, string>,
): Fail | undefined {
  const id = item.productOrderId
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return failInfo(id, owner)
  const record = tenant[RECORDS].productOrders.get(id)!
  const trackingKey = item.trackingNumber
    ? `${item.deliveryCompanyCode}:${item.trackingNumber.replaceAll('-', '')}`
    : undefined
  const input = actionInput('dispatchProductOrders', item, {
    record,
    now: tenant.now(),
    trackingTaken: () =>
      trackingKey !== undefined &&
      usedTracking.has(trackingKey) &&
      usedTracking.get(trackingKey) !== record.orderId,
  })
  if ('fail' in input) return failInfo(id, input.fail, input.message)
  const run = tenant.run(id, 'dispatchProductOrders', input, 'merchant')
  if (!run.ok) return failInfo(id, run.code as OrderErrorCode)
  if (trackingKey) usedTracking.set(trackingKey, record.orderId)
  return undefined
}

const single = (id: string, fail: Fail | undefined): ClaimActionResult =>
  fail
    ? { successProductOrderIds: [], failProductOrderInfos: [fail] }
    : { successProductOrderIds: [id], failProductOrderInfos: [] }

/**
 * One of the single-item actions (delay, the claim actions, the Commerce API's hope-delivery change) with
 * its body already schema-valid.
 */
export function act(
  tenant: Tenant,
  action: Exclude<MerchantAction, 'confirmProductOrders' | 'dispatchProductOrders'> | SellerAction,
  id: string,
  body: Record<string, unknown>,
  ownerOf: Owner,
): ClaimActionResult {
  tenant.tick()
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return single(id, failInfo(id, owner))
  const input = actionInput(action, body, {
    record: tenant[RECORDS].productOrders.get(id)!,
    now: tenant.now(),
  })
  if ('fail' in input) return single(id, failInfo(id, input.fail, input.message))
  return single(id, apply(tenant, id, action, input, ownerOf))
}
