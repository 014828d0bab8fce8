import { parseArgs } from 'node:util'
import { lintSummary } from '../lint/summary.ts'
import { RATE_LIMIT_FLAGS, RATE_LIMIT_USAGE, rateLimitFromFlags } from '../middleware/rate-limit-flags.ts'
import { createSandbox } from '../sandbox.ts'
import { type Command, usageError } from './types.ts'

const usage = `  npay-sandbox start [--port N] [--host H] [--seed N] [--clock flowing|frozen] [--no-diagnostics]
                     [--state-file PATH] [--realistic] [--rate-limit N] [--rate-burst N]
      Start the emulator. --port 0 picks a free port (default 8787, or $PORT); --host defaults to 127.0.0.1.
      Prints the API base URL, the control-plane URL and the default merchant's credentials.
      --state-file keeps the whole sandbox in PATH across restarts (written atomically after every change).
${RATE_LIMIT_USAGE}`

export const start: Command = {
  summary: 'start the emulator',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: '1' },
        clock: { type: 'string', default: 'flowing' },
        'no-diagnostics': { type: 'boolean', default: false },
        'state-file': { type: 'string' },
        ...RATE_LIMIT_FLAGS,
      },
    })
    const port = Number(values.port ?? process.env.PORT ?? 8787)
    const seed = Number(values.seed)
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
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
    const { origin, baseUrl } = await sandbox.listen({ port, host: values.host })
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
