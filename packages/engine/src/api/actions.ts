/**
 * The merchant actions (facts §7.5–7.19): per-item results with HTTP 200, business failures in
 * `failProductOrderInfos`, malformed requests as 400 `4000`. Every item is applied atomically.
 */
import { failInfo, NpayError, type OrderErrorCode } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import type { EventInput } from '../machine/effects.ts'
import type { MerchantAction } from '../machine/events.ts'
import type { Tenant } from '../tenant.ts'
import { checkDelivery, DELIVERY_COMPANY_CODES } from './delivery-rules.ts'
import { dateParam } from './queries.ts'

type Fail = Schemas['FailProductOrderInfo']
export type ClaimActionResult = Schemas['ClaimActionResult']
export type Owner = (productOrderId: string) => Tenant | undefined

/** 100001 for unknown ids, 101009 for another merchant's. */
function ownership(tenant: Tenant, id: string, ownerOf: Owner): OrderErrorCode | undefined {
  if (tenant.productOrders.has(id)) return undefined
  return ownerOf(id) ? '101009' : '100001'
}

function apply(
  tenant: Tenant,
  id: string,
  action: MerchantAction,
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
        isReceiverAddressChanged: tenant.productOrders.get(id)!.receiverAddressChanged,
      })
  }
  return { successProductOrderInfos, failProductOrderInfos }
}

export function dispatch(
  tenant: Tenant,
  items: readonly Schemas['DispatchProductOrder'][],
  ownerOf: Owner,
  usedTracking: Map<string, string>,
): ClaimActionResult {
  tenant.tick()
  const successProductOrderIds: string[] = []
  const failProductOrderInfos: Fail[] = []
  const seen = new Set<string>()
  for (const item of items) {
    const fail = dispatchOne(tenant, item, seen, ownerOf, usedTracking)
    if (fail) failProductOrderInfos.push(fail)
    else successProductOrderIds.push(item.productOrderId)
  }
  return { successProductOrderIds, failProductOrderInfos }
}

function dispatchOne(
  tenant: Tenant,
  item: Schemas['DispatchProductOrder'],
  seen: Set<string>,
  ownerOf: Owner,
  usedTracking: Map<string, string>,
): Fail | undefined {
  const id = item.productOrderId
  if (seen.has(id)) return failInfo(id, '104131')
  seen.add(id)
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return failInfo(id, owner)
  const record = tenant.productOrders.get(id)!
  const problem = checkDelivery({
    method: item.deliveryMethod,
    company: item.deliveryCompanyCode,
    tracking: item.trackingNumber,
    expectedMethod: record.productOrder.expectedDeliveryMethod,
  })
  if (problem) return failInfo(id, problem)
  const trackingKey = item.trackingNumber
    ? `${item.deliveryCompanyCode}:${item.trackingNumber.replaceAll('-', '')}`
    : undefined
  if (trackingKey && usedTracking.has(trackingKey) && usedTracking.get(trackingKey) !== record.orderId) {
    return failInfo(id, '104121')
  }
  if (!item.dispatchDate) return failInfo(id, '4000', 'dispatchDate: 발송일은 필수입니다.')
  const dispatchDate = dateParam('dispatchDate', item.dispatchDate)
  if (dispatchDate > tenant.now() + 60_000)
    return failInfo(id, '4000', 'dispatchDate: 발송일은 미래일 수 없습니다.')
  const input: EventInput = {
    dispatch: {
      deliveryMethod: item.deliveryMethod!,
      ...(item.deliveryCompanyCode ? { deliveryCompanyCode: item.deliveryCompanyCode } : {}),
      ...(item.trackingNumber ? { trackingNumber: item.trackingNumber } : {}),
      dispatchDate,
    },
  }
  const run = tenant.run(id, 'dispatchProductOrders', input, 'merchant')
  if (!run.ok) return failInfo(id, run.code as OrderErrorCode)
  if (trackingKey) usedTracking.set(trackingKey, record.orderId)
  return undefined
}

