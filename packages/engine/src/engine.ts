/**
 * The engine: merchants (tenants), tokens and the global indexes that let one tenant's request be told
 * apart from another's (101009/101010). Framework-free; the HTTP app and MSW sit on top of it.
 */
import { API_PROFILE_HOSTS, type ApiProfile, NpayError } from '@npay-sandbox/protocol'
import { act, dispatch } from './api/actions.ts'
import { ChangeTracker } from './change-tracker.ts'
import type { EngineContext } from './engine-context.ts'
import { FakeData } from './fake.ts'
import { IdSource, seededRandom } from './ids.ts'
import { apiOf, type Merchant, newMerchant } from './merchants.ts'
import { type EngineOptions, type ResolvedEngineOptions, resolveOptions } from './options.ts'
import {
  checkState,
  type SandboxState,
  STATE_FORMAT,
  STATE_VERSION,
  type TenantState,
  upgradeState,
} from './persistence.ts'
import { type RestoreTenantOptions, restoreTenant } from './restore-tenant.ts'
import { SandboxError } from './sandbox-error.ts'
import type { SavedLedger } from './settlement/ledger.ts'
import { RECORDS, Tenant } from './tenant.ts'
import type { TenantExtension } from './tenant-extensions.ts'
import {
  checkAccount,
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
  private readonly ctx: EngineContext<Tenant>
  private tracker: ChangeTracker | undefined
  defaultMerchant: Merchant

  constructor(options: EngineOptions = {}) {
    this.options = resolveOptions(options)
    this.random = seededRandom(this.options.seed)
    this.ctx = {
      options: this.options,
      startOffsetMs: this.options.startTime - this.options.wallClock(),
      ids: new IdSource(seededRandom(this.options.seed + 1)),
      fake: new FakeData(this.options.seed),
      tokenRegistry: this.tokenRegistry,
      usedTrackingNumbers: new TrackedMap((key, orderId) =>
        orderId === undefined
          ? this.tracker?.trackingNumberDeleted(key)
          : this.tracker?.trackingNumberSet(key, orderId),
      ),
      registerProductOrder: (id, tenant) => this.productOrderOwners.set(id, tenant),
      unregisterProductOrder: (id) => this.productOrderOwners.delete(id),
      registerOrder: (id, tenant) => this.orderOwners.set(id, tenant),
      unregisterOrder: (id) => this.orderOwners.delete(id),
    }
    this.defaultMerchant = this.addMerchant(newMerchant(this.options.defaultMerchant, this.random, true))
    this.registerExtension(
      'settlement',
      (tenant) => tenant.settlement.save(),
      (tenant, saved) => tenant.settlement.load(saved as SavedLedger | undefined),
    )
  }

  /** Registers a new isolated merchant app with its own data, clock and journal. */
  createMerchant(
    input: {
      clientId?: string
      clientSecret?: string
      mallId?: string
      name?: string
      api?: ApiProfile
    } = {},
  ): Merchant {
    if (input.clientId && this.tenants.has(input.clientId)) {
      throw new SandboxError(409, 'CONFLICT', `a merchant with clientId ${input.clientId} exists already`)
    }
    return this.addMerchant(newMerchant(input, this.random, false))
  }

  private addMerchant(merchant: Merchant): Merchant {
    const tenant = new Tenant(merchant, this.ctx)
    this.tenants.set(merchant.clientId, tenant)
    this.tracker?.replace(tenant)
    return merchant
  }

  merchants(): Merchant[] {
    return [...this.tenants.values()].map((t) => t.merchant)
  }

  /** The tenant of a client id; the default merchant's when omitted. */
  tenant(clientId?: string): Tenant {
    const tenant = this.tenants.get(clientId ?? this.defaultMerchant.clientId)
    if (!tenant) throw new SandboxError(404, 'NOT_FOUND', `no merchant with clientId ${clientId}`)
    this.tracker?.use(tenant)
    return tenant
  }

  findTenant(clientId: string): Tenant | undefined {
    const tenant = this.tenants.get(clientId)
    if (tenant) this.tracker?.use(tenant)
    return tenant
  }

  /** Which tenant owns a product order or an order, across the whole engine. */
  ownerOfProductOrder = (productOrderId: string): Tenant | undefined =>
    this.productOrderOwners.get(productOrderId)
  ownerOfOrder = (orderId: string): Tenant | undefined => this.orderOwners.get(orderId)

  get usedTrackingNumbers(): Map<string, string> {
    return this.ctx.usedTrackingNumbers
  }

  /**
   * A merchant action on one product order of a tenant, checked as the API checks it (ownership, input).
   * A method, so code holding an engine drives it with that engine's own code.
   * @example engine.act(engine.tenant(), 'requestReturn', productOrderId, { returnReason: 'INTENT_CHANGED' })
   */
  act(tenant: Tenant, action: Parameters<typeof act>[1], id: string, body: Record<string, unknown> = {}) {
    return act(tenant, action, id, body, this.ownerOfProductOrder)
  }

  /**
   * Dispatch of product orders of a tenant, as `dispatchProductOrders` performs it.
   * @example engine.dispatch(engine.tenant(), [{ productOrderId, deliveryMethod: 'DELIVERY', … }])
   */
  dispatch(tenant: Tenant, items: Parameters<typeof dispatch>[1]) {
    return dispatch(tenant, items, this.ownerOfProductOrder, this.usedTrackingNumbers)
  }

  /**
   * The token endpoint (facts §3). Throws `NpayError` (400 BAD_REQUEST with `invalidInputs`) whose
   * `diagnostic` explains the failure.
   */
  issueToken(params: TokenRequest, api: ApiProfile = 'npay'): TokenResponse {
    const key = checkTokenParameters(params, api)
    const found = this.findTenant(params.client_id!)
    // An app of the other API is unknown to this API's token endpoint.
    const tenant = found && apiOf(found.merchant) === api ? found : undefined
    if (!tenant) {
      throw NpayError.token(
        [{ name: 'client_id', type: 'NotFound', message: 'client_id 값이 유효하지 않습니다.' }],
        found
          ? `client_id "${params.client_id}" is a ${apiOf(found.merchant) === 'commerce' ? 'Commerce API' : 'Npay mall API'} app: issue its token at ${API_PROFILE_HOSTS[apiOf(found.merchant)].basePath}/v1/oauth2/token`
          : `no application is registered with client_id "${params.client_id}"`,
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
    if (api === 'commerce') checkAccount(params, tenant.merchant.mallId)
    const issued = tenant.tokens.issue(tenant.clientId, key, tenant.now())
    if (!issued.reused) tenant.touch()
    return { access_token: issued.token.value, expires_in: issued.expiresIn, token_type: 'Bearer' }
  }

  /**
   * Forgets one merchant's data, or every merchant's without `clientId` (see `Tenant.reset`); the
   * merchants themselves, their credentials and tokens stay.
   * @example engine.reset() // every merchant as if just created
   */
  reset(clientId?: string) {
    const tenants = clientId === undefined ? [...this.tenants.values()] : [this.tenant(clientId)]
    for (const tenant of tenants) {
      tenant.reset()
      this.tracker?.replace(tenant)
    }
  }

  /**
   * Expires an access token now if it is its merchant's current one; returns whether it was.
   * @example engine.expireToken(accessToken) // the next call with it gets 401 GW.AUTHN
   */
  expireToken(accessToken: string): boolean {
    const token = this.tokenRegistry.get(accessToken)
    const tenant = token && this.tenants.get(token.clientId)
    if (!tenant?.tokens.expire(accessToken, tenant.now())) return false
    tenant.touch()
    return true
  }

  /** Changes whenever anything that `exportState` saves changes (per-request diagnostics aside). */
  fingerprint(): string {
    return [...this.tenants.values()].map((t) => `${t.clientId}:${t.revision}`).join(',')
  }

  /**
   * The whole sandbox as a JSON-safe document (see persistence.ts).
   * @example writeFileSync('state.json', JSON.stringify(engine.exportState()))
   */
  exportState(): SandboxState {
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      savedAt: this.options.wallClock(),
      tenants: [...this.tenants.values()].map((t) => this.exportTenant(t)),
      usedTrackingNumbers: [...this.ctx.usedTrackingNumbers],
    }
  }

  /**
   * One merchant in the state document's form (live objects, not copies: serialise before changing).
   * @example JSON.stringify(engine.exportTenant(engine.tenant()))
   */
  exportTenant(t: Tenant): TenantState {
    return {
      merchant: t.merchant,
      clock: t.clock.save(),
      tokens: t.tokens.saved(),
      orders: [...t[RECORDS].orders.values()],
      productOrders: [...t[RECORDS].productOrders.values()],
      changes: [...t.log.rows()],
      reviews: [...t[RECORDS].reviews],
      ...this.extensionsOf(t),
    }
  }

  /** Every tenant, without marking any as used (see trackChanges). */
  tenantList(): Tenant[] {
    return [...this.tenants.values()]
  }

  /**
   * Starts listing what changes from now on (one tracker per engine; persistence drains it after each
   * request that may have changed something, see change-tracker.ts).
   * @example const tracker = engine.trackChanges(); engine.tenant().createOrder(); tracker.drain().deltas
   */
  trackChanges(): ChangeTracker {
    this.tracker?.stop()
    this.tracker = new ChangeTracker(this)
    return this.tracker
  }

  /**
   * Replaces everything with a saved document (any version this emulator reads, see persistence.ts);
   * refuses a malformed one without changing anything. `adopt` takes ownership of a document nobody
   * else holds (freshly parsed) instead of copying it.
   */
  importState(value: unknown, { adopt = false }: { adopt?: boolean } = {}): void {
    const upgraded = upgradeState(value)
    checkState(upgraded)
    this.checkExtensions(upgraded)
    const state = adopt ? upgraded : structuredClone(upgraded)
    for (const tenant of this.tenants.values()) tenant.reset()
    this.tenants.clear()
    this.tokenRegistry.clear()
    this.ctx.usedTrackingNumbers.clear()
    for (const saved of state.tenants) {
      const tenant = new Tenant(saved.merchant, this.ctx)
      this.tenants.set(saved.merchant.clientId, tenant)
      if (saved.merchant.isDefault) this.defaultMerchant = saved.merchant
      tenant.clock.restore(saved.clock)
      tenant.tokens.restore(saved.tokens)
      tenant.restore({
        orders: saved.orders,
        productOrders: saved.productOrders,
        changes: saved.changes,
        reviews: saved.reviews ?? [],
      })
      const extensions = { ...saved.extensions }
      for (const [name, importer] of this.importers) {
        importer(tenant, extensions[name])
        delete extensions[name]
      }
      tenant.restoreExtensions(extensions)
    }
    for (const [key, orderId] of state.usedTrackingNumbers) this.ctx.usedTrackingNumbers.set(key, orderId)
    this.tracker?.replaceAll()
  }

  /**
   * Puts one merchant back as `state` (its `exportTenant` at some earlier time) says: orders, change log,
   * reviews, settlement, extension state, settings and clock reading; the merchant's credentials, tokens
   * and request journal stay (see restore-tenant.ts). The state is copied, so it can be restored again.
   * @example
   * const saved = structuredClone(engine.exportTenant(tenant))
   * engine.restoreTenant(tenant.clientId, saved, { trackingNumbers })
   */
  restoreTenant(clientId: string, state: TenantState, options: RestoreTenantOptions = {}) {
    const tenant = this.tenant(clientId)
    const { ctx, ownerOfProductOrder, ownerOfOrder, importers } = this
    restoreTenant(tenant, state, { ctx, ownerOfProductOrder, ownerOfOrder, importers }, options)
    this.tracker?.replace(tenant)
  }

  private readonly exporters = new Map<string, (tenant: Tenant) => unknown>()
  private readonly importers = new Map<string, (tenant: Tenant, saved: unknown) => void>()

  /** Lets an optional part of a tenant (e.g. a settlement ledger) be saved and restored with the state. */
  registerExtension(
    name: string,
    save: (tenant: Tenant) => unknown,
    load: (tenant: Tenant, saved: unknown) => void,
  ) {
    this.exporters.set(name, save)
    this.importers.set(name, load)
  }

  private extensionsOf(tenant: Tenant): { extensions?: Record<string, unknown> } {
    const extensions = tenant.saveExtensions()
    for (const [name, save] of this.exporters) extensions[name] = save(tenant)
    return Object.keys(extensions).length ? { extensions } : {}
  }

  private readonly extensionKinds = new Map<string, TenantExtension<unknown>>()

  /**
   * Declares an extension kind, so `importState` refuses a document whose data of that kind cannot be
   * read (instead of a merchant silently starting fresh). Declaring the same kind again is a no-op.
   * @example engine.useTenantExtension(FAULT_SET)
   */
  useTenantExtension<T>(kind: TenantExtension<T>) {
    const known = this.extensionKinds.get(kind.name)
    if (known && known !== kind) throw new Error(`two tenant extension kinds are named ${kind.name}`)
    this.extensionKinds.set(kind.name, kind as TenantExtension<unknown>)
  }

  private checkExtensions(state: SandboxState) {
    for (const saved of state.tenants)
      for (const [name, kind] of this.extensionKinds) {
        if (saved.extensions?.[name] === undefined) continue
        try {
          kind.load(structuredClone(saved.extensions[name]), this.options)
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error)
          throw new TypeError(`merchant ${saved.merchant.clientId}: extensions.${name}: ${why}`)
        }
      }
  }

  /**
   * Resolves an `Authorization` header to its tenant, or throws 401 GW.AUTHN with a diagnostic. With
   * `api`, a token of an app of the other API is refused as unknown (each API's gateway knows its own).
   */
  authenticate(authorization: string | undefined | null, api?: ApiProfile): Tenant {
    if (!authorization)
      throw NpayError.gateway(
        'GW.AUTHN',
        'no Authorization header: send "Authorization: Bearer {access_token}"',
      )
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (!m) throw NpayError.gateway('GW.AUTHN', 'the Authorization header must be "Bearer {access_token}"')
    const token = this.tokenRegistry.get(m[1]!)
    if (!token) throw NpayError.gateway('GW.AUTHN', 'unknown access token: issue one at /v1/oauth2/token')
    const tenant = this.findTenant(token.clientId)
    if (!tenant) throw NpayError.gateway('GW.AUTHN', 'the application of this token no longer exists')
    if (api && apiOf(tenant.merchant) !== api) {
      const own = apiOf(tenant.merchant)
      throw NpayError.gateway(
        'GW.AUTHN',
        `this token belongs to a ${own === 'commerce' ? 'Commerce API' : 'Npay mall API'} app: call ${API_PROFILE_HOSTS[own].basePath}/... with it`,
      )
    }
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

/** A map that reports every set and delete (the tracking numbers, for the change tracker). */
class TrackedMap<K, V> extends Map<K, V> {
  constructor(private readonly report: (key: K, value: V | undefined) => void) {
    super()
  }

  override set(key: K, value: V): this {
    super.set(key, value)
    this.report?.(key, value)
    return this
  }

  override delete(key: K): boolean {
    const had = super.delete(key)
    if (had) this.report?.(key, undefined)
    return had
  }
}
