// Structural checks of an OpenAPI 3.1 document that matter to the emulator and the type generator:
// refs resolve, operations are identifiable, path templates and parameters agree, required names exist.
import { deref, type Json, resolvePointer } from './fidelity/schema-walk.ts'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const PARAMETER_LOCATIONS = new Set(['query', 'header', 'path', 'cookie'])

/** One operation of a document. */
export interface ListedOperation {
  readonly operationId: string
  readonly method: string
  readonly path: string
  readonly operation: Json
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Every operation in path order.
 * @example
 * listOperations(doc).map((op) => op.operationId)
 */
export const listOperations = (doc: Json): ListedOperation[] =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => isObject(item[m])).map((m) => {
      const operation = item[m] as Json
      return { operationId: String(operation.operationId), method: m.toUpperCase(), path, operation }
    }),
  )

const walk = (node: unknown, at: string, visit: (node: Json, at: string) => void): void => {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      walk(v, `${at}/${i}`, visit)
    })
  } else if (isObject(node)) {
    visit(node, at)
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, visit)
  }
}

const checkRefsAndSchemas = (doc: Json, problems: string[]) => {
  walk(doc, '#', (node, at) => {
    if (typeof node.$ref === 'string' && resolvePointer(doc, node.$ref) === undefined) {
      problems.push(`${at}: $ref ${node.$ref} does not resolve`)
    }
    if (Array.isArray(node.required) && isObject(node.properties)) {
      for (const name of node.required as string[]) {
        if (!(name in node.properties)) problems.push(`${at}: required ${name} is not a property`)
      }
    }
    if (Array.isArray(node.enum) && new Set(node.enum).size !== node.enum.length) {
      problems.push(`${at}: enum has duplicates`)
    }
  })
}

const checkOperation = (doc: Json, op: ListedOperation, pathParams: Json[], problems: string[]) => {
  const where = `${op.method} ${op.path}`
  if (!op.operation.operationId) problems.push(`${where}: no operationId`)
  const params = [...pathParams, ...((op.operation.parameters as unknown[]) ?? [])].map(
    (p) => deref(doc, p) ?? {},
  )
  for (const p of params) {
    if (typeof p.name !== 'string' || !PARAMETER_LOCATIONS.has(String(p.in)) || !isObject(p.schema)) {
      problems.push(`${where}: malformed parameter ${JSON.stringify(p)}`)
    }
  }
  const templated = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
  const declared = params.filter((p) => p.in === 'path')
  for (const name of templated) {
    const p = declared.find((d) => d.name === name)
    if (!p) problems.push(`${where}: path parameter ${name} is not declared`)
    else if (p.required !== true) problems.push(`${where}: path parameter ${name} must be required`)
  }
  for (const p of declared) {
    if (!templated.includes(String(p.name)))
      problems.push(`${where}: path parameter ${p.name} is not in the path`)
  }
  const body = deref(doc, op.operation.requestBody)
  if (op.operation.requestBody !== undefined && !isObject(body?.content))
    problems.push(`${where}: body without content`)
  const responses = Object.entries((op.operation.responses as Json | undefined) ?? {})
  if (!responses.some(([status]) => status.startsWith('2'))) problems.push(`${where}: no 2xx response`)
  for (const [status, response] of responses) {
    if (typeof deref(doc, response)?.description !== 'string')
      problems.push(`${where} ${status}: no description`)
  }
  const schemes = ((doc.components as Json | undefined)?.securitySchemes as Json | undefined) ?? {}
  for (const requirement of (op.operation.security as Json[] | undefined) ?? (doc.security as Json[]) ?? []) {
    for (const name of Object.keys(requirement)) {
      if (!(name in schemes)) problems.push(`${where}: unknown security scheme ${name}`)
    }
  }
}

/**
 * Lists structural problems of a document; empty when it is sound.
 * @example
 * expect(checkStructure(doc)).toEqual([])
 */
export const checkStructure = (doc: Json): string[] => {
  const problems: string[] = []
  if (doc.openapi !== '3.1.0') problems.push(`openapi is ${String(doc.openapi)}, expected 3.1.0`)
  const info = doc.info as Json | undefined
  if (typeof info?.title !== 'string' || typeof info.version !== 'string')
    problems.push('info lacks title/version')
  if (!isObject(doc.paths)) return [...problems, 'no paths']
  checkRefsAndSchemas(doc, problems)
  const ops = listOperations(doc)
  const ids = ops.map((op) => op.operationId)
  for (const id of new Set(ids)) {
    if (ids.filter((x) => x === id).length > 1) problems.push(`operationId ${id} is not unique`)
  }
  for (const op of ops) {
    const pathParams = ((doc.paths as Record<string, Json>)[op.path]?.parameters as Json[] | undefined) ?? []
    checkOperation(doc, op, pathParams, problems)
  }
  return problems
}
