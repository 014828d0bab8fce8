/**
 * The GitHub Action (action.yml + action/start.sh) run the way the runner runs it — its one step's `run`
 * under `bash --noprofile --norc -eo pipefail`, with that step's `env` — against the workspace CLI on
 * 127.0.0.1, and the README's shell recipe for other languages run as written against a stand-in binary.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { signClientSecret } from '@npay-sandbox/protocol'
import { afterEach, expect, test } from 'vitest'
import { parse } from 'yaml'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(REPO, 'npay-sandbox/bin/npay-sandbox.mjs')
const SCRIPT = readFileSync(join(REPO, 'action/start.sh'), 'utf8')

interface Step {
  id?: string
  shell?: string
  run?: string
  env?: Record<string, string>
}
interface Action {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: Step[] }
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action
const started: number[] = []

afterEach(async () => {
  for (const pid of started.splice(0)) await stop(pid)
})

/** Runs the action's step with these inputs (defaults for the rest) and returns what it wrote. */
async function runAction(inputs: Record<string, string>, env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'npay-action-'))
  const outputFile = join(dir, 'github-output')
  writeFileSync(outputFile, '')
  const [step] = action.runs.steps
  const stepEnv = Object.entries(step?.env ?? {}).map(([name, value]) => [name, expand(value, inputs)])
  const { code, output } = await run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', step!.run!], {
    ...Object.fromEntries(stepEnv),
    GITHUB_ACTION_PATH: REPO,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: dir,
    ...env,
  })
  const lines = readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)
  const outputs = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  if (outputs.pid) started.push(Number(outputs.pid))
  return { code, output, outputs, dir }
}

/** `${{ inputs.NAME }}` as the runner evaluates it; any other expression is a test that needs updating. */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const name = /^inputs\.([\w-]+)$/.exec(expression)?.[1]
    if (!name || !(name in action.inputs)) throw new Error(`cannot evaluate \${{ ${expression} }}`)
    return inputs[name] ?? action.inputs[name]?.default ?? ''
  })
}

function run(command: string[], env: Record<string, string>, cwd = REPO) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      timeout: 40_000,
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('close', (code) => resolve({ code, output }))
  })
}

/** Gone, or a zombie nobody reaps (a container's PID 1 may not): either way it serves nothing. */
function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return true
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false
  } catch {
    return false
  }
}

async function stop(pid: number): Promise<void> {
  if (!isGone(pid)) process.kill(pid, 'SIGTERM')
  for (let i = 0; i < 100 && !isGone(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100))
}

async function tokenStatus(baseUrl: string, clientId: string, clientSecret: string): Promise<number> {
  const timestamp = Date.now()
  const body = new URLSearchParams({
    client_id: clientId,
    timestamp: String(timestamp),
    grant_type: 'client_credentials',
    client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
    type: 'SELF',
  })
  return (await fetch(`${baseUrl}/v1/oauth2/token`, { method: 'POST', body })).status
}

function fixture(dir: string, source: string): string {
  const file = join(dir, 'fixture.mjs')
  writeFileSync(file, source)
  return `node ${file}`
}

test('the action starts the emulator in the background and its outputs sign a token request', async () => {
  const { code, output, outputs } = await runAction(
    { port: '0', seed: '7', args: '--clock frozen' },
    { NPAY_SANDBOX_COMMAND: `node ${CLI}` },
  )
  expect(code, output).toBe(0)
  expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort())
  expect(outputs['base-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/npay\/partner$/)
  expect(outputs['base-url']).toBe(`${outputs.origin}/npay/partner`)
  expect(readFileSync(outputs['log-file']!, 'utf8')).toContain('npay-sandbox listening')
  expect(await tokenStatus(outputs['base-url']!, outputs['client-id']!, outputs['client-secret']!)).toBe(200)
  const pid = Number(outputs.pid)
  if (process.platform === 'linux') {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    expect(argv.slice(-7)).toEqual(['start', '--port', '0', '--seed', '7', '--clock', 'frozen'])
  }
  await stop(pid)
  expect(isGone(pid)).toBe(true)
  await expect(fetch(`${outputs.origin}/__sandbox/health`)).rejects.toThrow()
})

test('a server that exits before it is healthy fails the step with its log and no outputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npay-action-fixture-'))
  const command = fixture(dir, `console.error('cannot read sandbox.json'); process.exit(3)\n`)
  const { code, output, outputs } = await runAction({}, { NPAY_SANDBOX_COMMAND: command })
  expect(code).toBe(1)
  expect(output).toContain('cannot read sandbox.json')
  expect(output).toContain('exited with status 3 before it answered /__sandbox/health')
  expect(outputs).toEqual({})
})

