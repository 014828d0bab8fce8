import { randomInt } from 'node:crypto'
import { PAYMENT_EXPIRY_LAST_CHANGED_TYPES } from '@npay-sandbox/engine'
import { isApiProfile } from '@npay-sandbox/protocol'
import { lintSummary } from '../lint/summary.ts'
import { ADMIN_TOKEN_ENV, bindRefusal } from '../middleware/bind-check.ts'
import { checkControlSecurityOptions } from '../middleware/control-security.ts'
import { RATE_LIMIT_FLAGS, RATE_LIMIT_USAGE, rateLimitFromFlags } from '../middleware/rate-limit-flags.ts'
import { createSandbox } from '../sandbox.ts'
import { closeStateFile, STATE_SYNCS, type StateSync } from '../state-file.ts'
import { launchedByPackageManager, whenLauncherExits } from './exit-with-parent.ts'
import { parseCommandArgs } from './parse-command-args.ts'
import { startBanner } from './start-banner.ts'
import { type Command, usageError } from './types.ts'

const usage = `  npay-sandbox start [--port N] [--host H] [--seed N] [--clock flowing|frozen] [--no-diagnostics]
                     [--api npay|commerce] [--state-file PATH [--state-sync full|normal]] [--realistic] [--rate-limit N] [--rate-burst N]
                     [--payment-expiry-last-changed-type none|TYPE]
                     [--admin-token T | --insecure-no-admin-token] [--allowed-host H]… [--allowed-origin O]…
      Start the emulator. --port 0 picks a free port (default 8787, or $PORT); --host defaults to 127.0.0.1
      (0.0.0.0 or :: listen on every interface). Prints the API base URL, the control-plane URL, the seed and
      the default merchant's credentials. Without --seed every start picks a random seed, so the order ids
      of one run never repeat those of the last; --seed N (the printed one, say) repeats a run exactly.
      --api: the API the default merchant speaks: npay (default; the Npay 주문형 가맹점 API at /npay/partner)
      or commerce (the Commerce API of smartstore sellers at /external). Both are always served; other
      merchants choose with POST /__sandbox/merchants {"api": "commerce"}.
      --state-file keeps the whole sandbox in PATH (an SQLite database; a JSON state file of earlier releases
      is converted) across restarts: each change is on disk before its response. --state-sync full (default)
      flushes the write-ahead log before each response, so a change survives power loss; normal is cheaper
      per write and a change survives a killed process, not an OS crash or power loss.
      Stops on SIGINT, SIGTERM and SIGHUP, and with the npm, npx or pnpm process that started it.
      --payment-expiry-last-changed-type: what an unpaid order whose deposit deadline passed (→
      CANCELED_BY_NOPAYMENT) writes to last-changed-statuses: none (default; the real behaviour is unknown)
      or a lastChangedType such as CLAIM_COMPLETED.
      --admin-token T (or $${ADMIN_TOKEN_ENV}): the control plane and the dashboard ask for
      Authorization: Bearer T. Without one, a --host other than a loopback address is refused unless
      --insecure-no-admin-token is given. The control plane and the dashboard answer Host headers of
      localhost, IP addresses, the --host name and each --allowed-host (.example.com: a domain and its
      subdomains); state-changing control-plane calls need content-type: application/json and, from a
      browser, the server's own origin or an --allowed-origin (e.g. https://qa.example.com).
${RATE_LIMIT_USAGE}`

/** The control-plane protection the flags ask for; the flag's token wins over the environment's. */
function securityFromFlags(
  values: {
    'admin-token'?: string | undefined
    'insecure-no-admin-token': boolean
    'allowed-host': string[]
    'allowed-origin': string[]
  },
  envToken: string | undefined,
) {
  const adminToken = values['admin-token'] ?? (envToken || undefined)
  if (adminToken !== undefined && values['insecure-no-admin-token'])
    usageError('--insecure-no-admin-token contradicts an admin token: give one or the other', usage)
  const security = {
    ...(adminToken === undefined ? {} : { adminToken }),
    allowedHosts: values['allowed-host'],
    allowedOrigins: values['allowed-origin'],
    insecureNoAdminToken: values['insecure-no-admin-token'],
  }
  try {
    checkControlSecurityOptions(security)
  } catch (error) {
    usageError(`${(error as Error).message.replace(/^allowed (host|origin)/, '--allowed-$1')}`, usage)
  }
  return security
}

