// Tiny DOM helpers. Text always goes through text nodes, never innerHTML, so API data cannot inject markup.

const SVG_NS = 'http://www.w3.org/2000/svg'

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue
    el.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return el
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value)
    else if (key === 'value' && 'value' in el) el.value = value
    else if (key === 'checked') el.checked = Boolean(value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  return el
}

/** `h('a', { href: '#/x', class: 'link' }, 'text', child)` */
export function h(tag, attrs, ...children) {
  return append(setAttrs(document.createElement(tag), attrs), children)
}

/** Same as `h` for SVG elements. */
export function s(tag, attrs, ...children) {
  return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children)
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren()
  return append(el, children)
}

const KST_OFFSET_MS = 9 * 3_600_000

/** Epoch ms → `yyyy-MM-ddTHH:mm:ss.SSS+09:00`, the API's date-time input format. */
export function kst(ms) {
  return new Date(ms + KST_OFFSET_MS).toISOString().replace('Z', '+09:00')
}

/** `2024-05-01T13:02:03.000+09:00` → `2024-05-01 13:02:03` for tables. */
export function shortDate(text) {
  if (!text) return ''
  return String(text)
    .replace('T', ' ')
    .replace(/\.\d+\+09:00$/, '')
}

export function won(amount) {
  if (amount === undefined || amount === null) return ''
  return `${Number(amount).toLocaleString('ko-KR')}원`
}

let toastTimer
/** A short message at the bottom of the page with a close button; errors stay longer, but not forever. */
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
