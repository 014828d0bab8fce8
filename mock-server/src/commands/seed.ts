import { type ControlPlaneResult, createControlPlaneClient } from '@npay-sandbox/client'
import { isApiProfile } from '@npay-sandbox/protocol'
import {
  exportTenant,
  findSeed,
  originOf,
  progressBar,
  type SeedResult,
  seedEngine,
} from '@npay-sandbox/scenarios'
import { ADMIN_TOKEN_ENV } from '../middleware/bind-check.ts'
import { writeOutputFile } from '../output-file.ts'
import { parseCommandArgs } from './parse-command-args.ts'
import { type Command, usageError } from './types.ts'

const usage = `  npay-sandbox seed <name> [--count N] [--seed S] [--param name=value]… [--base-url URL] [--client-id ID]
                    [--api npay|commerce] [--admin-token T] [--export FILE] [--json]
      Apply a named seed (see \`npay-sandbox scenarios\`). In-process by default: a fresh frozen-clock engine,
      a summary of what was created, and with --export the canonical state export (same seed, same bytes);
      --api commerce makes its merchant a Commerce API app (seller id ncp_sandbox_01).
      With --base-url (e.g. http://127.0.0.1:8787) seeds a running emulator through POST /__sandbox/scenarios/{name},
      sending --admin-token (or $${ADMIN_TOKEN_ENV}) when the emulator was started with one.`

/** Orders per control-plane request, so a large count shows progress and no request runs for long. */
const BATCH = 500
/** Below this many orders a progress bar is noise. */
const PROGRESS_FROM = 100

function parseParams(items: string[]): Record<string, number> {
  const params: Record<string, number> = {}
  for (const item of items) {
    const m = /^([A-Za-z]\w*)=(-?\d+)$/.exec(item)
    if (!m) usageError(`--param must look like name=integer, got ${item}`, usage)
    params[m[1]!] = Number(m[2])
  }
  return params
}

function integerOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value)) usageError(`--${name} must be an integer, got ${value}`, usage)
  return Number(value)
}

function summary(r: SeedResult, where: string): string {
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
function merge(parts: ControlPlaneResult<'applyScenario'>[]): SeedResult {
  const first = parts[0]!
  const states: Record<string, number> = {}
  for (const p of parts) for (const [k, n] of Object.entries(p.states)) states[k] = (states[k] ?? 0) + n
  return {
    ...first,
    count: parts.reduce((t, p) => t + p.count, 0),
    orders: parts.flatMap((p) => p.orders),
    productOrderIds: parts.flatMap((p) => p.productOrderIds),
    states,
    refused: parts.reduce((t, p) => t + p.refused, 0),
    clock: { from: first.clock.from, to: parts.at(-1)!.clock.to },
  }
}

async function overHttp(
  baseUrl: string,
  name: string,
  o: {
    count: number
    seed: number
    params: Record<string, number>
    clientId?: string | undefined
    adminToken?: string | undefined
  },
) {
  const control = createControlPlaneClient({
    baseUrl: originOf(baseUrl),
    ...(o.adminToken ? { adminToken: o.adminToken } : {}),
  })
  // busy-shop is one simulation of days of traffic: it cannot be split without changing what it means.
  const batch = findSeed(name).movesClock ? o.count : BATCH
  const bar = o.count >= PROGRESS_FROM ? progressBar(process.stderr, name, o.count) : undefined
  const parts: ControlPlaneResult<'applyScenario'>[] = []
  for (let done = 0, i = 0; done < o.count; i++) {
    const count = Math.min(batch, o.count - done)
    const body = {
      count,
      seed: o.seed + i,
      params: o.params,
      ...(o.clientId ? { clientId: o.clientId } : {}),
    }
    parts.push(await control.applyScenario({ name, body }))
    done += count
    bar?.update(done)
  }
  bar?.done()
  return merge(parts)
}

export const seed: Command = {
  summary: 'apply a named seed in-process or to a running emulator',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      {
        args: argv,
        allowPositionals: true,
        options: {
          count: { type: 'string' },
          seed: { type: 'string' },
          param: { type: 'string', multiple: true, default: [] },
          'base-url': { type: 'string' },
          'client-id': { type: 'string' },
          api: { type: 'string' },
          'admin-token': { type: 'string' },
          export: { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      },
      usage,
    )
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
    const api = values.api ?? 'npay'
    if (!isApiProfile(api)) usageError(`--api must be npay or commerce, got ${api}`, usage)
    if (baseUrl && values.api)
      usageError(
        '--api chooses the in-process merchant; with --base-url name a merchant with --client-id',
        usage,
      )
    let result: SeedResult
    if (baseUrl) {
      result = await overHttp(baseUrl, name, {
        count,
        seed: seedValue,
        params,
        clientId: values['client-id'],
        adminToken: values['admin-token'] ?? (process.env[ADMIN_TOKEN_ENV] || undefined),
      })
    } else {
      const bar = count >= PROGRESS_FROM ? progressBar(process.stderr, name, count) : undefined
      const seeded = seedEngine(name, {
        count,
        seed: seedValue,
        params,
        engine: { defaultMerchant: { api } },
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
