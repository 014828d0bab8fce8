import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { setupServer } from 'msw/node'
import { t as createSandbox } from './sandbox-CPOc2XlH.js'
import {
  n as createControlPlaneClient,
  t as createNpayClient,
  m as formatKst,
  h as formatKstDate,
  D as GATEWAY_ERRORS,
  d as isBcryptSalt,
  N as MAX_QUERY_WINDOW_MS,
  P as MAX_SETTLEMENT_PAGE_SIZE,
  r as NpayApiError,
  v as parseDateTime,
  C as RATE_LIMIT_HEADERS,
  w as SANDBOX_BASE_URL,
  f as signClientSecret,
  L as TOKEN_LIFETIME_SECONDS,
  R as TOKEN_REUSE_THRESHOLD_SECONDS,
  E as TRACE_HEADER,
} from './src-4qY9yS3t.js'
import { t as ResponseValidator } from './src-D4GJZdvm.js'
import { mt as npayApiDocument } from './src-D7jsN-Po.js'

//#region ../contracts/src/internal/json.ts
/**
 * Whether a value is a plain JSON object.
 * @example isRecord({ a: 1 }) // true; isRecord([1]) // false
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
/**
 * Parses a response text as JSON; undefined for an empty text, the text itself when it is not JSON.
 * @example parseText('{"a":1}') // { a: 1 }
 */
function parseText(text) {
  if (text === '') return void 0
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
/**
 * A lower-case, dash-separated name for files and ids.
 * @example slug('A paid product order: confirm') // 'a-paid-product-order-confirm'
 */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
}
//#endregion
//#region ../contracts/src/cassettes/scrub-rules.ts
/**
 * What the recorder removes or replaces, by JSON key. Secrets and personal data are redacted; volatile
 * values (ids, times, trace ids) become stable placeholders so two runs can be compared.
 */
/** Replaced by `<redacted>`: credentials and tokens. */
const SECRET_KEYS = new Set([
  'access_token',
  'client_secret',
  'client_secret_sign',
  'clientSecret',
  'account_id',
  'authorization',
])
/**
 * Replaced by `<redacted>`: personal data of buyers and receivers — names, phone numbers, addresses,
 * buyer ids, free-text memos. Product data and amounts are kept.
 */
const PERSONAL_KEY =
  /^(name|orderer(Id|No|Name|Tel)|receiverName|writerId|tel\d*|.*Tel\d*|.*Phone.*|email|zipCode|baseAddress|detailedAddress|city|state|.*Memo|individualCustomUniqueCode|personalCustomsClearanceCode)$/
/** Ids by key, replaced by `<kind:n>` in order of first appearance (arrays take their key's kind). */
const ID_KINDS = {
  productOrderId: 'productOrderId',
  productOrderIds: 'productOrderId',
  successProductOrderIds: 'productOrderId',
  orderId: 'orderId',
  orderNo: 'orderId',
  claimId: 'claimId',
  packageNumber: 'packageNumber',
  moreSequence: 'moreSequence',
  trackingNumber: 'trackingNumber',
  collectTrackingNumber: 'trackingNumber',
  reDeliveryTrackingNumber: 'trackingNumber',
  client_id: 'clientId',
  clientId: 'clientId',
  mallId: 'mallId',
}
/** Replaced by `<traceId>`. */
const TRACE_KEYS = new Set(['traceId', 'gncp-gw-trace-id'])
/** Path segments after which an id follows. */
const PATH_ID_KINDS = {
  'product-orders': 'productOrderId',
  orders: 'orderId',
}
/** A response date-time as the API writes it; anything else date-like is kept, so format drift shows. */
const KST_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/
/** 16-digit numeric strings are ids wherever they appear (e.g. the plain array of product-order-ids). */
const ID_LIKE = /^\d{16}$/
/** The token request's `timestamp`: Unix milliseconds. */
const EPOCH_MILLIS = /^\d{12,14}$/
//#endregion
//#region ../contracts/src/cassettes/scrubber.ts
const REDACTED = '<redacted>'
/**
 * Scrubs every exchange of a case: secrets and personal data redacted, ids, times and trace ids
 * replaced by placeholders.
 * @example scrubExchanges(result.exchanges)[0].path // '/v1/pay-order/mall/product-orders/<productOrderId:1>/delay'
 */
function scrubExchanges(exchanges) {
  const refs = new References()
  return exchanges.map((e) => {
    const path = scrubPath(e.path, refs)
    return {
      ...e,
      path,
      query: e.query.map(([k, v]) => [k, scrubString(k, v, refs)]),
      requestHeaders: scrubRecord(e.requestHeaders, refs),
      requestBody: scrub(e.requestBody, void 0, refs),
      responseHeaders: scrubRecord(e.responseHeaders, refs),
      responseBody: scrub(e.responseBody, void 0, refs),
      problems: e.problems.map((p) => ({ ...p })),
    }
  })
}
var References = class {
  byValue = /* @__PURE__ */ new Map()
  counts = /* @__PURE__ */ new Map()
  ref(value, kind) {
    const known = this.byValue.get(value)
    if (known) return known
    const n = (this.counts.get(kind) ?? 0) + 1
    this.counts.set(kind, n)
    const ref = `<${kind}:${n}>`
    this.byValue.set(value, ref)
    return ref
  }
  has(value) {
    return this.byValue.has(value)
  }
}
function scrubPath(path, refs) {
  const segments = path.split('/')
  return segments
    .map((segment, i) => {
      const kind = PATH_ID_KINDS[segments[i - 1] ?? '']
      if (kind && /^\w+$/.test(segment) && /\d/.test(segment)) return refs.ref(segment, kind)
      return ID_LIKE.test(segment) || refs.has(segment) ? refs.ref(segment, 'id') : segment
    })
    .join('/')
}
function scrubRecord(record, refs) {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, scrubString(k, v, refs)]))
}
function scrub(value, key, refs) {
  if (typeof value === 'string') return scrubString(key, value, refs)
  if (Array.isArray(value)) return value.map((item) => scrub(item, key, refs))
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k, refs)]))
  return value
}
function scrubString(key, value, refs) {
  if (key !== void 0) {
    if (key === 'authorization') return value.startsWith('Bearer ') ? `Bearer ${REDACTED}` : REDACTED
    if (SECRET_KEYS.has(key) || PERSONAL_KEY.test(key)) return REDACTED
    if (TRACE_KEYS.has(key)) return '<traceId>'
    const kind = ID_KINDS[key]
    if (kind && value !== '') return refs.ref(value, kind)
    if (key === 'timestamp' && EPOCH_MILLIS.test(value)) return '<epochMillis>'
  }
  if (KST_DATE_TIME.test(value)) return '<datetime>'
  if (LOCAL_DATE.test(value)) return '<date>'
  if (ID_LIKE.test(value) || refs.has(value)) return refs.ref(value, 'id')
  return value
}
//#endregion
//#region ../contracts/src/cassettes/cassette.ts
const CASSETTE_FORMAT = 'npay-contracts-cassette/1'
/** Skipped cases made no exchange worth keeping. */
function isRecordable(result) {
  return result.outcome !== 'skipped'
}
/**
 * The cassette of one case result.
 * @example toCassette(result, report.target, report.startedAt)
 */
function toCassette(result, target, recordedAt) {
  return {
    format: CASSETTE_FORMAT,
    id: result.id,
    suite: result.suite,
    name: result.name,
    target: {
      name: target.name,
      baseUrl: target.baseUrl,
    },
    recordedAt,
    outcome: result.outcome,
    ...(result.reason === void 0 ? {} : { reason: result.reason }),
    dataDependent: result.dataDependent,
    exchanges: scrubExchanges(result.exchanges),
  }
}
/**
 * The manifest of a run.
 * @example toManifest(report)
 */
function toManifest(report) {
  return {
    format: CASSETTE_FORMAT,
    target: {
      name: report.target.name,
      baseUrl: report.target.baseUrl,
    },
    recordedAt: report.startedAt,
    cases: report.results.map((r) => ({
      id: r.id,
      outcome: r.outcome,
      ...(r.reason === void 0 ? {} : { reason: r.reason }),
    })),
  }
}
//#endregion
//#region ../contracts/src/cassettes/store.ts
const MANIFEST = 'manifest.json'
/**
 * Writes one cassette per case that ran, and the manifest. Returns the files written.
 * @example await writeCassettes('cassettes/sandbox', report)
 */
async function writeCassettes(dir, report) {
  const written = []
  const write = async (file, value) => {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, `${JSON.stringify(value, null, 2)}\n`)
    written.push(file)
  }
  for (const result of report.results.filter(isRecordable))
    await write(join(dir, `${result.id}.json`), toCassette(result, report.target, report.startedAt))
  await write(join(dir, MANIFEST), toManifest(report))
  return written
}
/**
 * Reads every cassette under a folder (the manifest and other JSON files are ignored).
 * @example const cassettes = await readCassettes('cassettes/sandbox')
 */
async function readCassettes(dir) {
  const files = await jsonFiles(dir)
  const cassettes = []
  for (const file of files) {
    if (relative(dir, file) === MANIFEST) continue
    const value = JSON.parse(await readFile(file, 'utf8'))
    if (isCassette(value)) cassettes.push(value)
  }
  if (cassettes.length === 0) throw new Error(`no cassettes (${CASSETTE_FORMAT}) under ${dir}`)
  return cassettes.sort((a, b) => a.id.localeCompare(b.id))
}
function isCassette(value) {
  return (
    isRecord(value) &&
    value.format === 'npay-contracts-cassette/1' &&
    typeof value.id === 'string' &&
    typeof value.recordedAt === 'string' &&
    Array.isArray(value.exchanges)
  )
}
async function jsonFiles(dir) {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    throw new Error(`cannot read the cassette folder ${dir}: ${error.message}`)
  }
  const files = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await jsonFiles(path)))
    else if (entry.name.endsWith('.json')) files.push(path)
  }
  return files
}
//#endregion
//#region ../contracts/src/suite.ts
/**
 * Declares a suite (identity function that keeps the types checked).
 * @example
 * export const ids = defineSuite({ id: 'ids', title: 'Product order ids', cases: [ … ] })
 */
function defineSuite(suite) {
  return suite
}
//#endregion
//#region ../contracts/src/provider-states/definitions.ts
const PAID = {
  kind: 'place',
  paid: true,
}
const CONFIRMED = [PAID, { kind: 'confirm' }]
const DISPATCHED = [...CONFIRMED, { kind: 'dispatch' }]
const DELIVERED = [
  ...DISPATCHED,
  {
    kind: 'event',
    event: 'deliver',
  },
]
const RETURN_REQUESTED = [
  ...DELIVERED,
  {
    kind: 'event',
    event: 'buyer-return',
    body: {
      reason: 'BROKEN',
      detailedReason: '파손',
    },
  },
]
const EXCHANGE_REQUESTED = [
  ...DELIVERED,
  {
    kind: 'event',
    event: 'buyer-exchange',
    body: {
      reason: 'COLOR_AND_SIZE',
      detailedReason: '사이즈',
    },
  },
]
const NO_CLAIM = {
  claimType: null,
  claimStatus: null,
}
/**
 * Every provider state by name. The names are the keys of a fixtures file for the `sandbox` target.
 * @example PROVIDER_STATES['a delivered product order with a return request'].expect.claimStatus // 'RETURN_REQUEST'
 */
const PROVIDER_STATES = {
  'a paid product order': {
    expect: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'NOT_YET',
      ...NO_CLAIM,
    },
    steps: [PAID],
  },
  'an unpaid product order': {
    expect: {
      productOrderStatus: 'PAYMENT_WAITING',
      ...NO_CLAIM,
    },
    steps: [
      {
        kind: 'place',
        paid: false,
      },
    ],
  },
  'a confirmed product order': {
    expect: {
      productOrderStatus: 'PAYED',
      placeOrderStatus: 'OK',
      ...NO_CLAIM,
    },
    steps: CONFIRMED,
  },
  'a dispatched product order': {
    expect: {
      productOrderStatus: 'DELIVERING',
      ...NO_CLAIM,
    },
    steps: DISPATCHED,
  },
  'a delivered product order': {
    expect: {
      productOrderStatus: 'DELIVERED',
      ...NO_CLAIM,
    },
    steps: DELIVERED,
  },
  'a purchase-decided product order': {
    expect: {
      productOrderStatus: 'PURCHASE_DECIDED',
      ...NO_CLAIM,
    },
    steps: [
      ...DELIVERED,
      {
        kind: 'event',
        event: 'decide-purchase',
      },
    ],
  },
  'a confirmed product order with a cancel request': {
    expect: {
      productOrderStatus: 'PAYED',
      claimType: 'CANCEL',
      claimStatus: 'CANCEL_REQUEST',
    },
    steps: [
      ...CONFIRMED,
      {
        kind: 'event',
        event: 'buyer-cancel',
        body: { reason: 'INTENT_CHANGED' },
      },
    ],
  },
  'a delivered product order with a return request': {
    expect: {
      claimType: 'RETURN',
      claimStatus: 'RETURN_REQUEST',
      holdbackStatus: null,
    },
    steps: RETURN_REQUESTED,
  },
  'a delivered product order with a held-back return': {
    expect: {
      claimType: 'RETURN',
      claimStatus: 'RETURN_REQUEST',
      holdbackStatus: 'HOLDBACK',
    },
    steps: [
      ...RETURN_REQUESTED,
      {
        kind: 'holdback',
        claim: 'return',
      },
    ],
  },
  'a delivered product order with an exchange request': {
    expect: {
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REQUEST',
      holdbackStatus: null,
    },
    steps: EXCHANGE_REQUESTED,
  },
  'a delivered product order with a collected exchange': {
    expect: {
      claimType: 'EXCHANGE',
      claimStatus: 'COLLECT_DONE',
      holdbackStatus: null,
    },
    steps: [
      ...EXCHANGE_REQUESTED,
      {
        kind: 'event',
        event: 'collect-done',
      },
    ],
  },
  'a delivered product order with a held-back exchange': {
    expect: {
      claimType: 'EXCHANGE',
      claimStatus: 'EXCHANGE_REQUEST',
      holdbackStatus: 'HOLDBACK',
    },
    steps: [
      ...EXCHANGE_REQUESTED,
      {
        kind: 'holdback',
        claim: 'exchange',
      },
    ],
  },
}
/**
 * Whether a string names a provider state.
 * @example isProviderStateName('a paid product order') // true
 */
function isProviderStateName(name) {
  return Object.hasOwn(PROVIDER_STATES, name)
}
//#endregion
//#region ../contracts/src/provider-states/state-of.ts
/**
 * The state tuple of one detail element; the holdback comes from the current claim (or the deprecated
 * top-level claim block when the current one is absent).
 * @example snapshotOf(detail) // { productOrderStatus: 'DELIVERED', claimType: 'RETURN', … }
 */
function snapshotOf(detail) {
  const po = detail.productOrder
  const claim = detail.currentClaim
  const holdback =
    claim?.return?.holdbackStatus ??
    claim?.exchange?.holdbackStatus ??
    detail.return?.holdbackStatus ??
    detail.exchange?.holdbackStatus
  return {
    productOrderStatus: po?.productOrderStatus,
    placeOrderStatus: po?.placeOrderStatus,
    claimType: po?.claimType,
    claimStatus: po?.claimStatus,
    holdbackStatus: holdback,
  }
}
/**
 * Reads the state of a product order; undefined when the API does not return it.
 * @example await readState(api, '2024060712345678')
 */
async function readState(api, productOrderId) {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === productOrderId)
  return detail ? snapshotOf(detail) : void 0
}
/**
 * The parts of a snapshot that differ from an expectation, as `name: actual (expected X)`.
 * @example mismatches({ claimType: 'RETURN', … }, { claimType: null }) // ['claimType: RETURN (expected none)']
 */
