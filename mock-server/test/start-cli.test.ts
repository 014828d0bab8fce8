import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { afterEach, expect, test, vi } from 'vitest'
import { PARENT_CHECK_MS } from '../src/commands/exit-with-parent.ts'
import { startBanner } from '../src/commands/start-banner.ts'
import { reachableOrigin } from '../src/reachable-origin.ts'

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))
// Each test spawns the CLI, which compiles TypeScript on start: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 })
const BOUND_MS = 30_000

/**
 * Processes (and negative: process groups) to kill after each test, whatever happened: servers can outlive
 * the process that spawned them.
 */
const leftovers: number[] = []
afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {}
  }
})

/** The environment without the variables a package manager sets (vitest itself runs under pnpm). */
function directEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')))
}

/** Output of a child, and the first match of `pattern` in it. */
function watch(child: ChildProcess) {
  let out = ''
  const onData = (chunk: Buffer) => {
    out += chunk.toString()
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  return {
    output: () => out,
    until: (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in: ${out}`)), BOUND_MS)
        const check = () => {
          const m = pattern.exec(out)
          if (!m) return
          clearTimeout(timer)
          resolve(m)
        }
        child.stdout!.on('data', check)
        child.stderr!.on('data', check)
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)))
        check()
      }),
  }
}

const ORIGIN = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/

async function startServer(...args: string[]) {
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: directEnv(),
  })
  leftovers.push(child.pid!)
  const output = watch(child)
  const origin = (await output.until(ORIGIN))[1]!
  const seed = Number((await output.until(/^ {2}seed +(\d+)/m))[1])
  return { child, origin, seed, output }
}

async function firstOrder(origin: string) {
  const res = await fetch(`${origin}/__sandbox/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  const { orderId, productOrderIds } = (await res.json()) as { orderId: string; productOrderIds: string[] }
  const inspection = (await (
    await fetch(`${origin}/__sandbox/product-orders/${productOrderIds[0]}`)
  ).json()) as {
    detail: { order: { ordererName: string; ordererTel: string } }
  }
  // The first 8 digits are the KST order date; the rest, and the generated data, come from the seed.
  return { serial: orderId.slice(8), ordererName: inspection.detail.order.ordererName, productOrderIds }
}

const answers = (origin: string) =>
  fetch(`${origin}/__sandbox/health`).then(
    () => true,
    () => false,
  )

/** Waits until the server stops answering, at most BOUND_MS. */
async function untilClosed(origin: string): Promise<boolean> {
  for (const deadline = Date.now() + BOUND_MS; Date.now() < deadline; await sleep(100))
    if (!(await answers(origin))) return true
  return false
}

function exitOf(child: ChildProcess) {
  return new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode })
    else child.once('exit', (code, signal) => resolve({ code, signal }))
  })
}

test('without --seed every start picks another seed, so the first order id is another; --seed N repeats it', async () => {
  const [a, b, c, d] = await Promise.all([
    startServer(),
    startServer(),
    startServer('--seed', '5'),
    startServer('--seed', '5'),
  ])
  try {
    expect(a.seed).not.toBe(b.seed)
    expect([c.seed, d.seed]).toEqual([5, 5])
    const [first, second, third, fourth] = await Promise.all([a, b, c, d].map((s) => firstOrder(s.origin)))
    expect(first!.serial).not.toBe(second!.serial)
    expect(third).toEqual(fourth)
    expect(a.output.output()).toContain(`seed           ${a.seed}   (--seed ${a.seed} repeats this run's`)
  } finally {
    for (const s of [a, b, c, d]) s.child.kill('SIGTERM')
  }
})

test('the seed a start printed repeats its ids when passed as --seed', async () => {
  const random = await startServer()
  const ids = await firstOrder(random.origin)
  random.child.kill('SIGTERM')
  const again = await startServer('--seed', String(random.seed))
  try {
    expect(await firstOrder(again.origin)).toEqual(ids)
  } finally {
    again.child.kill('SIGTERM')
  }
})

test('SIGHUP stops the server cleanly, with the lint summary', async () => {
  const { child, origin, output } = await startServer('--seed', '1')
  child.kill('SIGHUP')
  expect(await exitOf(child)).toEqual({ code: 0, signal: null })
  expect(output.output()).toContain('client lint: no findings')
  expect(await answers(origin)).toBe(false)
})

/**
 * Starts the CLI from an intermediate node process (standing in for npx or pnpm), through a shell as package
 * managers do when `viaShell`, reads where it listens and the server's pid, then kills the intermediate with
 * SIGKILL, which the server never hears about.
 */
