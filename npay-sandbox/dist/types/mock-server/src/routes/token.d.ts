/** `POST {base}/v1/oauth2/token`: parameters from the form body or the query string (facts §3.2). */

import type { Hono } from 'hono'
import type { Engine } from '../../../packages/engine/src/index.js'
import type { AppEnv } from '../env.js'
export declare function tokenRoute(app: Hono<AppEnv>, base: string, engine: Engine): void
