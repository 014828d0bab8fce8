import { controlPlaneDocument, operationIndex } from '@npay-sandbox/schema'
import { expect, test } from 'vitest'
import { createControlPlaneClient, createNpayClient } from '../src/index.ts'
import { CONTROL_PLANE_ROUTES } from '../src/internal/control-plane-routes.ts'
import { BASE_URL, CLIENT_ID, CLIENT_SECRET, json, ORIGIN } from './fake-npay-server.ts'

const ID = '2024060712345601'
const apiOperations = operationIndex.filter((op) => op.operationId !== 'issueToken')

/** Path parameters of a template, each set to one id. */
function pathInput(template: string): Record<string, string> {
  return Object.fromEntries(Array.from(template.matchAll(/\{([^{}]+)\}/g), (m) => [m[1], ID]))
}

function recordingFetch(answer: () => Response) {
  const calls: { method: string; pathname: string }[] = []
  const fetch = (request: Request) => {
    const { pathname } = new URL(request.url)
    if (pathname.endsWith('/v1/oauth2/token')) {
      return json(200, { access_token: 'token', expires_in: 10_800, token_type: 'Bearer' })
    }
    calls.push({ method: request.method, pathname })
    return answer()
  }
  return { fetch, calls }
}

test.each(apiOperations)('$operationId sends $method $path', async ({ operationId, method, path }) => {
  const { fetch, calls } = recordingFetch(() => json(200, { timestamp: 't', traceId: 'x', data: [] }))
  const npay = createNpayClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    baseUrl: BASE_URL,
    fetch,
  })
  const call = npay[operationId] as (input: Record<string, unknown>) => Promise<unknown>
  await expect(call(pathInput(path))).resolves.toEqual({ timestamp: 't', traceId: 'x', data: [] })
  const expected = new URL(`${BASE_URL}${path.replaceAll(/\{[^{}]+\}/g, ID)}`).pathname
  expect(calls).toEqual([{ method, pathname: expected }])
})

test('the client has a method for every operation of the index and the token surface', () => {
  const npay = createNpayClient({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })
  for (const { operationId } of operationIndex) expect(typeof npay[operationId]).toBe('function')
  expect(typeof npay.token).toBe('function')
})

const documentRoutes = Object.entries(controlPlaneDocument.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId?: string }>)
    .filter(([, op]) => typeof op === 'object' && op !== null && typeof op.operationId === 'string')
    .map(([method, op]) => ({ operationId: op.operationId as string, method: method.toUpperCase(), path })),
)

test('the control-plane route table matches the control-plane document', () => {
  const table = Object.entries(CONTROL_PLANE_ROUTES).map(([operationId, route]) => ({
    operationId,
    ...route,
  }))
  const byId = (a: { operationId: string }, b: { operationId: string }) =>
    a.operationId.localeCompare(b.operationId)
  expect(table.sort(byId)).toEqual(documentRoutes.sort(byId))
})

test.each(Object.entries(CONTROL_PLANE_ROUTES))(
  'control plane %s sends its method and path',
  async (id, route) => {
    const { fetch, calls } = recordingFetch(() => json(200, { ok: true }))
    const sandbox = createControlPlaneClient({ baseUrl: ORIGIN, fetch })
    const call = sandbox[id as keyof typeof CONTROL_PLANE_ROUTES] as (input: object) => Promise<unknown>
    await expect(call(pathInput(route.path))).resolves.toEqual({ ok: true })
    expect(calls).toEqual([{ method: route.method, pathname: route.path.replaceAll(/\{[^{}]+\}/g, ID) }])
  },
)
