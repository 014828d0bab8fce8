// @ts-check
// A clicked node of the state view: the merchant's product orders in it now (server-side, with the true
// count, paged), a link to the closest filter of the orders table, and a button that makes a new order in it
// (POST /__sandbox/orders/in-state runs the shortest path from placement through the engine).
import { control } from '../api.js'
import { fill, h, shortDate, toast } from '../dom.js'
import { nodeById } from '../machine-model.js'
import { nodeCode, nodeName, ordersFilterOf } from '../state-names.js'

/** @import { Schemas, ViewContext } from '../../../dashboard.js' */
/**
 * @typedef {{
 *   machine: Schemas['StateMachine'],
 *   ctx: ViewContext,
 *   onPick: (productOrderId: string) => Promise<unknown>,
 * }} NodeEnv
 */

const SIZE = 20

/**
 * The panel of one node; `env` is `{ machine, ctx, onPick }` (onPick focuses the view on a product order).
 * @example const panel = nodePanel(env); panel.open('RETURN/RETURN_REQUEST'); container.append(panel.element)
 * @param {NodeEnv} env
 */
export function nodePanel(env) {
  const { machine, ctx } = env
  const t = ctx.t
  const element = h('section', { class: 'panel node-panel', 'data-testid': 'node-panel', hidden: true })
  /** @type {string | undefined} */
  let nodeId
  let page = 1
  let last = ''

  async function draw(force = false) {
    const node = nodeId ? nodeById(machine, nodeId) : undefined
    if (!node || !nodeId) return
    /** @type {Schemas['StateNodes']} */
    const answer = await control('GET', '/state-machine/nodes', {
      query: { clientId: ctx.clientId, node: nodeId, page, size: SIZE },
    })
    // The poll redraws only what changed, so a click never lands on a replaced button.
    const text = JSON.stringify([nodeId, page, answer])
    if (!force && text === last) return
    last = text
    const creatable = answer.creatable.includes(nodeId)
    const filter = ordersFilterOf(node)
    const ordersLink = `#/orders?${new URLSearchParams(filter)}`
    const pages = Math.max(1, Math.ceil(answer.total / SIZE))
    const create = h(
      'button',
      { type: 'button', class: 'primary', 'data-testid': 'create-in-state', disabled: !creatable },
      t('machine.createHere'),
    )
    create.addEventListener('click', () => makeOrder(create).catch((e) => toast(e.message, 'error')))
    fill(
      element,
      h(
        'div',
        { class: 'node-head' },
        h('h2', {}, nodeName(machine, node, ctx)),
        h('button', { type: 'button', class: 'node-close', onclick: close, 'aria-label': t('close') }, '×'),
      ),
      h('p', { class: 'mono small muted' }, nodeCode(node)),
      h(
        'p',
        { 'data-testid': 'node-count', 'data-total': answer.total },
        t('machine.inNode', { count: answer.total.toLocaleString() }),
      ),
      h(
        'ul',
        { class: 'node-orders', 'data-testid': 'node-orders' },
        answer.productOrders.map((p) =>
          h(
            'li',
            { 'data-testid': `node-order-${p.productOrderId}` },
            h(
              'a',
              { class: 'link mono', href: `#/orders/${encodeURIComponent(p.productOrderId)}` },
              p.productOrderId,
            ),
            h('span', { class: 'muted small' }, `${p.productName} · ${shortDate(p.lastChangedDate)}`),
            h(
              'button',
              { type: 'button', class: 'small', onclick: () => env.onPick(p.productOrderId) },
              t('machine.focusOrder'),
            ),
          ),
        ),
      ),
      pages > 1
        ? h(
            'div',
            { class: 'search-pager' },
            page > 1 ? h('button', { type: 'button', onclick: () => turn(-1) }, t('machine.prevPage')) : null,
            h('span', { class: 'small muted' }, t('orders.page', { page, pages })),
            page < pages
              ? h(
                  'button',
                  { type: 'button', 'data-testid': 'node-next', onclick: () => turn(1) },
                  t('machine.nextPage'),
                )
              : null,
          )
        : null,
      h(
        'p',
        { class: 'small' },
        h(
          'a',
          { class: 'link', href: ordersLink, 'data-testid': 'node-orders-link' },
          t('machine.ordersLink'),
        ),
        ' ',
        h('span', { class: 'muted' }, t('machine.ordersLinkHint')),
      ),
      h(
        'div',
        { class: 'node-create' },
        create,
        h('p', { class: 'small muted' }, creatable ? t('machine.createHint') : t('machine.notAtRest')),
      ),
    )
  }

  /** @param {HTMLButtonElement} button */
  async function makeOrder(button) {
    if (!nodeId) return
    button.disabled = true
    /** @type {Schemas['CreateOrderInStateResponse']} */
    const made = await control('POST', '/orders/in-state', { body: { clientId: ctx.clientId, node: nodeId } })
    toast(
      t('machine.created', {
        id: made.productOrderId,
        state: nodeName(machine, nodeById(machine, nodeId), ctx),
      }),
    )
    page = 1
    await env.onPick(made.productOrderId)
    await draw(true)
  }

  /** @param {number} by */
  function turn(by) {
    page += by
    draw().catch((e) => toast(e.message, 'error'))
  }

  function close() {
    nodeId = undefined
    element.hidden = true
  }

  return {
    element,
    /** @param {string} id */
    async open(id) {
      if (id === 'new') return
      nodeId = id
      page = 1
      element.hidden = false
      await draw(true)
      element.scrollIntoView({ block: 'nearest' })
    },
    /** Re-reads the open node (the poll). */
    refresh: () => (nodeId ? draw() : undefined),
  }
}
