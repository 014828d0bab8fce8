// Labels in Korean (default) and English. API values (statuses, codes, operationIds) are never translated.

import { en } from './i18n-en.js'
import { ko } from './i18n-ko.js'

const DICTIONARIES = { ko, en }
let lang = localStorage.getItem('npay-sandbox.lang') === 'en' ? 'en' : 'ko'

export const getLang = () => lang

export function setLang(next) {
  lang = next
  localStorage.setItem('npay-sandbox.lang', next)
}

/** `t('orders.count', { shown: 1, total: 2 })`; falls back to Korean, then to the key. */
export function t(key, vars = {}) {
  const text = DICTIONARIES[lang][key] ?? ko[key] ?? key
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''))
}
