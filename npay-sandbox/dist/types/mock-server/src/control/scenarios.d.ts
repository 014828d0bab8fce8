/**
 * Named seeds and transition coverage over the control plane: `GET /__sandbox/scenarios` lists the
 * seeds, `POST /__sandbox/scenarios/{name}` applies one to a merchant (through the engine's own
 * transitions) and answers with what it created, `GET /__sandbox/coverage` reports which rows of the
 * state table a merchant's traffic went through and which business error codes its journal saw.
 */
import type { Engine } from '../../../packages/engine/src/index.js'
import { type Register } from './index.js'
export declare function scenarioRoutes(register: Register, engine: Engine): void
