/** Token rules (facts §3): the signature, the 5-minute window, reuse within 30 minutes, and errors. */
import assert from 'node:assert/strict'
import {
  formatKst,
  signClientSecret,
  TOKEN_LIFETIME_SECONDS,
  TOKEN_REUSE_THRESHOLD_SECONDS,
} from '@npay-sandbox/protocol'
import type { CaseContext, ContractCase } from '../suite.ts'
import { defineSuite } from '../suite.ts'
import { expectApiError, invalidNames } from './expect.ts'
import { gatewayError } from './gateway.ts'

const MINUTE = 60_000
const ANOTHER_SECRET = '$2a$04$abcdefghijklmnopqrstuu'

const lastChanged = async (context: CaseContext) => ({
  lastChangedFrom: formatKst((await context.now()) - MINUTE),
})

/** Token endpoint errors: 400 from the token service, naming the parameter [REC: real body unknown, Q1]. */
async function refused(call: Promise<unknown>, parameter: string) {
  const error = await expectApiError(call, { status: 400, family: 'token' })
  assert.deepEqual(invalidNames(error), [parameter], 'invalidInputs name the parameter')
}

/** Only an emulator can age a token without waiting hours. */
const clockCases: ContractCase[] = [
  {
    name: 'below 30 minutes of life a new token is issued and the old one keeps working',
    operations: ['issueToken', 'getLastChangedStatuses'],
    requires: ['clock'],
    async run(context) {
      const client = context.client()
      const first = await client.issueToken()
      await context.advanceClock('2h31m')
      const second = await client.issueToken()
      assert.notEqual(second.access_token, first.access_token, 'a new token')
      assert.equal(second.expires_in, TOKEN_LIFETIME_SECONDS, 'a fresh lifetime')
      const old = await context.raw('GET', context.path('getLastChangedStatuses'), {
        auth: { authorization: `Bearer ${first.access_token}` },
        query: await lastChanged(context),
      })
      assert.equal(old.status, 200, 'the old token still works')
    },
  },
  {
    name: 'an expired token is a 401 GW.AUTHN and the client recovers by issuing a new one',
    operations: ['issueToken', 'getLastChangedStatuses'],
    requires: ['clock'],
    async run(context) {
      await context.api.token()
      await context.advanceClock('3h1m')
      await context.api.getLastChangedStatuses(await lastChanged(context))
      const statuses = context.exchanges.map((e) => `${e.operationId} ${e.status}`)
      assert.deepEqual(statuses, [
        'issueToken 200',
        'getLastChangedStatuses 401',
        'issueToken 200',
        'getLastChangedStatuses 200',
      ])
    },
  },
]

export const tokens = defineSuite({
  id: 'tokens',
  title: 'Token rules',
  cases: [
    {
      name: 'a correctly signed request returns a bearer token that lives at most 10,800 seconds',
      operations: ['issueToken'],
      async run(context) {
        const token = await context.client().issueToken()
        assert.equal(token.token_type, 'Bearer')
        assert.ok(token.access_token.length > 0, 'access_token is not empty')
        assert.ok(
          token.expires_in > 0 && token.expires_in <= TOKEN_LIFETIME_SECONDS,
          `expires_in ${token.expires_in}`,
        )
      },
    },
    {
      name: 'a second request within 30 minutes returns the same token with its remaining seconds',
      operations: ['issueToken'],
      async run(context) {
        const client = context.client()
        const first = await client.issueToken()
        const second = await client.issueToken()
        assert.equal(second.access_token, first.access_token, 'the same token')
        assert.ok(second.expires_in <= first.expires_in, 'remaining seconds do not grow')
        assert.ok(second.expires_in >= TOKEN_REUSE_THRESHOLD_SECONDS, 'at least 30 minutes remain')
      },
    },
    {
      name: 'the token parameters may come in the query string with an empty body',
      operations: ['issueToken'],
      async run(context) {
        const { clientId, clientSecret } = context.credentials
        const timestamp = String(Date.now() - 3_000)
        const response = await context.raw('POST', context.path('issueToken'), {
          auth: 'none',
          query: {
            client_id: clientId,
            timestamp,
            grant_type: 'client_credentials',
            client_secret_sign: signClientSecret(clientId, clientSecret, timestamp),
            type: 'SELF',
          },
        })
        assert.equal(response.status, 200)
        assert.equal((response.body as { token_type?: string }).token_type, 'Bearer')
      },
    },
    {
      name: 'a timestamp six minutes old is refused with 400 naming timestamp',
      operations: ['issueToken'],
      run: (context) =>
        refused(context.client({ now: () => Date.now() - 6 * MINUTE }).issueToken(), 'timestamp'),
    },
    {
      name: 'a timestamp a minute ahead is refused with 400 naming timestamp',
      operations: ['issueToken'],
      run: (context) =>
        refused(
          context.client({ now: () => Date.now() + MINUTE, timestampSkewMs: 0 }).issueToken(),
          'timestamp',
        ),
    },
    {
      name: 'a signature made with another secret is refused with 400 naming client_secret_sign',
      operations: ['issueToken'],
      run: (context) =>
        refused(context.client({ clientSecret: ANOTHER_SECRET }).issueToken(), 'client_secret_sign'),
    },
    {
      name: 'an unknown client_id is refused with 400 or 403',
      operations: ['issueToken'],
      async run(context) {
        const stranger = context.client({ clientId: `unknown${context.credentials.clientId}`.slice(0, 40) })
        await expectApiError(stranger.issueToken(), { status: [400, 403] })
      },
    },
    {
      name: 'an API call without a token is a 401 GW.AUTHN gateway error',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const response = await context.raw('GET', context.path('getLastChangedStatuses'), {
          auth: 'none',
          query: await lastChanged(context),
        })
        gatewayError(response, 401, 'GW.AUTHN')
      },
    },
    {
      name: 'an unknown bearer token is a 401 GW.AUTHN gateway error',
      operations: ['getLastChangedStatuses'],
      async run(context) {
        const response = await context.raw('GET', context.path('getLastChangedStatuses'), {
          auth: { authorization: 'Bearer npay-contracts-not-a-token' },
          query: await lastChanged(context),
        })
        gatewayError(response, 401, 'GW.AUTHN')
      },
    },
    ...clockCases,
  ],
})
