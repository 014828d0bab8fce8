/**
 * The GitHub Action's admin-token input (issue #17), run as the runner runs the step (see action.test.ts):
 * the emulator gets the token from the environment, later steps use it, and a non-loopback bind without one
 * fails the step with the emulator's reason.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, test } from 'vitest'
import { parse } from 'yaml'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(REPO, 'npay-sandbox/bin/npay-sandbox.mjs')
const TOKEN = 'action-admin-4b1d'

interface Step {
  run: string
  env: Record<string, string>
}
const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  runs: { steps: Step[] }
}
const started: number[] = []

afterEach(async () => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGTERM')
    } catch {}
  }
})

async function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'npay-action-token-'))
  const outputFile = join(dir, 'github-output')
  writeFileSync(outputFile, '')
  const step = action.runs.steps[0]!
  const stepEnv = Object.fromEntries(
    Object.entries(step.env).map(([name, value]) => {
      const input = /\$\{\{\s*inputs\.([\w-]+)\s*\}\}/.exec(value)?.[1] ?? ''
      return [name, inputs[input] ?? action.inputs[input]?.default ?? '']
    }),
  )
  const env = {
    ...process.env,
    ...stepEnv,
    GITHUB_ACTION_PATH: REPO,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: dir,
    NPAY_SANDBOX_COMMAND: `node ${CLI}`,
  }
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: REPO,
      env,
      timeout: 60_000,
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
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  if (outputs.pid) started.push(Number(outputs.pid))
  return { code, output, outputs }
}

test('with admin-token the emulator asks later steps for it, and the token is masked and off its command line', async () => {
  const { code, output, outputs } = await runAction({ port: '0', 'admin-token': TOKEN })
  expect(code, output).toBe(0)
  expect(output).toContain(`::add-mask::${TOKEN}`)
  const merchants = `${outputs.origin}/__sandbox/merchants`
  expect((await fetch(merchants)).status).toBe(401)
  expect((await fetch(merchants, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200)
  if (process.platform === 'linux') {
    expect(readFileSync(`/proc/${outputs.pid}/cmdline`, 'utf8')).not.toContain(TOKEN)
  }
})

test('without admin-token the control plane asks for none', async () => {
  const { code, output, outputs } = await runAction({ port: '0' })
  expect(code, output).toBe(0)
  expect(output).not.toContain('::add-mask::')
  expect((await fetch(`${outputs.origin}/__sandbox/merchants`)).status).toBe(200)
})

test('a non-loopback --host without admin-token fails the step with the reason in the log', async () => {
  const { code, output, outputs } = await runAction({ port: '0', args: '--host 0.0.0.0' })
  expect(code).toBe(1)
  expect(output).toContain('refusing to listen on 0.0.0.0 without an admin token')
  expect(output).toContain('exited with status 2 before it answered /__sandbox/health')
  expect(outputs).toEqual({})
})