function mismatches(actual, expected) {
  const out = []
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key] ?? null
    if (got !== want) out.push(`${key}: ${got ?? 'none'} (expected ${want ?? 'none'})`)
  }
  return out
}
//#endregion
//#region ../contracts/src/provider-states/build-on-emulator.ts
/**
 * Reaches a provider state on an emulator through its control plane (the buyer, the carrier) and the
 * merchant API (confirm, dispatch, holdback), then checks through the API that the state is the one
 * promised — so a drifting emulator cannot hand a case the wrong starting point silently.
 */
let trackingCounter = randomInt(0, 9e6) * 1e5
/**
 * A 12-digit tracking number not used before by this process, nor (very likely) by another.
 * @example nextTrackingNumber() // '612345600001'
 */
function nextTrackingNumber() {
  trackingCounter += 1
  return String(6e11 + trackingCounter)
}
/**
 * Builds a named state and returns its ids.
 * @example const { productOrderId } = await buildOnEmulator(setup, 'a delivered product order')
 */
async function buildOnEmulator(setup, name) {
  const definition = PROVIDER_STATES[name]
  let state
  for (const step of definition.steps) state = await runStep(setup, step, state)
  if (!state) throw new Error(`provider state "${name}" has no steps`)
  const snapshot = await readState(setup.api, state.productOrderId)
  const wrong = snapshot ? mismatches(snapshot, definition.expect) : ['the product order is not readable']
  if (wrong.length > 0) throw new Error(`provider state "${name}" was not reached: ${wrong.join('; ')}`)
  return state
}
async function runStep(setup, step, state) {
  if (step.kind === 'place') {
    const order = await setup.control.createOrder({
      body: {
        clientId: setup.clientId,
        paid: step.paid,
        items: [{ quantity: 1 }],
      },
    })
    const productOrderId = order.productOrderIds[0]
    if (!productOrderId) throw new Error('createOrder returned no product order')
    return {
      orderId: order.orderId,
      productOrderId,
    }
  }
  if (!state) throw new Error(`step ${step.kind} needs a placed order first`)
  const id = state.productOrderId
  if (step.kind === 'event')
    await setup.control.applyEvent({
      productOrderId: id,
      event: step.event,
      body: step.body ?? {},
    })
  else if (step.kind === 'confirm')
    expectNoFailure('confirm', await setup.api.confirmProductOrders({ body: { productOrderIds: [id] } }))
  else if (step.kind === 'dispatch') {
    const { epochMillis } = await setup.control.getClock({ clientId: setup.clientId })
    const dispatchProductOrders = [
      {
        productOrderId: id,
        deliveryMethod: 'DELIVERY',
        deliveryCompanyCode: 'CJGLS',
        trackingNumber: nextTrackingNumber(),
        dispatchDate: formatKst(epochMillis),
      },
    ]
    expectNoFailure('dispatch', await setup.api.dispatchProductOrders({ body: { dispatchProductOrders } }))
  } else if (step.claim === 'return')
    expectNoFailure(
      'return holdback',
      await setup.api.holdbackReturn({
        productOrderId: id,
        body: {
          holdbackClassType: 'RETURN_DELIVERYFEE',
          holdbackReturnDetailReason: '반품 배송비',
        },
      }),
    )
  else
    expectNoFailure(
      'exchange holdback',
      await setup.api.holdbackExchange({
        productOrderId: id,
        body: {
          holdbackClassType: 'EXCHANGE_DELIVERYFEE',
          holdbackExchangeDetailReason: '교환 배송비',
        },
      }),
    )
  return state
}
function expectNoFailure(what, result) {
  const failures = result.data?.failProductOrderInfos ?? []
  if (failures.length > 0)
    throw new Error(`${what} failed while building a state: ${JSON.stringify(failures)}`)
}
//#endregion
//#region ../contracts/src/suites/dispatch-body.ts
/** Dispatch request items the suites send. */
/**
 * One dispatch item by CJ대한통운, dated now on the target's clock.
 * @example await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [await dispatchItem(context, id)] } })
 */
async function dispatchItem(context, productOrderId, deliveryCompanyCode = 'CJGLS') {
  return {
    productOrderId,
    deliveryMethod: 'DELIVERY',
    deliveryCompanyCode,
    trackingNumber: nextTrackingNumber(),
    dispatchDate: formatKst(await context.now()),
  }
}
//#endregion
//#region ../contracts/src/suites/expect.ts
/**
 * Assertions the suites share. They throw `node:assert` errors, so a case fails the same way under
 * vitest and under the CLI.
 */
/** A KST date-time with milliseconds, as every response writes it. */
const KST_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/
/**
 * Awaits a call that must fail, and checks the error's status and (when given) code and family.
 * @example const error = await expectApiError(api.queryProductOrders({ body }), { status: 400, code: '4000' })
 */
async function expectApiError(call, expected) {
  let error
  try {
    await call
  } catch (caught) {
    error = caught
  }
  if (error === void 0) assert.fail(`expected an error with status ${String(expected.status)}, got success`)
  if (!(error instanceof NpayApiError)) throw error
  const statuses = typeof expected.status === 'number' ? [expected.status] : expected.status
  assert.ok(statuses.includes(error.status), `status ${error.status} (${error.code}: ${error.message})`)
  if (expected.code !== void 0) assert.equal(error.code, expected.code, `code (message: ${error.message})`)
  if (expected.family !== void 0) assert.equal(error.family, expected.family, 'error family')
  return error
}
/**
 * The `invalidInputs[].name`s of an error.
 * @example invalidNames(error) // ['productOrderIds']
 */
function invalidNames(error) {
  return (error.invalidInputs ?? []).map((input) => input.name)
}
/**
 * The codes of `failProductOrderInfos`, in order.
 * @example failCodes(await api.approveReturn({ productOrderId })) // ['9999']
 */
function failCodes(result) {
  return (result.data?.failProductOrderInfos ?? []).map((f) => f.code ?? '')
}
/**
 * Checks the state of a product order through the (recorded) API.
 * @example await expectState(ctx, productOrderId, { productOrderStatus: 'RETURNED', claimStatus: 'RETURN_DONE' })
 */
async function expectState(context, productOrderId, expected) {
  const actual = await readState(context.api, productOrderId)
  assert.ok(actual, `${productOrderId} is not returned by queryProductOrders`)
  assert.deepEqual(mismatches(actual, expected), [], 'state after the action')
}
/**
 * Checks the common envelope of an order-API body: KST millisecond timestamp and the header's trace id.
 * @example expectEnvelope(body, headers)
 */
function expectEnvelope(body, headers) {
  assert.ok(isRecord(body), 'the body is a JSON object')
  const traceId = headers.get(TRACE_HEADER)
  assert.ok(traceId, `the ${TRACE_HEADER} header is present`)
  assert.match(String(body.timestamp), KST_MILLIS, 'timestamp is KST with milliseconds')
  assert.equal(body.traceId, traceId, `traceId equals the ${TRACE_HEADER} header`)
}
/**
 * The detail of one product order.
 * @example const detail = await detailOf(api, productOrderId)
 */
async function detailOf(api, productOrderId) {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === productOrderId)
  assert.ok(detail, `${productOrderId} is returned by queryProductOrders`)
  return detail
}
/**
 * A response date-time as epoch ms; fails the case when it is absent or unreadable.
 * @example epochOf(detail.order?.paymentDate, 'paymentDate')
 */
function epochOf(value, what) {
  const parsed = value === void 0 ? void 0 : parseDateTime(value)
  if (!parsed?.ok) assert.fail(`${what} is not a readable date-time: ${value}`)
  return parsed.epochMs
}
/**
 * The payment time of a product order, epoch ms.
 * @example const paid = await paymentTime(api, productOrderId)
 */
async function paymentTime(api, productOrderId) {
  return epochOf((await detailOf(api, productOrderId)).order?.paymentDate, `${productOrderId} paymentDate`)
}
/**
 * Every last-changed row of a window, following `more` as the docs say, at most `MAX_PAGES` pages.
 * @example const rows = await allChanges(api, { lastChangedFrom, lastChangedTo })
 */
async function allChanges(api, query) {
  const rows = []
  let next = query
  for (let page = 0; page < 10; page++) {
    const { data } = await api.getLastChangedStatuses(next)
    rows.push(...(data?.lastChangeStatuses ?? []))
    if (!data?.more?.moreFrom || !data.more.moreSequence) break
    next = {
      ...query,
      lastChangedFrom: data.more.moreFrom,
      moreSequence: data.more.moreSequence,
    }
  }
  return rows
}
//#endregion
//#region ../contracts/src/suites/synthetic.ts
/**
 * Ids that cannot belong to anyone, for checks that must fail before any product order is touched
 * (size limits, unknown ids). They are dated 1999, before the REST API existed; they are not fixtures.
 */
/**
 * `n` distinct 16-digit product order ids that no merchant has.
 * @example syntheticIds(2) // ['1999010100000000', '1999010100000001']
 */
function syntheticIds(n) {
  return Array.from({ length: n }, (_, i) => String(0x71a16cee9b500 + i))
}
/**
 * One id that no merchant has.
 * @example syntheticId() // '1999010100000000'
 */
