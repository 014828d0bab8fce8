import { createInprocessTarget } from '../src/targets/inprocess.ts'
import { contractTests } from './contract-tests.ts'

contractTests(
  'app.request, Commerce API (inprocess --api commerce)',
  () => createInprocessTarget({ api: 'commerce' }),
  'commerce',
)
