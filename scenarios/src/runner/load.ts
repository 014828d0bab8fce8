/** Reads scenario files: YAML parsed with line numbers, then checked against the published schema. */
import { readFileSync } from 'node:fs'
import type { ApiProfile } from '@npay-sandbox/protocol'
import { Ajv, type ErrorObject } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'
import type { LoadedScenario, ScenarioFile } from './format.ts'
import { callableOperations, SCENARIO_SCHEMA } from './schema.ts'

/** A file that is not valid YAML or does not follow the scenario schema. */
export class ScenarioLoadError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: not a valid scenario file\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'ScenarioLoadError'
  }
}

let validator: ReturnType<Ajv['compile']> | undefined
function validate(value: unknown) {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(SCENARIO_SCHEMA)
  return validator(value) ? [] : (validator.errors ?? [])
}

const BRANCHES = ['create', 'call', 'event', 'advance'] as const
/** Ajv reports schema paths relative to the referenced step schema. */
const STEP_BRANCH = '#/oneOf/'

/**
 * A step is one branch of a `oneOf`: Ajv reports every branch's complaint, so keep only those of the
 * branch the step's action key selects, and say plainly when a step has no action or several.
 */
function describe(errors: ErrorObject[], value: unknown, lineOf: (path: string) => number | undefined) {
  const steps = ((value as { steps?: unknown }).steps ?? []) as Record<string, unknown>[]
  const out: string[] = []
  const at = (path: string) => {
    const line = lineOf(path)
    return `${line ? `line ${line}: ` : ''}${path || '(top level)'}`
  }
  for (const e of errors) {
    const m = /^\/steps\/(\d+)/.exec(e.instancePath)
    const step = m ? steps[Number(m[1])] : undefined
    if (step && typeof step === 'object' && e.schemaPath.startsWith(STEP_BRANCH)) {
      const actions = BRANCHES.filter((b) => b in step)
      if (actions.length !== 1 && !(actions.length === 0 && 'expect' in step)) {
        out.push(
          `${at(`/steps/${m![1]}`)} must do exactly one of create, call, event, advance (or only expect)`,
        )
        continue
      }
      const branch = actions.length === 1 ? BRANCHES.indexOf(actions[0]!) : BRANCHES.length
      if (!e.schemaPath.startsWith(`${STEP_BRANCH}${branch}/`)) continue
    }
    if (e.keyword === 'oneOf' && e.instancePath.match(/^\/steps\/\d+$/)) continue
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''
    const values = e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : []
    const allowed =
      values.length > 0 ? `: ${values.map((v) => (v === null ? 'null' : String(v))).join(', ')}` : ''
    out.push(`${at(e.instancePath)} ${e.message}${extra}${allowed}`)
  }
  return [...new Set(out)]
}

const API_NAMES: Record<ApiProfile, string> = { npay: 'the Npay mall API', commerce: 'the Commerce API' }

/** `call` steps of operations the file's merchant's API lacks (getReviews on commerce, changeHopeDelivery on npay). */
function foreignCalls(scenario: ScenarioFile, lineOf: (path: string) => number | undefined): string[] {
  const api = scenario.merchant?.api ?? 'npay'
  const own = new Set(callableOperations(api))
  const other: ApiProfile = api === 'npay' ? 'commerce' : 'npay'
  const problems: string[] = []
  for (const [i, step] of scenario.steps.entries()) {
    if (!('call' in step) || own.has(step.call)) continue
    const line = lineOf(`/steps/${i}`)
    problems.push(
      `${line ? `line ${line}: ` : ''}/steps/${i}/call ${step.call} is an operation of ${API_NAMES[other]} only, and this file's merchant speaks ${API_NAMES[api]} (with merchant: { api: ${other} } it runs as an app of ${API_NAMES[other]})`,
    )
  }
  return problems
}

/**
 * Parses and validates scenario text.
 * @example parseScenario('return.yaml', readFileSync('return.yaml', 'utf8')).scenario.steps.length
 */
export function parseScenario(path: string, text: string): LoadedScenario {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true })
  if (doc.errors.length > 0)
    throw new ScenarioLoadError(
      path,
      doc.errors.map((e) => e.message),
    )
  const value = doc.toJS() as unknown
  const stepsNode = isMap(doc.contents) ? doc.contents.get('steps', true) : undefined
  const stepNodes = isSeq(stepsNode) ? stepsNode.items : []
  const lines = stepNodes.map((n) => {
    const offset = (n as { range?: [number, number, number] }).range?.[0]
    return offset === undefined ? 0 : counter.linePos(offset).line
  })
  const lineOf = (pointer: string) => {
    const m = /^\/steps\/(\d+)/.exec(pointer)
    return m ? lines[Number(m[1])] : undefined
  }
  const errors = validate(value)
  if (errors.length > 0) throw new ScenarioLoadError(path, describe(errors, value, lineOf))
  const foreign = foreignCalls(value as ScenarioFile, lineOf)
  if (foreign.length > 0) throw new ScenarioLoadError(path, foreign)
  return { path, scenario: value as ScenarioFile, lines }
}

/** Reads and validates one scenario file. */
export function loadScenario(path: string): LoadedScenario {
  return parseScenario(path, readFileSync(path, 'utf8'))
}
