// @ts-check
// The orders page's "create an order" form: places an order as a buyer (POST /__sandbox/orders).
/** @import { ViewContext } from '../../../dashboard.js' */
import { control } from '../api.js'
import { h, toast } from '../dom.js'

/**
 * @param {ViewContext} ctx
 * @param {() => Promise<void>} created runs after the order is placed (the table is read again)
 */
export function createOrderForm(ctx, created) {
  const t = ctx.t
  /** @param {HTMLFormElement} form */
  async function create(form) {
    const data = new FormData(form)
    const items = Number(data.get('items') || 1)
    const body = {
      clientId: ctx.clientId,
      paid: data.get('paid') !== 'deposit',
      items: Array.from({ length: items }, () => ({})),
    }
    const answer = await control('createOrder', { body })
    toast(t('orders.created', { id: answer.orderId }))
    await created()
  }
  return h(
    'form',
    {
      class: 'toolbar',
      'data-testid': 'create-order-form',
      onsubmit: (/** @type {SubmitEvent} */ e) => {
        e.preventDefault()
        create(/** @type {HTMLFormElement} */ (e.target)).catch((error) => toast(error.message, 'error'))
      },
    },
    h(
      'label',
      {},
      t('orders.items'),
      h('input', { type: 'number', name: 'items', min: 1, max: 10, value: 1 }),
    ),
    h(
      'label',
      {},
      t('orders.payment'),
      h(
        'select',
        { name: 'paid' },
        h('option', { value: 'paid' }, t('orders.paidNow')),
        h('option', { value: 'deposit' }, t('orders.deposit')),
      ),
    ),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'create-order' }, t('orders.create')),
  )
}
