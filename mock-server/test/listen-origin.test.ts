import type { AddressInfo } from 'node:net'
import { expect, test, vi } from 'vitest'
import { createSandbox } from '../src/index.ts'

// No socket at all: the server is replaced, so asking for every interface opens nothing on this machine.
vi.mock('@hono/node-server', () => ({
  serve: (options: { hostname: string }, listening: (info: AddressInfo) => void) => {
    queueMicrotask(() => listening({ address: options.hostname, family: 'IPv4', port: 4321 }))
    return { once: () => {}, close: (done: () => void) => done() }
  },
}))

test.each([
  ['0.0.0.0', 'http://127.0.0.1:4321', true],
  ['::', 'http://[::1]:4321', true],
  ['127.0.0.1', 'http://127.0.0.1:4321', false],
])(
  'listen on %s answers the origin %s, a URL a client can connect to',
  async (host, origin, allInterfaces) => {
    // Every interface without an admin token must be asked for (middleware/bind-check.ts).
    const sandbox = createSandbox({ seed: 1, insecureNoAdminToken: true })
    expect(await sandbox.listen({ host, port: 0 })).toEqual({
      origin,
      baseUrl: `${origin}/npay/partner`,
      baseUrls: { npay: `${origin}/npay/partner`, commerce: `${origin}/external` },
      port: 4321,
      allInterfaces,
    })
    await sandbox.close()
  },
)
