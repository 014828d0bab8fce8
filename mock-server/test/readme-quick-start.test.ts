import { type ChildProcess, execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { spawnCli } from './transports.ts'

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')
const DOCUMENTED_ORIGIN = 'http://127.0.0.1:8787'
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

/** The quick starts' curl sequences: the sh blocks that take an order to delivery. */
const sequences = [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((block) => block.includes('/events/deliver') && block.includes('BASE='))
/** A block without its comments: what the shell runs. */
const commands = (block: string) =>
  block
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')

let server: ChildProcess
let origin: string

beforeAll(async () => {
  ;({ child: server, origin } = await spawnCli(['--host', '127.0.0.1'], 60_000))
})
afterAll(() => {
  server?.kill('SIGTERM')
})

test('the English and the Korean quick start run the same commands', () => {
  expect(sequences).toHaveLength(2)
  expect(commands(sequences[1]!)).toBe(commands(sequences[0]!))
})

test("the README's curl sequence, run as written, takes a new order to DELIVERED", async () => {
  const block = sequences[0]!
  expect(block.split(DOCUMENTED_ORIGIN)).toHaveLength(2)
  const script = block.replace(DOCUMENTED_ORIGIN, origin)
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) =>
      execFile('bash', ['-c', script], { timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      ),
  )
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  const lines = stdout.trim().split('\n')
  // confirm and dispatch answer HTTP 200 with every item a success
  expect(lines.slice(0, 2).map((l) => JSON.parse(l).data.failProductOrderInfos)).toEqual([[], []])
  expect(lines.at(-1)).toBe('"productOrderStatus":"DELIVERED"')
})
