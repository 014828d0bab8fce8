/**
 * What a user meets outside this repository: `pnpm package` packs the tarball and the single executable,
 * npm alone installs the tarball into an empty project in the temp folder, and that project uses it the
 * ways the README shows — plain ESM import, MSW in-process, `npx npay-sandbox start` over HTTP,
 * CommonJS through require(esm), a strict TypeScript consumer — and the executable serves the same flow.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CONSUMER = fileURLToPath(new URL('./consumer/', import.meta.url))
const { version } = JSON.parse(readFileSync(join(ROOT, 'npay-sandbox', 'package.json'), 'utf8'))
const TARBALL = join(ROOT, 'release', `npay-sandbox-${version}.tgz`)
const BINARY = join(ROOT, 'release', `npay-sandbox-${process.platform}-${process.arch}`)
/** The default merchant as the facts of this emulator's README state it. */
const CREDENTIALS = ['npaySandboxDefaultApp1', '$2a$04$npaySandboxDefaultSalt']

let project: string
const children: ChildProcess[] = []

beforeAll(async () => {
  await run(process.execPath, [join(ROOT, 'npay-sandbox', 'scripts', 'package.mjs')], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  })
  project = mkdtempSync(join(tmpdir(), 'npay-sandbox-consumer-'))
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  )
  cpSync(CONSUMER, project, { recursive: true })
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      TARBALL,
      'msw@2',
      'typescript@5.9',
      '@types/node@20',
    ],
    { cwd: project, maxBuffer: 64 * 1024 * 1024 },
  )
}, 300_000)

afterAll(() => {
  // Each server runs in its own process group (npx puts a shell between itself and node): end the group.
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {}
  }
  if (project) rmSync(project, { recursive: true, force: true })
})

const node = (...args: string[]) => run(process.execPath, args, { cwd: project })

/** Starts a server command in the project and resolves with the origin its banner prints. */
function started(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  children.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`no banner within 30 s:\n${out}`)), 30_000)
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)))
  })
}

test('the tarball holds built JavaScript, declarations, the LICENSE and no TypeScript sources or tests', async () => {
  const { stdout } = await run('tar', ['-tzf', TARBALL])
  const files = stdout.trim().split('\n')
  expect(files).toContain('package/LICENSE')
  expect(files).toContain('package/dist/cli.js')
  expect(files).toContain('package/dist/types/npay-sandbox/src/index.d.ts')
  expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([])
  expect(files.filter((f) => /test/.test(f))).toEqual([])
  const manifest = JSON.parse(
    readFileSync(join(project, 'node_modules', 'npay-sandbox', 'package.json'), 'utf8'),
  )
  expect(manifest).toMatchObject({ name: 'npay-sandbox', license: 'MIT', type: 'module' })
  expect(manifest.keywords).toEqual(expect.arrayContaining(['naver-pay', 'npay', '네이버페이', 'msw']))
  expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:|@npay-sandbox\//)
  expect(manifest.peerDependenciesMeta).toEqual({ msw: { optional: true } })
  // --state-file's native addon may fail to build without failing the install (docs/decisions/0004).
  expect(Object.keys(manifest.optionalDependencies)).toEqual(['better-sqlite3'])
})

test('a plain node ESM import of createSandbox answers health with the package version', async () => {
  const script =
    "import { createSandbox } from 'npay-sandbox'; const r = await createSandbox().app.request('/__sandbox/health'); console.log(r.status, (await r.json()).version)"
  const { stdout } = await node('--input-type=module', '-e', script)
  expect(stdout.trim()).toBe(`200 ${version}`)
})

test('a CommonJS project loads the package through require(esm)', async () => {
  const { stdout } = await node('require.cjs')
  expect(stdout).toMatch(/^200 \{"status":"ok"/)
})

test('MSW handlers answer for the real sandbox host: signed token, then last-changed-statuses', async () => {
  const { stdout } = await node('msw.mjs')
  const out = JSON.parse(stdout)
  expect(out.baseUrl).toBe('https://sandbox-api.pay.naver.com/npay/partner')
  expect(out.changes.data.lastChangeStatuses).toEqual([
    expect.objectContaining({
      productOrderId: out.productOrderIds[0],
      lastChangedType: 'PAYED',
      productOrderStatus: 'PAYED',
    }),
  ])
})

test('npx npay-sandbox start serves token → confirm → dispatch over HTTP', async () => {
  const origin = await started('npx', ['npay-sandbox', 'start', '--port', '0'])
  const { stdout } = await node('flow.mjs', origin, ...CREDENTIALS)
  const out = JSON.parse(stdout)
  expect(out).toEqual({
    productOrderId: expect.stringMatching(/^\d{16}$/),
    confirmed: [out.productOrderId],
    dispatched: [out.productOrderId],
    status: 'DELIVERING',
  })
})

test('npx npay-sandbox start --state-file keeps what it acknowledged across a restart (SQLite from npm)', async () => {
  const file = join(project, 'state', 'sandbox.db')
  const first = await started('npx', ['npay-sandbox', 'start', '--port', '0', '--state-file', file])
  const server = children.at(-1)!
  const { stdout } = await node('flow.mjs', first, ...CREDENTIALS)
  const { productOrderId } = JSON.parse(stdout)
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid!, 'SIGTERM')
  await exited
  const again = await started('npx', ['npay-sandbox', 'start', '--port', '0', '--state-file', file])
  const res = await fetch(`${again}/__sandbox/product-orders/${productOrderId}`)
  expect(res.status).toBe(200)
  expect(await res.json()).toMatchObject({
    detail: { productOrder: { productOrderId, productOrderStatus: 'DELIVERING', placeOrderStatus: 'OK' } },
  })
})

