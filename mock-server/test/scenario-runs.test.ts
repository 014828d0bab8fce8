import { describe, expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'

interface Step {
  title: string
  status: 'passed' | 'failed' | 'skipped'
  sent: unknown[]
  received: { status: number }[]
  differences: { what: string; text: string }[]
}
interface Report {
  file: string
  name: string
  passed: boolean
  steps: Step[]
  coverage: { exercised: number; total: number; covered: string[]; errorCodes: unknown[] }
}

const post = (sandbox: ReturnType<typeof createSandbox>, body: unknown) =>
  sandbox.app.request('/__sandbox/scenario-runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const WRONG = `name: Wrong expectation
steps:
  - create: { as: order, items: 1 }
    expect: { productOrderStatus: PAYED }
  - call: confirmProductOrders
    productOrders: order
    expect: { placeOrderStatus: NOT_YET }
  - advance: 1d
`

describe('POST /__sandbox/scenario-runs', () => {
  test('lists the shipped examples with their titles', async () => {
    const sandbox = createSandbox({ seed: 1 })
    const res = await sandbox.app.request('/__sandbox/scenario-examples')
    expect(res.status).toBe(200)
    const { examples } = (await res.json()) as { examples: { name: string; title: string }[] }
    expect(examples.map((e) => e.name)).toContain('normal-flow-buyer-decides.yaml')
    expect(examples.find((e) => e.name === 'normal-flow-buyer-decides.yaml')?.title).toMatch(/^Normal flow/)
  })

  test('an example passes, with its steps and coverage, without touching the server', async () => {
    const sandbox = createSandbox({ seed: 1 })
    const before = sandbox.engine.merchants().length
    const res = await post(sandbox, { example: 'normal-flow-buyer-decides.yaml' })
    expect(res.status).toBe(200)
    const report = (await res.json()) as Report
    expect(report.passed).toBe(true)
    expect(report.steps.length).toBeGreaterThan(3)
    expect(report.steps.every((s) => s.status === 'passed')).toBe(true)
    expect(report.steps[1]!.sent.length).toBeGreaterThan(0)
    expect(report.coverage.exercised).toBeGreaterThan(0)
    expect(report.coverage.exercised).toBe(report.coverage.covered.length)
    expect(report.coverage.total).toBeGreaterThan(report.coverage.exercised)
    expect(report.coverage.errorCodes.length).toBeGreaterThan(0)
    expect(sandbox.engine.merchants()).toHaveLength(before)
    const listed = await sandbox.app.request('/__sandbox/product-orders')
    expect(((await listed.json()) as { productOrders?: unknown[] }).productOrders ?? []).toHaveLength(0)
  })

  test('a wrong expectation fails with a readable difference, later steps skipped', async () => {
    const sandbox = createSandbox({ seed: 1 })
    const res = await post(sandbox, { yaml: WRONG, name: 'wrong.yaml' })
    expect(res.status).toBe(200)
    const report = (await res.json()) as Report
    expect(report).toMatchObject({ file: 'wrong.yaml', name: 'Wrong expectation', passed: false })
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'skipped'])
    const failed = report.steps[1]!
    expect(failed.sent).toHaveLength(1)
    expect(failed.received[0]!.status).toBe(200)
    expect(failed.differences[0]!.text).toBe('placeOrderStatus: expected NOT_YET, got OK')
  })

  test('invalid YAML and schema violations are 400 BAD_REQUEST with the problems', async () => {
    const sandbox = createSandbox({ seed: 1 })
    const broken = await post(sandbox, { yaml: 'name: [unclosed\nsteps: {' })
    expect(broken.status).toBe(400)
    const body = (await broken.json()) as { code: string; message: string; details: { problems: string[] } }
    expect(body.code).toBe('BAD_REQUEST')
    expect(body.details.problems.length).toBeGreaterThan(0)
    const schema = await post(sandbox, { yaml: 'name: x\nsteps:\n  - fly: away\n' })
    expect(schema.status).toBe(400)
    expect(((await schema.json()) as { code: string }).code).toBe('BAD_REQUEST')
    expect((await post(sandbox, {})).status).toBe(400)
    expect((await post(sandbox, { example: '../package.json' })).status).toBe(404)
  })
})
