import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, test, vi } from 'vitest'
import { parseArgsProblem } from '../src/parse-args-problem.ts'

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))
// Each case spawns the CLI, which compiles TypeScript on start: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 })

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

test.concurrent.each([
  [['start', '--foo'], 'unknown option --foo', 'npay-sandbox start [--port N]'],
  [
    ['start', '--', '--', '--port', '0'],
    'unexpected argument --port after --',
    'npay-sandbox start [--port N]',
  ],
  [['start', '8787'], 'unexpected argument 8787: this command takes options only', 'npay-sandbox start'],
  [['start', '--port'], 'option --port needs a value', 'npay-sandbox start'],
  [
    ['start', '--seed', '-5'],
    'option --seed needs a value, got -5, which looks like an option (write --seed=-5',
    'npay-sandbox start',
  ],
  [['seed', 'delivered', '--foo=1'], 'unknown option --foo', 'npay-sandbox seed <name>'],
  [['scenarios', '-x'], 'unknown option -x', 'npay-sandbox scenarios [--json]'],
  [['scenarios', '--json=yes'], 'option --json takes no value', 'npay-sandbox scenarios [--json]'],
  [['run', 'scenarios/examples', '--junit'], 'option --junit needs a value', 'npay-sandbox run <files'],
])('%j is a usage error: %s, then the usage, exit 2', async (args, problem, usage) => {
  const { code, stdout, stderr } = await cli(...args)
  expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
  expect(stderr.split('\n')[0]).toMatch(
    new RegExp(`^npay-sandbox: ${problem.replace(/[[\]()*+?.\\^$|-]/g, '\\$&')}`),
  )
  expect(stderr).toContain(`Usage:\n  ${usage}`)
  expect(stderr).not.toMatch(/\n\s+at |ERR_PARSE_ARGS|positional arguments/)
})

test('a leading -- from the package manager is not an argument', async () => {
  const { code, stdout } = await cli('scenarios', '--', '--json')
  expect(code).toBe(0)
  expect(JSON.parse(stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'delivered' })]))
})

test('parseArgsProblem leaves errors that are not from parseArgs alone', () => {
  expect(parseArgsProblem({ args: [] }, new Error('disk full'))).toBeUndefined()
})
