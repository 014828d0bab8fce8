/**
 * A child process that holds one sandbox and reports its memory, so `--state-file` is compared with the
 * same sandbox without it in processes that hold nothing else: `memory` seeds it in memory, `file`
 * seeds it with the state file attached (every record written once), `restart` loads the file. After
 * a forced GC it prints one line of JSON: `{ rssMb, heapMb }`. Run with `--expose-gc` through tsx.
 */
import { createSandbox } from '@npay-sandbox/mock-server'
import { seedTenant } from './seed.ts'

const [mode, size, file] = process.argv.slice(2)
const sandbox = createSandbox({
  seed: 1,
  clock: 'frozen',
  ...(mode === 'memory' ? {} : { stateFile: file! }),
})
if (mode !== 'restart') {
  const { engine } = sandbox
  seedTenant(engine, engine.tenant(), { productOrders: Number(size), itemsPerOrder: 2, depth: 'lifecycle' })
  // One request drains what the seed changed into the file.
  await sandbox.app.request('http://bench.test/__sandbox/health')
}
for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.()
const { rss, heapUsed } = process.memoryUsage()
process.stdout.write(`${JSON.stringify({ rssMb: rss / 2 ** 20, heapMb: heapUsed / 2 ** 20 })}\n`)
await sandbox.close()
