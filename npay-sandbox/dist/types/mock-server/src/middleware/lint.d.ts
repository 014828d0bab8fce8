import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env.js'
/**
 * The lint middleware of the real API paths (after `resolveOperation`, before rate limiting).
 * @example app.use(`${BASE_PATH}/*`, lint())
 */
export declare function lint(): MiddlewareHandler<AppEnv>
