/**
 * The dashboard's JavaScript is checked against the control plane's generated types (`pnpm typecheck` runs
 * tsc on mock-server/src/ui/jsconfig.json). These tests prove the check bites: a copy of the dashboard with
 * one wrong field name of a control-plane answer fails it, the same copy without the mistake passes.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'

const UI = fileURLToPath(new URL('../src/ui/', import.meta.url))
const SCHEMA = fileURLToPath(new URL('../../packages/schema/src/index.ts', import.meta.url))
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc')

/** A copy of the dashboard's modules and types beside a jsconfig extending the real one. */
function copyOfDashboard(): string {
  const dir = mkdtempSync(join(tmpdir(), 'npay-sandbox-ui-types-'))
  cpSync(join(UI, 'static', 'js'), join(dir, 'static', 'js'), { recursive: true })
  cpSync(join(UI, 'dashboard.d.ts'), join(dir, 'dashboard.d.ts'))
  const config = {
    extends: join(UI, 'jsconfig.json'),
    // The copy sits outside the workspace, so the schema package is named by its path.
    compilerOptions: { paths: { '@npay-sandbox/schema': [SCHEMA] } },
    include: ['static/js/**/*.js', 'dashboard.d.ts'],
  }
  writeFileSync(join(dir, 'jsconfig.json'), JSON.stringify(config))
  return dir
}

/** tsc's exit status and output on a copy. */
function typecheck(dir: string): { status: number; output: string } {
  try {
    // Run in the copy, so errors name its files as static/js/….
    execFileSync(process.execPath, [TSC, '--noEmit', '-p', 'jsconfig.json'], { cwd: dir, encoding: 'utf8' })
    return { status: 0, output: '' }
  } catch (error) {
    const e = error as { status: number; stdout: string }
    return { status: e.status, output: e.stdout }
  }
}

const copies: string[] = []
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true })
})

/** Replaces `from` by `to` once in one file of a copy, failing if the text is not there. */
function mistake(dir: string, file: string, from: string, to: string) {
  const path = join(dir, 'static', 'js', file)
  const text = readFileSync(path, 'utf8')
  expect(text).toContain(from)
  writeFileSync(path, text.replace(from, to))
}

test('the dashboard as it is passes the check', { timeout: 120_000 }, () => {
  const dir = copyOfDashboard()
  copies.push(dir)
  expect(typecheck(dir)).toEqual({ status: 0, output: '' })
})

/** [file, right text, wrong text, what tsc names in its error] */
const MISTAKES = [
  // RequestSummary has latencyMillis, not latencyMs.
  ['views/journal-rows.js', 'r.latencyMillis}', 'r.latencyMs}', "'latencyMs'"],
  // listMerchants answers { merchants }, not { merchant }.
  [
    'main.js',
    'const { merchants } = await control',
    'const { merchant: merchants } = await control',
    "'merchant'",
  ],
  // getClock takes clientId in the query, not in a body.
  ['main.js', "control('getClock', { query: {", "control('getClock', { body: {", "'body'"],
] as const

test('a wrong field of a control-plane answer or input fails the check, in the file that has it', {
  timeout: 120_000,
}, () => {
  const dir = copyOfDashboard()
  copies.push(dir)
  for (const [file, from, to] of MISTAKES) mistake(dir, file, from, to)
  const { status, output } = typecheck(dir)
  expect(status).not.toBe(0)
  const failing = new Set(output.match(/^static\/js\/[\w/-]+\.js(?=\(\d+,\d+\): error TS)/gm))
  // Each mistake makes its own file fail, and tsc names the wrong field (an overload error names it below).
  expect([...failing].sort()).toEqual([...new Set(MISTAKES.map(([file]) => `static/js/${file}`))].sort())
  for (const [, , , named] of MISTAKES) expect(output).toContain(named)
})