test('a server that never answers health fails after wait-seconds with its log, and is stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npay-action-fixture-'))
  const command = fixture(dir, `console.log('booting as pid', process.pid); setInterval(() => {}, 1000)\n`)
  const { code, output } = await runAction({ 'wait-seconds': '2' }, { NPAY_SANDBOX_COMMAND: command })
  expect(code).toBe(1)
  expect(output).toContain('did not answer /__sandbox/health within 2 s')
  const pid = Number(/booting as pid (\d+)/.exec(output)?.[1])
  started.push(pid)
  await stop(pid) // only waits: the script has already sent SIGTERM
  expect(isGone(pid)).toBe(true)
})

test('action.yml runs the script with every input it declares and declares only outputs the script writes', () => {
  expect(action.runs.using).toBe('composite')
  expect(action.runs.steps).toEqual([
    {
      id: 'start',
      shell: 'bash',
      env: expect.any(Object),
      run: 'bash "$GITHUB_ACTION_PATH/action/start.sh"',
    },
  ])
  const env = action.runs.steps[0]!.env!
  expect(Object.values(env).sort()).toEqual(
    Object.keys(action.inputs)
      .map((name) => `\${{ inputs.${name} }}`)
      .sort(),
  )
  for (const name of Object.keys(env)) expect(SCRIPT).toContain(`\${${name}:-`)
  for (const [name, { value }] of Object.entries(action.outputs)) {
    expect(value).toBe(`\${{ steps.start.outputs.${name} }}`)
    expect(SCRIPT).toContain(`echo "${name}=`)
  }
})

test('the action runs the version in npay-sandbox/package.json, as the README tarball is named', () => {
  const { version } = JSON.parse(readFileSync(join(REPO, 'npay-sandbox/package.json'), 'utf8')) as {
    version: string
  }
  expect(action.inputs.version?.default).toBe(version)
  expect(readmeSection()).toContain(`npay-sandbox-${version}.tgz`)
})

function readmeSection(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
  const section = /^## For Java, PHP and Python teams\n([\s\S]*?)^## /m.exec(readme)?.[1]
  if (!section) throw new Error('README.md has no "For Java, PHP and Python teams" section')
  return section
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

test("the README's shell recipe starts the binary and waits for health as written", async () => {
  const recipe = /```sh\n([\s\S]*?)```/.exec(readmeSection())?.[1]
  expect(recipe).toContain('./npay-sandbox-linux-x64 start --port 8787')
  const dir = mkdtempSync(join(tmpdir(), 'npay-readme-'))
  // A stand-in for the single executable (which `pnpm package` builds): the same CLI, from source.
  writeFileSync(join(dir, 'npay-sandbox-linux-x64'), `#!/bin/sh\nexec node ${CLI} "$@"\n`)
  const port = String(await freePort())
  // The trap names the background job even when the recipe exits early, so it is always stopped.
  const script = `trap 'echo "pid=$!"' EXIT\n${recipe!.replaceAll('8787', port)}`
  const { code, output } = await run(['bash', '-eo', 'pipefail', '-c', script], {}, dir)
  const pid = Number(/pid=(\d+)\s*$/.exec(output)?.[1]) // curl's body ends without a newline
  expect(pid, output).toBeGreaterThan(0)
  started.push(pid)
  expect(code, output).toBe(0)
  expect(output).toContain('"ok"')
  expect(readFileSync(join(dir, 'npay-sandbox.log'), 'utf8')).toContain(
    `http://127.0.0.1:${port}/npay/partner`,
  )
})
