/**
 * @example const { http } = loadMsw()
 */
export declare function loadMsw(): typeof import('msw')
