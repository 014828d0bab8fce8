/**
 * Prism, the mock server a user would pick instead, on the same OpenAPI document. It is not a workspace
 * dependency (CI installs the workspace on every run): the benchmark installs the one version that runs on
 * Node 20 into `bench/.cache/prism` (gitignored) the first time and reuses it; when that fails the run
 * goes on without Prism and says why.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { connect } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { freePort } from './free-port.ts'
import { processCpuMicros } from './process-cpu.ts'

/** 5.14.2 is the last Prism that runs on Node 20 (later ones need Node ≥ 24). */
export const PRISM_VERSION = '5.14.2'
const CACHE = fileURLToPath(new URL('../.cache/prism', import.meta.url))
const PACKAGE = join(CACHE, 'node_modules', '@stoplight', 'prism-cli')
const SPEC = fileURLToPath(new URL('../../packages/schema/openapi/npay-api.yaml', import.meta.url))
const BUNDLER = fileURLToPath(new URL('../../packages/schema/scripts/bundle.mjs', import.meta.url))
/**
 * Prism's own logging is silenced: at its default level it formats about ten log lines per request,
 * which would make the comparison about logging. Silent is Prism at its fastest.
 */
export const PRISM_FLAGS = ['--verboseLevel', 'silent']

export type PrismInstall = { entry: string } | { skipped: string }

function installedVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { version?: string }).version
  } catch {
    return undefined
  }
}

/** Prism's CLI entry, installed when missing, or why it could not be. */
export function ensurePrism(log: (line: string) => void): PrismInstall {
  const entry = join(PACKAGE, 'dist', 'index.js')
  if (installedVersion() === PRISM_VERSION && existsSync(entry)) return { entry }
  log(
    `installing @stoplight/prism-cli@${PRISM_VERSION} into bench/.cache/prism (once; not a workspace dependency)`,
  )
  const run = spawnSync(
    'npm',
    ['install', '--prefix', CACHE, '--no-save', '--no-audit', '--no-fund', '--loglevel=error'].concat(
      `@stoplight/prism-cli@${PRISM_VERSION}`,
    ),
    { stdio: 'inherit', timeout: 600_000 },
  )
  if (run.status === 0 && installedVersion() === PRISM_VERSION && existsSync(entry)) return { entry }
  return {
    skipped: `Prism skipped: npm install of @stoplight/prism-cli@${PRISM_VERSION} failed (${run.error?.message ?? `exit ${run.status}`})`,
  }
}

/**
 * The document Prism mocks: npay-api.yaml itself, or when it has cross-file refs a copy with them
 * inlined by the schema package's own bundler, written into `tmpDir`.
 */
export async function prismSpec(tmpDir: string): Promise<string> {
  const text = readFileSync(SPEC, 'utf8')
  if (!/\$ref:\s*['"]?\.{1,2}\//.test(text)) return SPEC
  const yaml = createRequire(join(PACKAGE, 'package.json'))('js-yaml') as { load(text: string): object }
  const { bundleExternalRefs } = (await import(pathToFileURL(BUNDLER).href)) as {
    bundleExternalRefs(doc: object, load: (file: string) => object): object
  }
  const load = (file: string) => yaml.load(readFileSync(join(dirname(SPEC), file), 'utf8'))
  const out = join(tmpDir, 'npay-api.bundled.json')
  await mkdir(tmpDir, { recursive: true })
  await writeFile(out, JSON.stringify(bundleExternalRefs(load('npay-api.yaml'), load)))
  return out
}

export interface PrismServer {
  origin: string
  cpuMicros(): Promise<number>
  stop(): Promise<void>
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/** `prism mock <document>` on 127.0.0.1 in its own process, once it accepts connections. */
export async function startPrism(entry: string, spec: string): Promise<PrismServer> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [entry, 'mock', spec, '--host', '127.0.0.1', '--port', String(port), ...PRISM_FLAGS],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const started = performance.now()
  while (!(await listening(port))) {
    if (child.exitCode !== null) throw new Error(`bench: prism mock exited with ${child.exitCode}`)
    if (performance.now() - started > 60_000) throw new Error('bench: prism mock did not listen in 60 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    cpuMicros: () => processCpuMicros(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
