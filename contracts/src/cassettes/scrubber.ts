/**
 * Redacts and normalises the exchanges of one case. References are numbered in order of first
 * appearance within the case, so the same flow gives the same placeholders on every target.
 */
import type { Exchange } from '../exchange/types.ts'
import { isRecord } from '../internal/json.ts'
import {
  EPOCH_MILLIS,
  ID_KINDS,
  ID_LIKE,
  KST_DATE_TIME,
  LOCAL_DATE,
  PATH_ID_KINDS,
  PERSONAL_KEY,
  SECRET_KEYS,
  TRACE_KEYS,
} from './scrub-rules.ts'

export const REDACTED = '<redacted>'

/**
 * Scrubs every exchange of a case: secrets and personal data redacted, ids, times and trace ids
 * replaced by placeholders.
 * @example scrubExchanges(result.exchanges)[0].path // '/v1/pay-order/mall/product-orders/<productOrderId:1>/delay'
 */
export function scrubExchanges(exchanges: readonly Exchange[]): Exchange[] {
  const refs = new References()
  return exchanges.map((e) => {
    const path = scrubPath(e.path, refs)
    return {
      ...e,
      path,
      query: e.query.map(([k, v]) => [k, scrubString(k, v, refs)] as [string, string]),
      requestHeaders: scrubRecord(e.requestHeaders, refs) as Record<string, string>,
      requestBody: scrub(e.requestBody, undefined, refs),
      responseHeaders: scrubRecord(e.responseHeaders, refs) as Record<string, string>,
      responseBody: scrub(e.responseBody, undefined, refs),
      problems: e.problems.map((p) => ({ ...p })),
    }
  })
}

class References {
  private readonly byValue = new Map<string, string>()
  private readonly counts = new Map<string, number>()

  ref(value: string, kind: string): string {
    const known = this.byValue.get(value)
    if (known) return known
    const n = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, n)
    const ref = `<${kind}:${n}>`
    this.byValue.set(value, ref)
    return ref
  }

  has(value: string): boolean {
    return this.byValue.has(value)
  }
}

function scrubPath(path: string, refs: References): string {
  const segments = path.split('/')
  return segments
    .map((segment, i) => {
      const kind = PATH_ID_KINDS[segments[i - 1] ?? '']
      // Literal segments (`query`, `confirm`, `last-changed-statuses`) have no digits; ids do.
      if (kind && /^\w+$/.test(segment) && /\d/.test(segment)) return refs.ref(segment, kind)
      return ID_LIKE.test(segment) || refs.has(segment) ? refs.ref(segment, 'id') : segment
    })
    .join('/')
}

function scrubRecord(record: Record<string, string>, refs: References): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, scrubString(k, v, refs)]))
}

function scrub(value: unknown, key: string | undefined, refs: References): unknown {
  if (typeof value === 'string') return scrubString(key, value, refs)
  if (Array.isArray(value)) return value.map((item) => scrub(item, key, refs))
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k, refs)]))
  return value
}

function scrubString(key: string | undefined, value: string, refs: References): string {
  if (key !== undefined) {
    if (key === 'authorization') return value.startsWith('Bearer ') ? `Bearer ${REDACTED}` : REDACTED
    if (SECRET_KEYS.has(key) || PERSONAL_KEY.test(key)) return REDACTED
    if (TRACE_KEYS.has(key)) return '<traceId>'
    const kind = ID_KINDS[key]
    if (kind && value !== '') return refs.ref(value, kind)
    if (key === 'timestamp' && EPOCH_MILLIS.test(value)) return '<epochMillis>'
  }
  if (KST_DATE_TIME.test(value)) return '<datetime>'
  if (LOCAL_DATE.test(value)) return '<date>'
  if (ID_LIKE.test(value) || refs.has(value)) return refs.ref(value, 'id')
  return value
}
