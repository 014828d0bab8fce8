export { checkHandlers } from './check-handlers.ts'
export { type ApiGateway, mountApi, NOT_EMULATED_API } from './mount-api.ts'
export { mountControl, NOT_EMULATED_CONTROL } from './mount-control.ts'
export type { RequestBody } from './request-body.ts'
export type {
  ApiHandler,
  ApiHandlers,
  ApiInput,
  ApiOperationId,
  ControlHandlers,
  ControlInput,
  ControlOperation,
  ControlOperationId,
  TenantSource,
  TokenInput,
} from './types.ts'
