/** Per-item delivery checks of dispatch and exchange re-delivery (facts §7.7, §9.12). */
import type { OrderErrorCode } from '@npay-sandbox/protocol'
import { npayApiDocument } from '@npay-sandbox/schema'

/** Every delivery company code the real API accepts ([REC] exactly the documented set). */
export const DELIVERY_COMPANY_CODES: ReadonlySet<string> = new Set(
  npayApiDocument.components.schemas.DeliveryCompanyCode.enum as readonly string[],
)

/** [REC] 8–20 digits, dashes allowed between them. */
const TRACKING_RE = /^(?=(?:\D*\d){8,20}\D*$)\d[\d-]*\d$/

/** Methods that ship goods to the buyer (return-side methods cannot dispatch). */
const OUTBOUND_METHODS = new Set([
  'DELIVERY',
  'GDFW_ISSUE_SVC',
  'VISIT_RECEIPT',
  'DIRECT_DELIVERY',
  'QUICK_SVC',
  'NOTHING',
])

/**
 * The business code of the first problem with a delivery, or undefined when it is acceptable.
 * @example checkDelivery({ method: 'DELIVERY', company: 'CJGLS', tracking: '123456789012' }) // undefined
 */
export function checkDelivery(d: {
  method: string | undefined
  company: string | undefined
  tracking: string | undefined
  expectedMethod?: string | undefined
}): OrderErrorCode | undefined {
  if (!d.method || !OUTBOUND_METHODS.has(d.method)) return '104117'
  if (d.method === 'NOTHING' && d.expectedMethod && d.expectedMethod !== 'NOTHING') return '104116'
  if (d.method !== 'DELIVERY') return undefined
  if (!d.company) return '104118'
  if (!DELIVERY_COMPANY_CODES.has(d.company)) return '104119'
  if (!d.tracking) return '104120'
  if (!TRACKING_RE.test(d.tracking)) return '104122'
  return undefined
}
