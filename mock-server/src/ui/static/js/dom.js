// @ts-check
// Tiny DOM helpers. Text always goes through text nodes, never innerHTML, so API data cannot inject markup.
import { t } from './i18n.js'

/** @import { Attrs, Child } from '../../dashboard.js' */

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * @template {Element} E
 * @param {E} el
 * @param {readonly Child[]} children
 * @returns {E}
 */
function append(el, children) {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child)
    else if (child === null || child === undefined || child === false) continue
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return el
}

/**
 * @template {Element} E
 * @param {E} el
 * @param {Attrs} attrs
 * @returns {E}
 */
function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on') && typeof value === 'function')
      el.addEventListener(key.slice(2), /** @type {EventListener} */ (value))
    else if (key === 'value' && el instanceof HTMLElement && 'value' in el) el.value = String(value)
    else if (key === 'checked' && el instanceof HTMLInputElement) el.checked = Boolean(value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  return el
}

/**
 * `h('a', { href: '#/x', class: 'link' }, 'text', child)`
 * @template {keyof HTMLElementTagNameMap} T
 * @param {T} tag
 * @param {Attrs} [attrs]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[T]}
 */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children)
}

/**
 * Same as `h` for SVG elements.
 * @template {keyof SVGElementTagNameMap} T
 * @param {T} tag
 * @param {Attrs} [attrs]
 * @param {...Child} children
 * @returns {SVGElementTagNameMap[T]}
 */
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children)
}

/**
 * Replaces an element's children.
 * @template {Element} E
 * @param {E} el
 * @param {...Child} children
 * @returns {E}
 */
export function fill(el, ...children) {
  el.replaceChildren()
  return append(el, children)
}

const KST_OFFSET_MS = 9 * 3_600_000

/**
 * Epoch ms → `yyyy-MM-ddTHH:mm:ss.SSS+09:00`, the API's date-time input format.
 * @param {number} ms
 */
export function kst(ms) {
  return new Date(ms + KST_OFFSET_MS).toISOString().replace('Z', '+09:00')
}

/**
 * `2024-05-01T13:02:03.000+09:00` → `2024-05-01 13:02:03` for tables.
 * @param {string | null | undefined} text
 */
export function shortDate(text) {
  if (!text) return ''
  return String(text)
    .replace('T', ' ')
    .replace(/\.\d+\+09:00$/, '')
}

/**
 * An amount in won for tables: `12,000원`.
 * @param {number | string | null | undefined} amount
 */
export function won(amount) {
  if (amount === undefined || amount === null) return ''
  return t('amount.won', { amount: Number(amount).toLocaleString('ko-KR') })
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let toastTimer
/**
 * A short message at the bottom of the page with a close button; errors stay longer, but not forever.
 * @param {string} message
 * @param {'info' | 'error' | 'ok'} [kind]
 */
export function toast(message, kind = 'info') {
  const el = document.getElementById('toast')
  if (!el) return
  const hide = () => el.classList.remove('show')
  const close = h(
    'button',
    {
      type: 'button',
      class: 'toast-close',
      'aria-label': 'close',
      'data-testid': 'toast-close',
      onclick: hide,
    },
    '×',
  )
  fill(el, h('span', {}, message), close)
  el.className = `toast show ${kind}`
  clearTimeout(toastTimer)
  toastTimer = setTimeout(hide, kind === 'error' ? 10_000 : 3000)
}
