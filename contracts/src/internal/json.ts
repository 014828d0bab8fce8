/** Small JSON helpers shared by the recorder, the normaliser and the drift comparison. */

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * Whether a value is a plain JSON object.
 * @example isRecord({ a: 1 }) // true; isRecord([1]) // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Parses a response text as JSON; undefined for an empty text, the text itself when it is not JSON.
 * @example parseText('{"a":1}') // { a: 1 }
 */
export function parseText(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * A lower-case, dash-separated name for files and ids.
 * @example slug('A paid product order: confirm') // 'a-paid-product-order-confirm'
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
}
