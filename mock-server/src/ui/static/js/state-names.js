// @ts-check
// Names of the drawn machine's nodes and of events for people: in Korean the API documents' descriptions of
// the enum values (machine.labels), in English the API's own codes, which are English already.

/** @import { Schemas, ViewContext } from '../../dashboard.js' */
/**
 * @typedef {Schemas['StateMachine']} Machine
 * @typedef {Schemas['DiagramNode']} DiagramNode
 * @typedef {Pick<ViewContext, 't' | 'lang'>} Speech what naming needs of the view context
 */

/**
 * The parts of a node id: an open claim `TYPE/STATUS[ · HOLD]`, `PAYED · placeOrderStatus`, or a status.
 * @param {DiagramNode} node
 * @returns {{ claimType?: string, claimStatus?: string, held?: boolean, productOrderStatus?: string, placeOrderStatus?: string }}
 */
function partsOf(node) {
  if (node.open) {
    const status = node.base.split('/')[1]
    return { claimType: node.lane, claimStatus: status, held: node.held }
  }
  const [productOrderStatus, placeOrderStatus] = node.id.split(' · ')
  return { productOrderStatus, placeOrderStatus }
}

/**
 * A node's name. `short` leaves out the claim type (the full graph shows it as the lane).
 * @example nodeName(machine, node, ctx) // '반품 · 수거 완료 · 보류 중'
 * @param {Machine} machine
 * @param {DiagramNode | undefined} node
 * @param {Speech} ctx
 * @param {{ short?: boolean }} [options]
 * @returns {string}
 */
export function nodeName(machine, node, ctx, { short = false } = {}) {
  if (!node || node.id === 'new') return ctx.t('machine.start')
  const p = partsOf(node)
  const ko = ctx.lang() === 'ko'
  /** @type {(enumName: string, value: string) => string} */
  const label = (enumName, value) => (ko ? (machine.labels[enumName]?.[value] ?? value) : value)
  if (p.claimStatus) {
    const status = label('ClaimStatus', p.claimStatus)
    const type = label('ClaimType', p.claimType ?? '')
    const named = short || status.includes(type) ? status : `${type} · ${status}`
    return p.held ? `${named} · ${ctx.t('machine.held')}` : named
  }
  const status = label('ProductOrderStatus', p.productOrderStatus ?? '')
  return p.placeOrderStatus ? `${status} · ${label('PlaceOrderStatus', p.placeOrderStatus)}` : status
}

/**
 * The API codes of a node, shown beside its Korean name.
 * @param {DiagramNode} node
 */
export const nodeCode = (node) => (node.id === 'new' ? '' : node.id)

/**
 * An event's name: a merchant action by its API document's summary (Korean) or its operationId, anything else
 * by the dashboard's own wording.
 * @example eventName(machine, 'approveReturn', ctx) // '반품 승인'
 * @param {Machine} machine
 * @param {string} event
 * @param {Speech} ctx
 * @returns {string}
 */
export function eventName(machine, event, ctx) {
  const action = machine.merchantActions.find((a) => a.operationId === event)
  if (action) return ctx.lang() === 'ko' ? action.summary : event
  return ctx.t(`event.${event}`)
}

/**
 * Who performs an event: a merchant action is the merchant's, the rest as the server says.
 * @param {Machine} machine
 * @param {string} event
 * @returns {string}
 */
export function actorOf(machine, event) {
  if (machine.merchantActions.some((a) => a.operationId === event)) return 'merchant'
  return machine.sandboxEvents.find((e) => e.event === event)?.actor ?? 'platform'
}

/**
 * The orders-table filter that comes closest to a node (the table has no filter for the hold or the
 * placeOrderStatus), as hash query parameters.
 * @param {DiagramNode} node
 * @returns {Record<string, string>}
 */
export function ordersFilterOf(node) {
  const p = partsOf(node)
  if (p.claimStatus) return { claimType: p.claimType ?? '', claimStatus: p.claimStatus }
  return { productOrderStatus: p.productOrderStatus ?? '' }
}
