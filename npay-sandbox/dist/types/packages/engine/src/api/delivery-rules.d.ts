/** Per-item delivery checks of dispatch and exchange re-delivery (facts §7.7, §9.12). */
import type { OrderErrorCode } from '../../../protocol/src/index.js'
/** Every delivery company code the real API accepts ([REC] exactly the documented set). */
export declare const DELIVERY_COMPANY_CODES: ReadonlySet<string>
/**
 * The business code of the first problem with a delivery, or undefined when it is acceptable.
 * @example checkDelivery({ method: 'DELIVERY', company: 'CJGLS', tracking: '123456789012' }) // undefined
 */
export declare function checkDelivery(d: {
  method: string | undefined
  company: string | undefined
  tracking: string | undefined
  expectedMethod?: string | undefined
}): OrderErrorCode | undefined
