// @ts-check
// A row of the orders table: the product order's status, its claim (a partial one says how many units), amount
// and dates, codes named in the page's language.
/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
import { h, shortDate, won } from '../dom.js'

/** @typedef {Schemas['SandboxProductOrderSummary']} Row */

/**
 * Who bought and who receives, when they differ (`주문자 → 수취인`), else the one name.
 * @param {Row} r
 */
function buyer(r) {
  if (r.ordererName && r.receiverName && r.receiverName !== r.ordererName)
    return `${r.ordererName} → ${r.receiverName}`
  return r.ordererName ?? r.receiverName ?? ''
}

/**
 * One row of the orders table; a click anywhere but the checkbox opens the order.
 * @param {Row} r
 * @param {{ ctx: ViewContext, label: (enumName: string, value: string | undefined) => string,
 *   pick: (productOrderId: string) => HTMLElement }} parts `label` names a code in the page's language,
 *   `pick` is the row's checkbox cell (orders-bulk.js)
 */
export function orderRow(r, { ctx, label, pick }) {
  // A cancel or return of part of the quantity leaves the product order in its status with units held.
  const claimed = (r.quantity ?? 0) - (r.remainQuantity ?? r.quantity ?? 0)
  const partial =
    claimed > 0 && (r.remainQuantity ?? 0) > 0
      ? h(
          'div',
          { class: 'small', 'data-testid': 'partial-claim' },
          ctx.t('orders.partialClaim', {
            type: label('ClaimType', r.claimType),
            claimed,
            quantity: r.quantity,
          }),
        )
      : null
  const claim = r.claimType
    ? [
        h(
          'span',
          { class: 'badge claim', title: `${r.claimType}/${r.claimStatus}` },
          label('ClaimType', r.claimType),
        ),
        ' ',
        h('span', { class: 'small' }, label('ClaimStatus', r.claimStatus)),
        r.holdbackStatus
          ? h('div', { class: 'small muted' }, label('HoldbackStatus', r.holdbackStatus))
          : null,
        partial,
      ]
    : ''
  return h(
    'tr',
    {
      'data-testid': `order-row-${r.productOrderId}`,
      'data-status': r.productOrderStatus,
      class: 'clickable',
      onclick: () => ctx.go(`#/orders/${encodeURIComponent(r.productOrderId)}`),
    },
    pick(r.productOrderId),
    h('td', {}, h('a', { href: `#/orders/${r.productOrderId}`, class: 'mono' }, r.productOrderId)),
    h(
      'td',
      { class: 'product', title: r.productName },
      r.productName,
      buyer(r) ? h('div', { class: 'small muted', 'data-testid': 'buyer' }, buyer(r)) : null,
    ),
    h(
      'td',
      {},
      h(
        'span',
        { class: `badge st-${r.productOrderStatus}`, title: r.productOrderStatus },
        label('ProductOrderStatus', r.productOrderStatus),
      ),
      h('div', { class: 'small muted' }, label('PlaceOrderStatus', r.placeOrderStatus)),
    ),
    h('td', {}, claim),
    h('td', { class: 'num' }, won(r.totalPaymentAmount)),
    h('td', { class: 'date' }, shortDate(r.orderDate)),
    h('td', { class: 'date' }, shortDate(r.lastChangedDate)),
  )
}
