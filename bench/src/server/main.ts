/**
 * Entry of a benchmark server child: builds the bare Hono baseline or a seeded sandbox, listens on
 * 127.0.0.1, reports over IPC and stops when told. The server runs in its own process so that the
 * load generator in the parent does not share its core.
 */
import { parseArgs } from 'node:util'
import { startBaseline } from './baseline.ts'
import { bcryptRate } from './bcrypt-rate.ts'
import type { BcryptMessage, ParentMessage, ReadyMessage, ServerPlan, UsageMessage } from './protocol.ts'
import { startSandbox } from './sandbox.ts'

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    kind: { type: 'string', default: 'sandbox' },
    'product-orders': { type: 'string', default: '0' },
    depth: { type: 'string', default: 'placed' },
    'items-per-order': { type: 'string', default: '1' },
    'dispatch-orders': { type: 'string', default: '0' },
  },
})

const plan: ServerPlan = {
  kind: values.kind === 'baseline' ? 'baseline' : 'sandbox',
  productOrders: Number(values['product-orders']),
  depth: values.depth === 'lifecycle' ? 'lifecycle' : 'placed',
  itemsPerOrder: Number(values['items-per-order']),
  dispatchOrders: Number(values['dispatch-orders']),
}

const server = plan.kind === 'baseline' ? await startBaseline() : await startSandbox(plan)
process.on('message', (message: ParentMessage) => {
  if (message.type === 'usage') {
    const { user, system } = process.cpuUsage()
    process.send?.({ type: 'usage', cpuMicros: user + system } satisfies UsageMessage)
  } else if (message.type === 'bcrypt') {
    const { clientId, clientSecret } = server.ready
    const rate = bcryptRate(clientId, clientSecret, message.seconds)
    process.send?.({ type: 'bcrypt', rate } satisfies BcryptMessage)
  } else {
    // A normal exit, so that --cpu-prof writes its profile.
    server.close().finally(() => process.exit(0))
  }
})
process.on('disconnect', () => process.exit(0))
process.send?.(server.ready satisfies ReadyMessage)
