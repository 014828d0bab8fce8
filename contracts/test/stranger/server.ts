/**
 * A stranger emulator for the proof test: HTTPS on 127.0.0.1 (a free port), credentials from the
 * environment, fixtures for every provider state written to a file. Prints one line when ready:
 * `stranger ready https://127.0.0.1:PORT/npay/partner`.
 *
 * Environment: STRANGER_CLIENT_ID, STRANGER_CLIENT_SECRET, STRANGER_FIXTURES (file to write).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { createControlPlaneClient, createNpayClient } from '@npay-sandbox/client'
import { createSandbox } from '@npay-sandbox/mock-server'
import { buildFixtures } from '../../src/provider-states/build-fixtures.ts'
import { SUITES } from '../../src/suites/index.ts'

const {
  STRANGER_CLIENT_ID: clientId,
  STRANGER_CLIENT_SECRET: clientSecret,
  STRANGER_FIXTURES: fixturesFile,
} = process.env
if (!clientId || !clientSecret || !fixturesFile) {
  console.error('stranger: STRANGER_CLIENT_ID, STRANGER_CLIENT_SECRET and STRANGER_FIXTURES are required')
  process.exit(2)
}

const sandbox = createSandbox({ seed: 7 })
const app = (request: Request) => sandbox.app.request(request)
const control = createControlPlaneClient({ baseUrl: 'http://stranger.internal', fetch: app })
await control.createMerchant({ body: { clientId, clientSecret, name: '낯선 가맹점' } })
const api = createNpayClient({
  clientId,
  clientSecret,
  baseUrl: 'http://stranger.internal/npay/partner',
  fetch: app,
})
const fixtures = await buildFixtures({ control, clientId, api }, SUITES)
writeFileSync(fixturesFile, `${JSON.stringify(fixtures, null, 2)}\n`)

const here = (name: string) => readFileSync(new URL(name, import.meta.url))
const server = createServer(
  { cert: here('cert.pem'), key: here('key.pem') },
  getRequestListener(sandbox.app.fetch),
)
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  console.log(`stranger ready https://127.0.0.1:${port}/npay/partner`)
})
process.once('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
})
