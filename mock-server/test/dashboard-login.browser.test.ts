/**
 * The dashboard of a server started with an admin token, in headless Chromium (as dashboard.browser.test.ts):
 * the prompt, a wrong token, the right one kept for the session, and a `?token=` link that leaves the
 * address bar. Every control-plane call the page makes then carries the token and says JSON.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createSandbox, type Sandbox } from '../src/index.ts'
import { CHROMIUM_MISSING, launchChromium } from './chromium.ts'

const TOKEN = 'dashboard-admin-91c2'

// dashboard.browser.test.ts fails loudly when Chromium is missing; this file only follows it.
describe.skipIf(CHROMIUM_MISSING)('the dashboard of a server with an admin token', () => {
  let context: BrowserContext
  let closeBrowser: (() => Promise<void>) | undefined
  let sandbox: Sandbox
  let origin: string
  let page: Page
  let refused: string[]

  beforeAll(async () => {
    ;({ context, close: closeBrowser } = await launchChromium())
  })
  afterAll(async () => {
    await closeBrowser?.()
  })

  beforeEach(async () => {
    sandbox = createSandbox({ seed: 7, clock: 'frozen', adminToken: TOKEN })
    ;({ origin } = await sandbox.listen({ port: 0, host: '127.0.0.1' }))
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
    refused = []
    page.on('response', (res) => {
      const url = new URL(res.url())
      if (url.pathname.startsWith('/__sandbox/') && [403, 415].includes(res.status()))
        refused.push(`${res.status()} ${url.pathname}`)
    })
  })
  afterEach(async () => {
    await page?.close()
    await sandbox?.close()
    expect(refused).toEqual([])
  })

  test('asks for the token, refuses a wrong one, and works with the right one for the session', async () => {
    await page.goto(`${origin}/__sandbox/ui`)
    const input = page.getByTestId('admin-token-input')
    await input.fill('wrong-token')
    await input.press('Enter')
    await expect
      .poll(() => page.getByTestId('admin-token-dialog').textContent())
      .toContain('토큰이 맞지 않습니다')
    await page.getByTestId('admin-token-input').fill(TOKEN)
    await page.getByTestId('admin-token-input').press('Enter')
    await expect.poll(() => page.getByTestId('merchant-select').locator('option').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('admin-token-dialog').count()).toBe(0)
    // A change from the page (the merchants view's secret lookup and the token the order view needs).
    // A string, so the test runner does not rewrite the page's dynamic import.
    const status = await page.evaluate(`import('/__sandbox/ui/assets/js/api.js').then(({ control }) =>
      control('POST', '/merchants/npaySandboxDefaultApp1/token').then((issued) => typeof issued.access_token))`)
    expect(status).toBe('string')
  })

  test('a ?token= link signs in once and leaves the address bar', async () => {
    await page.goto(`${origin}/__sandbox/ui?token=${TOKEN}#/merchants`)
    await expect.poll(() => page.getByTestId('merchant-select').locator('option').count()).toBeGreaterThan(0)
    expect(page.url()).toBe(`${origin}/__sandbox/ui#/merchants`)
    expect(await page.getByTestId('admin-token-dialog').count()).toBe(0)
    await page.reload()
    await expect.poll(() => page.getByTestId('merchant-select').locator('option').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('admin-token-dialog').count()).toBe(0)
  })
})