async function startUnderKilledParent(env: NodeJS.ProcessEnv, viaShell = false) {
  const launcher = `const { spawn } = require('node:child_process')
const [cli, viaShell] = process.argv.slice(1)
const args = [cli, 'start', '--port', '0', '--seed', '1']
// The shell runs a second command after node, so it cannot replace itself with node: it stays in between.
const child = viaShell
  ? spawn('sh', ['-c', '"$0" "$@"; exit $?', process.execPath, ...args], { stdio: 'inherit' })
  : spawn(process.execPath, args, { stdio: 'inherit' })
console.log('child pid ' + child.pid)`
  // A process group of its own, so that whatever it started can be killed at the end.
  const parent = spawn(process.execPath, ['-e', launcher, CLI, viaShell ? 'shell' : ''], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
    detached: true,
  })
  leftovers.push(-parent.pid!)
  const output = watch(parent)
  await output.until(/child pid (\d+)/)
  const origin = (await output.until(ORIGIN))[1]!
  expect(await answers(origin)).toBe(true)
  parent.kill('SIGKILL')
  await exitOf(parent)
  return { origin }
}

const PACKAGE_MANAGER_ENV = { npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }

test('a server started by a package manager exits when that process is killed with SIGKILL', async () => {
  const { origin } = await startUnderKilledParent({ ...directEnv(), ...PACKAGE_MANAGER_ENV })
  expect(await untilClosed(origin)).toBe(true)
})

test('it also exits when a shell stands between it and the killed package manager (pnpm start, npx)', async () => {
  const { origin } = await startUnderKilledParent({ ...directEnv(), ...PACKAGE_MANAGER_ENV }, true)
  expect(await untilClosed(origin)).toBe(true)
})

test('a server started directly keeps running when the process that started it is gone', async () => {
  const { origin } = await startUnderKilledParent(directEnv())
  // Several checks later it still answers: only a package manager's child follows its launcher.
  await sleep(PARENT_CHECK_MS * 4)
  expect(await answers(origin)).toBe(true)
})

test('under a package manager, a shell that starts the server in the background and exits does not stop it', async () => {
  // `npm test` → a CI script → `npay-sandbox start &` → the script ends: the package manager (here this
  // test process, whose npm variables the script inherits) is still there, so the server must be too.
  const script = `"$0" "$@" > /dev/null 2>&1 &\necho "pid=$!"`
  const shell = spawn('sh', ['-c', script, process.execPath, CLI, 'start', '--port', '0', '--seed', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...directEnv(), ...PACKAGE_MANAGER_ENV },
  })
  const output = watch(shell)
  const pid = Number((await output.until(/pid=(\d+)/))[1])
  leftovers.push(pid)
  await exitOf(shell)
  let origin: string | undefined
  for (const deadline = Date.now() + BOUND_MS; !origin && Date.now() < deadline; await sleep(100)) {
    const port = listeningPort(pid)
    if (port) origin = `http://127.0.0.1:${port}`
  }
  expect(origin).toBeDefined()
  await sleep(PARENT_CHECK_MS * 4)
  expect(await answers(origin!)).toBe(true)
})

/** The TCP port a process listens on, from /proc (the server's banner went to /dev/null). */
function listeningPort(pid: number): number | undefined {
  const inodes = new Set<string>()
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
      if (m) inodes.add(m[1]!)
    }
  } catch {
    return undefined
  }
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/)
    // state 0A is LISTEN; local address is HEXIP:HEXPORT
    if (cols[3] === '0A' && inodes.has(cols[9]!)) return Number.parseInt(cols[1]!.split(':')[1]!, 16)
  }
  return undefined
}

test.each([
  ['127.0.0.1', 'http://127.0.0.1:8787', false],
  ['0.0.0.0', 'http://127.0.0.1:8787', true],
  ['::', 'http://[::1]:8787', true],
  ['[::]', 'http://[::1]:8787', true],
  ['0:0:0:0:0:0:0:0', 'http://[::1]:8787', true],
  ['::1', 'http://[::1]:8787', false],
  ['localhost', 'http://localhost:8787', false],
  ['192.168.0.10', 'http://192.168.0.10:8787', false],
])('listening on %s is reached at %s (all interfaces: %s)', (host, origin, allInterfaces) => {
  expect(reachableOrigin(host, 8787)).toEqual({ origin, allInterfaces })
})

test('the banner of a server on every interface gives a reachable URL and says where it listens', () => {
  const banner = startBanner({
    listening: {
      origin: 'http://127.0.0.1:8787',
      baseUrl: 'http://127.0.0.1:8787/npay/partner',
      port: 8787,
      allInterfaces: true,
    },
    host: '0.0.0.0',
    seed: 42,
    merchant: DEFAULT_MERCHANT,
  })
  expect(banner.split('\n').slice(0, 2)).toEqual([
    'npay-sandbox listening on all interfaces (0.0.0.0:8787); from this machine:',
    '  API base URL   http://127.0.0.1:8787/npay/partner',
  ])
  expect(banner).not.toContain('0.0.0.0:8787/')
})
