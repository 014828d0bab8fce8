import { createMswTarget } from '../src/targets/msw.ts'
import { contractTests } from './contract-tests.ts'

contractTests('MSW intercepting the real sandbox host (msw)', () => createMswTarget())
