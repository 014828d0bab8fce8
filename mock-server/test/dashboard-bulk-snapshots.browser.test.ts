/**
 * The dashboard's bulk actions on the orders table, the clock page's snapshots and the order page's
 * claim-fitted code lists, clicked in headless Chromium at a desktop and a phone size.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createSandbox, type Sandbox } from '../src/index.ts'
import { CHROMIUM_MISSING, launchChromium } from './chromium.ts'
import { driveOrder, openOrder } from './dashboard-steps.ts'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]

describe.skipIf(CHROMIUM_MISSING).each(SIZES)('at $width×$height', (viewport) => {
  let context: BrowserContext
  let closeBrowser: (() => Promise<void>) | undefined
  let sandbox: Sandbox
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    ;({ context, close: closeBrowser } = await launchChromium({ viewport }))
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
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
      errors.push(`external request ${route.request().url()}`)
      return route.abort()
    })
    await page.goto(`${origin}/__sandbox/ui#/orders`)
    await page.getByTestId('orders-table').waitFor()
  })

  afterEach(async () => {
    await page?.close()
    await sandbox?.close()
    expect(errors).toEqual([])
  })

  const tenant = () => sandbox.engine.tenant()
  const status = (id: string) => tenant().productOrder(id)!.productOrder.productOrderStatus

  async function orders(n: number) {
    const ids: string[] = []
    for (let i = 0; i < n; i++) ids.push(tenant().createOrder({}).productOrderIds[0]!)
    await page.reload()
    await page.getByTestId(`order-row-${ids.at(-1)}`).waitFor()
    return ids
  }

  test('select-all of the page and one merchant action: each order answers on its own, a refusal in Korean', async () => {
    const [a, b, c] = await orders(3)
    // The buyer cancels one first, so the API refuses to confirm it.
    tenant().run(c!, 'buyer-cancel', {}, 'buyer')
    await page.reload()
    await page.getByTestId('select-all').check()
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toContain('3')
    await page.getByTestId('bulk-operation').selectOption('action:confirmProductOrders')
    await page.getByTestId('bulk-apply').click()
    await page.getByTestId('bulk-summary').waitFor()
    expect(await page.getByTestId('bulk-summary').textContent()).toBe('성공 2건, 실패 1건')
    const refused = page.getByTestId(`bulk-result-${c}`)
    expect(await refused.getAttribute('class')).toBe('fail')
    expect(await refused.getByTestId('bulk-why').textContent()).toMatch(/[가-힣]/)
    for (const id of [a!, b!])
      expect(await page.getByTestId(`bulk-result-${id}`).getAttribute('class')).toBe('ok')
    // The engine confirms it: the two were confirmed (placeOrderStatus OK), the cancelled one was not.
    expect(tenant().productOrder(a!)!.productOrder.placeOrderStatus).toBe('OK')
    expect(tenant().productOrder(c!)!.productOrder.placeOrderStatus).not.toBe('OK')
    // The table fits the viewport: no horizontal scroll of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  test('ticked rows get a buyer event; the reason list is the cancel reasons', async () => {
    const [a, b] = await orders(2)
    await page.getByTestId(`select-${a}`).check()
    await page.getByTestId(`select-${b}`).check()
    await page.getByTestId('bulk-operation').selectOption('event:buyer-cancel')
    const reasons = await page
      .getByTestId('bulk-bar')
      .locator('[data-field=reason] option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean))
    // Facts §9.7: the cancel reasons.
    expect(reasons.sort()).toEqual(
      [
        'INTENT_CHANGED',
        'COLOR_AND_SIZE',
        'WRONG_ORDER',
        'PRODUCT_UNSATISFIED',
        'DELAYED_DELIVERY',
        'SOLD_OUT',
        'INCORRECT_INFO',
      ].sort(),
    )
    await page.getByTestId('bulk-apply').click()
    await page.getByTestId('bulk-summary').waitFor()
    expect(await page.getByTestId('bulk-summary').textContent()).toBe('성공 2건, 실패 0건')
    expect(tenant().productOrder(a!)!.productOrder.claimType).toBe('CANCEL')
    expect(status(b!)).toBe(status(a!))
  })

  test('a snapshot on the clock page, then a change, then restore: the order is back and the newer one gone', async () => {
    const [kept] = await orders(1)
    await page.locator('#nav a[data-view=clock]').click()
    await page.getByTestId('snapshot-label').fill('결제 직후')
    await page.getByTestId('take-snapshot').click()
    const item = page.locator('[data-testid^=snapshot-snap-]')
    await item.waitFor()
    expect(await item.textContent()).toContain('결제 직후')
    const later = tenant().createOrder({}).productOrderIds[0]!
    tenant().run(kept!, 'buyer-cancel', {}, 'buyer')
    await page.getByTestId('advance-1d').click()
    await page.getByTestId('fired').locator('section').first().waitFor()
    await item.getByRole('button', { name: '되돌리기' }).click()
    await expect.poll(() => tenant().productOrder(later)).toBeUndefined()
    expect(tenant().productOrder(kept!)!.productOrder.claimType).toBeUndefined()
    await page.getByTestId('fired').getByText('스냅샷 "결제 직후"(으)로 되돌림').waitFor()
    await item.getByRole('button', { name: '삭제' }).click()
    await page.getByTestId('snapshot-list').getByText('저장한 스냅샷이 없습니다.').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  })

  test('the order page offers the return holdback types on a return', { timeout: 60_000 }, async () => {
    const [id] = await orders(1)
    await openOrder(page, id!)
    await driveOrder(page, ['confirmProductOrders', 'dispatchProductOrders', 'deliver', 'buyer-return'])
    const types = await page
      .getByTestId('action-holdbackReturn')
      .locator('[name=holdbackClassType] option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean))
    // Facts §7.13: the return-side holdback types.
    expect(types.sort()).toEqual(
      [
        'RETURN_DELIVERYFEE',
        'EXTRAFEEE',
        'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
        'RETURN_PRODUCT_NOT_DELIVERED',
        'ETC',
      ].sort(),
    )
  })
})
