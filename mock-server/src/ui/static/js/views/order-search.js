// @ts-check
// The state view's order picker: a search box over the server-side search of GET /__sandbox/product-orders
// (q, page, size), so a merchant with thousands of product orders is searched in full, ten results a page.
import { control } from '../api.js'
import { fill, h } from '../dom.js'

/** @import { ViewContext } from '../../../dashboard.js' */

const SIZE = 10
const TYPING_MS = 250

/**
 * A search box and its result list; `onPick(productOrderId)` when a result is chosen.
 * @example const search = orderSearch(ctx, (id) => show(id)); container.append(search.element)
 * @param {ViewContext} ctx
 * @param {(productOrderId: string) => unknown} onPick
 */
export function orderSearch(ctx, onPick) {
  const t = ctx.t
  let page = 1
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  let asked = 0
  const input = h('input', {
    type: 'search',
    'data-testid': 'machine-search',
    placeholder: t('machine.searchHint'),
    'aria-label': t('machine.search'),
    autocomplete: 'off',
  })
  const results = h('ul', { class: 'search-results', 'data-testid': 'machine-results' })
  const status = h('p', { class: 'small muted', 'data-testid': 'machine-results-count' })
  const pager = h('div', { class: 'search-pager' })

  async function search() {
    const mine = ++asked
    const q = input.value.trim()
    const answer = await control('listProductOrders', {
      query: { ...(ctx.clientId ? { clientId: ctx.clientId } : {}), ...(q ? { q } : {}), page, size: SIZE },
    })
    if (mine !== asked) return
    const { productOrders, total } = answer
    const from = total ? (page - 1) * SIZE + 1 : 0
    const to = Math.min(page * SIZE, total)
    fill(status, total ? t('machine.results', { from, to, total }) : t('machine.noResults'))
    fill(
      results,
      productOrders.map((p) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'search-result',
              'data-testid': `pick-${p.productOrderId}`,
              onclick: () => onPick(p.productOrderId),
            },
            h('span', { class: 'mono' }, p.productOrderId),
            h('span', { class: 'muted' }, p.productName),
          ),
        ),
      ),
    )
    const pages = Math.max(1, Math.ceil(total / SIZE))
    /** @param {number} by */
    const turn = (by) => () => {
      page += by
      search()
    }
    fill(
      pager,
      page > 1 ? h('button', { type: 'button', onclick: turn(-1) }, t('machine.prevPage')) : null,
      page < pages
        ? h(
            'button',
            { type: 'button', 'data-testid': 'machine-results-next', onclick: turn(1) },
            t('machine.nextPage'),
          )
        : null,
    )
  }

  input.addEventListener('input', () => {
    clearTimeout(timer)
    page = 1
    timer = setTimeout(() => search().catch(() => undefined), TYPING_MS)
  })

  return {
    element: h(
      'div',
      { class: 'order-search' },
      h('label', { class: 'search-label' }, t('machine.search'), input),
      status,
      results,
      pager,
    ),
    search,
  }
}
