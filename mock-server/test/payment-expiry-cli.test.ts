/** `npay-sandbox start --payment-expiry-last-changed-type`: the engine option from the command line. */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createControlPlaneClient, createNpayClient } from '@npay-sandbox/client'
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { formatKst } from '@npay-sandbox/protocol'
import { afterEach, expect, test, vi } from 'vitest'
import { spawnCli } from './transports.ts'

vi.setConfig({ testTimeout: 120_000 })
const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))
let stop: (() => void) | undefined
afterEach(() => stop?.())

test('a server started with CLAIM_COMPLETED reports an expired deposit in last-changed-statuses', async () => {
  const { child, origin } = await spawnCli(['--payment-expiry-last-changed-type', 'CLAIM_COMPLETED'], 60_000)
  stop = () => child.kill('SIGTERM')
  const control = createControlPlaneClient({ baseUrl: origin })
  const api = createNpayClient({ ...DEFAULT_MERCHANT, baseUrl: `${origin}/npay/partner` })
  const { productOrderIds } = await control.createOrder({ body: { paid: false } })
  const { now } = await control.advanceClock({ body: { by: '3d1h' } })
  const { data } = await api.getLastChangedStatuses({
    lastChangedFrom: formatKst(Date.parse(now) - 2 * 3_600_000),
    lastChangedTo: formatKst(Date.parse(now) - 5_000),
  })
  expect(data?.lastChangeStatuses).toMatchObject([
    {
      productOrderId: productOrderIds[0],
      lastChangedType: 'CLAIM_COMPLETED',
      productOrderStatus: 'CANCELED_BY_NOPAYMENT',
    },
  ])
})

test('an unknown value is a usage error naming the values', async () => {
  const result = await new Promise<{ code: number; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [CLI, 'start', '--port', '0', '--payment-expiry-last-changed-type', 'EXPIRED'],
      { timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
    ),
  )
  expect(result.code).toBe(2)
  expect(result.stderr).toContain('--payment-expiry-last-changed-type must be one of none, PAY_WAITING')
})
