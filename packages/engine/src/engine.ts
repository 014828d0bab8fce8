/**
 * The engine: merchants (tenants), tokens and the global indexes that let one tenant's request be told
 * apart from another's (101009/101010). Framework-free; the HTTP app and MSW sit on top of it.
 */
import { NpayError } from '@npay-sandbox/protocol'
import type { EngineContext } from './engine-context.ts'
import { FakeData } from './fake.ts'
import { IdSource, seededRandom } from './ids.ts'
import { type Merchant, newMerchant } from './merchants.ts'
import { type EngineOptions, type ResolvedEngineOptions, resolveOptions } from './options.ts'
import { SandboxError } from './sandbox-error.ts'
import { Tenant } from './tenant.ts'
import {
  checkSignature,
  checkTimestamp,
  checkTokenParameters,
  type IssuedToken,
  type TokenRequest,
} from './tokens.ts'

export interface TokenResponse {
  access_token: string
  expires_in: number
  token_type: 'Bearer'
}

export class Engine {
  readonly options: ResolvedEngineOptions
  private readonly tenants = new Map<string, Tenant>()
  private readonly productOrderOwners = new Map<string, Tenant>()
  private readonly orderOwners = new Map<string, Tenant>()
  private readonly tokenRegistry = new Map<string, IssuedToken>()
  private readonly random: () => number
  private readonly ctx: EngineContext
  readonly defaultMerchant: Merchant

  constructor(options: EngineOptions = {}) {
    this.options = resolveOptions(options)
    this.random = seededRandom(this.options.seed)
    this.ctx = {
      options: this.options,
      ids: new IdSource(seededRandom(this.options.seed + 1)),
      fake: new FakeData(this.options.seed),
      tokenRegistry: this.tokenRegistry,
      usedTrackingNumbers: new Map(),
      registerProductOrder: (id, tenant) => this.productOrderOwners.set(id, tenant),
      unregisterProductOrder: (id) => this.productOrderOwners.delete(id),
      registerOrder: (id, tenant) => this.orderOwners.set(id, tenant),
      unregisterOrder: (id) => this.orderOwners.delete(id),
    }
    this.defaultMerchant = this.addMerchant(newMerchant(this.options.defaultMerchant, this.random, true))
  }

  /** Registers a new isolated merchant app with its own data, clock and journal. */
  createMerchant(
    input: { clientId?: string; clientSecret?: string; mallId?: string; name?: string } = {},
  ): Merchant {
    if (input.clientId && this.tenants.has(input.clientId)) {
      throw new SandboxError(409, 'CONFLICT', `a merchant with clientId ${input.clientId} exists already`)
    }
    return this.addMerchant(newMerchant(input, this.random, false))
  }

  private addMerchant(merchant: Merchant): Merchant {
    this.tenants.set(merchant.clientId, new Tenant(merchant, this.ctx))
    return merchant
  }

  merchants(): Merchant[] {
    return [...this.tenants.values()].map((t) => t.merchant)
  }

  /** The tenant of a client id; the default merchant's when omitted. */
  tenant(clientId?: string): Tenant {
    const tenant = this.tenants.get(clientId ?? this.defaultMerchant.clientId)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${clientId}`)
    return tenant
  }

  findTenant(clientId: string): Tenant | undefined {
    return this.tenants.get(clientId)
  }

  /** Which tenant owns a product order or an order, across the whole engine. */
  ownerOfProductOrder = (productOrderId: string): Tenant | undefined =>
    this.productOrderOwners.get(productOrderId)
  ownerOfOrder = (orderId: string): Tenant | undefined => this.orderOwners.get(orderId)

  get usedTrackingNumbers(): Map<string, string> {
    return this.ctx.usedTrackingNumbers
  }

  /**
   * The token endpoint (facts §3). Throws `NpayError` (400 BAD_REQUEST with `invalidInputs`) whose
   * `diagnostic` explains the failure.
   */
  issueToken(params: TokenRequest): TokenResponse {
    const key = checkTokenParameters(params)
    const tenant = this.tenants.get(params.client_id!)
    if (!tenant) {
      throw NpayError.token(
        [{ name: 'client_id', type: 'NotFound', message: 'client_id 값이 유효하지 않습니다.' }],
        `no application is registered with client_id "${params.client_id}"`,
      )
    }
    const signatureNow = this.options.signatureClock === 'wall' ? this.options.wallClock() : tenant.now()
    checkTimestamp(params.timestamp!, signatureNow, this.options.signatureFutureToleranceMs)
    checkSignature(
      params.client_id!,
      tenant.merchant.clientSecret,
      params.timestamp!,
      params.client_secret_sign!,
    )
    const issued = tenant.tokens.issue(tenant.clientId, key, tenant.now())
    return { access_token: issued.token.value, expires_in: issued.expiresIn, token_type: 'Bearer' }
  }

  /** Resolves an `Authorization` header to its tenant, or throws 401 GW.AUTHN with a diagnostic. */
  authenticate(authorization: string | undefined | null): Tenant {
    if (!authorization)
      throw NpayError.gateway(
        'GW.AUTHN',
        'no Authorization header: send "Authorization: Bearer {access_token}"',
      )
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (!m) throw NpayError.gateway('GW.AUTHN', 'the Authorization header must be "Bearer {access_token}"')
    const token = this.tokenRegistry.get(m[1]!)
    if (!token) throw NpayError.gateway('GW.AUTHN', 'unknown access token: issue one at /v1/oauth2/token')
    const tenant = this.tenants.get(token.clientId)
    if (!tenant) throw NpayError.gateway('GW.AUTHN', 'the application of this token no longer exists')
    if (tenant.now() >= token.expiresAt) {
      this.tokenRegistry.delete(token.value)
      throw NpayError.gateway(
        'GW.AUTHN',
        "the access token has expired on this merchant's clock: issue a new one",
      )
    }
    return tenant
  }
}

/**
 * Creates an engine.
 * @example const engine = createEngine({ seed: 7, clock: 'frozen' }); engine.tenant().createOrder()
 */
export function createEngine(options?: EngineOptions): Engine {
  return new Engine(options)
}
