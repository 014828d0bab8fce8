/** Trace ids in the gateway's shape `{host}^{epochMillis}^{counter}` (facts §4.4). */
/**
 * Creates a generator of trace ids for one server.
 * @example const next = createTraceIdGenerator('sbx-7f3a'); next(Date.now()) // 'sbx-7f3a^1730711073284^1'
 */
export declare function createTraceIdGenerator(host?: string): (epochMs: number) => string
