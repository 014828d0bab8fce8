import { t as createApp, i as FAULT_HEADER, o as OpenApiValidator } from './app-CCQsJaIU.js'
import { t as appFetch } from './app-fetch-CABnAgTg.js'
import { t as createSandbox, r as lintSummary, n as npayHandlers } from './sandbox-CPOc2XlH.js'
import { t as ResponseValidator } from './src-D4GJZdvm.js'
import {
  Z as DEFAULT_MERCHANT,
  H as Engine,
  q as SANDBOX_EVENTS,
  nt as SandboxError,
  X as STATE_VERSION,
  G as TRANSITIONS,
} from './src-D7jsN-Po.js'

export {
  appFetch,
  createApp,
  createSandbox,
  DEFAULT_MERCHANT,
  Engine,
  FAULT_HEADER,
  lintSummary,
  npayHandlers,
  OpenApiValidator,
  ResponseValidator,
  SANDBOX_EVENTS,
  SandboxError,
  STATE_VERSION,
  TRANSITIONS,
}