function syntheticId() {
  return String(0x71a16cee9b500)
}
//#endregion
//#region ../contracts/src/suites/actions.ts
/** Confirm, delay and dispatch (facts §7.5–§7.7): state changes, and per-item failures with HTTP 200. */
const DAY$1 = 864e5
const actions = defineSuite({
  id: 'actions',
  title: 'Confirm, delay and dispatch',
  cases: [
    {
      name: 'confirming a paid product order sets placeOrderStatus OK and keeps it PAYED',
      operations: ['confirmProductOrders'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const { data } = await context.api.confirmProductOrders({
          body: { productOrderIds: [productOrderId] },
        })
        assert.deepEqual(
          data?.successProductOrderInfos?.map((s) => s.productOrderId),
          [productOrderId],
        )
        assert.equal(typeof data?.successProductOrderInfos?.[0]?.isReceiverAddressChanged, 'boolean')
        await expectState(context, productOrderId, {
          productOrderStatus: 'PAYED',
          placeOrderStatus: 'OK',
        })
      },
    },
    {
      name: 'confirming a confirmed product order fails in the list with HTTP 200',
      operations: ['confirmProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const codes = failCodes(
          await context.api.confirmProductOrders({ body: { productOrderIds: [productOrderId] } }),
        )
        assert.equal(codes.length, 1)
        assert.ok(['105306', '9999'].includes(codes[0] ?? ''), `105306 or 9999, got ${codes[0]}`)
      },
    },
    {
      name: 'confirming a product order nobody has fails with 100001 in the list',
      operations: ['confirmProductOrders'],
      async run(context) {
        const result = await context.api.confirmProductOrders({ body: { productOrderIds: [syntheticId()] } })
        assert.deepEqual(failCodes(result), ['100001'])
      },
    },
    {
      name: 'a dispatch delay moves the due date and keeps the product order PAYED',
      operations: ['delayDispatch'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const due =
          epochOf(
            (await detailOf(context.api, productOrderId)).productOrder?.shippingDueDate,
            'shippingDueDate',
          ) +
          2 * DAY$1
        const result = await context.api.delayDispatch({
          productOrderId,
          body: {
            dispatchDueDate: formatKst(due),
            delayedDispatchReason: 'PRODUCT_PREPARE',
            dispatchDelayedDetailedReason: '입고 지연',
          },
        })
        assert.deepEqual(failCodes(result), [])
        const after = await detailOf(context.api, productOrderId)
        assert.equal(after.productOrder?.shippingDueDate, formatKst(due))
        assert.equal(after.productOrder?.delayedDispatchReason, 'PRODUCT_PREPARE')
        assert.equal(after.productOrder?.productOrderStatus, 'PAYED')
      },
    },
    {
      name: 'a dispatch delay to a past date fails with 104105',
      operations: ['delayDispatch'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const result = await context.api.delayDispatch({
          productOrderId,
          body: {
            dispatchDueDate: formatKst((await context.now()) - DAY$1),
            delayedDispatchReason: 'ETC',
            dispatchDelayedDetailedReason: '지난 날짜',
          },
        })
        assert.deepEqual(failCodes(result), ['104105'])
      },
    },
    {
      name: 'dispatching a confirmed product order moves it to DELIVERING with the delivery filled in',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const item = await dispatchItem(context, productOrderId)
        const { data } = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(data?.successProductOrderIds, [productOrderId])
        const detail = await detailOf(context.api, productOrderId)
        assert.equal(detail.productOrder?.productOrderStatus, 'DELIVERING')
        assert.equal(detail.delivery?.deliveryCompany, 'CJGLS')
        assert.equal(detail.delivery?.trackingNumber, item.trackingNumber)
      },
    },
    {
      name: 'a dispatch with an unknown delivery company fails with 104119',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const item = await dispatchItem(context, productOrderId, 'NO_SUCH_COMPANY')
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(failCodes(result), ['104119'])
        await expectState(context, productOrderId, { productOrderStatus: 'PAYED' })
      },
    },
    {
      name: 'dispatching a dispatched product order again fails with 9999',
      operations: ['dispatchProductOrders'],
      needs: ['a dispatched product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const item = await dispatchItem(context, productOrderId)
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(failCodes(result), ['9999'])
      },
    },
    {
      name: 'a dispatch listing one product order twice fails with 104131',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order')
        const items = [
          await dispatchItem(context, productOrderId),
          await dispatchItem(context, productOrderId),
        ]
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: items } })
        assert.ok(failCodes(result).includes('104131'), `104131 among ${failCodes(result)}`)
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/cancels.ts
/** Cancel claims through the state machine (facts §7.8–§7.9, §10.2). */
const cancels = defineSuite({
  id: 'cancels',
  title: 'Cancel claims',
  cases: [
    {
      name: 'a seller cancel of a paid product order completes at once',
      operations: ['requestCancel'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const result = await context.api.requestCancel({
          productOrderId,
          body: {
            cancelReason: 'SOLD_OUT',
            cancelDetailedReason: '품절',
          },
        })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimType: 'CANCEL',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: 'a seller cancel of a product order awaiting its deposit cancels it',
      operations: ['requestCancel'],
      needs: ['an unpaid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('an unpaid product order')
        const result = await context.api.requestCancel({
          productOrderId,
          body: { cancelReason: 'INTENT_CHANGED' },
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: "approving a buyer's cancel request cancels the product order",
      operations: ['approveCancel'],
      needs: ['a confirmed product order with a cancel request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order with a cancel request')
        assert.deepEqual(failCodes(await context.api.approveCancel({ productOrderId })), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'CANCELED',
          claimStatus: 'CANCEL_DONE',
        })
      },
    },
    {
      name: 'approving a cancel that nobody requested fails with 9999',
      operations: ['approveCancel'],
      needs: ['a paid product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        assert.deepEqual(failCodes(await context.api.approveCancel({ productOrderId })), ['9999'])
        await expectState(context, productOrderId, {
          productOrderStatus: 'PAYED',
          claimType: null,
        })
      },
    },
    {
      name: 'dispatching while a cancel request is pending rejects the request',
      operations: ['dispatchProductOrders'],
      needs: ['a confirmed product order with a cancel request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a confirmed product order with a cancel request')
        const item = await dispatchItem(context, productOrderId)
        const result = await context.api.dispatchProductOrders({ body: { dispatchProductOrders: [item] } })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERING',
          claimType: 'CANCEL',
          claimStatus: 'CANCEL_REJECT',
        })
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/gateway.ts
/** The gateway's error envelope (facts §4.3, §5.1), checked on raw responses. */
/**
 * Checks a gateway error: status, code, the exact Korean message, KST timestamp, and the body's trace id
 * equal to the header's.
 * @example gatewayError(response, 401, 'GW.AUTHN')
 */
function gatewayError(response, status, code) {
  assert.equal(response.status, status, 'status')
  const body = response.body
  assert.equal(body.code, code, 'code')
  assert.equal(body.message, GATEWAY_ERRORS[code].message, 'message')
  assert.match(String(body.timestamp), KST_MILLIS, 'timestamp is KST with milliseconds')
  assert.equal(body.traceId, response.headers.get(TRACE_HEADER), `traceId equals the ${TRACE_HEADER} header`)
}
//#endregion
//#region ../contracts/src/suites/envelopes.ts
/** Envelopes and headers (facts §4): the order-API wrapper, error bodies, trace ids, KST date-times. */
const LAST_CHANGED = '/v1/pay-order/mall/product-orders/last-changed-statuses'
const HOUR$3 = 36e5
/** Something shaped like a date-time, whatever its exact format. */
const DATE_TIME_LIKE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
/** Every string under `value` that looks like a date-time, with its path. */
function dateTimes(value, path = '') {
  if (typeof value === 'string') return DATE_TIME_LIKE.test(value) ? [[path, value]] : []
  if (Array.isArray(value)) return value.flatMap((item, i) => dateTimes(item, `${path}/${i}`))
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => dateTimes(v, `${path}/${k}`))
  return []
}
const envelopes = defineSuite({
  id: 'envelopes',
  title: 'Envelopes and headers',
  cases: [
    {
      name: 'an order-API success carries timestamp and traceId, the trace id also in the GNCP-GW-Trace-ID header',
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        const now = await context.now()
        const response = await context.raw('GET', LAST_CHANGED, {
          query: {
            lastChangedFrom: formatKst(now - HOUR$3),
            lastChangedTo: formatKst(now),
          },
        })
        assert.equal(response.status, 200)
        expectEnvelope(response.body, response.headers)
      },
    },
    {
      name: 'an order-API error carries code, Korean message, KST timestamp and the trace id of its header',
      operations: ['queryProductOrders'],
      async run(context) {
        const response = await context.raw('POST', '/v1/pay-order/mall/product-orders/query', {
          body: { productOrderIds: [] },
        })
        assert.equal(response.status, 400)
        expectEnvelope(response.body, response.headers)
        const body = response.body
        assert.equal(body.code, '4000')
        assert.equal(typeof body.message, 'string')
      },
    },
    {
      name: 'a token response carries the GNCP-GW-Trace-ID header',
      operations: ['issueToken'],
      async run(context) {
        await context.client().issueToken()
        const [exchange] = context.exchanges
        assert.ok(exchange?.responseHeaders[TRACE_HEADER.toLowerCase()], 'the trace id header is present')
      },
    },
    {
      name: 'a path the gateway does not know is a 404 GW.NOT_FOUND gateway envelope',
      operations: [],
      async run(context) {
        gatewayError(await context.raw('GET', '/v1/pay-order/mall/no-such-resource'), 404, 'GW.NOT_FOUND')
      },
    },
    {
      name: 'an empty last-changed window answers without data or with an empty list',
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        const from = (await context.now()) - 168 * HOUR$3
        const page = await context.api.getLastChangedStatuses({
          lastChangedFrom: formatKst(from),
          lastChangedTo: formatKst(from + 1e3),
        })
        if ((page.data?.count ?? 0) > 0) context.skip('the target has changes in that second')
        assert.ok(page.data === void 0 || page.data.lastChangeStatuses?.length === 0, 'no rows')
      },
    },
    {
      name: 'response date-times are KST with milliseconds',
      operations: ['queryProductOrders'],
      needs: ['a delivered product order'],
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order')
        const found = dateTimes(
          await context.api.queryProductOrders({ body: { productOrderIds: [productOrderId] } }),
        )
        assert.ok(found.length >= 3, 'the detail has date-times')
        assert.deepEqual(
          found.filter(([, value]) => !KST_MILLIS.test(value)),
          [],
          'every date-time is yyyy-MM-ddTHH:mm:ss.SSS+09:00',
        )
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/exchanges.ts
/** Exchange claims through the state machine (facts §7.15–§7.19, §10.4). */
const redelivery = {
  reDeliveryMethod: 'DELIVERY',
  reDeliveryCompany: 'HANJIN',
  reDeliveryTrackingNumber: '412345678901',
}
const exchanges = defineSuite({
  id: 'exchanges',
  title: 'Exchange claims',
  cases: [
    {
      name: 'completing the collection of an exchange marks it COLLECT_DONE',
      operations: ['completeExchangeCollect'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        assert.deepEqual(failCodes(await context.api.completeExchangeCollect({ productOrderId })), [])
        await expectState(context, productOrderId, {
          claimType: 'EXCHANGE',
          claimStatus: 'COLLECT_DONE',
        })
      },
    },
    {
      name: 'an exchange cannot be re-dispatched before its collection (104417)',
      operations: ['redeliverExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const result = await context.api.redeliverExchange({
          productOrderId,
          body: redelivery,
        })
        assert.deepEqual(failCodes(result), ['104417'])
      },
    },
    {
      name: 'a collected exchange is re-dispatched',
      operations: ['redeliverExchange'],
      needs: ['a delivered product order with a collected exchange'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a collected exchange')
        assert.deepEqual(
          failCodes(
            await context.api.redeliverExchange({
              productOrderId,
              body: redelivery,
            }),
          ),
          [],
        )
        await expectState(context, productOrderId, { claimStatus: 'EXCHANGE_REDELIVERING' })
      },
    },
    {
      name: 'rejecting an exchange request closes it',
      operations: ['rejectExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const result = await context.api.rejectExchange({
          productOrderId,
          body: { rejectExchangeReason: '교환 불가' },
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERED',
          claimStatus: 'EXCHANGE_REJECT',
        })
      },
    },
    {
      name: 'holding back an exchange request sets HOLDBACK',
      operations: ['holdbackExchange'],
      needs: ['a delivered product order with an exchange request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with an exchange request')
        const result = await context.api.holdbackExchange({
          productOrderId,
          body: {
            holdbackClassType: 'EXCHANGE_DELIVERYFEE',
            holdbackExchangeDetailReason: '교환 배송비',
          },
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          claimStatus: 'EXCHANGE_REQUEST',
          holdbackStatus: 'HOLDBACK',
        })
      },
    },
    {
      name: 'releasing a held-back exchange sets RELEASED; releasing it again fails',
      operations: ['releaseExchangeHoldback'],
      needs: ['a delivered product order with a held-back exchange'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a held-back exchange')
        assert.deepEqual(failCodes(await context.api.releaseExchangeHoldback({ productOrderId })), [])
        await expectState(context, productOrderId, { holdbackStatus: 'RELEASED' })
        const again = failCodes(await context.api.releaseExchangeHoldback({ productOrderId }))
        assert.equal(again.length, 1, 'a second release fails')
        assert.ok(['105306', '9999'].includes(again[0] ?? ''), `105306 or 9999, got ${again[0]}`)
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/last-changed.ts
/** Last-changed polling (facts §7.1): rows per change, the type filter, and paging by `more`. */
const SECOND = 1e3
const HOUR$2 = 36e5
const lastChanged$1 = defineSuite({
  id: 'last-changed',
  title: 'Last-changed statuses and paging',
  cases: [
    {
      name: 'a paid product order appears in last-changed as PAYED',
      operations: ['getLastChangedStatuses'],
      needs: ['a paid product order'],
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const paid = await paymentTime(context.api, productOrderId)
        const mine = (
          await allChanges(context.api, {
            lastChangedFrom: formatKst(paid - SECOND),
            lastChangedTo: formatKst(paid + HOUR$2),
          })
        ).filter((r) => r.productOrderId === productOrderId)
        assert.ok(
          mine.some((r) => r.lastChangedType === 'PAYED' && r.productOrderStatus === 'PAYED'),
          `a PAYED row for ${productOrderId}: ${JSON.stringify(mine)}`,
        )
      },
    },
    {
      name: 'a lastChangedType filter returns only rows of that type',
      operations: ['getLastChangedStatuses'],
      needs: ['a dispatched product order'],
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const sent = epochOf(
          (await detailOf(context.api, productOrderId)).delivery?.sendDate,
          'delivery.sendDate',
        )
        const rows = await allChanges(context.api, {
          lastChangedFrom: formatKst(sent - SECOND),
          lastChangedTo: formatKst(sent - SECOND + MAX_QUERY_WINDOW_MS),
          lastChangedType: 'DISPATCHED',
        })
        assert.ok(
          rows.some((r) => r.productOrderId === productOrderId),
          `${productOrderId} is listed`,
        )
        assert.deepEqual([...new Set(rows.map((r) => r.lastChangedType))], ['DISPATCHED'])
      },
    },
    {
      name: 'paging with limitCount 1 returns every change once, with more while changes remain',
      operations: ['getLastChangedStatuses'],
      needs: ['a paid product order', 'a delivered product order'],
      dataDependent: true,
      async run(context) {
        const a = await paymentTime(context.api, (await context.state('a paid product order')).productOrderId)
        const b = await paymentTime(
          context.api,
          (await context.state('a delivered product order')).productOrderId,
        )
        const from = Math.min(a, b) - SECOND
        const query = {
          lastChangedFrom: formatKst(from),
          lastChangedTo: formatKst(from + HOUR$2),
          limitCount: 1,
        }
        const seen = []
        let next = query
        for (let page = 0; page < 10; page++) {
          const { data } = await context.api.getLastChangedStatuses(next)
          const rows = data?.lastChangeStatuses ?? []
          assert.ok(rows.length <= 1, 'at most limitCount rows')
          seen.push(...rows.map((r) => `${r.productOrderId} ${r.lastChangedType} ${r.lastChangedDate}`))
          if (!data?.more) break
          assert.equal(rows.length, 1, 'a page with more is full')
          next = {
            ...query,
            lastChangedFrom: data.more.moreFrom ?? '',
            moreSequence: data.more.moreSequence ?? '',
          }
        }
        if (seen.length < 2) context.skip('fewer than two changes in the window')
        assert.equal(new Set(seen).size, seen.length, `no change twice: ${seen.join(' | ')}`)
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/limits.ts
/**
 * Validation errors and limits (facts §7, Appendix B): 300 ids per query, 30 per confirm and dispatch,
 * limitCount clamped at 300, 24-hour windows, page sizes, malformed date-times and missing fields.
 * Every request here is refused before any product order is read, so the ids are synthetic.
 */
const HOUR$1 = 36e5
/** A 400 `4000` whose invalidInputs name `field`. */
async function invalid(call, field) {
  const error = await expectApiError(call, {
    status: 400,
    code: '4000',
    family: 'order',
  })
  assert.ok(invalidNames(error).includes(field), `invalidInputs name ${field}: ${invalidNames(error)}`)
}
/** A window of `span` ending an hour ago. */
async function windowOf(context, span) {
  const to = (await context.now()) - HOUR$1
  return {
    from: formatKst(to - span),
    to: formatKst(to),
  }
}
const limits = defineSuite({
  id: 'limits',
  title: 'Validation errors and limits',
  cases: [
    {
      name: `a query of 301 ids is a 400 4000 naming productOrderIds`,
      operations: ['queryProductOrders'],
      run: (context) =>
        invalid(
          context.api.queryProductOrders({ body: { productOrderIds: syntheticIds(301) } }),
          'productOrderIds',
        ),
    },
    {
      name: 'a query of no ids is a 400 4000 naming productOrderIds',
      operations: ['queryProductOrders'],
      run: (context) =>
        invalid(context.api.queryProductOrders({ body: { productOrderIds: [] } }), 'productOrderIds'),
    },
    {
      name: 'a query of ids nobody has answers 200 without them',
      operations: ['queryProductOrders'],
      async run(context) {
        const { data } = await context.api.queryProductOrders({ body: { productOrderIds: syntheticIds(2) } })
        assert.deepEqual(data ?? [], [])
      },
    },
    {
      name: `a confirm of 31 ids is a 400 4000 naming productOrderIds`,
      operations: ['confirmProductOrders'],
      run: (context) =>
        invalid(
          context.api.confirmProductOrders({ body: { productOrderIds: syntheticIds(31) } }),
          'productOrderIds',
        ),
    },
    {
      name: `a dispatch of 31 items is a 400 4000 naming dispatchProductOrders`,
      operations: ['dispatchProductOrders'],
      async run(context) {
        const dispatchDate = formatKst(await context.now())
        const dispatchProductOrders = syntheticIds(31).map((productOrderId, i) => ({
          productOrderId,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: String(65e10 + i),
          dispatchDate,
        }))
        await invalid(
          context.api.dispatchProductOrders({ body: { dispatchProductOrders } }),
          'dispatchProductOrders',
        )
      },
    },
    {
      name: `a last-changed limitCount above 300 is clamped, not refused`,
      operations: ['getLastChangedStatuses'],
      dataDependent: true,
      async run(context) {
        const { from } = await windowOf(context, HOUR$1)
        const page = await context.api.getLastChangedStatuses({
          lastChangedFrom: from,
          limitCount: 1e3,
        })
        assert.ok((page.data?.count ?? 0) <= 300, 'at most 300 rows')
      },
    },
    {
      name: 'a last-changed window over 24 hours is a 400 104139',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const { from, to } = await windowOf(context, MAX_QUERY_WINDOW_MS + 1)
        await expectApiError(
          context.api.getLastChangedStatuses({
            lastChangedFrom: from,
            lastChangedTo: to,
          }),
          {
            status: 400,
            code: '104139',
            family: 'order',
          },
        )
      },
    },
    {
      name: 'a last-changed lastChangedFrom without milliseconds is a 400 4000 naming lastChangedFrom',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const from = (await windowOf(context, HOUR$1)).from.replace(/\.\d{3}/, '')
        await invalid(context.api.getLastChangedStatuses({ lastChangedFrom: from }), 'lastChangedFrom')
      },
    },
    {
      name: 'a conditional query over 24 hours is a 400 4000',
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, MAX_QUERY_WINDOW_MS + HOUR$1)
        await expectApiError(
          context.api.searchProductOrders({
            from,
            to,
            rangeType: 'PAYED_DATETIME',
          }),
          {
            status: 400,
            code: '4000',
            family: 'order',
          },
        )
      },
    },
    {
      name: `a conditional query pageSize of 301 is a 400 4000 naming pageSize`,
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, HOUR$1)
        await invalid(
          context.api.searchProductOrders({
            from,
            to,
            pageSize: 301,
          }),
          'pageSize',
        )
      },
    },
    {
      name: 'a conditional query page 0 is a 400 4000 naming page',
      operations: ['searchProductOrders'],
      async run(context) {
        const { from, to } = await windowOf(context, HOUR$1)
        await invalid(
          context.api.searchProductOrders({
            from,
            to,
            page: 0,
          }),
          'page',
        )
      },
    },
    {
      name: 'a cancel request without its reason is a 400 4000 naming cancelReason',
      operations: ['requestCancel'],
      async run(context) {
        const response = await context.raw(
          'POST',
          `/v1/pay-order/mall/product-orders/${syntheticId()}/claim/cancel/request`,
          { body: {} },
        )
        assert.equal(response.status, 400)
        const body = response.body
        assert.equal(body.code, '4000')
        assert.ok(
          body.invalidInputs?.some((i) => i.name === 'cancelReason'),
          'invalidInputs name cancelReason',
        )
      },
    },
    {
      name: 'the product order ids of an order nobody has are a 400 100003',
      operations: ['getProductOrderIds'],
      async run(context) {
        await expectApiError(context.api.getProductOrderIds({ orderId: syntheticId() }), {
          status: 400,
          code: '100003',
          family: 'order',
        })
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/queries.ts
/** Query, product order ids, conditional query and reviews (facts §7.2–§7.4, §12). */
const MINUTE$1 = 6e4
const HOUR = 60 * MINUTE$1
/** Every product order id a conditional search finds, following pages. */
async function searchAll(api, query) {
  const ids = []
  for (let page = 1; page <= 10; page++) {
    const { data } = await api.searchProductOrders({
      ...query,
      page,
    })
    ids.push(...(data?.contents ?? []).map((c) => c.productOrderId ?? ''))
    if (!data?.pagination?.hasNext) break
  }
  return ids
}
const queries = defineSuite({
  id: 'queries',
  title: 'Query, product order ids, conditional query, reviews',
  cases: [
    {
      name: 'a query returns the detail of a paid product order',
      operations: ['queryProductOrders'],
      needs: ['a paid product order'],
      async run(context) {
        const { productOrderId, orderId } = await context.state('a paid product order')
        const { data } = await context.api.queryProductOrders({ body: { productOrderIds: [productOrderId] } })
        assert.equal(data?.length, 1)
        assert.equal(data?.[0]?.productOrder?.productOrderId, productOrderId)
        assert.equal(data?.[0]?.order?.orderId, orderId)
        assert.equal(data?.[0]?.productOrder?.productOrderStatus, 'PAYED')
      },
    },
    {
      name: 'a query answers in the order the ids were asked',
      operations: ['queryProductOrders'],
      needs: ['a paid product order', 'a delivered product order'],
      async run(context) {
        const paid = (await context.state('a paid product order')).productOrderId
        const delivered = (await context.state('a delivered product order')).productOrderId
        const { data } = await context.api.queryProductOrders({
          body: { productOrderIds: [delivered, paid] },
        })
        assert.deepEqual(
          data?.map((d) => d.productOrder?.productOrderId),
          [delivered, paid],
        )
      },
    },
    {
      name: 'the product order ids of an order include its product order',
      operations: ['getProductOrderIds'],
      needs: ['a paid product order'],
      async run(context) {
        const { productOrderId, orderId } = await context.state('a paid product order')
        const { data } = await context.api.getProductOrderIds({ orderId })
        assert.ok(data?.includes(productOrderId), `${productOrderId} is listed`)
      },
    },
    {
      name: 'a conditional query by payment time finds a paid product order',
      operations: ['searchProductOrders'],
      needs: ['a paid product order'],
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a paid product order')
        const paid = await paymentTime(context.api, productOrderId)
        const ids = await searchAll(context.api, {
          from: formatKst(paid - MINUTE$1),
          to: formatKst(paid + MINUTE$1),
          rangeType: 'PAYED_DATETIME',
        })
        assert.ok(ids.includes(productOrderId), `${productOrderId} is found`)
      },
    },
    {
      name: 'a conditional query filtered by status returns only that status',
      operations: ['searchProductOrders'],
      needs: ['a dispatched product order'],
      dataDependent: true,
      async run(context) {
        const { productOrderId } = await context.state('a dispatched product order')
        const paid = await paymentTime(context.api, productOrderId)
        const { data } = await context.api.searchProductOrders({
          from: formatKst(paid - MINUTE$1),
          to: formatKst(paid + MINUTE$1),
          rangeType: 'PAYED_DATETIME',
          productOrderStatuses: ['DELIVERING'],
        })
        const contents = data?.contents ?? []
        assert.ok(
          contents.some((c) => c.productOrderId === productOrderId),
          `${productOrderId} is found`,
        )
        for (const c of contents) assert.equal(c.content?.productOrder?.productOrderStatus, 'DELIVERING')
      },
    },
    {
      name: 'a conditional query pages with hasNext and never repeats a product order',
      operations: ['searchProductOrders'],
      needs: ['a paid product order', 'a delivered product order'],
      dataDependent: true,
      async run(context) {
        await context.state('a paid product order')
        await context.state('a delivered product order')
        const from = (await context.now()) - 23 * HOUR
        const window = {
          from: formatKst(from),
          to: formatKst(from + 24 * HOUR),
          rangeType: 'PAYED_DATETIME',
        }
        const first = await context.api.searchProductOrders({
          ...window,
          pageSize: 1,
          page: 1,
        })
        if (!first.data?.pagination?.hasNext)
          context.skip('fewer than two product orders were paid in the last day')
        const second = await context.api.searchProductOrders({
          ...window,
          pageSize: 1,
          page: 2,
        })
        assert.equal(first.data?.contents?.length, 1)
        assert.equal(second.data?.contents?.length, 1)
        assert.equal(second.data?.pagination?.page, 2)
        assert.notEqual(second.data?.contents?.[0]?.productOrderId, first.data?.contents?.[0]?.productOrderId)
      },
    },
    {
      name: 'reviews of the last hour answer the documented shape',
      operations: ['getReviews'],
      dataDependent: true,
      async run(context) {
        const now = await context.now()
        const body = await context.api.getReviews({
          inquiryTimeFrom: formatKst(now - HOUR),
          inquiryTimeTo: formatKst(now),
        })
        assert.equal(typeof body.timestamp, 'string')
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/returns.ts
/** Return claims through the state machine (facts §7.10–§7.14, §10.3). */
const returnRequest = {
  returnReason: 'INTENT_CHANGED',
  collectDeliveryMethod: 'RETURN_DESIGNATED',
}
const returns = defineSuite({
  id: 'returns',
  title: 'Return claims',
  cases: [
    {
      name: 'a seller return request of a delivered product order opens a return',
      operations: ['requestReturn'],
      needs: ['a delivered product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order')
        const result = await context.api.requestReturn({
          productOrderId,
          body: returnRequest,
        })
        assert.deepEqual(result.data?.successProductOrderIds, [productOrderId])
        await expectState(context, productOrderId, {
          claimType: 'RETURN',
          claimStatus: 'RETURN_REQUEST',
        })
      },
    },
    {
      name: 'a return request after the purchase decision fails with 9999',
      operations: ['requestReturn'],
      needs: ['a purchase-decided product order'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a purchase-decided product order')
        const result = await context.api.requestReturn({
          productOrderId,
          body: returnRequest,
        })
        assert.deepEqual(failCodes(result), ['9999'])
      },
    },
    {
      name: 'approving a return request returns the product order',
      operations: ['approveReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        assert.deepEqual(failCodes(await context.api.approveReturn({ productOrderId })), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'RETURNED',
          claimStatus: 'RETURN_DONE',
        })
      },
    },
    {
      name: 'rejecting a return request keeps the product order delivered',
      operations: ['rejectReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        const result = await context.api.rejectReturn({
          productOrderId,
          body: { rejectReturnReason: '반품 불가 상품' },
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          productOrderStatus: 'DELIVERED',
          claimStatus: 'RETURN_REJECT',
        })
      },
    },
    {
      name: 'holding back a return request sets HOLDBACK and keeps the claim status',
      operations: ['holdbackReturn'],
      needs: ['a delivered product order with a return request'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a return request')
        const result = await context.api.holdbackReturn({
          productOrderId,
          body: {
            holdbackClassType: 'RETURN_DELIVERYFEE',
            holdbackReturnDetailReason: '반품 배송비',
            extraReturnFeeAmount: 3e3,
          },
        })
        assert.deepEqual(failCodes(result), [])
        await expectState(context, productOrderId, {
          claimStatus: 'RETURN_REQUEST',
          holdbackStatus: 'HOLDBACK',
        })
      },
    },
    {
      name: 'a held-back return cannot be approved until it is released',
      operations: ['approveReturn', 'releaseReturnHoldback'],
      needs: ['a delivered product order with a held-back return'],
      mutates: true,
      async run(context) {
        const { productOrderId } = await context.state('a delivered product order with a held-back return')
        assert.deepEqual(
          failCodes(await context.api.approveReturn({ productOrderId })),
          ['9999'],
          'approve while held',
        )
        assert.deepEqual(
          failCodes(await context.api.releaseReturnHoldback({ productOrderId })),
          [],
          'release',
        )
        await expectState(context, productOrderId, { holdbackStatus: 'RELEASED' })
        assert.deepEqual(
          failCodes(await context.api.approveReturn({ productOrderId })),
          [],
          'approve after release',
        )
        await expectState(context, productOrderId, {
          productOrderStatus: 'RETURNED',
          claimStatus: 'RETURN_DONE',
        })
      },
    },
    {
      name: 'a return action on a product order nobody has fails with 100001',
      operations: ['approveReturn'],
      async run(context) {
        assert.deepEqual(failCodes(await context.api.approveReturn({ productOrderId: syntheticId() })), [
          '100001',
        ])
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/settlement.ts
/**
 * Settlement (facts §11): the `{elements, pagination}` envelope, `pageSize` ≤ 1000, `pageNumber` ≥ 1,
 * VAT dates up to the last day of the previous month. A target that does not serve an operation yet
 * answers 404 `GW.NOT_FOUND`, and its cases are reported as unsupported rather than failed.
 */
const DAY = 864e5
/** KST dates of the previous month's first and last day. */
function previousMonth(now) {
  const [year, month] = formatKstDate(now).split('-').map(Number)
  const firstOfThisMonth = Date.UTC(year, month - 1, 1)
  const last = new Date(firstOfThisMonth - DAY)
  return {
    first: new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1)).toISOString().slice(0, 10),
    last: last.toISOString().slice(0, 10),
  }
}
/** Valid date parameters of each operation, a settled period in the past. */
const PERIODS = {
  getSettleCases: (now) => ({
    searchDate: formatKstDate(now - DAY),
    periodType: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  }),
  getSettleDaily: (now) => ({
    startDate: formatKstDate(now - 7 * DAY),
    endDate: formatKstDate(now - DAY),
  }),
  getCommissionDetails: (now) => ({
    searchDate: formatKstDate(now - DAY),
    periodType: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
  }),
  getVatCases: (now) => ({
    startDate: previousMonth(now).first,
    endDate: previousMonth(now).last,
  }),
  getVatDaily: (now) => ({
    startDate: previousMonth(now).first,
    endDate: previousMonth(now).last,
  }),
}
function call(context, operation, query) {
  const method = context.api[operation]
  return method(query)
}
async function badRequest(context, operation, query, field) {
  const error = await expectApiError(call(context, operation, query), {
    status: 400,
    code: 'BAD_REQUEST',
  })
  assert.equal(error.family, 'settlement')
  assert.ok(invalidNames(error).includes(field), `invalidInputs name ${field}: ${invalidNames(error)}`)
}
function casesOf(operation) {
  const valid = async (context) => ({
    ...PERIODS[operation](await context.now()),
    pageNumber: 1,
    pageSize: 10,
  })
  return [
    {
      name: `${operation} answers elements and pagination`,
      operations: [operation],
      dataDependent: true,
      async run(context) {
        const body = await call(context, operation, await valid(context))
        assert.ok(Array.isArray(body.elements), 'elements is an array')
        assert.equal(typeof body.pagination?.totalElements, 'number', 'pagination.totalElements')
      },
    },
    {
      name: `${operation} with pageSize ${MAX_SETTLEMENT_PAGE_SIZE + 1} is a 400 BAD_REQUEST naming pageSize`,
      operations: [operation],
      run: async (context) =>
        badRequest(
          context,
          operation,
          {
            ...(await valid(context)),
            pageSize: MAX_SETTLEMENT_PAGE_SIZE + 1,
          },
          'pageSize',
        ),
    },
    {
      name: `${operation} with pageNumber 0 is a 400 BAD_REQUEST naming pageNumber`,
      operations: [operation],
      run: async (context) =>
        badRequest(
          context,
          operation,
          {
            ...(await valid(context)),
            pageNumber: 0,
          },
          'pageNumber',
        ),
    },
  ]
}
const settlement = defineSuite({
  id: 'settlement',
  title: 'Settlement',
  cases: [
    ...Object.keys(PERIODS).flatMap(casesOf),
    {
      name: 'getVatCases up to today, past the end of the previous month, is a 400 BAD_REQUEST naming endDate',
      operations: ['getVatCases'],
      async run(context) {
        const now = await context.now()
        await badRequest(
          context,
          'getVatCases',
          {
            startDate: previousMonth(now).first,
            endDate: formatKstDate(now),
            pageNumber: 1,
            pageSize: 10,
          },
          'endDate',
        )
      },
    },
  ],
})
//#endregion
//#region ../contracts/src/suites/tokens.ts
/** Token rules (facts §3): the signature, the 5-minute window, reuse within 30 minutes, and errors. */
const MINUTE = 6e4
const ANOTHER_SECRET = '$2a$04$abcdefghijklmnopqrstuu'
const lastChanged = async (context) => ({ lastChangedFrom: formatKst((await context.now()) - MINUTE) })
/** Token endpoint errors: 400 from the token service, naming the parameter [REC: real body unknown, Q1]. */
async function refused(call, parameter) {
  const error = await expectApiError(call, {
    status: 400,
    family: 'token',
  })
  assert.deepEqual(invalidNames(error), [parameter], 'invalidInputs name the parameter')
}
//#endregion
//#region ../contracts/src/suites/index.ts
/** All suites. */
const SUITES = [
  defineSuite({
    id: 'tokens',
    title: 'Token rules',
    cases: [
      {
        name: 'a correctly signed request returns a bearer token that lives at most 10,800 seconds',
        operations: ['issueToken'],
        async run(context) {
          const token = await context.client().issueToken()
          assert.equal(token.token_type, 'Bearer')
          assert.ok(token.access_token.length > 0, 'access_token is not empty')
          assert.ok(token.expires_in > 0 && token.expires_in <= 10800, `expires_in ${token.expires_in}`)
        },
      },
      {
        name: 'a second request within 30 minutes returns the same token with its remaining seconds',
        operations: ['issueToken'],
        async run(context) {
          const client = context.client()
          const first = await client.issueToken()
          const second = await client.issueToken()
          assert.equal(second.access_token, first.access_token, 'the same token')
          assert.ok(second.expires_in <= first.expires_in, 'remaining seconds do not grow')
          assert.ok(second.expires_in >= TOKEN_REUSE_THRESHOLD_SECONDS, 'at least 30 minutes remain')
        },
      },
      {
        name: 'the token parameters may come in the query string with an empty body',
        operations: ['issueToken'],
        async run(context) {
          const { clientId, clientSecret } = context.credentials
          const timestamp = String(Date.now() - 3e3)
          const response = await context.raw('POST', '/v1/oauth2/token', {
            auth: 'none',
            query: {
              client_id: clientId,
              timestamp,
              grant_type: 'client_credentials',
              client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
              type: 'SELF',
            },
          })
          assert.equal(response.status, 200)
          assert.equal(response.body.token_type, 'Bearer')
        },
      },
      {
        name: 'a timestamp six minutes old is refused with 400 naming timestamp',
        operations: ['issueToken'],
        run: (context) =>
          refused(context.client({ now: () => Date.now() - 6 * MINUTE }).issueToken(), 'timestamp'),
      },
      {
        name: 'a timestamp a minute ahead is refused with 400 naming timestamp',
        operations: ['issueToken'],
        run: (context) =>
          refused(
            context
              .client({
                now: () => Date.now() + MINUTE,
                timestampSkewMs: 0,
              })
              .issueToken(),
            'timestamp',
          ),
      },
      {
        name: 'a signature made with another secret is refused with 400 naming client_secret_sign',
        operations: ['issueToken'],
        run: (context) =>
          refused(context.client({ clientSecret: ANOTHER_SECRET }).issueToken(), 'client_secret_sign'),
      },
      {
        name: 'an unknown client_id is refused with 400 or 403',
        operations: ['issueToken'],
        async run(context) {
          await expectApiError(
            context.client({ clientId: `unknown${context.credentials.clientId}`.slice(0, 40) }).issueToken(),
            { status: [400, 403] },
          )
        },
      },
      {
        name: 'an API call without a token is a 401 GW.AUTHN gateway error',
        operations: ['getLastChangedStatuses'],
        async run(context) {
          gatewayError(
            await context.raw('GET', '/v1/pay-order/mall/product-orders/last-changed-statuses', {
              auth: 'none',
              query: await lastChanged(context),
            }),
            401,
            'GW.AUTHN',
          )
        },
      },
      {
        name: 'an unknown bearer token is a 401 GW.AUTHN gateway error',
        operations: ['getLastChangedStatuses'],
        async run(context) {
          gatewayError(
            await context.raw('GET', '/v1/pay-order/mall/product-orders/last-changed-statuses', {
              auth: { authorization: 'Bearer npay-contracts-not-a-token' },
              query: await lastChanged(context),
            }),
            401,
            'GW.AUTHN',
          )
        },
      },
      ...[
        {
          name: 'below 30 minutes of life a new token is issued and the old one keeps working',
          operations: ['issueToken', 'getLastChangedStatuses'],
          requires: ['clock'],
          async run(context) {
            const client = context.client()
            const first = await client.issueToken()
            await context.advanceClock('2h31m')
            const second = await client.issueToken()
            assert.notEqual(second.access_token, first.access_token, 'a new token')
            assert.equal(second.expires_in, TOKEN_LIFETIME_SECONDS, 'a fresh lifetime')
            const old = await context.raw('GET', '/v1/pay-order/mall/product-orders/last-changed-statuses', {
              auth: { authorization: `Bearer ${first.access_token}` },
              query: await lastChanged(context),
            })
            assert.equal(old.status, 200, 'the old token still works')
          },
        },
        {
          name: 'an expired token is a 401 GW.AUTHN and the client recovers by issuing a new one',
          operations: ['issueToken', 'getLastChangedStatuses'],
          requires: ['clock'],
          async run(context) {
            await context.api.token()
            await context.advanceClock('3h1m')
            await context.api.getLastChangedStatuses(await lastChanged(context))
            const statuses = context.exchanges.map((e) => `${e.operationId} ${e.status}`)
            assert.deepEqual(statuses, [
              'issueToken 200',
              'getLastChangedStatuses 401',
              'issueToken 200',
              'getLastChangedStatuses 200',
            ])
          },
        },
      ],
    ],
  }),
  envelopes,
  limits,
  settlement,
  queries,
  lastChanged$1,
  actions,
  cancels,
  returns,
  exchanges,
]
//#endregion
//#region ../contracts/src/targets/http.ts
/**
 * The `http` target: an emulator spawned as its own process (`npay-sandbox start --port 0` on
 * 127.0.0.1), called over real TCP, exactly as an integrator's service would call it.
 */
const STARTUP_TIMEOUT_MS = 2e4
const SHUTDOWN_GRACE_MS = 5e3
const BASE_URL_LINE = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/
/**
 * The emulator's CLI in the workspace, found through the mock-server package rather than a relative path.
 * The `npay-sandbox` package passes its own entry instead (or the single executable itself).
 * @example workspaceEmulatorCommand() // [process.execPath, '/…/mock-server/bin/npay-sandbox.mjs']
 */
function workspaceEmulatorCommand() {
  const entry = createRequire(import.meta.url).resolve('@npay-sandbox/mock-server')
  return [process.execPath, fileURLToPath(new URL('../bin/npay-sandbox.mjs', pathToFileURL(entry)))]
}
/**
 * Spawns an emulator on a free port of 127.0.0.1 and creates the `http` target over it.
 * @example
 * const target = await createHttpTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 */
async function createHttpTarget(command = workspaceEmulatorCommand()) {
  const [program, ...args] = command
  if (!program) throw new TypeError('the emulator command is empty')
  const child = spawn(program, [...args, 'start', '--port', '0', '--host', '127.0.0.1', '--seed', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let origin
  try {
    origin = await startedAt(child)
  } catch (error) {
    await stop(child)
    throw error
  }
  const viaGlobal = (request) => globalThis.fetch(request)
  return {
    name: 'http',
    description: `an emulator process at ${origin}, over TCP`,
    baseUrl: `${origin}/npay/partner`,
    fetch: viaGlobal,
    control: createControlPlaneClient({
      baseUrl: origin,
      fetch: viaGlobal,
    }),
    allowMutations: true,
    close: () => stop(child),
  }
}
function startedAt(child) {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () =>
        reject(
          /* @__PURE__ */ new Error(`the emulator did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`),
        ),
      STARTUP_TIMEOUT_MS,
    )
    const onData = (chunk) => {
      output += chunk.toString()
      const match = BASE_URL_LINE.exec(output)
      if (!match?.[1]) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stdout?.resume()
      resolve(match[1])
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk) => {
      output += chunk.toString()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(/* @__PURE__ */ new Error(`the emulator exited with ${code} before listening:\n${output}`))
    })
  })
}
/**
 * Ends a child process: SIGTERM, then SIGKILL if it lingers.
 * @example await stop(child)
 */
function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_GRACE_MS)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
//#endregion
//#region ../contracts/src/targets/inprocess.ts
/** The `inprocess` target: the emulator's Hono app called through `app.request`, no network at all. */
const ORIGIN = 'http://emulator.test'
/**
 * Creates the `inprocess` target.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 */
async function createInprocessTarget(options = {}) {
  const sandbox = createSandbox({
    seed: 1,
    ...options.sandbox,
  })
  const app = (request) => sandbox.app.request(request)
  return {
    name: 'inprocess',
    description: 'the emulator in this process, through app.request',
    baseUrl: `${ORIGIN}/npay/partner`,
    fetch: altered(app, options.alterResponse),
    control: createControlPlaneClient({
      baseUrl: ORIGIN,
      fetch: app,
    }),
    allowMutations: true,
    close: async () => {},
  }
}
/**
 * Applies an optional response rewrite to a fetch.
 * @example altered(fetch, undefined) === fetch // true
 */
function altered(fetch, alter) {
  if (!alter) return fetch
  return async (request) => alter(request, await fetch(request.clone()))
}
//#endregion
//#region ../contracts/src/targets/msw.ts
/**
 * The `msw` target: the client calls the real sandbox host through the global fetch, and MSW answers
 * in-process with the emulator. Proves that code pointed at the real URL runs offline unchanged.
 */
/**
 * Creates the `msw` target. Unhandled requests are errors, so nothing leaks to the network.
 * @example
 * const target = await createMswTarget()
 * try { await runContracts({ target }) } finally { await target.close() }
 */
async function createMswTarget(options = {}) {
  const sandbox = createSandbox({
    seed: 1,
    ...options.sandbox,
  })
  const server = setupServer(...sandbox.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  const viaGlobal = (request) => globalThis.fetch(request)
  return {
    name: 'msw',
    description: `fetch to ${SANDBOX_BASE_URL} intercepted by MSW and answered by the emulator`,
    baseUrl: SANDBOX_BASE_URL,
    fetch: altered(viaGlobal, options.alterResponse),
    control: createControlPlaneClient({
      baseUrl: 'http://emulator.test',
      fetch: (request) => sandbox.app.request(request),
    }),
    allowMutations: true,
    close: async () => server.close(),
  }
}
//#endregion
//#region ../contracts/src/targets/paced-fetch.ts
const RATE_LIMIT_RETRIES = 2
const RATE_LIMIT_PAUSE_MS = 1e3
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/**
 * Wraps a fetch so requests are spaced `intervalMs` apart and rate-limited ones are retried.
 * @example const fetch = pacedFetch((r) => globalThis.fetch(r), 500)
 */
function pacedFetch(inner, intervalMs) {
  let queue = Promise.resolve()
  let last = 0
  const slot = async () => {
    const wait = last + intervalMs - Date.now()
    if (wait > 0) await sleep(wait)
    last = Date.now()
  }
  return (request) => {
    const run = queue.then(async () => {
      for (let attempt = 0; ; attempt++) {
        await slot()
        const response = await inner(request.clone())
        if (attempt >= RATE_LIMIT_RETRIES || !(await isRateLimited(response))) return response
        await sleep(RATE_LIMIT_PAUSE_MS)
      }
    })
    queue = run.catch(() => void 0)
    return run
  }
}
async function isRateLimited(response) {
  if (response.status !== 429) return false
  return (await response.clone().text()).includes('GW.RATE_LIMIT')
}
//#endregion
//#region ../contracts/src/targets/sandbox.ts
/**
 * The `sandbox` target: any base URL with real credentials — the real Naver Pay sandbox host by default.
 * It has no control plane, so cases that need product orders in a given state take them from a
 * fixtures file, and cases that change state run only when mutations are allowed.
 */
/** Default spacing of requests to a real host: 2 per second. */
const DEFAULT_SANDBOX_PACE_MS = 500
/**
 * Creates the `sandbox` target. Credentials are checked here, before any request.
 * @example
 * const target = createSandboxTarget({ clientId, clientSecret, fixtures, allowMutations: true })
 */
function createSandboxTarget(options) {
  const baseUrl = (options.baseUrl ?? 'https://sandbox-api.pay.naver.com/npay/partner').replace(/\/+$/, '')
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`the base URL must be http(s), got ${baseUrl}`)
  if (!options.clientId) throw new TypeError('the sandbox target needs a client id (NPAY_CLIENT_ID)')
  if (!isBcryptSalt(options.clientSecret))
    throw new TypeError('the client secret (NPAY_CLIENT_SECRET) must be a bcrypt salt like $2a$04$…')
  const inner = options.fetch ?? ((request) => globalThis.fetch(request))
  return {
    name: 'sandbox',
    description: `${baseUrl} with the given credentials`,
    baseUrl,
    fetch: pacedFetch(inner, options.paceMs ?? 500),
    credentials: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
    },
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    close: async () => {},
  }
}
//#endregion
//#region ../contracts/src/targets/create-target.ts
const TARGET_NAMES = ['inprocess', 'msw', 'http', 'sandbox']
/**
 * Whether a string names a target.
 * @example isTargetName('http') // true
 */
function isTargetName(name) {
  return TARGET_NAMES.includes(name)
}
/**
 * Creates a target by name. Emulator targets ignore fixtures and always allow mutations.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
async function createTarget(name, options = {}) {
  if (name === 'inprocess') return createInprocessTarget()
  if (name === 'msw') return createMswTarget()
  if (name === 'http') return createHttpTarget(options.emulatorCommand)
  const env = options.env ?? {}
  return createSandboxTarget({
    ...(env.NPAY_BASE_URL ? { baseUrl: env.NPAY_BASE_URL } : {}),
    clientId: env.NPAY_CLIENT_ID ?? '',
    clientSecret: env.NPAY_CLIENT_SECRET ?? '',
    ...(options.fixtures ? { fixtures: options.fixtures } : {}),
    allowMutations: options.allowMutations ?? false,
    ...(options.paceMs === void 0 ? {} : { paceMs: options.paceMs }),
  })
}
//#endregion
//#region ../contracts/src/cli-options.ts
/** The options of `npay-sandbox contracts`, parsed and checked before anything starts. */
const CONTRACTS_USAGE = `  npay-sandbox contracts [--target inprocess|msw|http|sandbox] [--record DIR] [--compare DIR]
                         [--fixtures FILE] [--allow-mutations] [--report DIR] [--suite ID]... [--max-age DAYS]
                         [--pace MS] [--list]
      Run the contract suites against a target (default inprocess). sandbox reads NPAY_BASE_URL (default the
      real sandbox host), NPAY_CLIENT_ID and NPAY_CLIENT_SECRET; its state-changing cases need --fixtures
      and --allow-mutations. --record saves scrubbed cassettes; --compare replays the suites and writes
      drift.md/drift.json (cassettes older than --max-age days, default 30, are flagged stale). --report
      writes report.md, report.json and junit.xml. Exit: 0 ok, 1 failed cases, 2 usage, 3 drift found.`
/** A mistake in the command line: exit code 2 with the usage. */
var UsageError = class extends Error {}
function number(name, value, min) {
  if (value === void 0) return void 0
  const n = Number(value)
  if (!Number.isFinite(n) || n < min)
    throw new UsageError(`--${name} must be a number ≥ ${min}, got ${value}`)
  return n
}
/**
 * Parses the arguments after `contracts`.
 * @example parseContractsArgs(['--target', 'http', '--report', 'out']) // { target: 'http', report: 'out', … }
 */
function parseContractsArgs(argv) {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        target: {
          type: 'string',
          default: 'inprocess',
        },
        record: { type: 'string' },
        compare: { type: 'string' },
        fixtures: { type: 'string' },
        'allow-mutations': {
          type: 'boolean',
          default: false,
        },
        report: { type: 'string' },
        suite: {
          type: 'string',
          multiple: true,
          default: [],
        },
        'max-age': { type: 'string' },
        pace: { type: 'string' },
        list: {
          type: 'boolean',
          default: false,
        },
      },
    }).values
  } catch (error) {
    throw new UsageError(error.message)
  }
  const target = String(values.target)
  if (!isTargetName(target)) throw new UsageError(`--target must be one of ${TARGET_NAMES.join(', ')}`)
  const suites = values.suite
  const known = SUITES.map((s) => s.id)
  const unknown = suites.filter((s) => !known.includes(s))
  if (unknown.length > 0)
    throw new UsageError(`unknown --suite ${unknown.join(', ')}; suites: ${known.join(', ')}`)
  const text = (name) => (typeof values[name] === 'string' ? values[name] : void 0)
  const options = {
    target,
    allowMutations: values['allow-mutations'] === true,
    suites,
    list: values.list === true,
  }
  for (const [key, name] of [
    ['record', 'record'],
    ['compare', 'compare'],
    ['fixtures', 'fixtures'],
    ['report', 'report'],
  ]) {
    const value = text(name)
    if (value !== void 0) options[key] = value
  }
  const maxAgeDays = number('max-age', text('max-age'), 0)
  if (maxAgeDays !== void 0) options.maxAgeDays = maxAgeDays
  const paceMs = number('pace', text('pace'), 0)
  if (paceMs !== void 0) options.paceMs = paceMs
  return options
}
//#endregion
//#region ../contracts/src/drift/document-enums.ts
/**
 * Which response fields are enums, read from the OpenAPI document: the drift report compares values only
 * there (a product name or an amount differs between any two runs; a claim status must not), and names
 * values the document does not know. Open string fields marked `x-npay-enum` count as enums too.
 */
const document = npayApiDocument
const cache = /* @__PURE__ */ new Map()
function deref(schema) {
  let node = schema
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string' && hops < 20; hops++)
    node = node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce(
        (acc, key) => (isRecord(acc) ? acc[key.replaceAll('~1', '/').replaceAll('~0', '~')] : void 0),
        document,
      )
  return isRecord(node) ? node : void 0
}
function responseSchema(operationId, status) {
  for (const item of Object.values(document.paths ?? {}))
    for (const op of Object.values(item)) {
      if (!isRecord(op) || op.operationId !== operationId) continue
      const responses = op.responses ?? {}
      const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses)
      const content = (key ? deref(responses[key]) : void 0)?.content
      return deref(content?.['application/json']?.schema)
    }
}
/** The sub-schemas a property or item can come from (through allOf/oneOf/anyOf). */
function children(schema, segment) {
  const out = []
  const properties = schema.properties
  const resolved = deref(segment === '[]' ? schema.items : properties?.[segment])
  if (resolved) out.push(resolved)
  for (const key of ['allOf', 'oneOf', 'anyOf'])
    for (const part of schema[key] ?? []) {
      const sub = deref(part)
      if (sub) out.push(...children(sub, segment))
    }
  return out
}
function enumOf(schema) {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v) => typeof v === 'string')
  if (typeof schema['x-npay-enum'] === 'string') {
    const named = deref({ $ref: `#/components/schemas/${schema['x-npay-enum']}` })
    return named ? enumOf(named) : void 0
  }
}
/**
 * The allowed values at a generic path (`data/lastChangeStatuses/[]/claimStatus`) of an operation's
 * response, or undefined when the field is not an enum.
 * @example documentEnum('getLastChangedStatuses', 200, 'data/lastChangeStatuses/[]/claimStatus') // ['CANCEL_REQUEST', …]
 */
