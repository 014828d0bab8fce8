/**
 * The README's "Running a shared sandbox" commands, run as written (issue #17): `npx npay-sandbox` is the
 * workspace CLI (a stand-in `npx` on PATH), the installed package's examples are the workspace's, and the
 * documented port and server name are a free port and 127.0.0.1. The Korean section shows the same commands.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test, vi } from 'vitest'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(REPO, 'mock-server/bin/npay-sandbox.mjs')
const README = readFileSync(join(REPO, 'README.md'), 'utf8')
const DOCUMENTED = 'http://qa-sandbox.internal:8787'
vi.setConfig({ testTimeout: 120_000 })

function blocks(heading: RegExp): string[] {
  const section = new RegExp(`^${heading.source}\\n([\\s\\S]*?)^##? `, 'm').exec(README)?.[1]
  if (!section) throw new Error(`README.md has no section ${heading}`)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
}
/** What the shell runs: no comment lines, no trailing comments. */
const commands = (block: string) =>
  block
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/\s+#.*$/, ''))
    .join('\n')

const english = blocks(/## Running a shared sandbox/)
const korean = blocks(/### 공유 샌드박스 운영 \(Running a shared sandbox\)/)
let server: ChildProcess | undefined
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM')
})

function bash(script: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { ...process.env, ...env } })
    let output = ''
    for (const stream of [child.stdout, child.stderr])
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString()
      })
    child.once('close', (code) => resolve({ code, output }))
  })
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function statusWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(
      { host: '127.0.0.1', port, path: '/__sandbox/health', setHost: false, headers: { host } },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
      .on('error', reject)
      .end()
  })
}

test('the Korean section shows the same commands as the English one', () => {
  expect(english).toHaveLength(2)
  expect(korean.map(commands)).toEqual(english.map(commands))
})

test('the shared-sandbox commands start a protected server that teammates with the token use', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'npay-shared-readme-'))
  mkdirSync(join(dir, 'bin'))
  writeFileSync(
    join(dir, 'bin/npx'),
    `#!/bin/sh\n[ "$1" = npay-sandbox ] && shift\nexec node ${CLI} "$@"\n`,
    {
      mode: 0o755,
    },
  )
  mkdirSync(join(dir, 'node_modules/npay-sandbox'), { recursive: true })
  symlinkSync(join(REPO, 'scenarios/examples'), join(dir, 'node_modules/npay-sandbox/examples'))
  const env = { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NPAY_SANDBOX_ADMIN_TOKEN: '' }
  const port = String(await freePort())
  const origin = `http://127.0.0.1:${port}`

  const [start, use] = english.map((block) => block.replaceAll('8787', port)) as [string, string]
  expect(start).toContain('npx npay-sandbox start --host 0.0.0.0')
  // The server's block in the background (its own process group); the token it made, for the teammates.
  const serverScript = `${start.replace(/^(npx npay-sandbox start .*)$/m, '$1 > server.log 2>&1 &')}
echo "token=$NPAY_SANDBOX_ADMIN_TOKEN"
wait`
  server = spawn('bash', ['-eo', 'pipefail', '-c', serverScript], {
    cwd: dir,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const token = await new Promise<string>((resolve) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      const m = /token=([0-9a-f]{48})/.exec(chunk.toString())
      if (m) resolve(m[1]!)
    })
  })
  const health = await bash(
    `curl -fsS --retry 60 --retry-delay 1 --retry-connrefused ${origin}/__sandbox/health`,
    dir,
    env,
  )
  expect(health.code, readFileSync(join(dir, 'server.log'), 'utf8')).toBe(0)
  expect(await statusWithHost(Number(port), `qa-sandbox.internal:${port}`)).toBe(200)
  expect(await statusWithHost(Number(port), `evil.example:${port}`)).toBe(403)

  const documented = `http://qa-sandbox.internal:${port}`
  expect(use.split(documented)).toHaveLength(2)
  const teammate = await bash(use.replace(documented, origin), dir, {
    ...env,
    NPAY_SANDBOX_ADMIN_TOKEN: token,
  })
  expect(teammate.code, teammate.output).toBe(0)
  expect(teammate.output).toContain('"clientSecret":"$2a$')
  expect(teammate.output).toContain(`seeded delivered on ${origin}: 3 orders`)
  expect(teammate.output).toContain('scenarios: 1 passed, 0 failed')

  const stranger = await bash(use.replace(documented, origin), dir, env)
  expect(stranger.code).not.toBe(0)
  expect(stranger.output).toContain('"code":"UNAUTHORIZED"')
  expect(stranger.output).not.toContain('"clientSecret"')
})

test('the documented server name is the one the test stands in for', () => {
  expect(english[1]).toContain(`SANDBOX=${DOCUMENTED}`)
})
