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

/** Live views re-read the server this often; the control plane is cheap and never journalled. */
const POLL_MS = 1500

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
    return labels[enumName]?.[value] ?? ''
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

const VIEWS = {
  orders: (id) => (id ? orderView(id) : ordersView()),
  merchants: () => merchantsView(),
  clock: () => clockView(),
  journal: (id) => journalView(id),
  scenarios: () => scenariosView(),
  machine: (id) => machineView(id),
}

let current
let generation = 0

function route() {
  // A view keeps its filters after `?` in the hash, so Back and a shared link restore them.
  const [path] = location.hash.split('?')
  const [, name = 'orders', id] = path.match(/^#\/([a-z]+)(?:\/(.+))?/) ?? []
  return { name: VIEWS[name] ? name : 'orders', id: id ? decodeURIComponent(id) : undefined }
}

async function render() {
  const { name, id } = route()
  current?.unmount?.()
  const mine = ++generation
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.view === name)
  const container = document.getElementById('view')
  fill(container, h('p', { class: 'muted' }, t('loading')))
  const view = VIEWS[name](id)
  current = view
  try {
    await view.mount(container, ctx)
  } catch (error) {
    if (mine === generation) fill(container, h('p', { class: 'error' }, String(error.message ?? error)))
  }
}

async function renderMerchants() {
  const select = document.getElementById('merchant-select')
  const { merchants } = await control('GET', '/merchants')
  if (!ctx.clientId || !merchants.some((m) => m.clientId === ctx.clientId)) {
    ctx.clientId = (merchants.find((m) => m.isDefault) ?? merchants[0]).clientId
  }
  fill(
    select,
    merchants.map((m) =>
      h('option', { value: m.clientId, selected: m.clientId === ctx.clientId }, `${m.name} (${m.clientId})`),
    ),
  )
  select.value = ctx.clientId
}

async function refreshClock() {
  const clock = await control('GET', '/clock', { query: { clientId: ctx.clientId } })
  const chip = document.getElementById('clock-chip')
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
    toast(String(error.message ?? error), 'error')
  } finally {
    polling = false
  }
}

function applyLanguage() {
  document.documentElement.lang = getLang()
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n)
  document.getElementById('lang-toggle').textContent = getLang() === 'ko' ? 'English' : '한국어'
  document.title = t('title')
}

async function start() {
  applyLanguage()
  document.getElementById('lang-toggle').addEventListener('click', () => {
    setLang(getLang() === 'ko' ? 'en' : 'ko')
    applyLanguage()
    render()
  })
  document
    .getElementById('merchant-select')
    .addEventListener('change', (e) => ctx.setClientId(e.target.value))
  window.addEventListener('hashchange', render)
  await renderMerchants()
  await Promise.all([render(), refreshClock()])
  setInterval(poll, POLL_MS)
}

start().catch((error) => toast(String(error.message ?? error), 'error'))
