import './app-fetch-CABnAgTg.js'
import './app-CCQsJaIU.js'
import './sandbox-CPOc2XlH.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

//#region ../mock-server/src/cli.ts
/**
 * The help text of every command in a registry.
 * @example console.log(await cliHelp(EMULATOR_COMMANDS))
 */
async function cliHelp(commands) {
  const loaded = await Promise.all(Object.entries(commands).map(async ([name, load]) => [name, await load()]))
  const lines = [
    'npay-sandbox — offline emulator of the Naver Pay 주문형 가맹점 order-management API',
    '',
    'Usage:',
  ]
  for (const [, command] of loaded) lines.push(command.usage, '')
  lines.push('  npay-sandbox help [command]', '      Show this help, or one command’s.', '')
  lines.push('Every command answers --help.', '', 'Commands:')
  for (const [name, command] of loaded) lines.push(`  ${name.padEnd(10)} ${command.summary}`)
  return lines.join('\n')
}
const isHelp = (arg) => arg === 'help' || arg === '--help' || arg === '-h'
/**
 * Runs `argv` (without node and the script) against a registry.
 * @example await runCli(EMULATOR_COMMANDS, process.argv.slice(2))
 */
async function runCli(commands, argv) {
  const [name, ...rest] = argv
  const args = rest[0] === '--' ? rest.slice(1) : rest
  if (name === void 0 || isHelp(name)) {
    const topic = args[0] && commands[args[0]]
    console.log(topic ? `Usage:\n${(await topic()).usage}` : await cliHelp(commands))
    return
  }
  const load = commands[name]
  if (!load) {
    console.error(`npay-sandbox: unknown command ${name}\n\n${await cliHelp(commands)}`)
    process.exit(2)
  }
  const command = await load()
  if (args.some(isHelpFlag)) {
    console.log(`Usage:\n${command.usage}`)
    return
  }
  await command.run(args).catch((error) => {
    console.error(`npay-sandbox ${name}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
const isHelpFlag = (arg) => arg === '--help' || arg === '-h'
//#endregion
//#region ../mock-server/src/commands/index.ts
const EMULATOR_COMMANDS = {
  start: async () => (await import('./start-AZX3Hwyb.js')).start,
  seed: async () => (await import('./seed-MjN1UvAM.js')).seed,
  scenarios: async () => (await import('./scenarios-zyvbFwg6.js')).scenarios,
  run: async () => (await import('./run-D-1lxy1F.js')).run,
}
//#endregion
//#region ../mock-server/src/validation/responses.ts
const METHODS = ['get', 'post', 'put', 'delete', 'patch']
/** Adds `unevaluatedProperties: false` to every object schema that does not say otherwise. */
function strict(node) {
  if (Array.isArray(node)) return node.map(strict)
  if (!node || typeof node !== 'object') return node
  const out = {}
  for (const [k, v] of Object.entries(node)) out[k] = k === 'example' || k === 'examples' ? v : strict(v)
  if (
    (out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object')) || out.properties) &&
    out.additionalProperties === void 0 &&
    out.unevaluatedProperties === void 0
  )
    out.unevaluatedProperties = false
  return out
}
var ResponseValidator = class {
  ajv
  compiled = /* @__PURE__ */ new Map()
  operations = /* @__PURE__ */ new Map()
  /** JSON pointer of each operation inside the document. */
  pointers = /* @__PURE__ */ new Map()
  routes = []
  constructor(document, id = 'npay-api-strict') {
    this.document = document
    this.id = id
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      allowUnionTypes: true,
    })
    addFormats.default(this.ajv)
    this.ajv.addFormat('int32', true).addFormat('int64', true)
    this.ajv.addSchema(strict(document), id)
    for (const [path, item] of Object.entries(document.paths ?? {}))
      for (const method of METHODS) {
        const op = item[method]
        if (!op?.operationId) continue
        this.operations.set(op.operationId, op)
        this.pointers.set(
          op.operationId,
          `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`,
        )
        const aliases = op['x-npay-sandbox-aliases'] ?? []
        for (const p of [path, ...aliases]) {
          const re = new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`)
          this.routes.push({
            method: method.toUpperCase(),
            re,
            operationId: op.operationId,
          })
        }
      }
  }
  /** The operationId answering `method` on a path relative to the base URL, if any. */
  operationFor(method, path) {
    return this.routes.find((r) => r.method === method.toUpperCase() && r.re.test(path))?.operationId
  }
  validate(operationId, status, body) {
    const op = this.operations.get(operationId)
    if (!op)
      return [
        {
          path: '',
          kind: 'other',
          message: `unknown operation ${operationId}`,
        },
      ]
    const responses = op.responses ?? {}
    const key =
      String(status) in responses
        ? String(status)
        : `${String(status)[0]}XX` in responses
          ? `${String(status)[0]}XX`
          : 'default'
    if (!(key in responses))
      return [
        {
          path: '',
          kind: 'status',
          message: `status ${status} is not documented for ${operationId}`,
        },
      ]
    const cacheKey = `${operationId} ${key}`
    let validate = this.compiled.get(cacheKey)
    if (!validate) {
      const pointer = `${this.id}#${this.pointers.get(operationId)}/responses/${key}`
      const schemaPath =
        resolveRef(responses[key], this.document) === responses[key]
          ? `${pointer}/content/application~1json/schema`
          : `${this.id}#${String(responses[key].$ref).slice(1)}/content/application~1json/schema`
      validate = this.ajv.compile({ $ref: schemaPath })
      this.compiled.set(cacheKey, validate)
    }
    return validate(body) ? [] : toProblems(validate.errors)
  }
}
function resolveRef(node, document) {
  const ref = node?.$ref
  if (typeof ref !== 'string') return node
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((acc, key) => acc[key.replaceAll('~1', '/').replaceAll('~0', '~')], document)
}
function toProblems(errors) {
  const out = []
  for (const e of errors ?? [])
    if (e.keyword === 'unevaluatedProperties')
      out.push({
        path: `${e.instancePath}/${e.params.unevaluatedProperty}`,
        kind: 'undocumented',
        message: 'field not in the OpenAPI document',
      })
    else if (e.keyword === 'required')
      out.push({
        path: `${e.instancePath}/${e.params.missingProperty}`,
        kind: 'missing',
        message: 'required field missing',
      })
    else if (e.keyword === 'enum' || e.keyword === 'const')
      out.push({
        path: e.instancePath,
        kind: 'enum',
        message: `value not in the enum: ${JSON.stringify(e.params)}`,
      })
    else if (e.keyword === 'type')
      out.push({
        path: e.instancePath,
        kind: 'type',
        message: `must be ${e.params.type}`,
      })
    else if (e.keyword === 'format' || e.keyword === 'pattern')
      out.push({
        path: e.instancePath,
        kind: 'format',
        message: e.message ?? e.keyword,
      })
    else if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if')
      out.push({
        path: e.instancePath,
        kind: 'other',
        message: `${e.keyword}: ${e.message}`,
      })
  return out
}

//#endregion
export { EMULATOR_COMMANDS as n, ResponseValidator as t, runCli as r }
