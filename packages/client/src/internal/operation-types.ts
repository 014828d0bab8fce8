/**
 * Types that turn one generated OpenAPI operation into the signature of a client method: path and query
 * parameters flattened into one input object beside `body`, and the success body as the result.
 */

/** The HTTP methods the two APIs use, spelled as in the generated operation index. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One route of a method table: which path template and method an operationId is served at. */
export interface Route<Path extends string = string> {
  readonly method: HttpMethod
  readonly path: Path
}

/** Per-call options: an abort signal and extra headers (e.g. an emulator fault override). */
export interface CallOptions {
  signal?: AbortSignal
  headers?: Record<string, string>
}

type Simplify<T> = { [K in keyof T]: T[K] } & {}
type IsNever<T> = [T] extends [never] ? true : false
type ParamsOf<Op, Where extends string> = Op extends { parameters: infer P }
  ? P extends Record<Where, infer X>
    ? IsNever<X> extends true
      ? object
      : X
    : P extends Partial<Record<Where, infer X>>
      ? IsNever<NonNullable<X>> extends true
        ? object
        : Partial<NonNullable<X>>
      : object
  : object

type ContentOf<Body> = Body extends { content: infer C } ? C[keyof C] : never
type BodyOf<Op> = Op extends { requestBody: infer B }
  ? IsNever<B> extends true
    ? object
    : { body: ContentOf<B> }
  : Op extends { requestBody?: infer B }
    ? IsNever<NonNullable<B>> extends true
      ? object
      : { body?: ContentOf<NonNullable<B>> }
    : object

/** The input of an operation: path and query parameters by name, and `body` when it has one. */
export type OperationInput<Op> = Simplify<ParamsOf<Op, 'path'> & ParamsOf<Op, 'query'> & BodyOf<Op>>

type SuccessStatus = 200 | 201 | 202 | 204
/** The parsed body of an operation's success response. */
export type OperationResult<Op> = Op extends { responses: infer R }
  ? ContentOf<R[Extract<keyof R, SuccessStatus>]>
  : never

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
/** The arguments of a method: the input is optional when nothing in it is required. */
export type OperationArgs<Op> =
  IsNever<RequiredKeys<OperationInput<Op>>> extends true
    ? [input?: OperationInput<Op>, options?: CallOptions]
    : [input: OperationInput<Op>, options?: CallOptions]

/** A client method of one operation. */
export type OperationMethod<Op> = (...args: OperationArgs<Op>) => Promise<OperationResult<Op>>

/** The operation a route of a method table points at, looked up in a generated `paths` type. */
export type RouteOperation<Paths, R> =
  R extends Route<infer P>
    ? P extends keyof Paths
      ? Paths[P] extends Record<Lowercase<R['method']>, infer Op>
        ? Op
        : never
      : never
    : never

/** One method per entry of a route table, named after its operationId. */
export type MethodsOf<Paths, Table extends Record<string, Route>> = {
  [K in keyof Table]: OperationMethod<RouteOperation<Paths, Table[K]>>
}
