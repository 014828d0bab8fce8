/**
 * Control-plane helpers the dashboard needs: a bearer token for a merchant (so the page can call the
 * real API paths without bcrypt in the browser) and the state machine as data (rows, reachable states,
 * edges, action forms, Korean labels of the enums).
 */
import { type Engine } from '../../../packages/engine/src/index.js'
import type { Register } from './index.js'
export declare function uiSupportRoutes(register: Register, engine: Engine): void
