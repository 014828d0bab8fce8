// @ts-check
// The inputs of one event or merchant action form, filled with valid values: field lists come from the API
// documents and merchant actions' values from their declared default bodies (GET /__sandbox/state-machine);
// only the outside events' values are chosen here.
/** @import { Schemas } from '../../../dashboard.js' */
import { h, kst } from '../dom.js'

/** @typedef {Schemas['FormField']} Field */
/** @typedef {{ now: number, due: number | undefined }} FormClock the merchant's now and the dispatch deadline, ms */

/** A fresh 12-digit tracking number: the API refuses one already used for another order (104121). */
const tracking = () => String(600_000_000_000 + Math.floor(Math.random() * 99_999_999_999))

/** Values of the outside events' fields, by `event.field`. @type {Record<string, string>} */
const EVENT_PREFILL = {
  'buyer-cancel.reason': 'INTENT_CHANGED',
  'buyer-return.reason': 'INTENT_CHANGED',
  'buyer-exchange.reason': 'COLOR_AND_SIZE',
  'admin-cancel.reason': '',
}

/**
 * A declared default value: a constant, or a placeholder filled on the merchant's clock (`at.now`).
 * @param {unknown} value
 * @param {FormClock} at
 */
function fillDefault(value, at) {
  if (value && typeof value === 'object') {
    const placeholder =
      /** @type {{ $now?: number, $afterDue?: number, $tracking?: boolean, $hopeDay?: number }} */ (value)
    if (placeholder.$now !== undefined) return kst(at.now + placeholder.$now)
    // A hope-delivery day: the KST date n days on, as yyyyMMdd.
    if (placeholder.$hopeDay !== undefined)
      return kst(at.now + placeholder.$hopeDay * 86_400_000)
        .slice(0, 10)
        .replaceAll('-', '')
    if (placeholder.$afterDue !== undefined)
      return kst(Math.max(at.now, at.due ?? at.now) + placeholder.$afterDue)
    if (placeholder.$tracking !== undefined) return tracking()
  }
  return String(value)
}

/**
 * @param {string} scope the event or operationId the field belongs to
 * @param {Field} field
 * @param {FormClock} at
 */
function initial(scope, field, at) {
  const event = EVENT_PREFILL[`${scope}.${field.name}`]
  if (event !== undefined) return event
  if (field.default !== undefined) return fillDefault(field.default, at)
  return field.required && field.enum ? (field.enum[0] ?? '') : ''
}

/**
 * One input: a select of the field's codes (with their Korean descriptions on the Korean page), or a text
 * or number input.
 * @param {string} scope
 * @param {Field} field
 * @param {FormClock} at
 * @param {'ko' | 'en'} lang
 */
export function fieldInput(scope, field, at, lang) {
  const value = initial(scope, field, at)
  const attrs = { name: field.name, required: field.required, 'data-field': field.name }
  if (field.enum) {
    const choices = field.enum.map((v, i) =>
      h(
        'option',
        { value: v, selected: v === value },
        lang === 'ko' && field.labels?.[i] ? `${v} · ${field.labels[i]}` : v,
      ),
    )
    return h(
      'select',
      attrs,
      field.required ? null : h('option', { value: '', selected: value === '' }, '—'),
      choices,
    )
  }
  const type = field.type === 'string' ? 'text' : 'number'
  return h('input', { ...attrs, type, value, step: field.type === 'number' ? 'any' : undefined })
}

/**
 * What a form's fields say, typed as their schema says; empty fields are left out.
 * @param {HTMLFormElement} form
 * @param {Field[]} fields
 * @returns {Record<string, string | number>}
 */
export function fieldValues(form, fields) {
  /** @type {Record<string, string | number>} */
  const out = {}
  for (const field of fields) {
    const el = /** @type {HTMLInputElement | HTMLSelectElement | null} */ (
      form.elements.namedItem(field.name)
    )
    const raw = el?.value ?? ''
    if (raw === '') continue
    out[field.name] = field.type === 'string' ? raw : Number(raw)
  }
  return out
}
