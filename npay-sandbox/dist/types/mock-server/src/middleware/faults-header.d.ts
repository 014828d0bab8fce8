import { type FaultRule } from './faults-rules.js'
/**
 * Request header that forces a fault; response header that names an injected one.
 * @example await fetch(url, { headers: { authorization, [FAULT_HEADER]: 'GW.TIMEOUT.01' } }) // 504
 */
export declare const FAULT_HEADER = 'X-Npay-Sandbox-Fault'
/**
 * The one-off rule a header value asks for.
 * @example faultFromHeader('GW.TIMEOUT.01') // { id: 'header', kind: 'gateway', code: 'GW.TIMEOUT.01' }
 */
export declare function faultFromHeader(value: string): FaultRule