function documentEnum(operationId, status, path) {
  const key = `${operationId} ${status} ${path}`
  if (!cache.has(key)) {
    let candidates = [responseSchema(operationId, status)].filter((s) => s !== void 0)
    for (const segment of path.split('/').filter(Boolean))
      candidates = candidates.flatMap((s) => children(s, segment))
    const found = candidates.map(enumOf).find((values) => values !== void 0)
    cache.set(key, found ?? null)
  }
  return cache.get(key) ?? void 0
}
//#endregion
//#region ../contracts/src/drift/shape.ts
/**
 * The shape of a JSON body for comparison: every generic path (array indexes as `[]`) with the JSON
 * types seen there, and the values seen at paths the document declares as enums.
 */
function typeOf(value) {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
/**
 * The shape of a body of an operation's response.
 * @example shapeOf('getProductOrderIds', 200, body).types.get('data/[]') // Set { 'string' }
 */
function shapeOf(operationId, status, body) {
  const shape = {
    types: /* @__PURE__ */ new Map(),
    enums: /* @__PURE__ */ new Map(),
  }
  const add = (map, path, value) => {
    const set = map.get(path) ?? /* @__PURE__ */ new Set()
    set.add(value)
    map.set(path, set)
  }
  const walk = (value, path) => {
    add(shape.types, path, typeOf(value))
    if (Array.isArray(value)) for (const item of value) walk(item, `${path}/[]`)
    else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`)
    else if (typeof value === 'string' && operationId && documentEnum(operationId, status, path))
      add(shape.enums, path, value)
  }
  walk(body, '')
  return shape
}
//#endregion
//#region ../contracts/src/drift/compare-exchange.ts
/**
 * Enum fields that carry the state machine: their values must match value for value. Other enum fields
 * describe order data (payment means, tax type, …) that differs between any two orders, so only values
 * the document does not know are reported there.
 */
const STATE_FIELD = /(Status|^claimType|^lastChangedType)$/
/** Error codes an exchange carries: the body's `code` on failure, and per-item codes of batch results. */
function errorCodes(exchange) {
  const body = exchange.responseBody
  if (!isRecord(body)) return []
  const codes = exchange.status >= 400 && typeof body.code === 'string' ? [body.code] : []
  const data = isRecord(body.data) ? body.data : {}
  const failures = Array.isArray(data.failProductOrderInfos) ? data.failProductOrderInfos : []
  for (const failure of failures) if (isRecord(failure)) codes.push(String(failure.code))
  return codes
}
/**
 * Compares one pair of scrubbed exchanges. With `shapeOnly`, key sets and enum values are not compared
 * (the case reads whatever data the target holds), except values the document does not know.
 * @example compareExchange(recorded, replayed, false) // [{ kind: 'status', recorded: '200', replayed: '400', … }]
 */
function compareExchange(recorded, replayed, shapeOnly) {
  const operationId = recorded.operationId ?? '(unknown)'
  const where = (e) => `${e.method} ${e.path}`
  if (recorded.operationId !== replayed.operationId || recorded.method !== replayed.method)
    return [
      {
        operationId,
        kind: 'sequence',
        recorded: where(recorded),
        replayed: where(replayed),
        message: 'a different request at this point of the case',
      },
    ]
  const found = []
  if (recorded.status !== replayed.status)
    found.push({
      operationId,
      kind: 'status',
      recorded: String(recorded.status),
      replayed: String(replayed.status),
      message: 'HTTP status differs',
    })
  const codes = [errorCodes(recorded).join(','), errorCodes(replayed).join(',')]
  if (codes[0] !== codes[1])
    found.push({
      operationId,
      kind: 'error-code',
      recorded: codes[0] || '(none)',
      replayed: codes[1] || '(none)',
      message: 'error codes differ',
    })
  if (recorded.status !== replayed.status) return found
  const a = shapeOf(recorded.operationId, recorded.status, recorded.responseBody)
  const b = shapeOf(replayed.operationId, replayed.status, replayed.responseBody)
  if (!shapeOnly) found.push(...keyDifferences(operationId, a, b))
  found.push(...typeDifferences(operationId, a, b))
  found.push(...enumDifferences(operationId, recorded.status, a, b, shapeOnly))
  return found
}
function keyDifferences(operationId, a, b) {
  const found = []
  const report = (from, to, side) => {
    for (const path of from.types.keys()) {
      const parent = path.slice(0, path.lastIndexOf('/'))
      if (to.types.has(path) || (parent !== '' && !to.types.has(parent))) continue
      found.push({
        operationId,
        kind: 'key',
        path,
        [side]: 'present',
        message: `key only in the ${side} response`,
      })
    }
  }
  report(a, b, 'recorded')
  report(b, a, 'replayed')
  return found
}
function typeDifferences(operationId, a, b) {
  const found = []
  for (const [path, types] of a.types) {
    const other = b.types.get(path)
    if (!other || same(types, other)) continue
    found.push({
      operationId,
      kind: 'type',
      path,
      recorded: list(types),
      replayed: list(other),
      message: 'JSON types differ',
    })
  }
  return found
}
function enumDifferences(operationId, status, a, b, shapeOnly) {
  const found = []
  for (const path of new Set([...a.enums.keys(), ...b.enums.keys()])) {
    const recorded = a.enums.get(path) ?? /* @__PURE__ */ new Set()
    const replayed = b.enums.get(path) ?? /* @__PURE__ */ new Set()
    const known = new Set(documentEnum(operationId, status, path) ?? [])
    const unknown = [...recorded, ...replayed].filter((v) => !known.has(v))
    const field = path.slice(path.lastIndexOf('/') + 1)
    if (
      !(
        !shapeOnly &&
        STATE_FIELD.test(field) &&
        a.enums.has(path) &&
        b.enums.has(path) &&
        !same(recorded, replayed)
      ) &&
      unknown.length === 0
    )
      continue
    const message =
      unknown.length > 0
        ? `values not in the document: ${[...new Set(unknown)].join(', ')}`
        : 'enum values differ'
    found.push({
      operationId,
      kind: 'enum',
      path,
      recorded: list(recorded),
      replayed: list(replayed),
      message,
    })
  }
  return found
}
function same(a, b) {
  return a.size === b.size && [...a].every((v) => b.has(v))
}
function list(values) {
  return [...values].sort().join(', ') || '(none)'
}
//#endregion
//#region ../contracts/src/drift/summarise.ts
const KINDS = ['status', 'error-code', 'key', 'type', 'enum', 'sequence']
/**
 * One row per operation seen in the cassettes or the differences, sorted by operationId.
 * @example summariseOperations(cassettes, differences)[0] // { operationId: 'approveCancel', cases: 2, differences: { status: 0, … } }
 */
function summariseOperations(cassettes, differences) {
  const rows = /* @__PURE__ */ new Map()
  const row = (operationId) => {
    let found = rows.get(operationId)
    if (!found) {
      found = {
        cases: /* @__PURE__ */ new Set(),
        differences: Object.fromEntries(KINDS.map((k) => [k, 0])),
      }
      rows.set(operationId, found)
    }
    return found
  }
  for (const cassette of cassettes)
    for (const exchange of cassette.exchanges) row(exchange.operationId ?? '(unknown)').cases.add(cassette.id)
  for (const d of differences) row(d.operationId).differences[d.kind] += 1
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([operationId, r]) => ({
      operationId,
      cases: r.cases.size,
      differences: r.differences,
    }))
}
/** Every difference kind, in report order. */
const DIFFERENCE_KINDS = KINDS
//#endregion
//#region ../contracts/src/drift/types.ts
const DRIFT_FORMAT = 'npay-contracts-drift/1'
//#endregion
//#region ../contracts/src/drift/compare.ts
const DAY_MS = 864e5
/** Cassettes older than this many days are flagged stale unless told otherwise. */
const DEFAULT_MAX_AGE_DAYS = 30
/** The exchanges of a case that take part in a comparison. */
function comparable(suite, exchanges) {
  return suite === 'tokens' ? [...exchanges] : exchanges.filter((e) => e.operationId !== 'issueToken')
}
/**
 * Builds the drift report of a replay against recorded cassettes.
 * @example
 * const report = await runContracts({ target: await createInprocessTarget() })
 * const drift = compareWithCassettes(await readCassettes('cassettes'), report, { maxAgeDays: 14 })
 */
function compareWithCassettes(cassettes, replay, options = {}) {
  const maxAgeDays = options.maxAgeDays ?? 30
  const now = options.now ?? Date.now()
  const byId = new Map(replay.results.map((r) => [r.id, r]))
  const ageDays = (c) => Math.floor((now - Date.parse(c.recordedAt)) / DAY_MS)
  const cases = cassettes.map((c) => compareCase(c, byId.get(c.id), ageDays(c) > maxAgeDays))
  const recordedIds = new Set(cassettes.map((c) => c.id))
  for (const result of replay.results) {
    if (recordedIds.has(result.id)) continue
    cases.push({
      id: result.id,
      status: 'not-recorded',
      replayedOutcome: result.outcome,
      stale: false,
      dataDependent: result.dataDependent,
      differences: [],
    })
  }
  const differences = cases.flatMap((c) => c.differences)
  const dates = cassettes.map((c) => c.recordedAt).sort()
  const stale = cassettes
    .filter((c) => ageDays(c) > maxAgeDays)
    .map((c) => ({
      id: c.id,
      recordedAt: c.recordedAt,
      ageDays: ageDays(c),
    }))
  return {
    format: DRIFT_FORMAT,
    generatedAt: new Date(now).toISOString(),
    recorded: {
      targets: uniqueTargets(cassettes),
      ...(dates.length > 0
        ? {
            oldest: dates[0],
            newest: dates[dates.length - 1],
          }
        : {}),
    },
    replayed: {
      name: replay.target.name,
      baseUrl: replay.target.baseUrl,
    },
    maxAgeDays,
    operations: summariseOperations(cassettes, differences),
    cases,
    recordedProblems: cassettes.flatMap((c) =>
      c.exchanges.flatMap((e) =>
        e.problems.map((p) => ({
          caseId: c.id,
          operationId: e.operationId ?? '(unknown)',
          status: e.status,
          path: p.path,
          kind: p.kind,
          message: p.message,
        })),
      ),
    ),
    stale,
    summary: {
      compared: cases.filter((c) => c.status === 'compared').length,
      withDrift: cases.filter((c) => c.differences.length > 0).length,
      differences: differences.length,
      stale: stale.length,
      notCompared: cases.filter((c) => c.status !== 'compared').length,
    },
  }
}
function compareCase(cassette, replayed, stale) {
  const base = {
    id: cassette.id,
    recordedOutcome: cassette.outcome,
    recordedAt: cassette.recordedAt,
    stale,
    dataDependent: cassette.dataDependent,
  }
  if (!replayed)
    return {
      ...base,
      status: 'not-replayed',
      note: 'no such case in this version of the suites',
      differences: [],
    }
  if (replayed.outcome === 'skipped')
    return {
      ...base,
      status: 'replay-skipped',
      replayedOutcome: 'skipped',
      ...(replayed.reason ? { note: replayed.reason } : {}),
      differences: [],
    }
  const recorded = comparable(cassette.suite, cassette.exchanges)
  const replay = comparable(replayed.suite, scrubExchanges(replayed.exchanges))
  const differences = []
  const pairs = Math.min(recorded.length, replay.length)
  for (let i = 0; i < pairs; i++)
    for (const d of compareExchange(recorded[i], replay[i], cassette.dataDependent))
      differences.push({
        ...d,
        caseId: cassette.id,
        exchange: i,
      })
  if (recorded.length !== replay.length && !cassette.dataDependent) {
    const ops = (list) => list.map((e) => e.operationId ?? e.path).join(' → ') || '(none)'
    differences.push({
      caseId: cassette.id,
      operationId: (recorded[pairs] ?? replay[pairs])?.operationId ?? '(unknown)',
      exchange: pairs,
      kind: 'sequence',
      recorded: ops(recorded),
      replayed: ops(replay),
      message: `${recorded.length} exchanges recorded, ${replay.length} replayed`,
    })
  }
  return {
    ...base,
    status: 'compared',
    replayedOutcome: replayed.outcome,
    ...(replayed.reason ? { note: replayed.reason } : {}),
    differences,
  }
}
function uniqueTargets(cassettes) {
  const seen = /* @__PURE__ */ new Map()
  for (const c of cassettes) seen.set(`${c.target.name} ${c.target.baseUrl}`, c.target)
  return [...seen.values()]
}
//#endregion
//#region ../contracts/src/drift/render-markdown.ts
/** The drift report as Markdown: a table per operation, then each difference, stale and uncompared cases. */
const cell = (text) => (text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')
function describe$1(d) {
  const where = d.path ? ` \`${d.path}\`` : ''
  const values =
    d.recorded !== void 0 || d.replayed !== void 0
      ? ` — recorded: ${d.recorded ?? '(absent)'}; replayed: ${d.replayed ?? '(absent)'}`
      : ''
  return `- **${d.kind}**${where}: ${d.message}${values} (\`${d.caseId}\`, exchange ${d.exchange + 1})`
}
/**
 * Renders a drift report for people.
 * @example await writeFile('drift.md', renderDriftMarkdown(report))
 */
function renderDriftMarkdown(report) {
  const { summary } = report
  const lines = [
    '# Contract drift report',
    '',
    `Recorded on ${report.recorded.targets.map((t) => `${t.name} (${t.baseUrl})`).join(', ') || '(nothing)'}, ${report.recorded.oldest ?? '?'} – ${report.recorded.newest ?? '?'}.`,
    `Replayed on ${report.replayed.name} (${report.replayed.baseUrl}) at ${report.generatedAt}.`,
    '',
    summary.differences === 0
      ? `**No drift** in ${summary.compared} compared cases.`
      : `**${summary.differences} differences** in ${summary.withDrift} of ${summary.compared} compared cases.`,
    `${summary.stale} cassettes older than ${report.maxAgeDays} days; ${summary.notCompared} cases not compared.`,
    '',
    `| operation | cases | ${DIFFERENCE_KINDS.join(' | ')} |`,
    `|---|---:|${DIFFERENCE_KINDS.map(() => '---:').join('|')}|`,
    ...report.operations.map(
      (o) =>
        `| ${o.operationId} | ${o.cases} | ${DIFFERENCE_KINDS.map((k) => o.differences[k] || '').join(' | ')} |`,
    ),
  ]
  const drifted = report.operations.filter((o) => DIFFERENCE_KINDS.some((k) => o.differences[k] > 0))
  for (const operation of drifted) {
    lines.push('', `## ${operation.operationId}`, '')
    for (const c of report.cases)
      for (const d of c.differences.filter((x) => x.operationId === operation.operationId))
        lines.push(cell(describe$1(d)))
  }
  if (report.recordedProblems.length > 0) {
    lines.push('', '## Recorded responses that do not match the OpenAPI document', '')
    for (const p of report.recordedProblems)
      lines.push(
        `- ${p.operationId} ${p.status} \`${p.path || '/'}\`: ${p.kind} — ${cell(p.message)} (\`${p.caseId}\`)`,
      )
  }
  if (report.stale.length > 0) {
    lines.push('', `## Stale cassettes (older than ${report.maxAgeDays} days)`, '')
    for (const s of report.stale) lines.push(`- \`${s.id}\`: recorded ${s.recordedAt}, ${s.ageDays} days ago`)
  }
  const uncompared = report.cases.filter((c) => c.status !== 'compared')
  if (uncompared.length > 0) {
    lines.push('', '## Not compared', '')
    for (const c of uncompared) lines.push(`- \`${c.id}\`: ${c.status}${c.note ? ` — ${cell(c.note)}` : ''}`)
  }
  return `${lines.join('\n')}\n`
}
//#endregion
//#region ../contracts/src/drift/write-drift-report.ts
/** Writes the drift report as `drift.json` and `drift.md`. */
/**
 * Writes both forms of the report into `dir` and returns their paths.
 * @example const { json, markdown } = await writeDriftReport('contracts-report', drift)
 */
async function writeDriftReport(dir, report) {
  await mkdir(dir, { recursive: true })
  const json = join(dir, 'drift.json')
  const markdown = join(dir, 'drift.md')
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
  await writeFile(markdown, renderDriftMarkdown(report))
  return {
    json,
    markdown,
  }
}
//#endregion
//#region ../contracts/src/provider-states/fixture-demand.ts
/**
 * The demand per provider state of the given suites.
 * @example fixtureDemand(SUITES).get('a paid product order') // { changed: 6, read: true }
 */
function fixtureDemand(suites) {
  const demand = /* @__PURE__ */ new Map()
  for (const c of suites.flatMap((s) => s.cases))
    for (const name of c.needs ?? []) {
      const d = demand.get(name) ?? {
        changed: 0,
        read: false,
      }
      if (c.mutates) d.changed += 1
      else d.read = true
      demand.set(name, d)
    }
  return demand
}
/**
 * Product orders to prepare per state: one per changing case, at least one when only read.
 * @example fixtureCount({ changed: 0, read: true }) // 1
 */
function fixtureCount(demand) {
  return Math.max(demand.changed, demand.read ? 1 : 0)
}
//#endregion
//#region ../contracts/src/list-cases.ts
/** `--list`: every case with what it needs, and how many fixtures a full run against `sandbox` uses. */
/**
 * Lines describing the cases and the fixtures a `sandbox` run with `--allow-mutations` consumes.
 * @example listCases(SUITES).forEach((line) => console.log(line))
 */
function listCases(suites) {
  const lines = []
  for (const suite of suites) {
    lines.push(`${suite.id} — ${suite.title}`)
    for (const c of suite.cases) {
      const tags = [
        c.mutates ? 'changes state' : 'read-only',
        ...(c.requires ?? []).map((r) => `needs the emulator ${r}`),
        ...(c.needs ?? []).map((n) => `"${n}"`),
      ]
      lines.push(`  ${c.name}  [${tags.join('; ')}]`)
    }
  }
  lines.push('', 'Product orders a sandbox run with --allow-mutations uses, per provider state:')
  for (const [name, demand] of fixtureDemand(suites))
    lines.push(
      `  "${name}": ${fixtureCount(demand)}${demand.read && demand.changed > 0 ? ' (read-only cases share one)' : ''}`,
    )
  return lines
}
//#endregion
//#region ../contracts/src/provider-states/fixtures.ts
/**
 * The fixtures file of the `sandbox` target: product orders that already are in named provider states
 * on the real host (placed by a person through the sandbox buy button, then moved by hand), since the
 * real API cannot create orders.
 *
 * ```json
 * { "a paid product order": ["2024060712345678", "2024060712345679"],
 *   "a delivered product order with a return request": [{ "productOrderId": "2024060700000001", "orderId": "2024060700000000" }] }
 * ```
 */
/**
 * Checks a parsed fixtures file. Unknown state names are refused, so a typo cannot silently skip cases.
 * Keys starting with `$` (e.g. `$comment`) are ignored.
 * @example parseFixtures({ 'a paid product order': ['2024060712345678'] })
 */
function parseFixtures(value, source = 'the fixtures file') {
  if (!isRecord(value)) throw new TypeError(`${source} must be a JSON object of provider state → ids`)
  const fixtures = {}
  for (const [name, entries] of Object.entries(value)) {
    if (name.startsWith('$')) continue
    if (!isProviderStateName(name)) {
      const known = Object.keys(PROVIDER_STATES).map((n) => `  "${n}"`)
      throw new TypeError(`${source}: unknown provider state "${name}". Known states:\n${known.join('\n')}`)
    }
    if (!Array.isArray(entries)) throw new TypeError(`${source}: "${name}" must be an array`)
    fixtures[name] = entries.map((entry, i) => toEntry(entry, `${source}: "${name}"[${i}]`))
  }
  return fixtures
}
function toEntry(entry, where) {
  if (typeof entry === 'string' && entry !== '') return { productOrderId: entry }
  if (isRecord(entry) && typeof entry.productOrderId === 'string' && entry.productOrderId !== '') {
    if (entry.orderId !== void 0 && typeof entry.orderId !== 'string')
      throw new TypeError(`${where}: orderId must be a string`)
    return typeof entry.orderId === 'string'
      ? {
          productOrderId: entry.productOrderId,
          orderId: entry.orderId,
        }
      : { productOrderId: entry.productOrderId }
  }
  throw new TypeError(`${where} must be a productOrderId string or { productOrderId, orderId? }`)
}
/**
 * Reads and checks a fixtures file.
 * @example const fixtures = await readFixtures('contracts.fixtures.json')
 */
async function readFixtures(file) {
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new Error(`cannot read the fixtures file ${file}: ${error.message}`)
  }
  try {
    return parseFixtures(JSON.parse(text), file)
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`${file} is not JSON: ${error.message}`)
    throw error
  }
}
//#endregion
//#region ../contracts/src/report/render-run.ts
const MARKS = {
  passed: 'ok  ',
  failed: 'FAIL',
  skipped: 'skip',
  unsupported: 'n/a ',
}
/**
 * One terminal line for a case result.
 * @example resultLine(result) // 'ok   tokens/a-correctly-signed-request-… (12 ms)'
 */
