// @ts-check
// The dashboard shell: merchant picker, clock chip, language toggle, hash router and live polling.
import { control, stateMachine } from './api.js'
import { fill, h, shortDate, toast } from './dom.js'
import { duration, getLang, setLang, t } from './i18n.js'
import { clockView } from './views/clock.js'
import { journalView } from './views/journal.js'
import './views/login.js'
import { machineView } from './views/machine.js'
import { merchantsView } from './views/merchants.js'
import { orderView } from './views/order.js'
import { ordersView } from './views/orders.js'
import { scenariosView } from './views/scenarios.js'

/** @import { View, ViewContext } from '../../dashboard.js' */

/** Live views re-read the server this often; the control plane is cheap and never journalled. */
const POLL_MS = 1500

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id))

/** @type {ViewContext} */
const ctx = {
  clientId: localStorage.getItem('npay-sandbox.clientId') ?? undefined,
  /** The product order last opened, highlighted in the state-machine view. */
  selected: sessionStorage.getItem('npay-sandbox.selected') ?? undefined,
  t,
  lang: () => getLang(),
  go: (hash) => {
    location.hash = hash
  },
  select(productOrderId) {
    ctx.selected = productOrderId
    sessionStorage.setItem('npay-sandbox.selected', productOrderId)
  },
  /** Korean description of an enum value, shown beside the code in Korean mode. */
  async label(enumName, value) {
    if (getLang() !== 'ko' || !value) return ''
    const { labels } = await stateMachine()
    return /** @type {Record<string, Record<string, string> | undefined>} */ (labels)[enumName]?.[value] ?? ''
  },
  async setClientId(clientId) {
    ctx.clientId = clientId
    localStorage.setItem('npay-sandbox.clientId', clientId)
    await renderMerchants()
    await Promise.all([render(), refreshClock()])
  },
  renderMerchants: () => renderMerchants(),
  refreshClock: () => refreshClock(),
}

/** @type {Record<string, (id: string | undefined) => View>} */
const VIEWS = {
  orders: (id) => (id ? orderView(id) : ordersView()),
  merchants: () => merchantsView(),
  clock: () => clockView(),
  journal: (id) => journalView(id),
  scenarios: () => scenariosView(),
  machine: (id) => machineView(id),
}

/** @type {View | undefined} */
let current
let generation = 0

function route() {
  // A view keeps its filters after `?` in the hash, so Back and a shared link restore them.
  const [path = ''] = location.hash.split('?')
  const [, name = 'orders', id] = path.match(/^#\/([a-z]+)(?:\/(.+))?/) ?? []
  const known = VIEWS[name] ? name : 'orders'
  return { name: known, view: VIEWS[known] ?? VIEWS.orders, id: id ? decodeURIComponent(id) : undefined }
}

async function render() {
  const { name, view: open, id } = route()
  current?.unmount?.()
  const mine = ++generation
  for (const a of document.querySelectorAll('#nav a'))
    a.classList.toggle('active', a instanceof HTMLElement && a.dataset.view === name)
  const container = byId('view')
  fill(container, h('p', { class: 'muted' }, t('loading')))
  const view = /** @type {(id: string | undefined) => View} */ (open)(id)
  current = view
  try {
    await view.mount(container, ctx)
  } catch (error) {
    if (mine === generation) fill(container, h('p', { class: 'error' }, messageOf(error)))
  }
}

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error))

async function renderMerchants() {
  const select = /** @type {HTMLSelectElement} */ (byId('merchant-select'))
  const { merchants } = await control('listMerchants')
  if (!ctx.clientId || !merchants.some((m) => m.clientId === ctx.clientId)) {
    ctx.clientId = (merchants.find((m) => m.isDefault) ?? merchants[0])?.clientId
  }
  fill(
    select,
    merchants.map((m) =>
      h('option', { value: m.clientId, selected: m.clientId === ctx.clientId }, `${m.name} (${m.clientId})`),
    ),
  )
  select.value = ctx.clientId ?? ''
}

async function refreshClock() {
  const clock = await control('getClock', { query: { clientId: ctx.clientId } })
  const chip = byId('clock-chip')
  const ahead =
    clock.offsetMillis >= 60_000 ? ` (${t('clock.chipAhead', { ahead: duration(clock.offsetMillis) })})` : ''
  fill(chip, h('span', { class: 'chip-label' }, t('clock.chip')), ` ${shortDate(clock.now)}${ahead}`)
  chip.title = t('clock.virtual')
}

let polling = false
async function poll() {
  if (polling || document.visibilityState !== 'visible') return
  polling = true
  try {
    await Promise.all([refreshClock(), current?.refresh?.()])
  } catch (error) {
    toast(messageOf(error), 'error')
  } finally {
    polling = false
  }
}

function applyLanguage() {
  document.documentElement.lang = getLang()
  for (const el of document.querySelectorAll('[data-i18n]'))
    if (el instanceof HTMLElement) el.textContent = t(el.dataset.i18n ?? '')
  byId('lang-toggle').textContent = getLang() === 'ko' ? 'English' : '한국어'
  document.title = t('title')
}

async function start() {
  applyLanguage()
  byId('lang-toggle').addEventListener('click', () => {
    setLang(getLang() === 'ko' ? 'en' : 'ko')
    applyLanguage()
    render()
  })
  const select = /** @type {HTMLSelectElement} */ (byId('merchant-select'))
  select.addEventListener('change', () => ctx.setClientId(select.value))
  window.addEventListener('hashchange', render)
  await renderMerchants()
  await Promise.all([render(), refreshClock()])
  setInterval(poll, POLL_MS)
}

start().catch((error) => toast(messageOf(error), 'error'))
