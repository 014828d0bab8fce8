/**
 * A Commerce API (smartstore seller) merchant in the dashboard, clicked in headless Chromium: the merchants
 * view shows each merchant's API and creates a Commerce one; that merchant's order page runs its actions at
 * its own seller paths under /external (Commerce API docs: pay-order/seller/..., the exchange collection at
 * claim/exchange/collect/approve), and its request log copies them as curl at those paths.
 */
import { apiOf } from '@npay-sandbox/engine'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createSandbox, type Sandbox } from '../src/index.ts'
import { CHROMIUM_MISSING, launchChromium } from './chromium.ts'
import { driveOrder, newOrder, openOrder, runStep } from './dashboard-steps.ts'

describe.skipIf(CHROMIUM_MISSING)('a Commerce merchant in the dashboard', () => {
  let context: BrowserContext
  let closeBrowser: (() => Promise<void>) | undefined
  let sandbox: Sandbox
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ context, close: closeBrowser } = await launchChromium({ viewport: { width: 1280, height: 800 } }))
  })

  afterAll(async () => {
    await closeBrowser?.()
  })

  beforeEach(async () => {
    sandbox = createSandbox({ seed: 7, clock: 'frozen', startTime: Date.UTC(2025, 4, 12, 1, 30) })
    const { origin } = await sandbox.listen({ port: 0, host: '127.0.0.1' })
    page = await context.newPage()
    page.setDefaultTimeout(15_000)
    errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
      errors.push(`external request ${route.request().url()}`)
      return route.abort()
    })
    await page.goto(`${origin}/__sandbox/ui#/merchants`)
  })

  afterEach(async () => {
    await page?.close()
    await sandbox?.close()
    expect(errors).toEqual([])
  })

  /** Creates a Commerce merchant in the merchants view and makes it the current one. */
  async function createCommerceMerchant(): Promise<{ clientId: string; created: string }> {
    await page.getByTestId('merchant-api').selectOption('commerce')
    await page.getByTestId('create-merchant').click()
    const panel = page.getByTestId('created-merchant').filter({ hasText: '/external' })
    await panel.waitFor()
    const created = (await panel.textContent()) ?? ''
    const merchant = sandbox.engine.merchants().find((m) => apiOf(m) === 'commerce')!
    const cell = page.getByTestId(`api-${merchant.clientId}`)
    await cell.waitFor()
    await page.locator('tr', { has: cell }).getByRole('button', { name: '선택' }).click()
    await page.locator('tr.current', { has: cell }).waitFor()
    return { clientId: merchant.clientId, created }
  }

  test('the merchants view shows each API and creates a Commerce merchant with a seller id', {
    timeout: 60_000,
  }, async () => {
    const { clientId, created } = await createCommerceMerchant()
    const byDefault = sandbox.engine.defaultMerchant.clientId
    expect(await page.getByTestId(`api-${byDefault}`).textContent()).toBe(
      '네이버페이 주문형 가맹점 API /npay/partner',
    )
    expect(await page.getByTestId(`api-${clientId}`).textContent()).toBe(
      '커머스 API (스마트스토어 판매자) /external',
    )
    // The docs' seller ids look like ncp_1nsut9_01 [DOC example].
    expect(created).toMatch(/ncp_[a-z0-9]{6}_01/)
  })

  test('its order page changes the hope-delivery day of an order placed with one, at the seller path', {
    timeout: 60_000,
  }, async () => {
    const { clientId } = await createCommerceMerchant()
    const tenant = sandbox.engine.tenant(clientId)
    const kstDay = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '')
    const placed = kstDay(tenant.now() + 3 * 86_400_000)
    const id = tenant.createOrder({ hopeDelivery: { hopeDeliveryYmd: placed } }).productOrderIds[0]!
    await page.locator('#nav a[data-view=orders]').click()
    await openOrder(page, id)
    const card = page.getByTestId('action-changeHopeDelivery')
    expect(await card.textContent()).toContain('/hope-delivery/change')
    // The form offers a day of its own: a real one, after today and at most 30 days on (104444, 104445).
    const day = await card.locator('[name=hopeDeliveryYmd]').inputValue()
    expect(day).toMatch(/^\d{8}$/)
    expect(day > kstDay(tenant.now())).toBe(true)
    expect(day <= kstDay(tenant.now() + 30 * 86_400_000)).toBe(true)
    expect(day).not.toBe(placed)
    await runStep(page, 'changeHopeDelivery')
    expect(tenant.productOrder(id)!.productOrder.hopeDelivery).toMatchObject({ hopeDeliveryYmd: day })
    const sent = tenant.journal
      .list({ pathContains: '/hope-delivery/' })
      .map((e) => `${e.source} ${e.status} ${e.path}`)
    expect(sent).toEqual([
      `dashboard 200 /external/v1/pay-order/seller/product-orders/${id}/hope-delivery/change`,
    ])
    // Once dispatched the day can no longer change: the action is listed as not allowed.
    await driveOrder(page, ['confirmProductOrders', 'dispatchProductOrders'])
    await page.getByTestId('unavailable-changeHopeDelivery').waitFor({ state: 'attached' })
  })

  test('its order page runs the actions at the seller paths and copies them as curl', {
    timeout: 90_000,
  }, async () => {
    const { clientId } = await createCommerceMerchant()
    const id = await newOrder(page)
    await openOrder(page, id)
    await driveOrder(page, ['confirmProductOrders', 'dispatchProductOrders', 'deliver', 'buyer-exchange'])
    // The card names the Commerce path of the exchange collection (collect/approve, not the mall's collect/complete).
    const collect = page.getByTestId('action-completeExchangeCollect')
    expect(await collect.textContent()).toContain('/claim/exchange/collect/approve')
    await driveOrder(page, ['completeExchangeCollect', 'redeliverExchange'])
    const tenant = sandbox.engine.tenant(clientId)
    expect(tenant.productOrder(id)!.productOrder.claimStatus).toBe('EXCHANGE_REDELIVERING')

    const sent = tenant.journal
      .list({ pathContains: '/pay-order/' })
      .map((e) => `${e.source} ${e.status} ${e.path}`)
      .sort()
    expect(sent).toEqual(
      [
        'dashboard 200 /external/v1/pay-order/seller/product-orders/confirm',
        'dashboard 200 /external/v1/pay-order/seller/product-orders/dispatch',
        `dashboard 200 /external/v1/pay-order/seller/product-orders/${id}/claim/exchange/collect/approve`,
        `dashboard 200 /external/v1/pay-order/seller/product-orders/${id}/claim/exchange/dispatch`,
      ].sort(),
    )

    // The order's request log: open the collection and copy it as curl.
    await page
      .getByTestId('order-requests')
      .locator('tbody tr')
      .filter({ hasText: 'collect/approve' })
      .click()
    await page.getByTestId('order-request-detail').getByTestId('copy-curl').click()
    await page.getByTestId('curl').waitFor({ state: 'visible' })
    const curl = await page.getByTestId('curl').textContent()
    expect(curl).toContain(
      `/external/v1/pay-order/seller/product-orders/${id}/claim/exchange/collect/approve'`,
    )
    expect(curl).toContain('"Authorization: Bearer $TOKEN"')
  })
})
