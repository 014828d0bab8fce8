/**
 * The named single-state seeds. Each path is the shortest honest way to the promised state through the
 * state table; buyer, carrier and platform steps are control-plane events, the rest merchant actions.
 */
import type { SeedStep } from './driver.ts'
import { pathSeed } from './path-seed.ts'
import type { SeedDefinition } from './types.ts'

const CONFIRMED: readonly SeedStep[] = ['confirmProductOrders']
const DISPATCHED: readonly SeedStep[] = [...CONFIRMED, 'dispatchProductOrders']
const DELIVERED: readonly SeedStep[] = [...DISPATCHED, 'deliver']
const RETURN_REQUESTED: readonly SeedStep[] = [...DELIVERED, 'buyer-return']
const RETURN_COLLECTED: readonly SeedStep[] = [...RETURN_REQUESTED, 'collect', 'collect-done']
const EXCHANGE_REQUESTED: readonly SeedStep[] = [...DELIVERED, 'buyer-exchange']
const EXCHANGE_COLLECTED: readonly SeedStep[] = [...EXCHANGE_REQUESTED, 'collect', 'collect-done']

// biome-ignore format: one seed per entry reads as a catalogue
export const PATH_SEEDS: readonly SeedDefinition[] = [
  pathSeed({ name: 'payment-waiting', description: 'virtual-account orders waiting for the deposit (입금대기)', unpaid: true, promise: { productOrderStatus: 'PAYMENT_WAITING', placeOrderStatus: 'NOT_YET' }, path: [] }),
  pathSeed({ name: 'payment-expired', description: 'virtual-account orders whose deposit deadline passed (미결제 취소)', unpaid: true, promise: { productOrderStatus: 'CANCELED_BY_NOPAYMENT' }, path: ['expire-payment'] }),
  pathSeed({ name: 'paid-awaiting-confirm', description: 'paid orders the merchant has not confirmed yet (신규주문)', promise: { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' }, path: [] }),
  pathSeed({ name: 'confirmed-awaiting-dispatch', description: 'confirmed orders waiting to be shipped (발송대기)', promise: { productOrderStatus: 'PAYED', placeOrderStatus: 'OK' }, path: CONFIRMED }),
  pathSeed({ name: 'dispatch-delayed', description: 'confirmed orders whose dispatch deadline the merchant moved (발송지연)', promise: { productOrderStatus: 'PAYED', placeOrderStatus: 'OK' }, path: [...CONFIRMED, 'delayDispatch'], params: [{ name: 'delayDays', description: 'days the dispatch deadline moves by', default: 3, min: 1, max: 30 }] }),
  pathSeed({ name: 'dispatched', description: 'shipped orders on their way (배송중)', promise: { productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' }, path: DISPATCHED }),
  pathSeed({ name: 'delivered', description: 'delivered orders not yet decided (배송완료)', promise: { productOrderStatus: 'DELIVERED', placeOrderStatus: 'OK' }, path: DELIVERED }),
  pathSeed({ name: 'purchase-decided', description: 'orders the buyer confirmed as purchased (구매확정)', promise: { productOrderStatus: 'PURCHASE_DECIDED', placeOrderStatus: 'OK' }, path: [...DELIVERED, 'decide-purchase'] }),
  pathSeed({ name: 'seller-cancelled', description: 'orders the merchant cancelled before shipping (판매취소)', promise: { productOrderStatus: 'CANCELED', claimType: 'CANCEL', claimStatus: 'CANCEL_DONE' }, path: ['requestCancel'] }),
  pathSeed({ name: 'buyer-cancel-requested', description: 'confirmed orders with a buyer cancel request to approve (취소요청)', promise: { productOrderStatus: 'PAYED', placeOrderStatus: 'OK', claimType: 'CANCEL', claimStatus: 'CANCEL_REQUEST' }, path: [...CONFIRMED, 'buyer-cancel'] }),
  pathSeed({ name: 'partial-cancel', description: 'paid orders with part of the quantity cancelled by the merchant (수량 취소)', promise: { productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET', claimType: 'CANCEL', claimStatus: 'CANCEL_DONE' }, quantity: 'quantity', params: [{ name: 'quantity', description: 'units ordered per line', default: 3, min: 2, max: 99 }, { name: 'cancelQuantity', description: 'units cancelled (less than quantity)', default: 1, min: 1, max: 98 }], path: (p) => [{ action: 'requestCancel', quantity: p.cancelQuantity ?? 1 }], validate: (p) => ((p.cancelQuantity ?? 1) < (p.quantity ?? 3) ? undefined : 'cancelQuantity must be less than quantity') }),
  pathSeed({ name: 'admin-cancelled', description: 'paid orders Naver cancelled on its own authority (직권취소)', promise: { productOrderStatus: 'CANCELED', claimType: 'ADMIN_CANCEL', claimStatus: 'ADMIN_CANCEL_DONE' }, path: ['admin-cancel'] }),
  pathSeed({ name: 'return-requested', description: 'delivered orders with a buyer return request (반품요청)', promise: { productOrderStatus: 'DELIVERED', claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' }, path: RETURN_REQUESTED }),
  pathSeed({ name: 'return-collected', description: 'returns the carrier has collected, awaiting the merchant (수거완료)', promise: { productOrderStatus: 'DELIVERED', claimType: 'RETURN', claimStatus: 'COLLECT_DONE' }, path: RETURN_COLLECTED }),
  pathSeed({ name: 'return-on-holdback', description: 'collected returns the merchant put on hold for the return fee (반품보류)', promise: { productOrderStatus: 'DELIVERED', claimType: 'RETURN', claimStatus: 'COLLECT_DONE', holdbackStatus: 'HOLDBACK' }, path: [...RETURN_COLLECTED, 'holdbackReturn'] }),
  pathSeed({ name: 'return-rejected', description: 'returns the merchant rejected (반품거부)', promise: { productOrderStatus: 'DELIVERED', claimType: 'RETURN', claimStatus: 'RETURN_REJECT' }, path: [...RETURN_REQUESTED, 'rejectReturn'] }),
  pathSeed({ name: 'returned', description: 'returns the merchant approved and refunded (반품완료)', promise: { productOrderStatus: 'RETURNED', claimType: 'RETURN', claimStatus: 'RETURN_DONE' }, path: [...RETURN_COLLECTED, 'approveReturn'] }),
  pathSeed({ name: 'exchange-requested', description: 'delivered orders with a buyer exchange request (교환요청)', promise: { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REQUEST' }, path: EXCHANGE_REQUESTED }),
  pathSeed({ name: 'exchange-collected', description: 'exchanges whose item the carrier collected (교환 수거완료)', promise: { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'COLLECT_DONE' }, path: EXCHANGE_COLLECTED }),
  pathSeed({ name: 'exchange-on-holdback', description: 'collected exchanges on hold for the exchange fee (교환보류)', promise: { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'COLLECT_DONE', holdbackStatus: 'HOLDBACK' }, path: [...EXCHANGE_COLLECTED, 'holdbackExchange'] }),
  pathSeed({ name: 'exchange-redelivering', description: 'exchanges whose replacement is on its way (교환 재배송중)', promise: { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REDELIVERING' }, path: [...EXCHANGE_COLLECTED, 'redeliverExchange'] }),
  pathSeed({ name: 'exchange-rejected', description: 'exchanges the merchant rejected (교환거부)', promise: { productOrderStatus: 'DELIVERED', claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_REJECT' }, path: [...EXCHANGE_REQUESTED, 'rejectExchange'] }),
  pathSeed({ name: 'exchanged', description: 'exchanges completed with the replacement delivered (교환완료)', promise: { productOrderStatus: 'EXCHANGED', claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_DONE' }, path: [...EXCHANGE_COLLECTED, 'redeliverExchange', 'redeliver-done'] }),
]
