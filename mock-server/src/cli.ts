/** `npay-sandbox`: the command line. Reads process.env and argv here and nowhere else. */
import { parseArgs } from 'node:util'
import { createSandbox } from './sandbox.ts'

const HELP = `npay-sandbox — offline emulator of the Naver Pay 주문형 가맹점 order-management API

Usage:
  npay-sandbox start [--port N] [--host H] [--seed N] [--clock flowing|frozen] [--no-diagnostics]
      Start the emulator. --port 0 picks a free port (default 8787, or $PORT); --host defaults to 127.0.0.1.
      Prints the API base URL, the control-plane URL and the default merchant's credentials.
  npay-sandbox help
      Show this help.
`

async function start(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      clock: { type: 'string', default: 'flowing' },
      'no-diagnostics': { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port ?? process.env.PORT ?? 8787)
  const seed = Number(values.seed)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return fail(`--port must be 0–65535, got ${values.port}`)
  if (!Number.isInteger(seed)) return fail(`--seed must be an integer, got ${values.seed}`)
  if (values.clock !== 'flowing' && values.clock !== 'frozen')
    return fail('--clock must be flowing or frozen')
  const sandbox = createSandbox({ seed, clock: values.clock, diagnostics: !values['no-diagnostics'] })
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
    sandbox.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

function fail(message: string): never {
  console.error(`npay-sandbox: ${message}\n\n${HELP}`)
  process.exit(2)
}

const [command, ...rest] = process.argv.slice(2)
switch (command) {
  case 'start':
    await start(rest).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
    break
  case undefined:
  case 'help':
  case '--help':
  case '-h':
    console.log(HELP)
    break
  default:
    fail(`unknown command ${command}`)
}
