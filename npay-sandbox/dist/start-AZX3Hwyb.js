import { parseArgs } from 'node:util'
import { t as createSandbox, r as lintSummary } from './sandbox-CPOc2XlH.js'
import { t as usageError } from './types-NzTfXNEQ.js'

//#region ../mock-server/src/middleware/rate-limit-flags.ts
const RATE_LIMIT_FLAGS = {
  realistic: {
    type: 'boolean',
    default: false,
  },
  'rate-limit': { type: 'string' },
  'rate-burst': { type: 'string' },
}
const RATE_LIMIT_USAGE = `      --realistic turns on the gateway rate limit (2 requests per second per API, burst 4; 429 GW.RATE_LIMIT);
      --rate-limit N and --rate-burst N change it (and turn it on). The lint summary is printed on exit.`
/**
 * Rate-limit options from parsed flags; `fail` reports a bad value (and does not return).
 * @example rateLimitFromFlags({ realistic: true }, fail) // { enabled: true }
 */
function rateLimitFromFlags(values, fail) {
  const options = { enabled: Boolean(values.realistic) }
  if (values['rate-limit'] !== void 0) {
    const perSecond = Number(values['rate-limit'])
    if (!(perSecond > 0) || !Number.isFinite(perSecond))
      fail(`--rate-limit must be a number of requests per second > 0, got ${values['rate-limit']}`)
    Object.assign(options, {
      enabled: true,
      perSecond,
    })
  }
  if (values['rate-burst'] !== void 0) {
    const burst = Number(values['rate-burst'])
    if (!Number.isInteger(burst) || burst < 1)
      fail(`--rate-burst must be an integer ≥ 1, got ${values['rate-burst']}`)
    Object.assign(options, {
      enabled: true,
      burst,
    })
  }
  return options
}
//#endregion
//#region ../mock-server/src/commands/start.ts
const usage = `  npay-sandbox start [--port N] [--host H] [--seed N] [--clock flowing|frozen] [--no-diagnostics]
                     [--state-file PATH] [--realistic] [--rate-limit N] [--rate-burst N]
      Start the emulator. --port 0 picks a free port (default 8787, or $PORT); --host defaults to 127.0.0.1.
      Prints the API base URL, the control-plane URL and the default merchant's credentials.
      --state-file keeps the whole sandbox in PATH across restarts (written atomically after every change).
${RATE_LIMIT_USAGE}`
const start = {
  summary: 'start the emulator',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: {
          type: 'string',
          default: '127.0.0.1',
        },
        seed: {
          type: 'string',
          default: '1',
        },
        clock: {
          type: 'string',
          default: 'flowing',
        },
        'no-diagnostics': {
          type: 'boolean',
          default: false,
        },
        'state-file': { type: 'string' },
        ...RATE_LIMIT_FLAGS,
      },
    })
    const port = Number(values.port ?? process.env.PORT ?? 8787)
    const seed = Number(values.seed)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      usageError(`--port must be 0–65535, got ${values.port}`, usage)
    if (!Number.isInteger(seed)) usageError(`--seed must be an integer, got ${values.seed}`, usage)
    if (values.clock !== 'flowing' && values.clock !== 'frozen')
      usageError('--clock must be flowing or frozen', usage)
    const sandbox = createSandbox({
      seed,
      clock: values.clock,
      diagnostics: !values['no-diagnostics'],
      rateLimit: rateLimitFromFlags(values, (message) => usageError(message, usage)),
      ...(values['state-file'] ? { stateFile: values['state-file'] } : {}),
    })
    const { origin, baseUrl } = await sandbox.listen({
      port,
      host: values.host,
    })
    const m = sandbox.engine.defaultMerchant
    console.log(`npay-sandbox listening
  API base URL   ${baseUrl}
  token          POST ${baseUrl}/v1/oauth2/token
  control plane  ${origin}/__sandbox   (health: ${origin}/__sandbox/health)
  dashboard      ${origin}/__sandbox/ui
default merchant
  client_id      ${m.clientId}
  client_secret  ${m.clientSecret}
  mallId         ${m.mallId}
Create an order:  curl -X POST ${origin}/__sandbox/orders -H 'content-type: application/json' -d '{}'`)
    const stop = () => {
      console.log(lintSummary(sandbox.engine))
      sandbox.close().finally(() => process.exit(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  },
}

//#endregion
export { start }
