/**
 * Types of the dashboard's browser modules (./static/js), used from JSDoc only: the served files stay plain
 * JavaScript with no build step, and `tsc -p mock-server/src/ui/jsconfig.json` checks every file that starts
 * with `// @ts-check` against the control plane's generated types (`pnpm typecheck` runs it).
 * @example
 * // in a view:  /** @import { Schemas, ViewContext } from '../../dashboard.js' *\/
 */
import type {
  ControlPlaneComponents,
  ControlPlaneOperations,
  controlPlaneOperationIndex,
} from '@npay-sandbox/schema'

/** Schemas of the control plane by name, e.g. `Schemas['RequestSummary']`. */
export type Schemas = ControlPlaneComponents['schemas']

/** operationIds of the control plane. */
export type OperationId = keyof ControlPlaneOperations

type IndexEntry = (typeof controlPlaneOperationIndex)[number]
/** Where each operation is served (method and path template), from the generated operation index. */
export type ControlRoutes = {
  [E in IndexEntry as E['operationId']]: { readonly method: E['method']; readonly path: E['path'] }
}

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type Params<O> = O extends { parameters: infer P } ? P : object
type JsonOf<B> = B extends { content: { 'application/json': infer C } } ? C : never
type PathPart<O> = Params<O> extends { path: infer X } ? { path: X } : object
type QueryPart<O> =
  Params<O> extends { query?: infer X }
    ? [NonNullable<X>] extends [never]
      ? object
      : undefined extends X
        ? { query?: NonNullable<X> }
        : { query: X }
    : object
type BodyPart<O> = O extends { requestBody: infer B }
  ? { body: JsonOf<B> }
  : O extends { requestBody?: infer B }
    ? [NonNullable<B>] extends [never]
      ? object
      : { body?: JsonOf<NonNullable<B>> }
    : object

/** The input of `control(operationId, input)`: `path` parameters, `query` and `body`, each where the operation has it. */
export type ControlInput<K extends OperationId> = Simplify<
  PathPart<ControlPlaneOperations[K]> &
    QueryPart<ControlPlaneOperations[K]> &
    BodyPart<ControlPlaneOperations[K]>
>

type RequiredKeys<T> = { [P in keyof T]-?: object extends Pick<T, P> ? never : P }[keyof T]
/** The arguments after the operationId: the input may be left out when nothing in it is required. */
export type ControlArgs<K extends OperationId> = [RequiredKeys<ControlInput<K>>] extends [never]
  ? [input?: ControlInput<K>]
  : [input: ControlInput<K>]

type Responses<O> = O extends { responses: infer R } ? R : never
/** The parsed body of an operation's success (2xx) answer. */
export type ControlResult<K extends OperationId> = JsonOf<
  Responses<ControlPlaneOperations[K]>[Extract<keyof Responses<ControlPlaneOperations[K]>, 200 | 201 | 202>]
>

/**
 * What dom.js `h` accepts as children: nodes, text and numbers, nested arrays of them; null, undefined and
 * false are left out.
 */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[]
/** Attributes of dom.js `h`: `on…` functions become listeners, false/null/undefined are left out. */
export type Attrs = Record<string, unknown> | null | undefined

/** The HTTP methods of the control plane. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** `control` of api.js, over the operations its route table `Known` lists. */
export interface Control<Known extends OperationId> {
  /**
   * A control-plane call by operationId, typed by the control plane's OpenAPI document: `path` fills the path
   * template, `query` and `body` are sent as they are. Non-2xx answers throw `ApiError` with the SandboxError body.
   * @example const { requests } = await control('listRequests', { query: { clientId, limit: 50 } })
   */
  <K extends Known>(operationId: K, ...input: ControlArgs<K>): Promise<ControlResult<K>>
  /**
   * The older call by method and path below /__sandbox: untyped.
   * @deprecated name the operation instead: `control('listRequests', { query })` types the answer.
   */
  (
    method: HttpMethod,
    path: string,
    options?: { query?: Record<string, unknown>; body?: unknown },
    // biome-ignore lint/suspicious/noExplicitAny: the untyped call of views not yet converted to operationIds
  ): Promise<any>
}

/** A merchant action of the state machine (real-API path, method and form fields). */
export type MerchantActionForm = Schemas['MerchantActionForm']

/** `t(key, vars)` of i18n.js. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string

/** What main.js hands to every view. */
export interface ViewContext {
  /** The merchant the page shows (the default merchant until one is picked). */
  clientId: string | undefined
  /** The product order last opened, highlighted in the state-machine view. */
  selected: string | undefined
  t: Translate
  lang: () => 'ko' | 'en'
  go: (hash: string) => void
  select: (productOrderId: string) => void
  /** Korean description of an enum value, shown beside the code in Korean mode ('' in English). */
  label: (enumName: string, value: string | undefined) => Promise<string>
  setClientId: (clientId: string) => Promise<void>
  renderMerchants: () => Promise<void>
  refreshClock: () => Promise<void>
}

/** A routed page: mounted into the view container, refreshed by the live poll, unmounted on leave. */
export interface View {
  mount(container: HTMLElement, ctx: ViewContext): Promise<unknown>
  refresh?: () => Promise<unknown>
  unmount?: () => void
}
