/**
 * Request validation derived from an OpenAPI 3.1 document: query and path parameters (coerced from
 * strings by their schema type) and JSON bodies, compiled once per operation with Ajv. Nothing restates
 * a schema by hand; failures come back as `invalidInputs` entries in the real `{name, type, message}` shape.
 */
import type { InvalidInput } from '@npay-sandbox/protocol'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describeError } from './messages.ts'

type Json = Record<string, unknown>
interface Parameter {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  schema?: Json
}

export interface ValidatedRequest {
  query: Record<string, unknown>
  path: Record<string, string>
  body: unknown
}

export type ValidationResult =
  | { ok: true; value: ValidatedRequest }
  | { ok: false; invalidInputs: InvalidInput[] }

interface CompiledOperation {
  parameters: Parameter[]
  params: ValidateFunction
  body?: ValidateFunction
  bodyRequired: boolean
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const

export class OpenApiValidator {
  private readonly ops = new Map<string, CompiledOperation>()
  /** Operations not compiled yet: compiling happens on first use, so starting a server stays quick. */
  private readonly pending = new Map<string, { op: Json; pathItem: Json }>()
  private readonly ajv: Ajv2020

  constructor(
    private readonly document: Json,
    private readonly id: string,
  ) {
    // `verbose` errors carry the failing keyword's schema, which the Size message needs for both bounds.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, verbose: true })
    addFormats.default(this.ajv)
    this.ajv.addSchema(document, id)
    const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
    for (const item of Object.values(paths)) {
      for (const method of METHODS) {
        const op = item[method]
        if (op?.operationId) this.pending.set(op.operationId as string, { op, pathItem: item })
      }
    }
  }

  private resolve<T>(node: unknown): T {
    let current = node as Json
    while (current && typeof current.$ref === 'string') {
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/')
      current = pointer.reduce<Json>((acc, key) => acc[key] as Json, this.document)
    }
    return current as T
  }

  private rewrite(schema: unknown): unknown {
    return JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', `"$ref":"${this.id}#/`))
  }

  private compile(op: Json, pathItem: Json): CompiledOperation {
    const all = [...((pathItem.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]
    const parameters = all
      .map((p) => this.resolve<Parameter>(p))
      .filter((p) => p.in === 'query' || p.in === 'path')
    const properties: Json = {}
    for (const p of parameters) properties[p.name] = this.rewrite(p.schema)
    const required = parameters.filter((p) => p.required).map((p) => p.name)
    const params = this.ajv.compile({ type: 'object', properties, required })
    const body = op.requestBody ? this.resolve<Json>(op.requestBody) : undefined
    const bodySchema = (body?.content as Record<string, Json> | undefined)?.['application/json']?.schema
    return {
      parameters,
      params,
      ...(bodySchema ? { body: this.ajv.compile(this.rewrite(bodySchema) as Json) } : {}),
      bodyRequired: Boolean(body?.required),
    }
  }

  private operation(operationId: string): CompiledOperation | undefined {
    let compiled = this.ops.get(operationId)
    const source = compiled ? undefined : this.pending.get(operationId)
    if (source) {
      compiled = this.compile(source.op, source.pathItem)
      this.ops.set(operationId, compiled)
      this.pending.delete(operationId)
    }
    return compiled
  }

  has(operationId: string): boolean {
    return this.ops.has(operationId) || this.pending.has(operationId)
  }

  /** Whether an operation takes a JSON body at all. */
  hasBody(operationId: string): boolean {
    return this.operation(operationId)?.body !== undefined
  }

  /** The parameters of an operation, e.g. to tell unknown query keys apart. */
  parameterNames(operationId: string): string[] {
    return this.operation(operationId)?.parameters.map((p) => p.name) ?? []
  }

  validate(
    operationId: string,
    input: { query: URLSearchParams; path: Record<string, string>; body: unknown },
  ): ValidationResult {
    const op = this.operation(operationId)
    if (!op) throw new Error(`unknown operation ${operationId}`)
    const values: Record<string, unknown> = {}
    for (const p of op.parameters) {
      const raw =
        p.in === 'path'
          ? input.path[p.name] === undefined
            ? []
            : [input.path[p.name]!]
          : input.query.getAll(p.name)
      const value = coerce(raw, this.resolve<Json>(p.schema))
      if (value !== undefined) values[p.name] = value
    }
    const invalidInputs: InvalidInput[] = []
    if (!op.params(values)) invalidInputs.push(...toInputs(op.params.errors, ''))
    if (op.body) {
      if (input.body === undefined && op.bodyRequired) {
        invalidInputs.push({ name: 'body', type: 'NotNull', message: '요청 본문이 필요합니다.' })
      } else if (input.body !== undefined && !op.body(input.body)) {
        invalidInputs.push(...toInputs(op.body.errors, ''))
      }
    }
    if (invalidInputs.length > 0) return { ok: false, invalidInputs }
    const query: Record<string, unknown> = {}
    const path: Record<string, string> = {}
    for (const p of op.parameters) {
      if (values[p.name] === undefined) continue
      if (p.in === 'path') path[p.name] = values[p.name] as string
      else query[p.name] = values[p.name]
    }
    return { ok: true, value: { query, path, body: input.body } }
  }
}

/** Turns the raw strings of one parameter into what its schema expects; invalid text stays a string. */
function coerce(raw: string[], schema: Json | undefined): unknown {
  if (raw.length === 0) return undefined
  const type = schema?.type
  if (type === 'array') {
    const items = raw.flatMap((v) => v.split(',')).filter((v) => v !== '')
    return items.map((v) => coerceScalar(v, (schema?.items as Json | undefined)?.type))
  }
  return coerceScalar(raw[0]!, type)
}

function coerceScalar(value: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

function toInputs(errors: ErrorObject[] | null | undefined, prefix: string): InvalidInput[] {
  const seen = new Set<string>()
  const out: InvalidInput[] = []
  for (const e of errors ?? []) {
    const input = describeError(e, prefix)
    const key = `${input.name}|${input.type}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push(input)
    }
  }
  return out
}
