import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  exchangeFlow,
  expectExchangeTranscript,
  expectReturnTranscript,
  expectSellerCancelTranscript,
  returnFlow,
  sellerCancelFlow,
} from './flows.ts'
import { inProcess, spawnedServer, type Transport, throughMsw } from './transports.ts'

const transcripts: Record<string, unknown[][]> = {}
const record = (name: string, log: unknown[]) => {
  transcripts[name] = [...(transcripts[name] ?? []), log]
}

describe.each([
  ['app.request', inProcess],
  ['MSW interception of the real sandbox host', throughMsw],
  ['a spawned CLI server on 127.0.0.1', spawnedServer],
] as const)('through %s', (name, open) => {
  let t: Transport
  beforeAll(async () => {
    t = await open()
  })
  afterAll(async () => {
    await t.close()
  })

  test('a return goes through holdback, refusal while held, release and approval', async () => {
    const log = await returnFlow(t)
    expectReturnTranscript(log)
    record(name, log)
  })

  test('an exchange refuses re-dispatch before collection with 104417 and completes', async () => {
    const log = await exchangeFlow(t)
    expectExchangeTranscript(log)
    record(name, log)
  })

  test('a seller cancel completes at once and blocks dispatch', async () => {
    const log = await sellerCancelFlow(t)
    expectSellerCancelTranscript(log)
    record(name, log)
  })

  test('every API response of these flows matched the OpenAPI document', () => {
    expect(t.problems).toEqual([])
  })
})

test('every transport produced identical transcripts', () => {
  const [first, ...others] = Object.values(transcripts)
  expect(Object.keys(transcripts)).toHaveLength(3)
  for (const other of others) expect(other).toEqual(first)
})
