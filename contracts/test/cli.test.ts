import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { EXIT, runContractsCli } from '../src/cli.ts'

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runContractsCli(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

test('--help prints the usage with every option and the exit codes', async () => {
  const { code, out } = await cli(['--help'])
  expect(code).toBe(EXIT.ok)
  for (const option of [
    '--target',
    '--record',
    '--compare',
    '--fixtures',
    '--allow-mutations',
    '--report',
    '--max-age',
  ]) {
    expect(out).toContain(option)
  }
  expect(out).toContain('Exit: 0 ok, 1 failed cases, 2 usage, 3 drift found')
})

test.each([
  [['--target', 'production'], '--target must be one of inprocess, msw, http, sandbox'],
  [['--suite', 'nope'], 'unknown --suite nope'],
  [['--max-age=-1'], '--max-age must be a number ≥ 0'],
  [['--bogus'], 'unknown option --bogus'],
  [['--report'], 'option --report needs a value'],
  [['--list=yes'], 'option --list takes no value'],
  [['--target', 'sandbox'], 'the sandbox target needs a client id (NPAY_CLIENT_ID)'],
  [['--api', 'smartstore'], '--api must be one of npay, commerce'],
  [
    ['--target', 'sandbox', '--api', 'commerce'],
    'the sandbox target needs a client id (NPAY_COMMERCE_CLIENT_ID)',
  ],
  [['--compare', '/nonexistent/cassettes'], 'cannot read the cassette folder /nonexistent/cassettes'],
  [['--target', 'sandbox', '--fixtures', '/nonexistent/fixtures.json'], 'cannot read the fixtures file'],
])('%j is a usage error (exit 2) saying %s', async (argv, message) => {
  const { code, err } = await cli(argv)
  expect(code).toBe(EXIT.usage)
  expect(err).toContain(message)
})

test('a sandbox secret that is not a bcrypt salt is refused before any request', async () => {
  const { code, err } = await cli(['--target', 'sandbox'], {
    NPAY_CLIENT_ID: 'app',
    NPAY_CLIENT_SECRET: 'hunter2',
  })
  expect(code).toBe(EXIT.usage)
  expect(err).toContain('NPAY_CLIENT_SECRET')
  expect(err).not.toContain('hunter2')
})

test('--list shows every case and the product orders a sandbox run needs per provider state', async () => {
  const { code, out } = await cli(['--list'])
  expect(code).toBe(EXIT.ok)
  expect(out).toContain(
    'a held-back return cannot be approved until it is released  [changes state; "a delivered product order with a held-back return"]',
  )
  expect(out).toContain('"a delivered product order with an exchange request": 4')
})

test('a run records cassettes and writes report.md, report.json and junit.xml', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'npay-cli-'))
  try {
    const { code, out } = await cli([
      '--suite',
      'limits',
      '--record',
      join(dir, 'c'),
      '--report',
      join(dir, 'r'),
    ])
    expect(out).toMatch(/inprocess: 16 passed, 0 failed, 0 skipped, 0 unsupported/)
    expect(code).toBe(EXIT.ok)
    expect((await readdir(join(dir, 'c', 'limits'))).length).toBe(16)
    expect((await readdir(join(dir, 'r'))).sort()).toEqual(['junit.xml', 'report.json', 'report.md'])
    expect(await readFile(join(dir, 'r', 'junit.xml'), 'utf8')).toContain(
      '<testsuite name="contracts.limits (inprocess)" tests="16" failures="0"',
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})

test('--api commerce lists the Commerce API cases: hope delivery, no reviews', async () => {
  const { code, out } = await cli(['--list', '--api', 'commerce'])
  expect(code).toBe(EXIT.ok)
  expect(out).toContain('hope-delivery — Hope-delivery change (Commerce API)')
  expect(out).not.toContain('reviews of the last hour')
  const mall = await cli(['--list'])
  expect(mall.out).toContain('reviews of the last hour answer the documented shape')
  expect(mall.out).not.toContain('hope-delivery —')
})

test('--api commerce runs the suites at the Commerce API paths of the emulator', async () => {
  const { code, out } = await cli(['--api', 'commerce', '--suite', 'hope-delivery', '--suite', 'envelopes'])
  expect(out).toContain('through app.request (the Commerce API)')
  expect(out).toMatch(/inprocess: 9 passed, 0 failed, 0 skipped, 0 unsupported/)
  expect(code).toBe(EXIT.ok)
})

test('a Commerce sandbox run reads its own credentials and refuses a bad secret before any request', async () => {
  const { code, err } = await cli(['--target', 'sandbox', '--api', 'commerce'], {
    NPAY_CLIENT_ID: 'mall-app',
    NPAY_CLIENT_SECRET: '$2a$04$abcdefghijklmnopqrstuu',
    NPAY_COMMERCE_CLIENT_ID: 'seller-app',
    NPAY_COMMERCE_CLIENT_SECRET: 'hunter2',
  })
  expect(code).toBe(EXIT.usage)
  expect(err).toContain('NPAY_COMMERCE_CLIENT_SECRET')
  expect(err).not.toContain('hunter2')
})
