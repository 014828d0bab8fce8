/**
 * Response validation against the OpenAPI document, strict: undocumented fields, missing required
 * fields, wrong types and unknown enum values are reported per JSON path (contract tests and the
 * emulator's own tests use it on every response).
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

type Json = Record<string, unknown>

export interface ResponseProblem {
  /** JSON pointer into the body, e.g. `/data/0/productOrder/claimStatus`. */
  path: string
  kind: 'undocumented' | 'missing' | 'type' | 'enum' | 'format' | 'status' | 'other'
  message: string
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const

/** Adds `unevaluatedProperties: false` to every object schema that does not say otherwise. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node as Json))
    out[k] = k === 'example' || k === 'examples' ? v : strict(v)
  const isObject =
    out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object')) || out.properties
  if (isObject && out.additionalProperties === undefined && out.unevaluatedProperties === undefined) {
    out.unevaluatedProperties = false
  }
  return out
}

export class ResponseValidator {
  private readonly ajv: Ajv2020
  private readonly compiled = new Map<string, ValidateFunction>()
  private readonly operations = new Map<string, Json>()
  /** JSON pointer of each operation inside the document. */
  private readonly pointers = new Map<string, string>()
  private readonly routes: { method: string; re: RegExp; operationId: string }[] = []

  constructor(
    private readonly document: Json,
    private readonly id = 'npay-api-strict',
  ) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true })
    addFormats.default(this.ajv)
    this.ajv.addFormat('int32', true).addFormat('int64', true)
    this.ajv.addSchema(strict(document) as Json, id)
    for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
      for (const method of METHODS) {
        const op = item[method] as Json | undefined
        if (!op?.operationId) continue
        this.operations.set(op.operationId as string, op)
        this.pointers.set(
          op.operationId as string,
          `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`,
        )
        const aliases = (op['x-npay-sandbox-aliases'] as string[] | undefined) ?? []
        for (const p of [path, ...aliases]) {
          const re = new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`)
          this.routes.push({ method: method.toUpperCase(), re, operationId: op.operationId as string })
        }
      }
    }
  }

  /** The operationId answering `method` on a path relative to the base URL, if any. */
  operationFor(method: string, path: string): string | undefined {
    return this.routes.find((r) => r.method === method.toUpperCase() && r.re.test(path))?.operationId
  }

  validate(operationId: string, status: number, body: unknown): ResponseProblem[] {
    const op = this.operations.get(operationId)
    if (!op) return [{ path: '', kind: 'other', message: `unknown operation ${operationId}` }]
    const responses = (op.responses ?? {}) as Record<string, unknown>
    const key =
      String(status) in responses
        ? String(status)
        : `${String(status)[0]}XX` in responses
          ? `${String(status)[0]}XX`
          : 'default'
    if (!(key in responses))
      return [{ path: '', kind: 'status', message: `status ${status} is not documented for ${operationId}` }]
    const cacheKey = `${operationId} ${key}`
    let validate = this.compiled.get(cacheKey)
    if (!validate) {
      const pointer = `${this.id}#${this.pointers.get(operationId)}/responses/${key}`
      const response = resolveRef(responses[key], this.document) as Json
      const schemaPath =
        response === responses[key]
          ? `${pointer}/content/application~1json/schema`
          : `${this.id}#${String((responses[key] as Json).$ref).slice(1)}/content/application~1json/schema`
      validate = this.ajv.compile({ $ref: schemaPath })
      this.compiled.set(cacheKey, validate)
    }
    return validate(body) ? [] : toProblems(validate.errors)
  }
}

function resolveRef(node: unknown, document: Json): unknown {
  const ref = (node as Json | undefined)?.$ref
  if (typeof ref !== 'string') return node
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((acc, key) => (acc as Json)[key.replaceAll('~1', '/').replaceAll('~0', '~')], document)
}

function toProblems(errors: ErrorObject[] | null | undefined): ResponseProblem[] {
  const out: ResponseProblem[] = []
  for (const e of errors ?? []) {
    if (e.keyword === 'unevaluatedProperties') {
      out.push({
        path: `${e.instancePath}/${e.params.unevaluatedProperty}`,
        kind: 'undocumented',
        message: 'field not in the OpenAPI document',
      })
    } else if (e.keyword === 'required') {
      out.push({
        path: `${e.instancePath}/${e.params.missingProperty}`,
        kind: 'missing',
        message: 'required field missing',
      })
    } else if (e.keyword === 'enum' || e.keyword === 'const') {
      out.push({
        path: e.instancePath,
        kind: 'enum',
        message: `value not in the enum: ${JSON.stringify(e.params)}`,
      })
    } else if (e.keyword === 'type') {
      out.push({ path: e.instancePath, kind: 'type', message: `must be ${e.params.type}` })
    } else if (e.keyword === 'format' || e.keyword === 'pattern') {
      out.push({ path: e.instancePath, kind: 'format', message: e.message ?? e.keyword })
    } else if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if') {
      out.push({ path: e.instancePath, kind: 'other', message: `${e.keyword}: ${e.message}` })
    }
  }
  return out
}
