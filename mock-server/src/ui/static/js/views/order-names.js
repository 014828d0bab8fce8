// @ts-check
// Names for people on the product order page: enum codes, states, merchant actions and history events, in
// Korean from the API documents (machine.labels, the actions' summaries) or English from the dictionary.
/** @import { MerchantActionForm, Schemas, ViewContext } from '../../../dashboard.js' */

/** @typedef {Schemas['StateMachine']} Machine */
/** @typedef {Pick<ViewContext, 't' | 'lang'>} Speech */

/**
 * An enum value for people: its Korean description on the Korean page, the code itself on the English one.
 * @param {Machine} machine
 * @param {Speech} ctx
 * @param {string} enumName
 * @param {string | undefined} value
 */
export function codeName(machine, ctx, enumName, value) {
  if (!value) return ''
  return ctx.lang() === 'ko' ? (machine.labels[enumName]?.[value] ?? value) : value
}

/**
 * A state as one line, `결제 완료 · 발주 확인 · 취소/취소 요청` (`PAYED · OK · CANCEL/CANCEL_REQUEST` in English).
 * @example stateText(machine, ctx, { productOrderStatus: 'PAYED', placeOrderStatus: 'OK' }) // '결제 완료 · 발주 확인'
 * @param {Machine} machine
 * @param {Speech} ctx
 * @param {Partial<Schemas['StateSnapshot']> | undefined} s
 */
export function stateText(machine, ctx, s) {
  if (!s) return '—'
  /** @type {(enumName: string, value: string | undefined) => string} */
  const name = (enumName, value) => codeName(machine, ctx, enumName, value)
  const claim = s.claimType && `${name('ClaimType', s.claimType)}/${name('ClaimStatus', s.claimStatus)}`
  return [
    name('ProductOrderStatus', s.productOrderStatus),
    name('PlaceOrderStatus', s.placeOrderStatus),
    claim,
    name('HoldbackStatus', s.holdbackStatus),
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * An event of the history by name: a merchant action by its label, a control-plane event by the dashboard's.
 * @param {Machine} machine
 * @param {Speech} ctx
 * @param {string} event
 */
export function historyEventName(machine, ctx, event) {
  const action = machine.merchantActions.find((a) => a.operationId === event)
  if (action) return actionName(ctx, action)
  const key = `event.${event}`
  const text = ctx.t(key)
  return text === key ? event : text
}

/**
 * A merchant action's name in the page's language: the API document's summary in Korean ('반품 승인'), an
 * English name on the English page, the operationId for an action the dictionaries do not know.
 * @example actionName(ctx, { operationId: 'approveReturn', summary: '반품 승인' }) // 'Approve the return' in English
 * @param {Speech} ctx
 * @param {Pick<MerchantActionForm, 'operationId' | 'summary'>} action
 */
export function actionName(ctx, action) {
  const key = `action.${action.operationId}`
  const text = ctx.t(key)
  if (text !== key) return text
  return ctx.lang() === 'ko' ? action.summary : action.operationId
}