/** Seeds are integers the engine's PRNG takes as 32 bits; a random one stays in the positive half. */
const RANDOM_SEED_LIMIT = 2 ** 31

export const start: Command = {
  summary: 'start the emulator',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs(
      {
        args: argv,
        options: {
          port: { type: 'string' },
          host: { type: 'string', default: '127.0.0.1' },
          seed: { type: 'string' },
          clock: { type: 'string', default: 'flowing' },
          api: { type: 'string', default: 'npay' },
          'no-diagnostics': { type: 'boolean', default: false },
          'state-file': { type: 'string' },
          'state-sync': { type: 'string', default: 'full' },
          'payment-expiry-last-changed-type': { type: 'string' },
          'admin-token': { type: 'string' },
          'insecure-no-admin-token': { type: 'boolean', default: false },
          'allowed-host': { type: 'string', multiple: true, default: [] },
          'allowed-origin': { type: 'string', multiple: true, default: [] },
          ...RATE_LIMIT_FLAGS,
        },
      },
      usage,
    )
    const port = Number(values.port ?? process.env.PORT ?? 8787)
    const seed = values.seed === undefined ? randomInt(1, RANDOM_SEED_LIMIT) : Number(values.seed)
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      usageError(`--port must be 0–65535, got ${values.port}`, usage)
    if (!Number.isInteger(seed)) usageError(`--seed must be an integer, got ${values.seed}`, usage)
    if (values.clock !== 'flowing' && values.clock !== 'frozen')
      usageError('--clock must be flowing or frozen', usage)
    if (!isApiProfile(values.api)) usageError(`--api must be npay or commerce, got ${values.api}`, usage)
    if (!STATE_SYNCS.includes(values['state-sync'] as StateSync))
      usageError(`--state-sync must be full or normal, got ${values['state-sync']}`, usage)
    const paymentExpiry = values['payment-expiry-last-changed-type']
    if (paymentExpiry !== undefined && !PAYMENT_EXPIRY_LAST_CHANGED_TYPES.includes(paymentExpiry as never))
      usageError(
        `--payment-expiry-last-changed-type must be one of ${PAYMENT_EXPIRY_LAST_CHANGED_TYPES.join(', ')}`,
        usage,
      )
    const security = securityFromFlags(values, process.env[ADMIN_TOKEN_ENV])
    const refusal = bindRefusal(values.host, security)
    if (refusal) usageError(refusal, usage)
    const sandbox = createSandbox({
      ...security,
      seed,
      clock: values.clock,
      defaultMerchant: { api: values.api },
      ...(paymentExpiry ? { paymentExpiryLastChangedType: paymentExpiry as 'none' } : {}),
      diagnostics: !values['no-diagnostics'],
      rateLimit: rateLimitFromFlags(values, (message) => usageError(message, usage)),
      ...(values['state-file']
        ? { stateFile: values['state-file'], stateSync: values['state-sync'] as StateSync }
        : {}),
    })
    const listening = await sandbox.listen({ port, host: values.host })
    let stopping = false
    const stop = () => {
      if (stopping) return
      stopping = true
      // The process that read our output may be gone (a killed parent): a failed write must not crash the stop.
      for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
      console.log(lintSummary(sandbox.engine))
      // The process exits: what the state file still holds unread stays there.
      closeStateFile(sandbox.engine, { readDeferred: false })
      sandbox.close().finally(() => process.exit(0))
    }
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop)
    if (launchedByPackageManager(process.env)) whenLauncherExits(stop)
    // Last: whoever reads the banner may signal at once, and must find the handlers in place.
    const merchant = sandbox.engine.defaultMerchant
    console.log(
      startBanner({
        listening,
        host: values.host,
        seed,
        merchant,
        adminToken: security.adminToken !== undefined,
      }),
    )
    if (security.adminToken !== undefined)
      console.log(
        'The control plane and the dashboard ask for the admin token: Authorization: Bearer <token> (the dashboard prompts for it, or open it once with ?token=<token>).',
      )
  },
}
