/**
 * The README's "Commerce API (smartstore seller) profile" commands, run as written: `npx npay-sandbox` is the
 * workspace CLI (a stand-in `npx` on PATH), bcryptjs resolves as in a project that installed npay-sandbox, and
 * the documented port is a free one. The start banner of `--api commerce` names the Commerce base URL, the
 * token endpoint with type=SELF and the default seller. The Korean section shows the same commands.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(REPO, 'mock-server/bin/npay-sandbox.mjs')
const README = readFileSync(join(REPO, 'README.md'), 'utf8')
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

/** The sh blocks between a heading and the next heading of level 2 or 3 (comment lines in blocks are `# `). */
function blocks(heading: string): string[] {
  const start = README.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`README.md has no section ${heading}`)
  const rest = README.slice(start + heading.length + 2)
  const end = rest.search(/^###? /m)
  const section = end < 0 ? rest : rest.slice(0, end)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
}
/** What the shell runs: no comment lines, no trailing comments. */
const commands = (block: string) =>
  block
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/\s+#\s.*$/, ''))
    .join('\n')

const english = blocks('## Commerce API (smartstore seller) profile')
const korean = blocks('### 커머스 API 빠른 시작 (한국어)')

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}

let dir: string
let env: Record<string, string>
let port: string
let server: ChildProcess | undefined
let banner = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'npay-commerce-readme-'))
  mkdirSync(join(dir, 'bin'))
  writeFileSync(
    join(dir, 'bin/npx'),
    `#!/bin/sh\n[ "$1" = npay-sandbox ] && shift\nexec node ${CLI} "$@"\n`,
    {
      mode: 0o755,
    },
  )
  // npm installs npay-sandbox's dependency bcryptjs beside it, where `node -e` in the project finds it.
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(join(REPO, 'packages/protocol/node_modules/bcryptjs'), join(dir, 'node_modules/bcryptjs'))
  env = { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NPAY_SANDBOX_ADMIN_TOKEN: '' }
  port = String(await freePort())
  const start = english[0]!.replaceAll('8787', port)
  expect(commands(start).trim()).toBe('npx npay-sandbox start --api commerce')
  // The documented start command, on the free port.
  server = spawn('bash', ['-c', `exec ${commands(start).trim()} --port ${port}`], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      banner += chunk.toString()
      if (/mallId\s+\S+/.test(banner)) resolve()
    })
    server!.once('exit', (code) => reject(new Error(`server exited with ${code}: ${banner}`)))
  })
})
afterAll(() => {
  server?.kill('SIGTERM')
})

test('the Korean section shows the same commands as the English one', () => {
  expect(english).toHaveLength(3)
  expect(korean.map(commands)).toEqual(english.map(commands))
})

test('start --api commerce prints the Commerce base URL, the SELF token endpoint and the default seller', () => {
  const origin = `http://127.0.0.1:${port}`
  expect(banner).toContain(`API base URL   ${origin}/external\n`)
  // The Commerce API requires type on the token request (docs: oauth2/token.POST.md).
  expect(banner).toContain(`token          POST ${origin}/external/v1/oauth2/token   (type=SELF)\n`)
  expect(banner).toContain('default merchant (Commerce API (smartstore seller))')
  expect(banner).toMatch(/client_id\s+npaySandboxDefaultApp1\n/)
  expect(banner).toMatch(/mallId\s+ncp_sandbox_01/)
})

test("the README's token and seller-path calls, run as written, confirm a new order", async () => {
  const script = english[1]!
  expect(script.split('http://127.0.0.1:8787')).toHaveLength(2)
  const { code, stdout, stderr } = await bash(script.replaceAll('8787', port), dir, env)
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  const answer = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    data: { successProductOrderInfos: { productOrderId: string }[]; failProductOrderInfos: unknown[] }
  }
  expect(answer.data.failProductOrderInfos).toEqual([])
  expect(answer.data.successProductOrderInfos).toHaveLength(1)
  expect(answer.data.successProductOrderInfos[0]!.productOrderId).toMatch(/^\d{16}$/)
})

test("the README's merchant command creates a Commerce merchant with a seller id at /external", async () => {
  const { code, stdout, stderr } = await bash(english[2]!.replaceAll('8787', port), dir, env)
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  const merchant = JSON.parse(stdout) as Record<string, unknown>
  expect(merchant).toMatchObject({ api: 'commerce', basePath: '/external', name: 'my smartstore' })
  // The docs' seller ids look like ncp_1nsut9_01 [DOC example].
  expect(merchant.mallId).toMatch(/^ncp_[a-z0-9]{6}_01$/)
})
