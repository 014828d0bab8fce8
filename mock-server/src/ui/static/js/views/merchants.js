// @ts-check
// Merchants: every tenant (merchant app) with its credentials; the secret is fetched only when asked for.
import { control } from '../api.js'
import { fill, h, toast } from '../dom.js'

/** @import { View, ViewContext } from '../../../dashboard.js' */

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error))

/**
 * A named control of the create form.
 * @param {HTMLFormElement} form
 * @param {string} name
 */
const field = (form, name) =>
  /** @type {HTMLInputElement | HTMLSelectElement} */ (form.elements.namedItem(name))

/** @returns {View} */
export function merchantsView() {
  /** @type {ViewContext} */
  let ctx
  let shown = ''
  const list = h('tbody')
  const created = h('div', { 'data-testid': 'created-merchant' })

  /**
   * @param {string} clientId
   * @param {HTMLElement} cell
   * @param {HTMLElement} button
   */
  async function reveal(clientId, cell, button) {
    const merchant = await control('getMerchant', { path: { clientId } })
    fill(cell, h('code', { class: 'secret', 'data-testid': `secret-${clientId}` }, merchant.clientSecret))
    button.remove()
  }

  async function refresh() {
    const t = ctx.t
    const { merchants } = await control('listMerchants')
    // Redraw only on a change (a new merchant, another one in use), so a poll never replaces a revealed secret.
    const text = JSON.stringify([ctx.clientId, merchants.map((m) => m.clientId)])
    if (text === shown && list.childElementCount) return
    shown = text
    fill(
      list,
      merchants.map((m) => {
        const secret = h(
          'td',
          {},
          h('span', { class: 'muted', 'aria-label': t('merchants.hidden') }, '••••••••'),
        )
        const button = h(
          'button',
          { type: 'button', 'data-testid': `reveal-${m.clientId}` },
          t('merchants.reveal'),
        )
        button.addEventListener('click', () =>
          reveal(m.clientId, secret, button).catch((e) => toast(messageOf(e), 'error')),
        )
        return h(
          'tr',
          { class: m.clientId === ctx.clientId ? 'current' : '' },
          h('td', {}, m.name, m.isDefault ? h('span', { class: 'badge' }, t('merchants.default')) : null),
          h(
            'td',
            { 'data-testid': `api-${m.clientId}` },
            t(`merchants.api.${m.api}`),
            ' ',
            h('small', { class: 'mono muted' }, m.basePath),
          ),
          h('td', { class: 'mono' }, m.clientId),
          h('td', { class: 'mono' }, m.mallId),
          secret,
          h(
            'td',
            { class: 'nowrap' },
            button,
            ' ',
            h('button', { type: 'button', onclick: () => ctx.setClientId(m.clientId) }, t('merchants.use')),
          ),
        )
      }),
    )
  }

  /** @param {HTMLFormElement} form */
  async function create(form) {
    const name = field(form, 'name').value.trim()
    const api = /** @type {'npay' | 'commerce'} */ (field(form, 'api').value)
    const merchant = await control('createMerchant', { body: { ...(name ? { name } : {}), api } })
    fill(
      created,
      h(
        'section',
        { class: 'panel ok' },
        h('h3', {}, ctx.t('merchants.created')),
        h(
          'dl',
          {},
          /** @type {const} */ (['name', 'clientId', 'clientSecret', 'mallId', 'basePath']).map((k) => [
            h('dt', {}, ctx.t(`merchants.${k}`)),
            h('dd', { class: 'mono' }, merchant[k]),
          ]),
        ),
      ),
    )
    list.replaceChildren()
    await refresh()
    await ctx.renderMerchants()
  }

  return {
    async mount(container, c) {
      ctx = c
      const t = ctx.t
      fill(
        container,
        h('div', { class: 'view-head' }, h('h1', {}, t('nav.merchants'))),
        h('p', { class: 'muted' }, t('merchants.help')),
        h(
          'form',
          {
            class: 'toolbar',
            /** @param {SubmitEvent} e */
            onsubmit: (e) => {
              e.preventDefault()
              create(/** @type {HTMLFormElement} */ (e.target)).catch((error) =>
                toast(messageOf(error), 'error'),
              )
            },
          },
          h(
            'label',
            { class: 'grow' },
            t('merchants.name'),
            h('input', { name: 'name', placeholder: t('merchants.placeholder') }),
          ),
          h(
            'label',
            {},
            t('merchants.api'),
            h(
              'select',
              { name: 'api', 'data-testid': 'merchant-api' },
              ['npay', 'commerce'].map((api) => h('option', { value: api }, t(`merchants.api.${api}`))),
            ),
          ),
          h(
            'button',
            { type: 'submit', class: 'primary', 'data-testid': 'create-merchant' },
            t('merchants.create'),
          ),
        ),
        created,
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'grid' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                [
                  'merchants.name',
                  'merchants.api',
                  'merchants.clientId',
                  'merchants.mallId',
                  'merchants.clientSecret',
                  '',
                ].map((k) => h('th', {}, k ? t(k) : '')),
              ),
            ),
            list,
          ),
        ),
      )
      await refresh()
    },
    refresh,
  }
}
