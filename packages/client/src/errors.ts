import type { ErrorFamily, InvalidInput } from '@npay-sandbox/protocol'

export type { ErrorFamily, InvalidInput }

/** What an error response carried, parsed as far as it could be. */
export interface NpayApiErrorInit {
  family: ErrorFamily
  status: number
  /** `code` of the body; undefined when the body carried none (e.g. an HTML page from a proxy). */
  code: string | undefined
  message: string
  traceId: string | undefined
  timestamp: string | undefined
  invalidInputs: InvalidInput[] | undefined
  diagnostic: string | undefined
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown
}

/**
 * An error response of the Naver Pay API (or of the emulator standing in for it). `message` is the
 * body's message, Korean and exact; `family` says which envelope it came in.
 */
export class NpayApiError extends Error {
  readonly family: ErrorFamily
  readonly status: number
  readonly code: string | undefined
  readonly traceId: string | undefined
  readonly timestamp: string | undefined
  readonly invalidInputs: InvalidInput[] | undefined
  /** Emulator-only explanation from the `X-Npay-Sandbox-Diagnostic` header. */
  readonly diagnostic: string | undefined
  readonly body: unknown

  constructor(init: NpayApiErrorInit) {
    super(init.message)
    this.name = 'NpayApiError'
    this.family = init.family
    this.status = init.status
    this.code = init.code
    this.traceId = init.traceId
    this.timestamp = init.timestamp
    this.invalidInputs = init.invalidInputs
    this.diagnostic = init.diagnostic
    this.body = init.body
  }
}

type FamilyInit = Omit<NpayApiErrorInit, 'family'>

/** A gateway (GNCP) error, code `GW.*`: authentication, permission, rate limit, routing, timeouts. */
export class NpayGatewayError extends NpayApiError {
  declare readonly family: 'gateway'
  constructor(init: FamilyInit) {
    super({ ...init, family: 'gateway' })
    this.name = 'NpayGatewayError'
  }
}

/** An order-service error (`/v1/pay-order/...`), code from the business table (`4000`, `104139`, …). */
export class NpayOrderError extends NpayApiError {
  declare readonly family: 'order'
  constructor(init: FamilyInit) {
    super({ ...init, family: 'order' })
    this.name = 'NpayOrderError'
  }
}

/**
 * A settlement-service error (`/v1/pay-settle-mall/...`, on the Commerce API `/v1/pay-settle/...`):
 * `BAD_REQUEST` or `INTERNAL_SERVER_ERROR`.
 */
export class NpaySettlementError extends NpayApiError {
  declare readonly family: 'settlement'
  constructor(init: FamilyInit) {
    super({ ...init, family: 'settlement' })
    this.name = 'NpaySettlementError'
  }
}

/** A token-endpoint error: bad signature, stale timestamp, unknown client, missing parameter. */
export class NpayTokenError extends NpayApiError {
  declare readonly family: 'token'
  constructor(init: FamilyInit) {
    super({ ...init, family: 'token' })
    this.name = 'NpayTokenError'
  }
}

/**
 * An error answer of the emulator's `/__sandbox` control plane (a `SandboxError` body). A 409
 * `EVENT_NOT_ALLOWED` lists the events the product order accepts in `allowedEvents`.
 */
export class SandboxControlError extends Error {
  readonly status: number
  /** `NOT_FOUND`, `BAD_REQUEST`, `EVENT_NOT_ALLOWED`, `CONFLICT`, …; undefined for a body without one. */
  readonly code: string | undefined
  readonly allowedEvents: string[] | undefined
  readonly details: unknown
  readonly body: unknown

  constructor(init: {
    status: number
    code: string | undefined
    message: string
    allowedEvents?: string[] | undefined
    details?: unknown
    body?: unknown
  }) {
    super(init.message)
    this.name = 'SandboxControlError'
    this.status = init.status
    this.code = init.code
    this.allowedEvents = init.allowedEvents
    this.details = init.details
    this.body = init.body
  }
}
