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
import { json } from '../respond.ts'
import type { Register } from './index.ts'

/** Longest scenario text accepted (a file of thousands of steps is not a QA scenario). */
const MAX_YAML_CHARS = 512 * 1024

function titleOf(text: string, fallback: string): string {
  try {
    return parseScenario(fallback, text).scenario.name
  } catch {
    return fallback
  }
}

/** The app of a fresh engine, loaded on first use (app.ts registers this module). */
const appFetch = async (): Promise<(engine: Engine) => FetchLike> =>
  (await import('../app-fetch.ts')).appFetch

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

export function scenarioRunRoutes(register: Register, _engine: Engine) {
  register('GET', '/__sandbox/scenario-examples', 'listScenarioExamples', (c) =>
    json(
      c,
      {
        examples: scenarioExampleNames().map((name) => ({
          name,
          title: titleOf(scenarioExample(name) ?? '', name),
        })),
      },
      200,
    ),
  )

  register('POST', '/__sandbox/scenario-runs', 'runScenarioFile', async (c, req) => {
    const body = (req.body ?? {}) as { yaml?: string; name?: string; example?: string }
    let path: string
    let text: string
    if (typeof body.example === 'string') {
      const example = scenarioExample(body.example)
      if (example === undefined)
        throw new SandboxError(404, 'NOT_FOUND', `no example scenario named ${body.example}`)
      path = body.example
      text = example
    } else if (typeof body.yaml === 'string') {
      path = body.name?.trim() || 'uploaded.yaml'
      text = body.yaml
    } else throw new SandboxError(400, 'BAD_REQUEST', 'send either `yaml` (the file text) or `example`')
    if (text.length > MAX_YAML_CHARS)
      throw new SandboxError(
        400,
        'BAD_REQUEST',
        `the scenario file is longer than ${MAX_YAML_CHARS} characters`,
      )
    let loaded: LoadedScenario
    try {
      loaded = parseScenario(path, text)
    } catch (error) {
      if (error instanceof ScenarioLoadError)
        throw new SandboxError(400, 'BAD_REQUEST', `${path}: not a valid scenario file`, {
          details: { problems: error.problems },
        })
      throw error
    }
    const result = await runScenario(loaded, inProcessTarget(await appFetch()))
    const coverage = coverageReport(result.rows, result.codes)
    return json(
      c,
      {
        file: path,
        name: result.name,
        passed: result.passed,
        durationMs: result.durationMs,
        totals: {
          passed: result.steps.filter((s) => s.status === 'passed').length,
          failed: result.steps.filter((s) => s.status === 'failed').length,
          skipped: result.steps.filter((s) => s.status === 'skipped').length,
        },
        steps: result.steps.map(stepReport),
        coverage: {
          exercised: coverage.covered.length,
          total: coverage.rows.length,
          ...coverage,
        },
      },
      200,
    )
  })
}
