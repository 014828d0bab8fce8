/** Small JSON helpers shared by the recorder, the normaliser and the drift comparison. */
/** A parsed JSON value. */
export type Json =
  | null
  | boolean
  | number
  | string
  | Json[]
  | {
      [key: string]: Json
    }
/**
 * Whether a value is a plain JSON object.
 * @example isRecord({ a: 1 }) // true; isRecord([1]) // false
 */
export declare function isRecord(value: unknown): value is Record<string, unknown>
/**
 * Parses a response text as JSON; undefined for an empty text, the text itself when it is not JSON.
 * @example parseText('{"a":1}') // { a: 1 }
 */
export declare function parseText(text: string): unknown
/**
 * A lower-case, dash-separated name for files and ids.
 * @example slug('A paid product order: confirm') // 'a-paid-product-order-confirm'
 */
export declare function slug(text: string): string
