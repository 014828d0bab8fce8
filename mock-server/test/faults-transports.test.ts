import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
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

test('over TCP a dropped connection resets the socket and the server keeps answering', async () => {
  const sandbox = createSandbox({ seed: 1 })
  const { baseUrl, origin } = await sandbox.listen({ port: 0, host: '127.0.0.1' })
  try {
    const headers = { authorization: `Bearer ${await token(baseUrl)}` }
    await expect(
      fetch(`${baseUrl}${REVIEWS}`, { headers: { ...headers, [FAULT_HEADER]: 'drop' } }),
    ).rejects.toThrow(TypeError)
    expect((await fetch(`${baseUrl}${REVIEWS}`, { headers })).status).toBe(200)
    expect((await fetch(`${origin}/__sandbox/health`)).status).toBe(200)
  } finally {
    await sandbox.close()
  }
})