function resultLine(result) {
  const reason = result.reason ? `\n       ${result.reason}` : ''
  const problems = result.problems.map(
    (p) => `\n       ${p.operationId} ${p.status} ${p.path || '/'}: ${p.kind} (${p.message})`,
  )
  return `${MARKS[result.outcome]} ${result.id} (${result.durationMs} ms)${reason}${problems.join('')}`
}
/**
 * The closing summary line.
 * @example summaryLine(report) // 'inprocess: 82 passed, 0 failed, 0 skipped, 0 unsupported'
 */
function summaryLine(report) {
  const { passed, failed, skipped, unsupported } = report.summary
  return `${report.target.name}: ${passed} passed, ${failed} failed, ${skipped} skipped, ${unsupported} unsupported`
}
/**
 * The run as Markdown.
 * @example await writeFile('report.md', renderRunMarkdown(report))
 */
function renderRunMarkdown(report) {
  const lines = [
    '# Contract run',
    '',
    `Target: ${report.target.name} — ${report.target.description}`,
    `From ${report.startedAt} to ${report.finishedAt}. ${summaryLine(report)}.`,
    '',
    '| outcome | case | reason |',
    '|---|---|---|',
    ...report.results.map(
      (r) =>
        `| ${r.outcome} | \`${r.id}\` | ${(r.reason ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')} |`,
    ),
  ]
  const withProblems = report.results.filter((r) => r.problems.length > 0)
  if (withProblems.length > 0) {
    lines.push('', '## Responses that do not match the OpenAPI document', '')
    for (const r of withProblems) {
      lines.push(`### ${r.id}`, '')
      for (const p of r.problems)
        lines.push(
          `- exchange ${p.exchange + 1}, ${p.operationId} ${p.status} \`${p.path || '/'}\`: ${p.kind} — ${p.message}`,
        )
      lines.push('')
    }
  }
  return `${lines.join('\n')}\n`
}
//#endregion
//#region ../contracts/src/report/junit.ts
const escapeXml = (text) =>
  text.replace(
    /[<>&"']/g,
    (c) =>
      ({
        '<': '&lt;',
        '>': '&gt;',
        '&': '&amp;',
        '"': '&quot;',
        "'": '&apos;',
      })[c] ?? c,
  )
function testcase(result) {
  const open = `    <testcase classname="contracts.${escapeXml(result.suite)}" name="${escapeXml(result.name)}" time="${(result.durationMs / 1e3).toFixed(3)}"`
  if (result.outcome === 'passed') return `${open}/>`
  const reason = escapeXml(result.reason ?? result.outcome)
  if (result.outcome === 'failed')
    return `${open}>\n      <failure message="${reason}">${escapeXml(result.problems.map((p) => `${p.operationId} ${p.status} ${p.path}: ${p.kind} (${p.message})`).join('\n'))}</failure>\n    </testcase>`
  return `${open}>\n      <skipped message="${escapeXml(result.outcome)}: ${reason}"/>\n    </testcase>`
}
/**
 * Renders a run as one JUnit test suite per contract suite.
 * @example await writeFile('junit.xml', toJUnitXml(report))
 */
function toJUnitXml(report) {
  const suites = /* @__PURE__ */ new Map()
  for (const r of report.results) suites.set(r.suite, [...(suites.get(r.suite) ?? []), r])
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="npay-sandbox contracts">\n${[
    ...suites.entries(),
  ]
    .map(([suite, results]) => {
      const count = (o) => results.filter((r) => r.outcome === o).length
      const skipped = count('skipped') + count('unsupported')
      const time = results.reduce((sum, r) => sum + r.durationMs, 0) / 1e3
      return [
        `  <testsuite name="contracts.${escapeXml(suite)} (${escapeXml(report.target.name)})" tests="${results.length}" failures="${count('failed')}" skipped="${skipped}" time="${time.toFixed(3)}">`,
        ...results.map(testcase),
        '  </testsuite>',
      ].join('\n')
    })
    .join('\n')}\n</testsuites>\n`
}
//#endregion
//#region ../contracts/src/report/write-run-report.ts
/**
 * Writes a run's report files: `report.json` (exchanges scrubbed like cassettes, so the folder can be a
 * CI artifact), `report.md` and `junit.xml`.
 */
/**
 * Writes the three files into `dir` and returns their paths.
 * @example await writeRunReport('contracts-report', report)
 */
async function writeRunReport(dir, report) {
  await mkdir(dir, { recursive: true })
  const scrubbed = {
    ...report,
    results: report.results.map((r) => ({
      ...r,
      exchanges: scrubExchanges(r.exchanges),
    })),
  }
  const files = [
    [join(dir, 'report.json'), `${JSON.stringify(scrubbed, null, 2)}\n`],
    [join(dir, 'report.md'), renderRunMarkdown(report)],
    [join(dir, 'junit.xml'), toJUnitXml(report)],
  ]
  for (const [file, text] of files) await writeFile(file, text)
  return files.map(([file]) => file)
}
//#endregion
//#region ../contracts/src/internal/skip.ts
/** Thrown by a case (or by what it needs) to end it as skipped, with the reason shown in every report. */
var SkipCase = class extends Error {
  constructor(reason) {
    super(reason)
    this.name = 'SkipCase'
  }
}
//#endregion
//#region ../contracts/src/exchange/validator.ts
/** The one response validator of a process: compiling the document is the slow part, so it is shared. */
let shared
/**
 * The strict response validator over the real API's OpenAPI document.
 * @example responseValidator().validate('getProductOrderIds', 200, body) // [] when it matches
 */
function responseValidator() {
  shared ??= new ResponseValidator(npayApiDocument)
  return shared
}
//#endregion
//#region ../contracts/src/exchange/record-exchange.ts
/**
 * A fetch wrapper that records every exchange with the API and validates each response against the
 * OpenAPI document, per path, as it passes (the pact-js "verify every interaction" habit).
 */
const REQUEST_HEADERS = ['authorization', 'content-type']
const RESPONSE_HEADERS = [TRACE_HEADER, 'content-type', ...Object.values(RATE_LIMIT_HEADERS)].map((h) =>
  h.toLowerCase(),
)
/**
 * Wraps `inner` so that every request under `baseUrl` is handed to `sink` with its problems.
 * @example
 * const log: Exchange[] = []
 * const fetch = recordExchanges(globalThis.fetch, baseUrl, (e) => log.push(e))
 * const api = createNpayClient({ ...credentials, baseUrl, fetch })
 */
function recordExchanges(inner, baseUrl, sink) {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '')
  return async (request) => {
    const url = new URL(request.url)
    if (!url.pathname.startsWith(basePath)) return inner(request)
    const requestBody = await readRequestBody(request.clone())
    const response = await inner(request)
    const path = url.pathname.slice(basePath.length) || '/'
    const exchange = {
      operationId: responseValidator().operationFor(request.method, path),
      method: request.method,
      path,
      query: [...url.searchParams.entries()],
      requestHeaders: pick(request.headers, REQUEST_HEADERS),
      requestBody,
      status: response.status,
      responseHeaders: pick(response.headers, RESPONSE_HEADERS),
      responseBody: parseText(await response.clone().text()),
      problems: [],
    }
    exchange.problems = problemsOf$1(exchange)
    sink(exchange)
    return response
  }
}
function problemsOf$1(exchange) {
  const problems = []
  if (!exchange.responseHeaders['GNCP-GW-Trace-ID'.toLowerCase()])
    problems.push({
      path: `header:${TRACE_HEADER}`,
      kind: 'missing',
      message: 'every response carries it',
    })
  if (exchange.operationId === void 0) return problems
  if (typeof exchange.responseBody !== 'object' || exchange.responseBody === null) {
    problems.push({
      path: '',
      kind: 'type',
      message: 'the body is not JSON',
    })
    return problems
  }
  return [
    ...problems,
    ...responseValidator().validate(exchange.operationId, exchange.status, exchange.responseBody),
  ]
}
async function readRequestBody(request) {
  const text = await request.text()
  if (text === '') return void 0
  if ((request.headers.get('content-type') ?? '').includes('x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text))
  return parseText(text)
}
function pick(headers, names) {
  const out = {}
  for (const name of names) {
    const value = headers.get(name)
    if (value !== null) out[name] = value
  }
  return out
}
//#endregion
//#region ../contracts/src/provider-states/provider.ts
/**
 * States built on an emulator for one case.
 * @example const states = emulatorStates({ control, clientId, api: setupApi })
 */
function emulatorStates(setup) {
  return {
    unavailable: () => void 0,
    provide: (name) => buildOnEmulator(setup, name),
  }
}
/**
 * States taken from a fixtures file, shared by all cases of a run (so a consumed fixture stays consumed).
 * `api` is a client of the target that the recorder does not see.
 * @example const states = fixtureStates(fixtures, setupApi)
 */
function fixtureStates(fixtures, api) {
  const used = /* @__PURE__ */ new Set()
  const refused = /* @__PURE__ */ new Map()
  return {
    unavailable(name) {
      if (!fixtures) return `needs "${name}": pass a fixtures file (--fixtures) listing product orders in it`
      if ((fixtures[name] ?? []).filter((e) => !used.has(e.productOrderId)).length === 0) {
        const listed = fixtures[name]?.length ?? 0
        return listed === 0
          ? `needs "${name}": the fixtures file lists no product order in that state`
          : `needs "${name}": all ${listed} product orders of the fixtures file were used by earlier cases`
      }
    },
    async provide(name, consume) {
      for (const entry of fixtures?.[name] ?? []) {
        if (used.has(entry.productOrderId)) continue
        const checked = await check(api, name, entry)
        if (typeof checked === 'string') {
          used.add(entry.productOrderId)
          refused.set(entry.productOrderId, checked)
          continue
        }
        if (consume) used.add(entry.productOrderId)
        return checked
      }
      const reasons = [...refused.values()].join('; ')
      throw new SkipCase(`no fixture is in "${name}" any more${reasons ? `: ${reasons}` : ''}`)
    },
  }
}
async function check(api, name, entry) {
  const { data } = await api.queryProductOrders({ body: { productOrderIds: [entry.productOrderId] } })
  const detail = data?.find((d) => d.productOrder?.productOrderId === entry.productOrderId)
  if (!detail) return `${entry.productOrderId} is not readable with these credentials`
  const wrong = mismatches(snapshotOf(detail), PROVIDER_STATES[name].expect)
  if (wrong.length > 0) return `${entry.productOrderId} is no longer in it (${wrong.join(', ')})`
  const orderId = entry.orderId ?? detail.order?.orderId
  if (!orderId) return `${entry.productOrderId} has no orderId in its detail`
  return {
    productOrderId: entry.productOrderId,
    orderId,
  }
}
//#endregion
//#region ../contracts/src/runner/session.ts
/**
 * The part of a case's world that depends on the target: whose credentials it uses, where its provider
 * states come from, what "now" is and whether the clock can move. Emulators give every case a merchant
 * of its own (isolated data and clock); the `sandbox` target shares one merchant, one token and one
 * fixtures pool across the run.
 */
/** Clients sign with now − 3 s, as many real clients do, so a host clock behind ours is no failure. */
const SIGNING_SKEW_MS = 3e3
/**
 * The session factory of a target.
 * @example const session = await sessions(target).open('a case', (e) => log.push(e))
 */
function sessions(target) {
  const { control } = target
  return control ? emulatorSessions(target, control) : sharedSessions(target)
}
function client(target, credentials, fetch = target.fetch) {
  return createNpayClient({
    ...credentials,
    baseUrl: target.baseUrl,
    fetch,
    timestampSkewMs: SIGNING_SKEW_MS,
  })
}
function emulatorSessions(target, control) {
  return {
    unavailable: () => void 0,
    async open(caseName, sink) {
      const merchant = await control.createMerchant({ body: { name: `contracts: ${caseName}`.slice(0, 60) } })
      const credentials = {
        clientId: merchant.clientId,
        clientSecret: merchant.clientSecret,
      }
      const clientId = merchant.clientId
      let recording = true
      const api = client(
        target,
        credentials,
        recordExchanges(target.fetch, target.baseUrl, (e) => recording && sink(e)),
      )
      const built = emulatorStates({
        control,
        clientId,
        api,
      })
      return {
        credentials,
        api,
        states: {
          unavailable: built.unavailable,
          async provide(name, consume) {
            recording = false
            try {
              return await built.provide(name, consume)
            } finally {
              recording = true
            }
          },
        },
        now: async () => (await control.getClock({ clientId })).epochMillis,
        advanceClock: async (by) => {
          await control.advanceClock({
            body: {
              clientId,
              by,
            },
          })
        },
      }
    },
  }
}
function sharedSessions(target) {
  const credentials = target.credentials
  if (!credentials) throw new TypeError(`target ${target.name} has neither a control plane nor credentials`)
  let current = () => {}
  const api = client(
    target,
    credentials,
    recordExchanges(target.fetch, target.baseUrl, (e) => current(e)),
  )
  const states = fixtureStates(target.fixtures, client(target, credentials))
  return {
    unavailable: (name) => states.unavailable(name),
    async open(_caseName, sink) {
      current = sink
      return {
        credentials,
        api,
        states,
        now: async () => Date.now() - SIGNING_SKEW_MS,
        advanceClock: void 0,
      }
    },
  }
}
//#endregion
//#region ../contracts/src/runner/context.ts
/** Builds the `CaseContext` a case runs with, over a session. */
/**
 * The context of one case. `log` collects every exchange the case makes, through any of its clients.
 * @example const context = caseContext(target, contractCase, session, log)
 */
function caseContext(target, contractCase, session, log) {
  const recorded = recordExchanges(target.fetch, target.baseUrl, (e) => log.push(e))
  const skip = (reason) => {
    throw new SkipCase(reason)
  }
  return {
    api: session.api,
    target: {
      name: target.name,
      baseUrl: target.baseUrl,
    },
    credentials: session.credentials,
    async state(name) {
      if (!contractCase.needs?.includes(name))
        throw new Error(`the case uses provider state "${name}" without listing it in needs`)
      return session.states.provide(name, contractCase.mutates === true)
    },
    now: () => session.now(),
    async advanceClock(by) {
      if (!session.advanceClock || !contractCase.requires?.includes('clock'))
        throw new Error('advanceClock needs `requires: ["clock"]` and an emulator target')
      await session.advanceClock(by)
    },
    client: (overrides = {}) =>
      createNpayClient({
        ...session.credentials,
        baseUrl: target.baseUrl,
        timestampSkewMs: SIGNING_SKEW_MS,
        ...overrides,
        fetch: recorded,
      }),
    raw: (method, path, request = {}) => raw(session, recorded, target.baseUrl, method, path, request),
    exchanges: log,
    skip,
  }
}
async function raw(session, fetch, baseUrl, method, path, request) {
  const url = new URL(baseUrl + path)
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value)
  const headers = new Headers({ accept: 'application/json' })
  const auth = request.auth ?? 'token'
  if (auth === 'token') headers.set('authorization', `Bearer ${await session.api.token()}`)
  else if (auth !== 'none') headers.set('authorization', auth.authorization)
  let body
  if (request.form) {
    headers.set('content-type', 'application/x-www-form-urlencoded')
    body = new URLSearchParams(request.form).toString()
  } else if (request.body !== void 0) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(request.body)
  }
  const response = await fetch(
    new Request(url, {
      method,
      headers,
      ...(body === void 0 ? {} : { body }),
    }),
  )
  return {
    status: response.status,
    headers: response.headers,
    body: parseText(await response.text()),
  }
}
//#endregion
//#region ../contracts/src/runner/run-case.ts
/**
 * Runs one case against a target: decides first whether it may run there (mutations, clock, provider
 * states), then runs it with a fresh session and turns what happened into a `CaseResult`.
 */
/** A case that has not finished after this long has hung (a real host that stopped answering). */
const CASE_TIMEOUT_MS = 6e4
/**
 * The id of a case: `suite/case-slug`.
 * @example caseId(tokens, tokens.cases[0]) // 'tokens/a-correctly-signed-request-returns-a-bearer-token'
 */
function caseId(suite, contractCase) {
  return `${suite.id}/${slug(contractCase.name)}`
}
/**
 * Why a case cannot run on a target, or undefined when it can.
 * @example whyNot(target, contractCase, factory) // 'changes product orders on sandbox; pass --allow-mutations'
 */
function whyNot(target, contractCase, factory) {
  if (contractCase.requires?.includes('clock') && !target.control)
    return `needs an emulator's control plane to move the clock; ${target.name} has none`
  if (contractCase.mutates && !target.allowMutations)
    return `changes product orders on ${target.name}; pass --allow-mutations to run it`
  for (const name of contractCase.needs ?? []) {
    const reason = factory.unavailable(name)
    if (reason) return reason
  }
}
/**
 * Runs one case and reports it.
 * @example const result = await runCase(target, suite, suite.cases[0], sessions(target))
 */
async function runCase(target, suite, contractCase, factory) {
  const started = Date.now()
  const exchanges = []
  const finish = (outcome, reason) => {
    const problems = problemsOf(exchanges)
    const failedBySchema = outcome === 'passed' && problems.length > 0
    return {
      id: caseId(suite, contractCase),
      suite: suite.id,
      name: contractCase.name,
      operations: contractCase.operations,
      outcome: failedBySchema ? 'failed' : outcome,
      ...(failedBySchema
        ? { reason: `${problems.length} response problem(s) against the OpenAPI document` }
        : reason === void 0
          ? {}
          : { reason }),
      dataDependent: contractCase.dataDependent === true,
      exchanges,
      problems,
      durationMs: Date.now() - started,
    }
  }
  const refusal = whyNot(target, contractCase, factory)
  if (refusal) return finish('skipped', refusal)
  try {
    const session = await factory.open(contractCase.name, (e) => exchanges.push(e))
    await withTimeout(contractCase.run(caseContext(target, contractCase, session, exchanges)))
    return finish('passed')
  } catch (error) {
    if (error instanceof SkipCase) return finish('skipped', error.message)
    const unsupported = unsupportedOperation(exchanges)
    if (unsupported) return finish('unsupported', unsupported)
    return finish('failed', describe(error))
  }
}
function problemsOf(exchanges) {
  return exchanges.flatMap((e, index) =>
    e.problems.map((p) => ({
      ...p,
      operationId: e.operationId,
      status: e.status,
      exchange: index,
    })),
  )
}
/**
 * A case that fails after a documented operation answered 404 `GW.NOT_FOUND` (not served yet) or a 403
 * gateway error (the app lacks that API group, or its IP is not allowed) ran into what the target does
 * not offer this app: that is what to report, not the assertion that tripped over it.
 */
function unsupportedOperation(exchanges) {
  for (const e of exchanges) {
    const code = isRecord(e.responseBody) ? e.responseBody.code : void 0
    if (e.operationId === void 0 || typeof code !== 'string') continue
    if (e.status === 404 && code === 'GW.NOT_FOUND')
      return `the target answers 404 GW.NOT_FOUND for ${e.operationId} (not served)`
    if (e.status === 403 && code.startsWith('GW.'))
      return `the target refuses ${e.operationId} with 403 ${code} (no permission for this app)`
  }
}
function describe(error) {
  if (error instanceof NpayApiError)
    return `${error.name} ${error.status} ${error.code ?? ''}: ${error.message}${error.diagnostic ? ` (${error.diagnostic})` : ''}`
  return error instanceof Error ? error.message : String(error)
}
function withTimeout(work) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(/* @__PURE__ */ new Error(`the case did not finish within ${CASE_TIMEOUT_MS} ms`)),
      CASE_TIMEOUT_MS,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
/**
 * Runs the suites against a target. Results come back in suite order whatever the concurrency.
 * @example
 * const target = await createInprocessTarget()
 * const report = await runContracts({ target })
 * console.log(report.summary) // { passed: 80, failed: 0, skipped: 0, unsupported: 0 }
 */
async function runContracts(options) {
  const { target } = options
  const factory = sessions(target)
  const startedAt = /* @__PURE__ */ new Date().toISOString()
  const work = (options.suites ?? SUITES).flatMap((suite) =>
    suite.cases.map((c) => ({
      suite,
      c,
    })),
  )
  const results = new Array(work.length)
  const concurrency = target.control ? Math.max(1, options.concurrency ?? 6) : 1
  let next = 0
  const worker = async () => {
    for (let i = next++; i < work.length; i = next++) {
      const { suite, c } = work[i]
      results[i] = await runCase(target, suite, c, factory)
      options.onResult?.(results[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker))
  return {
    target: {
      name: target.name,
      description: target.description,
      baseUrl: target.baseUrl,
    },
    startedAt,
    finishedAt: /* @__PURE__ */ new Date().toISOString(),
    results,
    summary: summarise(results),
  }
}
/**
 * Counts results by outcome.
 * @example summarise(results) // { passed: 3, failed: 0, skipped: 1, unsupported: 0 }
 */
function summarise(results) {
  const summary = {
    passed: 0,
    failed: 0,
    skipped: 0,
    unsupported: 0,
  }
  for (const result of results) summary[result.outcome] += 1
  return summary
}
//#endregion
//#region ../contracts/src/cli.ts
/** Exit codes: documented in the usage and the README. */
const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  drift: 3,
}
const DEFAULT_REPORT_DIR = 'contracts-report'
const consoleIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}
/**
 * Runs the command and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
async function runContractsCli(argv, env, io = consoleIo, launch = {}) {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`Usage:\n${CONTRACTS_USAGE}`)
    return EXIT.ok
  }
  let options
  let cassettes
  let target
  try {
    options = parseContractsArgs(argv)
    if (options.list) {
      for (const line of listCases(selected(options))) io.out(line)
      return EXIT.ok
    }
    ;({ cassettes, target } = await prepare(options, env, io, launch))
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`npay-sandbox contracts: ${error.message}\n\nUsage:\n${CONTRACTS_USAGE}`)
    return EXIT.usage
  }
  try {
    return await run(options, target, cassettes, io)
  } finally {
    await target.close()
  }
}
/** Reads the files and builds the target; whatever is wrong here is the caller's to fix (exit 2). */
async function prepare(options, env, io, launch) {
  const asUsage = (error) => {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const fixtures = options.fixtures ? await readFixtures(options.fixtures).catch(asUsage) : void 0
  const cassettes = options.compare ? await readCassettes(options.compare).catch(asUsage) : void 0
  if (fixtures && options.target !== 'sandbox') io.err('note: --fixtures is used by the sandbox target only')
  return {
    cassettes,
    target: await createTarget(options.target, {
      ...launch,
      env,
      ...(fixtures ? { fixtures } : {}),
      allowMutations: options.allowMutations,
      ...(options.paceMs === void 0 ? {} : { paceMs: options.paceMs }),
    }).catch((error) => (error instanceof TypeError ? asUsage(error) : Promise.reject(error))),
  }
}
function selected(options) {
  return options.suites.length === 0 ? SUITES : SUITES.filter((s) => options.suites.includes(s.id))
}
async function run(options, target, cassettes, io) {
  io.out(`contracts against ${target.name}: ${target.description}`)
  if (target.name === 'sandbox' && target.allowMutations)
    io.out('mutations allowed: cases will change the product orders of the fixtures file')
  const report = await runContracts({
    target,
    suites: selected(options),
    onResult: (r) => io.out(resultLine(r)),
  })
  io.out(summaryLine(report))
  if (options.record) {
    const files = await writeCassettes(options.record, report)
    io.out(`recorded ${files.length - 1} cassettes in ${options.record}`)
  }
  if (options.report) io.out(`report: ${(await writeRunReport(options.report, report)).join(', ')}`)
  let drifted = false
  if (cassettes) {
    const drift = compareWithCassettes(
      cassettes,
      report,
      options.maxAgeDays === void 0 ? {} : { maxAgeDays: options.maxAgeDays },
    )
    const { json, markdown } = await writeDriftReport(options.report ?? DEFAULT_REPORT_DIR, drift)
    const { summary } = drift
    io.out(
      `drift: ${summary.differences} differences in ${summary.withDrift} of ${summary.compared} cases, ${summary.stale} stale cassettes — ${markdown}, ${json}`,
    )
    drifted = summary.differences > 0
  }
  if (report.summary.failed > 0) return EXIT.failed
  return drifted ? EXIT.drift : EXIT.ok
}
//#endregion
//#region ../contracts/src/provider-states/build-fixtures.ts
/**
 * Product orders for every provider state the suites need, `extra` more of each.
 * @example const fixtures = await buildFixtures(setup, SUITES)
 */
async function buildFixtures(setup, suites, extra = 0) {
  const fixtures = {}
  for (const [name, demand] of fixtureDemand(suites)) {
    const entries = []
    for (let i = 0; i < fixtureCount(demand) + extra; i++) {
      const { productOrderId, orderId } = await buildOnEmulator(setup, name)
      entries.push({
        productOrderId,
        orderId,
      })
    }
    fixtures[name] = entries
  }
  return fixtures
}
//#endregion
//#region src/commands/sea.ts
/** Whether this process is the single executable (Node's `node:sea` module says so). */
let answer
/**
 * @example if (isSea()) console.log('running as the single executable')
 */
function isSea() {
  if (answer !== void 0) return answer
  try {
    answer = createRequire(process.cwd() + '/')('node:sea').isSea()
  } catch {
    answer = false
  }
  return answer
}
//#endregion
//#region src/commands/self.ts
/**
 * How this CLI starts itself again as a child process: the single executable is its own program; under
 * Node the program is node and the script this process was started with.
 */
/**
 * The program and arguments that run this CLI.
 * @example spawn(...selfCommand(), 'start') // node /…/dist/cli.js start
 */
function selfCommand() {
  if (isSea()) return [process.execPath]
  const script = process.argv[1]
  return script ? [process.execPath, ...process.execArgv, script] : [process.execPath]
}

//#endregion
export {
  buildFixtures as r,
  buildOnEmulator as O,
  CONTRACTS_USAGE as v,
  compareWithCassettes as _,
  createHttpTarget as E,
  createInprocessTarget as T,
  createMswTarget as w,
  createSandboxTarget as C,
  createTarget as b,
  DEFAULT_MAX_AGE_DAYS as g,
  DEFAULT_SANDBOX_PACE_MS as S,
  defineSuite as j,
  EXIT as i,
  fixtureCount as f,
  fixtureDemand as p,
  isProviderStateName as A,
  isSea as n,
  isTargetName as x,
  PROVIDER_STATES as k,
  parseFixtures as u,
  readCassettes as M,
  readFixtures as d,
  renderDriftMarkdown as h,
  runContracts as o,
  runContractsCli as a,
  SUITES as D,
  scrubExchanges as F,
  selfCommand as t,
  summarise as s,
  TARGET_NAMES as y,
  toCassette as P,
  toJUnitXml as l,
  writeCassettes as N,
  writeDriftReport as m,
  writeRunReport as c,
}
