/**
 * Entry of a benchmark server child (`bin/server.mjs`): builds the bare Hono baseline, the same-body
 * limit or a seeded sandbox of the built package, listens on 127.0.0.1, reports over IPC and stops when
 * told. The server runs in its own process so that the load generator in the parent does not share its core.
 */

import { startBaseline } from './baseline.ts'
import { bcryptRate } from './bcrypt-rate.ts'
import { startLimit } from './limit.ts'
import { startProfile, stopProfile } from './profiler.ts'
import {
  type BcryptMessage,
  type ParentMessage,
  type ProfiledMessage,
  parsePlan,
  type ReadyMessage,
  type UsageMessage,
} from './protocol.ts'
import { startSandbox } from './sandbox.ts'

export async function runServer(argv: string[]): Promise<void> {
  const plan = parsePlan(argv)
  const server =
    plan.kind === 'baseline'
      ? await startBaseline()
      : plan.kind === 'limit'
        ? await startLimit(plan.bodiesFile!)
        : await startSandbox(plan)
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'usage') {
      const { user, system } = process.cpuUsage()
      process.send?.({ type: 'usage', cpuMicros: user + system } satisfies UsageMessage)
    } else if (message.type === 'bcrypt') {
      const { clientId, clientSecret } = server.ready
      const rate = bcryptRate(clientId, clientSecret, message.seconds)
      process.send?.({ type: 'bcrypt', rate } satisfies BcryptMessage)
    } else if (message.type === 'profile-start' || message.type === 'profile-stop') {
      const done = message.type === 'profile-start' ? startProfile() : stopProfile(message.file)
      done.then(() => process.send?.({ type: 'profiled' } satisfies ProfiledMessage))
    } else {
      // A normal exit, so that --cpu-prof writes its profile.
      server.close().finally(() => process.exit(0))
    }
  })
  process.on('disconnect', () => process.exit(0))
  process.send?.(server.ready satisfies ReadyMessage)
}
