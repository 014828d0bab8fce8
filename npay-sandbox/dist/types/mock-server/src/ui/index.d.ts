/**
 * The QA dashboard at `/__sandbox/ui`: static HTML, CSS and browser ES modules from ./static, served as
 * they are (no build step for the page). `pnpm gen` embeds them into ./generated/assets.ts, so the built
 * package and the single executable serve them without files on disk; edit ./static, then run `pnpm gen`. The page talks to the control plane and, for merchant actions, to the real
 * API paths, so what a QA engineer clicks lands in the journal like any integrator's call.
 */
import type { Hono } from 'hono'
import type { AppEnv } from '../env.js'
export declare const DASHBOARD_PATH = '/__sandbox/ui'
/**
 * Mounts the dashboard on the app.
 * @example dashboard(app) // then open http://127.0.0.1:8787/__sandbox/ui
 */
export declare function dashboard(app: Hono<AppEnv>): void
