// @ts-check
// Labels in Korean (default) and English. API values (statuses, codes, operationIds) are never translated.

import { diagnosticKo } from './diagnostics-ko.js'
import { en } from './i18n-en.js'
import { ko } from './i18n-ko.js'

/** @type {Record<'ko' | 'en', Record<string, string>>} */
const DICTIONARIES = { ko, en }
/** @type {'ko' | 'en'} */
let lang = localStorage.getItem('npay-sandbox.lang') === 'en' ? 'en' : 'ko'

export const getLang = () => lang

/** @param {'ko' | 'en'} next */
export function setLang(next) {
  lang = next
  localStorage.setItem('npay-sandbox.lang', next)
}

/**
 * `t('orders.count', { shown: 1, total: 2 })`; falls back to Korean, then to the key.
 * @param {string} key
 * @param {Record<string, unknown>} [vars]
 * @returns {string}
 */
export function t(key, vars = {}) {
  const text = DICTIONARIES[lang][key] ?? DICTIONARIES.ko[key] ?? key
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ''))
}

/** @type {Record<string, number>} */
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * A span of time for people: `22일 0시간`, `3시간 20분`, `45분` (English `22 d 0 h`). Days keep the hours beside
 * them so `+8일` and `+8일 1시간` never read the same.
 * @example duration(22 * 86_400_000) // '22일 0시간'
 * @param {number} ms
 */
export function duration(ms) {
  const ko = lang === 'ko'
  const minutes = Math.round(Math.abs(ms) / 60_000)
  const d = Math.floor(minutes / 1440)
  const hr = Math.floor((minutes % 1440) / 60)
  const min = minutes % 60
  /** @type {(n: number, k: string, e: string) => string} */
  const unit = (n, k, e) => (ko ? `${n}${k}` : `${n} ${e}`)
  if (d > 0) return `${unit(d, '일', 'd')} ${unit(hr, '시간', 'h')}`
  if (hr > 0) return min ? `${unit(hr, '시간', 'h')} ${unit(min, '분', 'min')}` : unit(hr, '시간', 'h')
  return unit(min, '분', 'min')
}

/**
 * A clock step such as `8d`, `1h` or `2h30m` as a human duration; anything else as it was typed.
 * @param {string} by
 */
export function durationOfStep(by) {
  const text = String(by)
  if (!/^(\d+[dhms])+$/.test(text)) return text
  let ms = 0
  for (const [, n, u = ''] of text.matchAll(/(\d+)([dhms])/g)) ms += Number(n) * (UNIT_MS[u] ?? 0)
  return duration(ms)
}

/**
 * Text the emulator writes in English with its Korean name in parentheses (`Merchant cancels a sold-out order
 * (판매취소)`, seed and example titles), split so the page shows its own language and keeps the other as a tooltip.
 * @example glossed('returns the merchant rejected (반품거부)') // Korean page: { shown: '반품거부', other: 'returns the merchant rejected' }
 * @param {string} text
 * @returns {{ shown: string, other: string }}
 */
export function glossed(text) {
  const parts = /^(.*?)\s*\(([^()]*[\uac00-\ud7a3][^()]*)\)$/.exec(text)
  if (!parts) return { shown: text, other: '' }
  const [, english = '', korean = ''] = parts
  return lang === 'ko' ? { shown: korean, other: english } : { shown: english, other: korean }
}

/**
 * The emulator's English diagnostic, in Korean when the page is.
 * @param {string} text
 */
export const diagnostic = (text) => (lang === 'ko' ? diagnosticKo(text) : text)
