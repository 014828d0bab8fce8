/**
 * Every response carries `GNCP-GW-Trace-ID`; every API request lands in its tenant's journal with
 * method, path, status, code, latency, diagnostic and (bounded) bodies.
 */

import type { MiddlewareHandler } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
export declare function observe(
  engine: Engine,
  nextTraceId: (epochMs: number) => string,
): MiddlewareHandler<AppEnv>
