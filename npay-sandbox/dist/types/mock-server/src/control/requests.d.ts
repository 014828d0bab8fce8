import type { Engine } from '../../../packages/engine/src/index.js'
import { type Register } from './index.js'
export declare function requestRoutes(register: Register, engine: Engine): void
