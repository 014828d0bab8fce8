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

export {
  type Actor,
  type ClaimStatus,
  type ClaimType,
  type ClockMode,
  type CreateOrderInput,
  type CreateOrderItem,
  DEFAULT_MERCHANT,
  Engine,
  type EngineOptions,
  type EventName,
  type JournalEntry,
  type LastChangedType,
  type MachineState,
  type Merchant,
  type MerchantAction,
  type PlaceOrderStatus,
  type ProductOrderDetail,
  type ProductOrderStatus,
  type Review,
  SANDBOX_EVENTS,
  SandboxError,
  type SandboxEvent,
  type SandboxState,
  type SettlementOptions,
  STATE_VERSION,
  TRANSITIONS,
  type TransitionRow,
} from '@npay-sandbox/engine'
export {
  type AppEnv,
  type AppOptions,
  appFetch,
  createApp,
  createSandbox,
  FAULT_HEADER,
  type LintFinding,
  type LintNote,
  type LintRule,
  type ListeningSandbox,
  lintSummary,
  npayHandlers,
  OpenApiValidator,
  type RateLimitOptions,
  type ResponseProblem,
  ResponseValidator,
  type Sandbox,
  type SandboxOptions,
} from '@npay-sandbox/mock-server'
