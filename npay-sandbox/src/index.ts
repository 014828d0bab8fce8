/**
 * `npay-sandbox`: an offline emulator of the Naver Pay 주문형 가맹점 order-management and settlement API.
 * One engine, one Hono app, served over TCP, in-process through MSW (`msw` is an optional peer
 * dependency) or directly through `app.request`.
 * @example
 * import { createSandbox } from 'npay-sandbox'
 * import { setupServer } from 'msw/node'
 * const sandbox = createSandbox({ seed: 1 })
 * setupServer(...sandbox.handlers).listen({ onUnhandledRequest: 'error' })
 */
export type {
  Actor,
  ClaimStatus,
  ClaimType,
  ClockMode,
  CreateOrderInput,
  CreateOrderItem,
  EngineOptions,
  EventName,
  JournalEntry,
  LastChangedType,
  MachineState,
  Merchant,
  MerchantAction,
  PlaceOrderStatus,
  ProductOrderDetail,
  ProductOrderStatus,
  Review,
  SandboxEvent,
  SandboxState,
  SettlementOptions,
  TransitionRow,
} from '@npay-sandbox/engine'
export {
  DEFAULT_MERCHANT,
  Engine,
  SANDBOX_EVENTS,
  SandboxError,
  STATE_VERSION,
  TRANSITIONS,
} from '@npay-sandbox/engine'
export type {
  AppEnv,
  AppOptions,
  LintFinding,
  LintNote,
  LintRule,
  ListeningSandbox,
  RateLimitOptions,
  ResponseProblem,
  Sandbox,
  SandboxOptions,
} from '@npay-sandbox/mock-server'
export {
  appFetch,
  createApp,
  createSandbox,
  FAULT_HEADER,
  lintSummary,
  npayHandlers,
  OpenApiValidator,
  ResponseValidator,
} from '@npay-sandbox/mock-server'
/**
 * The two APIs the emulator serves: `ApiProfile` (`'npay'` the Npay mall API, `'commerce'` the Naver
 * Commerce API of smartstore sellers), each one's base path and real hosts, and each one's OpenAPI
 * document (the Commerce one has the seller paths, `changeHopeDelivery`, no `getReviews`).
 * @example
 * import { API_PROFILE_HOSTS, commerceApiOperationIndex } from 'npay-sandbox'
 * API_PROFILE_HOSTS.commerce.sandboxBaseUrl // 'https://api.commerce.naver.com/external'
 * const hope = commerceApiOperationIndex.find((op) => op.operationId === 'changeHopeDelivery')
 */
export { API_PROFILE_HOSTS, API_PROFILES, type ApiProfile } from '@npay-sandbox/protocol'
export {
  type CommercePaths,
  commerceApiDocument,
  commerceApiOperationIndex,
  npayApiDocument,
  operationIndex,
} from '@npay-sandbox/schema'
