import { parseArgs } from 'node:util'
import { r as writeOutputFile } from './output-file-C_JBoT1K.js'
import { n as createControlPlaneClient } from './src-4qY9yS3t.js'
import {
  T as exportTenant,
  v as findSeed,
  S as originOf,
  w as progressBar,
  m as seedEngine,
} from './src-D7jsN-Po.js'
import { t as usageError } from './types-NzTfXNEQ.js'

//#region ../mock-server/src/commands/seed.ts
const usage = `  npay-sandbox seed <name> [--count N] [--seed S] [--param name=value]… [--base-url URL] [--client-id ID]
                    [--export FILE] [--json]
      Apply a named seed (see \`npay-sandbox scenarios\`). In-process by default: a fresh frozen-clock engine,
      a summary of what was created, and with --export the canonical state export (same seed, same bytes).
      With --base-url (e.g. http://127.0.0.1:8787) seeds a running emulator through POST /__sandbox/scenarios/{name}.`
/** Orders per control-plane request, so a large count shows progress and no request runs for long. */
const BATCH = 500
/** Below this many orders a progress bar is noise. */
const PROGRESS_FROM = 100
function parseParams(items) {
  const params = {}
  for (const item of items) {
    const m = /^([A-Za-z]\w*)=(-?\d+)$/.exec(item)
    if (!m) usageError(`--param must look like name=integer, got ${item}`, usage)
    params[m[1]] = Number(m[2])
  }
  return params
}
function integerOption(name, value) {
  if (value === void 0) return void 0
  if (!/^-?\d+$/.test(value)) usageError(`--${name} must be an integer, got ${value}`, usage)
  return Number(value)
}
function summary(r, where) {
  const lines = [
    `seeded ${r.scenario} ${where}: ${r.orders.length} orders, ${r.productOrderIds.length} product orders (seed ${r.seed}, merchant ${r.clientId})`,
    `  clock   ${r.clock.from} → ${r.clock.to}`,
    '  states',
    ...Object.entries(r.states)
      .sort((a, b) => b[1] - a[1])
      .map(([state, n]) => `    ${String(n).padStart(6)}  ${state}`),
  ]
  if (r.refused > 0) lines.push(`  refused ${r.refused} orders cut short by a refused transition`)
  const shown = r.productOrderIds.slice(0, 10)
  lines.push(`  product orders ${shown.join(', ')}${r.productOrderIds.length > shown.length ? ', …' : ''}`)
  return lines.join('\n')
}
/** Merges the answers of the batches of one seed into one result. */
function merge(parts) {
  const first = parts[0]
  const states = {}
  for (const p of parts) for (const [k, n] of Object.entries(p.states)) states[k] = (states[k] ?? 0) + n
  return {
    ...first,
    count: parts.reduce((t, p) => t + p.count, 0),
    orders: parts.flatMap((p) => p.orders),
    productOrderIds: parts.flatMap((p) => p.productOrderIds),
    states,
    refused: parts.reduce((t, p) => t + p.refused, 0),
    clock: {
      from: first.clock.from,
      to: parts.at(-1).clock.to,
    },
  }
}
async function overHttp(baseUrl, name, o) {
  const control = createControlPlaneClient({ baseUrl: originOf(baseUrl) })
  const batch = findSeed(name).movesClock ? o.count : BATCH
  const bar = o.count >= PROGRESS_FROM ? progressBar(process.stderr, name, o.count) : void 0
  const parts = []
  for (let done = 0, i = 0; done < o.count; i++) {
    const count = Math.min(batch, o.count - done)
    const body = {
      count,
      seed: o.seed + i,
      params: o.params,
      ...(o.clientId ? { clientId: o.clientId } : {}),
    }
    parts.push(
      await control.applyScenario({
        name,
        body,
      }),
    )
    done += count
    bar?.update(done)
  }
  bar?.done()
  return merge(parts)
}
const seed = {
  summary: 'apply a named seed in-process or to a running emulator',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        count: { type: 'string' },
        seed: { type: 'string' },
        param: {
          type: 'string',
          multiple: true,
          default: [],
        },
        'base-url': { type: 'string' },
        'client-id': { type: 'string' },
        export: { type: 'string' },
        json: {
          type: 'boolean',
          default: false,
        },
      },
    })
    const name = positionals[0]
    if (!name || positionals.length > 1)
      usageError('name exactly one seed (see npay-sandbox scenarios)', usage)
    const definition = findSeed(name)
    const count = integerOption('count', values.count) ?? definition.defaultCount
    const seedValue = integerOption('seed', values.seed) ?? 1
    const params = parseParams(values.param)
    const baseUrl = values['base-url']
    if (baseUrl && values.export)
      usageError('--export reads the in-process engine; it cannot be used with --base-url', usage)
    let result
    if (baseUrl)
      result = await overHttp(baseUrl, name, {
        count,
        seed: seedValue,
        params,
        clientId: values['client-id'],
      })
    else {
      const bar = count >= PROGRESS_FROM ? progressBar(process.stderr, name, count) : void 0
      const seeded = seedEngine(name, {
        count,
        seed: seedValue,
        params,
        onProgress: (done) => bar?.update(done),
      })
      bar?.done()
      result = seeded.result
      if (values.export)
        writeOutputFile(values.export, exportTenant(seeded.engine.tenant()), 'the state export')
    }
    console.log(
      values.json
        ? JSON.stringify(result, null, 2)
        : summary(result, baseUrl ? `on ${originOf(baseUrl)}` : 'in-process'),
    )
    if (values.export) console.error(`wrote the state export to ${values.export}`)
  },
}

//#endregion
export { seed }
