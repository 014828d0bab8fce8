/**
 * What the facts file (/work/shared/spec/npay-api-facts.md) says about the state machine, written down as
 * data for the tests, from the facts and never from the engine's table or constants: a table that allows
 * too much, an actor swapped, a number changed then disagrees with these and a test fails.
 */
import type {
  Actor,
  ClaimStatus,
  ClaimType,
  EventName,
  MachineState,
  MerchantAction,
  ProductOrderStatus,
  SellerAction,
} from '../src/index.ts'

const DAY = 86_400_000

/** Numbers of the facts file (Appendix B, §10.1 N10, §13), as the facts state them. */
export const SPEC = {
  /** §10.1 N10: the automatic purchase decision comes "commonly 8 days after delivery" (E6: or exchange). */
  autoPurchaseDecisionMs: 8 * DAY,
  /** Appendix B: token lifetime 10,800 s (3 h). */
  tokenLifetimeSeconds: 10_800,
  /** Appendix B: a token with at least 30 minutes left is returned again. */
  tokenReuseThresholdSeconds: 30 * 60,
  /** Appendix B, §7.2: `product-orders/query` takes at most 300 ids. */
  maxQueryIds: 300,
  /**
   * Reviews per page when `pageSize` is not given: 300, as the API document says ([REC] for §12, which
   * knows no paging; the other lists of Appendix B also page by 300).
   */
  reviewsPageSize: 300,
} as const

/**
 * Claim statuses that end a claim (§9.3): done (취소/반품/교환/직권 취소 완료) or withdrawn (철회), and the
 * holdback release of §10.5. `COLLECT_DONE` (수거 완료) ends only the collection, not the claim.
 */
const FINISHED: readonly ClaimStatus[] = [
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
  'PURCHASE_DECISION_HOLDBACK_RELEASE',
]
const finished = (status: ClaimStatus) => FINISHED.includes(status)

/** "no open claim" of §10.6: none attached, or a finished one. */
const noOpenClaim = (s: MachineState) => s.claimStatus === undefined || finished(s.claimStatus)
const held = (s: MachineState) => s.holdbackStatus === 'HOLDBACK'
const status = (s: MachineState, ...statuses: ProductOrderStatus[]) => statuses.includes(s.productOrderStatus)
const claimIn = (s: MachineState, type: ClaimType, ...statuses: ClaimStatus[]) =>
  s.claimType === type && s.claimStatus !== undefined && statuses.includes(s.claimStatus)
/** An open return (§10.6 return/approve: requested, collecting or collected). */
const openReturn = (s: MachineState) => claimIn(s, 'RETURN', 'RETURN_REQUEST', 'COLLECTING', 'COLLECT_DONE')
/** An open exchange (§10.6 exchange/reject: requested, collecting or collected). */
const openExchange = (s: MachineState) =>
  claimIn(s, 'EXCHANGE', 'EXCHANGE_REQUEST', 'COLLECTING', 'COLLECT_DONE')

/** §10.6 "Allowed when", one line per action. */
// biome-ignore format: one action per line reads as the facts' table
export const ALLOWED_WHEN: Readonly<Record<MerchantAction, (s: MachineState) => boolean>> = {
  confirmProductOrders: (s) => status(s, 'PAYED') && s.placeOrderStatus === 'NOT_YET' && noOpenClaim(s),
  delayDispatch: (s) => status(s, 'PAYED') && noOpenClaim(s),
  dispatchProductOrders: (s) => status(s, 'PAYED') && (noOpenClaim(s) || claimIn(s, 'CANCEL', 'CANCEL_REQUEST')),
  requestCancel: (s) => status(s, 'PAYMENT_WAITING', 'PAYED') && noOpenClaim(s),
  approveCancel: (s) => claimIn(s, 'CANCEL', 'CANCEL_REQUEST'),
  requestReturn: (s) => status(s, 'DELIVERING', 'DELIVERED') && noOpenClaim(s),
  approveReturn: (s) => openReturn(s) && !held(s),
  rejectReturn: (s) => openReturn(s),
  holdbackReturn: (s) => openReturn(s) && !held(s),
  releaseReturnHoldback: (s) => openReturn(s) && held(s),
  completeExchangeCollect: (s) => claimIn(s, 'EXCHANGE', 'EXCHANGE_REQUEST', 'COLLECTING'),
  redeliverExchange: (s) => claimIn(s, 'EXCHANGE', 'COLLECT_DONE') && !held(s),
  rejectExchange: (s) => openExchange(s),
  holdbackExchange: (s) => openExchange(s) && !held(s),
  releaseExchangeHoldback: (s) => openExchange(s) && held(s),
}

/**
 * §10.6 "Failure" of a forbidden action: 9999, except a confirmed order confirmed again and a holdback
 * that is already (or not) in place (105306, the emulator's pick of "105306 or 9999"), and any exchange
 * re-delivery (104417).
 */
export function refusalOf(action: MerchantAction, s: MachineState): string {
  if (action === 'redeliverExchange') return '104417'
  if (
    action === 'confirmProductOrders' &&
    status(s, 'PAYED') &&
    s.placeOrderStatus === 'OK' &&
    noOpenClaim(s)
  )
    return '105306'
  if (action === 'holdbackReturn' && openReturn(s) && held(s)) return '105306'
  if (action === 'releaseReturnHoldback' && openReturn(s) && !held(s)) return '105306'
  if (action === 'holdbackExchange' && openExchange(s) && held(s)) return '105306'
  if (action === 'releaseExchangeHoldback' && openExchange(s) && !held(s)) return '105306'
  return '9999'
}

/**
 * Who does each event (§10.1–§10.4 "Trigger (actor)"): the merchant through the API, the buyer, the
 * carrier, or Naver Pay's platform (the facts' "system" and "admin").
 */
// biome-ignore format: one event per line reads as the facts' table
export const ACTOR_OF: Readonly<Record<Exclude<EventName, MerchantAction | SellerAction>, Exclude<Actor, 'merchant' | 'clock'>>> = {
  'place-order': 'buyer', // N1, N2: order placed (buyer)
  pay: 'buyer', // N3: the buyer's deposit, which the system notices
  'expire-payment': 'platform', // N4: deposit deadline passed (system)
  'change-address': 'buyer', // N7: buyer changes the shipping address
  deliver: 'carrier', // N9: carrier reports delivery
  'decide-purchase': 'buyer', // N10: buyer confirms purchase (automatically: the clock, see timers)
  'buyer-cancel': 'buyer', // C1–C3
  'complete-cancel': 'platform', // C1, C2, C4, C6: the platform completes the cancel
  'admin-cancel': 'platform', // C8: Naver 직권취소 (admin)
  'complete-admin-cancel': 'platform', // C8
  'buyer-return': 'buyer', // R1
  collect: 'carrier', // R2, E2: collection in progress (system/carrier)
  'collect-done': 'carrier', // R3, E3: collected by the carrier
  'buyer-exchange': 'buyer', // E1
  'redeliver-done': 'carrier', // E5: the re-delivered item arrives
}

/**
 * Statuses in which the buyer has the goods and may review them: delivered (N9), purchase-decided (N10),
 * exchanged (E5: the replacement arrived). [REC: §12 says nothing of when a review can be written.]
 */
export const REVIEWABLE: readonly ProductOrderStatus[] = ['DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED']
