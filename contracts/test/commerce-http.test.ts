import { createHttpTarget } from '../src/targets/http.ts'
import { contractTests } from './contract-tests.ts'

contractTests(
  'an emulator process on 127.0.0.1, Commerce API (http --api commerce)',
  () => createHttpTarget(undefined, { api: 'commerce' }),
  'commerce',
)