const single = (id: string, fail: Fail | undefined): ClaimActionResult =>
  fail
    ? { successProductOrderIds: [], failProductOrderInfos: [fail] }
    : { successProductOrderIds: [id], failProductOrderInfos: [] }

function invalid(name: string, message: string): NpayError {
  return NpayError.order('4000', { invalidInputs: [{ name, type: 'Range', message }] })
}

/** One of the single-item actions (delay and the claim actions) with its body already schema-valid. */
export function act(
  tenant: Tenant,
  action: Exclude<MerchantAction, 'confirmProductOrders' | 'dispatchProductOrders'>,
  id: string,
  body: Record<string, unknown>,
  ownerOf: Owner,
): ClaimActionResult {
  tenant.tick()
  const owner = ownership(tenant, id, ownerOf)
  if (owner) return single(id, failInfo(id, owner))
  const input = toInput(tenant, action, id, body)
  if ('fail' in input) return single(id, failInfo(id, input.fail))
  return single(id, apply(tenant, id, action, input, ownerOf))
}

function toInput(
  tenant: Tenant,
  action: MerchantAction,
  id: string,
  b: Record<string, unknown>,
): EventInput | { fail: OrderErrorCode } {
  const record = tenant.productOrders.get(id)!
  const remain = record.productOrder.remainQuantity ?? record.productOrder.quantity ?? 1
  const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : undefined)
  const num = (k: string) => (typeof b[k] === 'number' ? (b[k] as number) : undefined)
  switch (action) {
    case 'delayDispatch': {
      const due = dateParam('dispatchDueDate', str('dispatchDueDate')!)
      const current = record.productOrder.shippingDueDate
        ? Date.parse(record.productOrder.shippingDueDate)
        : 0
      if (due <= tenant.now() || due <= current) return { fail: '104105' }
      return {
        delay: {
          dispatchDueDate: due,
          reason: str('delayedDispatchReason')!,
          detailedReason: str('dispatchDelayedDetailedReason')!,
        },
      }
    }
    case 'requestCancel': {
      const quantity = num('cancelQuantity')
      if (quantity !== undefined && quantity > remain)
        throw invalid('cancelQuantity', `cancelQuantity: 최대 ${remain}`)
      return {
        reason: str('cancelReason')!,
        ...opt('detailedReason', str('cancelDetailedReason')),
        ...opt('quantity', quantity),
      }
    }
    case 'requestReturn': {
      const quantity = num('returnQuantity')
      if (quantity !== undefined && quantity > remain)
        throw invalid('returnQuantity', `returnQuantity: 최대 ${remain}`)
      const company = str('collectDeliveryCompany')
      if (company && !DELIVERY_COMPANY_CODES.has(company)) return { fail: '104119' }
      return {
        reason: str('returnReason')!,
        ...opt('quantity', quantity),
        collect: {
          deliveryMethod: str('collectDeliveryMethod')!,
          ...opt('deliveryCompany', company),
          ...opt('trackingNumber', str('collectTrackingNumber')),
        },
      }
    }
    case 'holdbackReturn':
    case 'holdbackExchange': {
      const side = action === 'holdbackReturn' ? 'Return' : 'Exchange'
      return {
        holdback: {
          classType: str('holdbackClassType')!,
          detailedReason: str(`holdback${side}DetailReason`)!,
          ...opt('extraFeeAmount', num(`extra${side}FeeAmount`)),
        },
      }
    }
    case 'redeliverExchange': {
      const method = str('reDeliveryMethod')
      const problem = checkDelivery({
        method,
        company: str('reDeliveryCompany'),
        tracking: str('reDeliveryTrackingNumber'),
      })
      if (problem) return { fail: problem }
      return {
        redelivery: {
          deliveryMethod: method!,
          ...opt('deliveryCompany', str('reDeliveryCompany')),
          ...opt('trackingNumber', str('reDeliveryTrackingNumber')),
        },
      }
    }
    case 'rejectReturn':
      return { rejectReason: str('rejectReturnReason')! }
    case 'rejectExchange':
      return { rejectReason: str('rejectExchangeReason')! }
    default:
      return {}
  }
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
