import { createInprocessTarget } from '../src/targets/inprocess.ts'
import { contractTests } from './contract-tests.ts'

contractTests('app.request (inprocess)', () => createInprocessTarget())
