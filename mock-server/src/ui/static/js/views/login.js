// @ts-check
// The admin-token prompt: shown when the control plane answers 401 (a server started with --admin-token).
// The token is kept for this browser session only (api.js), then the page starts again with it.
import { ADMIN_TOKEN_NEEDED, setAdminToken } from '../api.js'
import { h } from '../dom.js'
import { getLang } from '../i18n.js'

// Here rather than in the dictionaries: the prompt is the one view that stands alone.
const TEXT = {
  ko: {
    title: '관리자 토큰',
    ask: '이 샌드박스는 관리자 토큰을 요구합니다 (서버의 --admin-token 또는 NPAY_SANDBOX_ADMIN_TOKEN).',
    rejected: '토큰이 맞지 않습니다. 다시 입력하세요.',
    label: '토큰',
    submit: '들어가기',
  },
  en: {
    title: 'Admin token',
    ask: 'This sandbox asks for its admin token (the server’s --admin-token or NPAY_SANDBOX_ADMIN_TOKEN).',
    rejected: 'That token does not match. Try again.',
    label: 'Token',
    submit: 'Sign in',
  },
}

/** @type {HTMLDialogElement | undefined} */
let dialog

/** @param {{ rejected?: boolean }} why */
function prompt({ rejected }) {
  if (dialog?.open) return
  const text = TEXT[getLang()] ?? TEXT.ko
  const input = h('input', {
    type: 'password',
    name: 'token',
    required: true,
    autocomplete: 'current-password',
    'data-testid': 'admin-token-input',
  })
  const form = h(
    'form',
    { class: 'action', method: 'dialog', 'data-testid': 'admin-token-form' },
    h('h2', {}, text.title),
    h('p', {}, text.ask),
    rejected ? h('p', { class: 'error' }, text.rejected) : null,
    h('div', { class: 'fields' }, h('label', {}, text.label, input)),
    h('button', { type: 'submit', class: 'primary' }, text.submit),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    setAdminToken(input.value.trim())
    location.reload()
  })
  dialog?.remove()
  dialog = h('dialog', { class: 'panel', 'data-testid': 'admin-token-dialog' }, form)
  document.body.append(dialog)
  dialog.showModal()
  input.focus()
}

window.addEventListener(ADMIN_TOKEN_NEEDED, (event) =>
  prompt((event instanceof CustomEvent ? event.detail : undefined) ?? {}),
)
