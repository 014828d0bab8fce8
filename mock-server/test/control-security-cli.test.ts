/**
 * The control plane's protection over real TCP and through the CLI (issue #17): the Host header a socket
 * carries, the refusal to serve an unprotected control plane to the network, and the admin token from
 * `start` to `seed --base-url` and `run --base-url`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import { createControlPlaneClient, SandboxControlError } from '@npay-sandbox/client'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { createSandbox } from '../src/index.ts'
import { bindRefusal } from '../src/middleware/bind-check.ts'

const CLI = fileURLToPath(new URL('../bin/npay-sandbox.mjs', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('../../scenarios/examples', import.meta.url))
const TOKEN = 'qa-admin-7f3c9a'
// Each case spawns the CLI, which compiles TypeScript on start: allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 })

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { timeout: 100_000, env: { ...process.env, NPAY_SANDBOX_ADMIN_TOKEN: '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
}

/** A GET over a raw socket with exactly this Host header (or none). */
function getWithHost(port: number, path: string, host: string | undefined) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, setHost: false, headers: host === undefined ? {} : { host } },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => {
          body += chunk.toString()
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('over TCP', () => {
  const sandbox = createSandbox({ seed: 1 })
  let port: number
  beforeAll(async () => {
    ;({ port } = await sandbox.listen({ port: 0, host: '127.0.0.1' }))
  })
  afterAll(() => sandbox.close())

  test.each([
    ['localhost', 200],
    ['127.0.0.1', 200],
    ['evil.example', 403],
  ])('Host %s for the merchant with its secret answers %i', async (name, status) => {
    const res = await getWithHost(port, '/__sandbox/merchants/npaySandboxDefaultApp1', `${name}:${port}`)
    expect(res.status).toBe(status)
    if (status === 403) expect(JSON.parse(res.body).code).toBe('FORBIDDEN_HOST')
  })

  test('a request without a Host header that came over a socket gets no state', async () => {
    // Node's server answers 400 itself (requireHostHeader); the host check would answer 403.
    const res = await getWithHost(port, '/__sandbox/state', undefined)
    expect([400, 403]).toContain(res.status)
    expect(res.body).not.toContain('tenants')
  })
})

test('the name the sandbox listens on is one of its names', async () => {
  const sandbox = createSandbox({ seed: 1 })
  const { port } = await sandbox.listen({ port: 0, host: 'localhost' })
  try {
    expect((await getWithHost(port, '/__sandbox/clock', `LOCALHOST:${port}`)).status).toBe(200)
  } finally {
    await sandbox.close()
  }
})

test.each([
  ['0.0.0.0', true],
  ['::', true],
  ['192.168.10.20', true],
  ['qa-box.internal', true],
  ['127.0.0.1', false],
  ['127.3.2.1', false],
  ['localhost', false],
  ['::1', false],
  ['[::1]', false],
])('listening on %s without an admin token is refused: %s', (host, refused) => {
  expect(bindRefusal(host, {}) !== undefined).toBe(refused)
  expect(bindRefusal(host, { adminToken: TOKEN })).toBeUndefined()
  expect(bindRefusal(host, { insecureNoAdminToken: true })).toBeUndefined()
})

test('createSandbox().listen on every interface without a token rejects before opening a socket', async () => {
  const sandbox = createSandbox({ seed: 1 })
  await expect(sandbox.listen({ port: 0, host: '0.0.0.0' })).rejects.toThrow(
    /refusing to listen on 0\.0\.0\.0 without an admin token/,
  )
  await sandbox.close()
})

test('start --host 0.0.0.0 without a token says why it refuses, exit 2', async () => {
  const { code, stdout, stderr } = await cli(['start', '--port', '0', '--host', '0.0.0.0'])
  expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
  expect(stderr.split('\n')[0]).toBe(
    'npay-sandbox: refusing to listen on 0.0.0.0 without an admin token: 0.0.0.0 is reachable from other machines, and anyone who reaches it could reset the sandbox, replace its state and read merchant secrets through /__sandbox. Give --admin-token TOKEN (or set NPAY_SANDBOX_ADMIN_TOKEN), or --insecure-no-admin-token on a network you trust, or listen on 127.0.0.1.',
  )
})

test.each([
  [
    ['--admin-token', TOKEN, '--insecure-no-admin-token'],
    '--insecure-no-admin-token contradicts an admin token',
  ],
  [['--allowed-origin', 'qa.example.com'], '--allowed-origin must be scheme://host[:port]'],
  [['--allowed-host', 'qa.example.com:8787'], '--allowed-host must be a host name without port'],
  [['--admin-token', 'two words'], 'the admin token must be non-empty printable ASCII'],
])('start %j is a usage error: %s', async (args, problem) => {
  const { code, stderr } = await cli(['start', '--port', '0', ...args])
  expect(code).toBe(2)
  expect(stderr.split('\n')[0]).toContain(`npay-sandbox: ${problem}`)
  expect(stderr).toContain('Usage:\n  npay-sandbox start')
})

describe('a server started with NPAY_SANDBOX_ADMIN_TOKEN', () => {
  let server: ChildProcess
  let origin: string
  let banner = ''

  beforeAll(async () => {
    server = spawn(process.execPath, [CLI, 'start', '--port', '0', '--seed', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NPAY_SANDBOX_ADMIN_TOKEN: TOKEN },
    })
    origin = await new Promise<string>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        banner += chunk.toString()
        const m = /API base URL\s+(http:\/\/127\.0\.0\.1:\d+)\/npay\/partner/.exec(banner)
        if (m && banner.includes('admin token')) resolve(m[1]!)
      })
      server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${banner}`)))
    })
  })
  afterAll(() => {
    server?.kill('SIGTERM')
  })

  test('says it asks for the token without printing it', () => {
    expect(banner).toContain('The control plane and the dashboard ask for the admin token')
    expect(banner).not.toContain(TOKEN)
  })

  test("the banner's create-an-order curl works as printed with the token in the environment", async () => {
    const line = banner.split('\n').find((l) => l.startsWith('Create an order:'))!
    const command = line.replace('Create an order:', '').trim()
    expect(command).toContain('$NPAY_SANDBOX_ADMIN_TOKEN')
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        'bash',
        ['-c', `${command} -s -w ' %{http_code}'`],
        { env: { ...process.env, NPAY_SANDBOX_ADMIN_TOKEN: TOKEN } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    )
    expect(out).toMatch(/"productOrderIds":\["\d{16}"\].* 201$/)
  })

  test('the typed client without the token gets 401, with it the merchant and its secret', async () => {
    const anonymous = createControlPlaneClient({ baseUrl: origin })
    const error = await anonymous.getMerchant({ clientId: 'npaySandboxDefaultApp1' }).catch((e) => e)
    expect(error).toBeInstanceOf(SandboxControlError)
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHORIZED' })
    const admin = createControlPlaneClient({ baseUrl: origin, adminToken: TOKEN })
    expect(await admin.getMerchant({ clientId: 'npaySandboxDefaultApp1' })).toMatchObject({
      clientSecret: expect.stringMatching(/^\$2a\$/),
    })
    expect(await anonymous.health()).toMatchObject({ status: 'ok' })
  })

  test('the typed client sends bodiless writes as JSON, so reset and token work', async () => {
    const admin = createControlPlaneClient({ baseUrl: origin, adminToken: TOKEN })
    expect(await admin.reset({ body: {} })).toEqual({ reset: true })
    expect(await admin.issueMerchantToken({ clientId: 'npaySandboxDefaultApp1' })).toMatchObject({
      token_type: 'Bearer',
    })
  })

  test('seed --base-url without the token fails with the 401, with --admin-token it seeds', async () => {
    const refused = await cli(['seed', 'delivered', '--count', '2', '--base-url', origin])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('this sandbox requires its admin token')
    const { code, stdout } = await cli([
      'seed',
      'delivered',
      '--count',
      '2',
      '--base-url',
      origin,
      '--admin-token',
      TOKEN,
    ])
    expect(code).toBe(0)
    expect(stdout).toContain(`seeded delivered on ${origin}: 2 orders`)
  })

  test('run --base-url takes the token from NPAY_SANDBOX_ADMIN_TOKEN', async () => {
    const { code, stdout } = await cli(['run', `${EXAMPLES}/admin-cancel.yaml`, '--base-url', origin], {
      NPAY_SANDBOX_ADMIN_TOKEN: TOKEN,
    })
    expect(stdout).toContain('scenarios: 1 passed, 0 failed')
    expect(code).toBe(0)
  })
})
