/**
 * The README's `sqlite3` queries of a `--state-file` database run as written, with Debian's sqlite3
 * command, against a sandbox that holds orders, a return claim and change rows, while the sandbox still
 * has the file open (the README says QA reads it while the server runs).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, expect, test } from 'vitest'
import { harness } from './harness.ts'

const run = promisify(execFile)
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')
const QUERIES = README.split('\n').filter((line) => line.startsWith('sqlite3 sandbox.db '))
const dir = mkdtempSync(join(tmpdir(), 'npay-readme-sqlite-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('the README shows the three sqlite3 queries of its Persistence section', () => {
  expect(QUERIES).toHaveLength(3)
})

test("the README's sqlite3 queries run as written against a live --state-file database", async () => {
  const h = harness({ stateFile: join(dir, 'sandbox.db') })
  const [id, other] = [(await h.order()).productOrderIds[0]!, (await h.order()).productOrderIds[0]!]
  await h.dispatch(id)
  for (const event of ['deliver', 'buyer-return'])
    expect((await h.control('POST', `/__sandbox/product-orders/${id}/events/${event}`, {})).status).toBe(200)

  const outputs = await Promise.all(QUERIES.map((line) => run('bash', ['-c', line], { cwd: dir })))
  const [orders, claims, changes] = outputs.map((o) => o.stdout)
  // Both product orders of the default merchant, the returned one with its claim (facts §9.1–§9.3 names).
  expect(orders).toContain(`${id}|DELIVERED|RETURN|RETURN_REQUEST`)
  expect(orders).toContain(`${other}|PAYED||`)
  expect(claims).toMatch(new RegExp(`${id}\\|RETURN\\|RETURN_REQUEST\\|\\d{4}-\\d{2}-\\d{2}T`))
  // One row per change (facts §9.4): two payments, a dispatch, a claim request.
  expect(changes).toContain('PAYED|2')
  expect(changes).toContain('DISPATCHED|1')
  expect(changes).toContain('CLAIM_REQUESTED|1')
  await h.sandbox.close()
})
