/**
 * QA scenario files over the control plane, for the dashboard: `GET /__sandbox/scenario-examples` lists
 * the shipped example files, `POST /__sandbox/scenario-runs` runs an uploaded file (or an example) in
 * process on a fresh, isolated engine (never the server's own merchants) and answers with the per-step
 * report and the transition coverage of that run.
 */
import type { FetchLike } from '@npay-sandbox/client'
import { type Engine, SandboxError } from '@npay-sandbox/engine'
import {
  coverageReport,
  formatDifference,
  inProcessTarget,
  type LoadedScenario,
  parseScenario,
  runScenario,
  ScenarioLoadError,
  type StepResult,
  scenarioExample,
  scenarioExampleNames,
} from '@npay-sandbox/scenarios'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/** Longest scenario text accepted (a file of thousands of steps is not a QA scenario). */
const MAX_YAML_CHARS = 512 * 1024

function titleOf(text: string, fallback: string): string {
  try {
    return parseScenario(fallback, text).scenario.name
  } catch {
    return fallback
  }
}

/** A fresh app over an engine as a fetch function; app.ts hands it in, so this module need not import it. */
export type AppFetch = (engine: Engine) => FetchLike

function stepReport(s: StepResult) {
  return {
    index: s.index,
    ...(s.line ? { line: s.line } : {}),
    title: s.label,
    status: s.status,
    sent: s.answers.map((a) =>
      a.sent
        ? { method: a.sent.method, path: a.sent.path, body: a.sent.requestBody, status: a.sent.status }
        : null,
    ),
    received: s.answers.map((a) => ({
      status: a.status,
      body: a.body ?? null,
      ...(a.code ? { code: a.code } : {}),
    })),
    differences: s.differences.map((d) => ({
      what: d.what,
      expected: d.expected ?? null,
      actual: d.actual ?? null,
      text: formatDifference(d),
    })),
    ...(s.error ? { error: s.error } : {}),
  }
}

/** The file to run: an uploaded text (`yaml`, named `name`) or a shipped example. */
function scenarioFile(body: { yaml?: string; name?: string; example?: string }): {
  path: string
  text: string
} {
  if (typeof body.example === 'string') {
    const example = scenarioExample(body.example)
    if (example === undefined)
      throw new SandboxError(404, 'NOT_FOUND', `no example scenario named ${body.example}`)
    return { path: body.example, text: example }
  }
  if (typeof body.yaml !== 'string')
    throw new SandboxError(400, 'BAD_REQUEST', 'send either `yaml` (the file text) or `example`')
  if (body.yaml.length > MAX_YAML_CHARS)
    throw new SandboxError(
      400,
      'BAD_REQUEST',
      `the scenario file is longer than ${MAX_YAML_CHARS} characters`,
    )
  return { path: body.name?.trim() || 'uploaded.yaml', text: body.yaml }
}

function loadScenario(path: string, text: string): LoadedScenario {
  try {
    return parseScenario(path, text)
  } catch (error) {
    if (error instanceof ScenarioLoadError)
      throw new SandboxError(400, 'BAD_REQUEST', `${path}: not a valid scenario file`, {
        details: { problems: error.problems },
      })
    throw error
  }
}

function runReport(path: string, result: Awaited<ReturnType<typeof runScenario>>) {
  const coverage = coverageReport(result.rows, result.codes)
  const count = (status: StepResult['status']) => result.steps.filter((s) => s.status === status).length
  return {
    file: path,
    name: result.name,
    passed: result.passed,
    durationMs: result.durationMs,
    totals: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    steps: result.steps.map(stepReport),
    coverage: { exercised: coverage.covered.length, total: coverage.rows.length, ...coverage },
  }
}

/**
 * listScenarioExamples and runScenarioFile; each run gets a fresh engine behind `appFetch`.
 * @example mountControl(app, engine, { ...scenarioRunHandlers(appFetch), … })
 */
export function scenarioRunHandlers(appFetch: AppFetch) {
  return {
    listScenarioExamples: {
      tenant: 'none',
      handle: (_input, c) => {
        const examples = scenarioExampleNames().map((name) => ({
          name,
          title: titleOf(scenarioExample(name) ?? '', name),
        }))
        return json(c, { examples }, 200)
      },
    },
    runScenarioFile: {
      tenant: 'none',
      handle: async ({ body }, c) => {
        const { path, text } = scenarioFile(body)
        const result = await runScenario(loadScenario(path, text), inProcessTarget(appFetch))
        return json(c, runReport(path, result), 200)
      },
    },
  } satisfies ControlHandlers
}