test('a strict TypeScript consumer (nodenext, exactOptionalPropertyTypes, skipLibCheck off) type-checks', async () => {
  const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc')
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).catch((e) => e)
  expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('')
})

/** The fenced blocks of README.md in a language, in order. */
function readmeBlocks(language: string, file = 'README.md'): string[] {
  const readme = readFileSync(join(ROOT, file), 'utf8')
  return [...readme.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!)
}

test("the README's in-process MSW example runs as written in the installed project", async () => {
  const example = readmeBlocks('ts').find((block) => block.includes("from 'npay-sandbox'"))
  expect(example).toBeDefined()
  writeFileSync(join(project, 'readme-example.mjs'), example!)
  const result = await node('readme-example.mjs')
  expect(result.stderr).toBe('')
})

test("the READMEs' in-process npx commands (scenarios, seed, run) work as written in the installed project", async () => {
  // A project of QA files, as scenarios/README.md's `run qa/*.yaml` assumes.
  mkdirSync(join(project, 'qa'), { recursive: true })
  cpSync(
    join(ROOT, 'scenarios', 'examples', 'partial-cancel.yaml'),
    join(project, 'qa', 'partial-cancel.yaml'),
  )
  const lines = ['README.md', 'scenarios/README.md']
    .flatMap((file) => readmeBlocks('sh', file))
    .flatMap((block) => block.split('\n'))
    .filter((line) => /^npx npay-sandbox (scenarios|seed|run) /.test(line) && !line.includes('--base-url'))
  expect(lines.length).toBeGreaterThanOrEqual(6)
  for (const line of lines) {
    const { stdout } = await run('bash', ['-c', line], { cwd: project, maxBuffer: 16 * 1024 * 1024 })
    expect(stdout).toMatch(/seeded |scenarios: \d+ passed, 0 failed|Named seeds/)
  }
  expect(readFileSync(join(project, 'reports', 'scenarios.xml'), 'utf8')).toMatch(/^<\?xml/)
  expect(readFileSync(join(project, 'state.json'), 'utf8').length).toBeGreaterThan(1000)
}, 120_000)

test('the single executable runs with no Node on PATH and serves the same flow', async () => {
  expect(existsSync(BINARY)).toBe(true)
  const help = await run(BINARY, ['help'], { env: { PATH: '/nonexistent' } })
  expect(help.stdout).toMatch(/contracts\s+run the contract suites/)
  const origin = await started(BINARY, ['start', '--port', '0'])
  const { stdout } = await node('flow.mjs', origin, ...CREDENTIALS)
  expect(JSON.parse(stdout)).toMatchObject({ status: 'DELIVERING' })
})

test('the single executable seeds, runs a shipped scenario file and runs contracts against itself', async () => {
  const env = { PATH: '/nonexistent' }
  const options = { cwd: project, env }
  const seeded = await run(BINARY, ['seed', 'delivered', '--count', '2'], options)
  expect(seeded.stdout).toMatch(/seeded delivered in-process: 2 orders, 2 product orders/)
  const example = join('node_modules', 'npay-sandbox', 'examples', 'partial-cancel.yaml')
  const scenario = await run(BINARY, ['run', example], options)
  expect(scenario.stdout).toMatch(/scenarios: 1 passed, 0 failed/)
  // The http target starts the executable itself as the emulator process.
  const contracts = await run(BINARY, ['contracts', '--target', 'http', '--suite', 'tokens'], options)
  expect(contracts.stdout).toMatch(/http: [1-9]\d* passed, 0 failed/)
})

test('the single executable refuses --state-file naming the npm package, and writes nothing', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'npay-sea-state-'))
  const failed = await run(BINARY, ['start', '--port', '0', '--state-file', join(folder, 'state.db')]).catch(
    (error: { code: number; stderr: string }) => error,
  )
  expect(failed).toMatchObject({ code: expect.any(Number), stderr: expect.stringContaining('npm package') })
  expect(existsSync(join(folder, 'state.db'))).toBe(false)
})
