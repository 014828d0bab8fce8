import { type Merchant } from './merchants.js'
import { type EngineOptions, type ResolvedEngineOptions } from './options.js'
import { type SandboxState } from './persistence.js'
import { Tenant } from './tenant.js'
import { type TokenRequest } from './tokens.js'
export interface TokenResponse {
  access_token: string
  expires_in: number
  token_type: 'Bearer'
}
export declare class Engine {
  readonly options: ResolvedEngineOptions
  private readonly tenants
  private readonly productOrderOwners
  private readonly orderOwners
  private readonly tokenRegistry
  private readonly random
  private readonly ctx
  defaultMerchant: Merchant
  constructor(options?: EngineOptions)
  /** Registers a new isolated merchant app with its own data, clock and journal. */
  createMerchant(input?: {
    clientId?: string
    clientSecret?: string
    mallId?: string
    name?: string
  }): Merchant
  private addMerchant
  merchants(): Merchant[]
  /** The tenant of a client id; the default merchant's when omitted. */
  tenant(clientId?: string): Tenant
  findTenant(clientId: string): Tenant | undefined
  /** Which tenant owns a product order or an order, across the whole engine. */
  ownerOfProductOrder: (productOrderId: string) => Tenant | undefined
  ownerOfOrder: (orderId: string) => Tenant | undefined
  get usedTrackingNumbers(): Map<string, string>
  /**
   * The token endpoint (facts §3). Throws `NpayError` (400 BAD_REQUEST with `invalidInputs`) whose
   * `diagnostic` explains the failure.
   */
  issueToken(params: TokenRequest): TokenResponse
  /** Changes whenever anything that `exportState` saves changes. */
  fingerprint(): string
  /**
   * The whole sandbox as a JSON-safe document (see persistence.ts).
   * @example writeFileSync('state.json', JSON.stringify(engine.exportState()))
   */
  exportState(): SandboxState
  /** Replaces everything with a saved document; refuses a malformed one without changing anything. */
  importState(value: unknown): void
  private readonly exporters
  private readonly importers
  /** Lets an optional part of a tenant (e.g. a settlement ledger) be saved and restored with the state. */
  registerExtension(
    name: string,
    save: (tenant: Tenant) => unknown,
    load: (tenant: Tenant, saved: unknown) => void,
  ): void
  private exportExtensions
  /** Resolves an `Authorization` header to its tenant, or throws 401 GW.AUTHN with a diagnostic. */
  authenticate(authorization: string | undefined | null): Tenant
}
/**
 * Creates an engine.
 * @example const engine = createEngine({ seed: 7, clock: 'frozen' }); engine.tenant().createOrder()
 */
export declare function createEngine(options?: EngineOptions): Engine
