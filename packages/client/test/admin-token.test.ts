import { expect, test } from 'vitest'
import { createControlPlaneClient, withAdminToken } from '../src/index.ts'

const ORIGIN = 'http://qa.internal:8787'

function recorder() {
  const seen: Request[] = []
  const fetch = async (request: Request) => {
    seen.push(request)
    return new Response('{"reset":true}', { status: 200, headers: { 'content-type': 'application/json' } })
  }
  return { seen, fetch }
}

test('the control-plane client sends its adminToken as a bearer token on every call', async () => {
  const { seen, fetch } = recorder()
  const control = createControlPlaneClient({ baseUrl: ORIGIN, fetch, adminToken: 's3cret' })
  await control.listMerchants()
  await control.reset({ body: {} })
  expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer s3cret', 'Bearer s3cret'])
})

test('bodiless writes say content-type: application/json, reads send no content type', async () => {
  const { seen, fetch } = recorder()
  const control = createControlPlaneClient({ baseUrl: ORIGIN, fetch })
  await control.issueMerchantToken({ clientId: 'app-1' })
  await control.getClock()
  expect(seen.map((r) => [r.method, r.headers.get('content-type'), r.headers.get('authorization')])).toEqual([
    ['POST', 'application/json', null],
    ['GET', null, null],
  ])
})

test('withAdminToken adds the token to that origin’s control plane only, never over an API token', async () => {
  const { seen, fetch } = recorder()
  const wrapped = withAdminToken(fetch, ORIGIN, 's3cret')
  await wrapped(new Request(`${ORIGIN}/__sandbox/merchants`))
  await wrapped(new Request(`${ORIGIN}/__sandbox`))
  await wrapped(new Request(`${ORIGIN}/npay/partner/v1/pay-order/mall/reviews`))
  await wrapped(new Request(`${ORIGIN}/__sandboxed`))
  await wrapped(new Request('http://elsewhere.example/__sandbox/merchants'))
  await wrapped(new Request(`${ORIGIN}/__sandbox/state`, { headers: { authorization: 'Bearer mine' } }))
  expect(seen.map((r) => r.headers.get('authorization'))).toEqual([
    'Bearer s3cret',
    'Bearer s3cret',
    null,
    null,
    null,
    'Bearer mine',
  ])
  expect(withAdminToken(fetch, ORIGIN, undefined)).toBe(fetch)
})
