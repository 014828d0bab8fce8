/**
 * The clone's own entries, as README.md shows them: `pnpm start -- …` starts the emulator (the `--` that
 * pnpm hands on is not an argument of ours), and `pnpm npay-sandbox …` / `pnpm exec npay-sandbox …` reach
 * every command from the repository root.
 */
import { execFile, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

test('pnpm start -- --port 0 --seed 3 starts the emulator with those options', async () => {
  const child = spawn('pnpm', ['start', '--', '--port', '0', '--seed', '3'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  try {
    const banner = await new Promise<string>((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error(`no banner within 30 s:\n${out}`)), 30_000)
      const read = (chunk: Buffer) => {
        out += chunk.toString()
        if (/client_secret.*\n/.test(out)) {
          clearTimeout(timer)
          resolve(out)
        }
      }
      child.stdout!.on('data', read)
      child.stderr!.on('data', read)
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)))
    })
    const origin = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/.exec(banner)?.[1]
    expect(origin).toBeDefined()
    expect(banner).toMatch(/\bseed\s+3\b/)
    const health = await fetch(`${origin}/__sandbox/health`)
    expect(health.status).toBe(200)
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }
})

test('pnpm npay-sandbox and pnpm exec npay-sandbox reach every command from the root', async () => {
  const listed = await run('pnpm', ['-s', 'npay-sandbox', 'scenarios'], { cwd: ROOT })
  expect(listed.stdout).toMatch(/return-on-holdback/)
  const help = await run('pnpm', ['exec', 'npay-sandbox', 'contracts', '--help'], { cwd: ROOT })
  expect(help.stdout).toMatch(/npay-sandbox contracts \[--target inprocess\|msw\|http\|sandbox\]/)
})
