// Its own file: @hono/node-server replaces the global Response when a server starts, after which MSW
// no longer turns Response.error() into a network error, so no TCP server may run in this process.
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import { SANDBOX_BASE_URL } from '@npay-sandbox/protocol'
import { setupServer } from 'msw/node'
import { expect, test } from 'vitest'
import { createSandbox } from '../src/index.ts'
import { FAULT_HEADER } from '../src/middleware/faults-header.ts'
import { tokenForm } from './harness.ts'

const REVIEWS = '/v1/pay-order/mall/reviews?inquiryTimeFrom=2024-05-15T00:00:00.000%2B09:00'

async function token(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/oauth2/token`, {
    method: 'POST',
    body: tokenForm(DEFAULT_MERCHANT.clientId, DEFAULT_MERCHANT.clientSecret),
  })
  return ((await res.json()) as { access_token: string }).access_token
}

test('under MSW a dropped connection makes fetch reject with a network error', async () => {
  const sandbox = createSandbox({ seed: 1 })
  const server = setupServer(...sandbox.handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    const headers = { authorization: `Bearer ${await token(SANDBOX_BASE_URL)}` }
    await expect(
      fetch(`${SANDBOX_BASE_URL}${REVIEWS}`, { headers: { ...headers, [FAULT_HEADER]: 'drop' } }),
    ).rejects.toThrow(TypeError)
    expect((await fetch(`${SANDBOX_BASE_URL}${REVIEWS}`, { headers })).status).toBe(200)
  } finally {
    server.close()
  }
})
