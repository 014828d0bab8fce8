import { createMswTarget } from '../src/targets/msw.ts'
import { contractTests } from './contract-tests.ts'

contractTests(
  'MSW intercepting the real Commerce API host (msw --api commerce)',
  () => createMswTarget({ api: 'commerce' }),
  'commerce',
)
