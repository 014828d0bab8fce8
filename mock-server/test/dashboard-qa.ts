/**
 * Browser checks of the QA dashboard at a laptop (1280×800) and a phone (390×844): partial failures and
 * sources in the journal, the dashboard's own 401 after a clock jump, server-side paging with filters in
 * the URL, Korean durations, and an order's request log with copy-as-curl. Registered inside the suite of
 * dashboard.browser.test.ts, which owns the browser and a fresh sandbox per test.
 */
import { DEFAULT_MERCHANT } from '@npay-sandbox/engine'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import type { Sandbox } from '../src/index.ts'
import { driveOrder, newOrder, openOrder } from './dashboard-steps.ts'

type Live = () => { sandbox: Sandbox; page: Page; errors: string[] }

const LAPTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

export function qaChecks(live: Live) {
  test('a 200 with failProductOrderInfos reads as a partial failure with its code, source and hint', {
    timeout: 60_000,
  }, async () => {
    const { page } = live()
    const kept = await newOrder(page)
    const cancelled = await newOrder(page)
    await openOrder(page, cancelled)
    await driveOrder(page, ['buyer-cancel'])
    // The integration (no dashboard header) confirms both: one is refused with 9999 inside a 200.
    const token = await issue(page)
    const status = await page.evaluate(
      async ([auth, ids]) =>
        (
          await fetch('/npay/partner/v1/pay-order/mall/product-orders/confirm', {
            method: 'POST',
            headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
            body: JSON.stringify({ productOrderIds: ids }),
          })
        ).status,
      [token, [kept, cancelled]] as const,
    )
    expect(status).toBe(200)
    for (const size of [LAPTOP, PHONE]) {
      await page.setViewportSize(size)
      await page.locator('#nav a[data-view=journal]').click()
      const row = page
        .locator('[data-testid^=request-][data-source=integration]')
        .filter({ hasText: '/confirm' })
      await row.getByTestId('partial-badge').filter({ hasText: '부분 실패 1/2 · 9999' }).waitFor()
      expect(await row.getByTestId('source').textContent()).toBe('연동')
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      if (size === PHONE) {
        // A card: the table head is hidden and the row is a grid of labelled fields.
        expect(await page.getByTestId('journal-table').locator('thead').isVisible()).toBe(false)
        expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('grid')
      }
    }
    await page.setViewportSize(LAPTOP)
    await page
      .locator('[data-testid^=request-][data-source=integration]')
      .filter({ hasText: '/confirm' })
      .click()
    const item = page.getByTestId(`partial-${cancelled}`)
    await item.waitFor()
    expect(await item.getByTestId('partial-hint').textContent()).toContain('주문 화면에서 지금 가능한 액션')
    await page.getByTestId('copy-curl').click()
    // The command is filled in after the clipboard write settles, then shown.
    await page.getByTestId('curl').waitFor({ state: 'visible' })
    const curl = await page.getByTestId('curl').textContent()
    expect(curl).toContain("-X POST '")
    expect(curl).toContain('/product-orders/confirm')
    expect(curl).toContain('"Authorization: Bearer $TOKEN"')
  })

  test("after a clock jump the dashboard's own 401 is named as its expired token, and durations read in Korean", {
    timeout: 90_000,
  }, async () => {
    const { page, errors } = live()
    const id = await newOrder(page)
    await openOrder(page, id)
    await driveOrder(page, ['confirmProductOrders'])
    await page.locator('#nav a[data-view=clock]').click()
    await page.getByTestId('advance-8d').click()
    // The frozen test clock sits before real time, so the chip shows no "ahead"; the advance log does.
    await page.getByTestId('fired').filter({ hasText: '8일 0시간 앞당김' }).waitFor()
    await page.goto(page.url().replace(/#.*/, `#/orders/${id}`))
    await page.getByTestId('badge-status').waitFor()
    await driveOrder(page, ['dispatchProductOrders'])
    await page.locator('#nav a[data-view=journal]').click()
    const own = page.locator('[data-testid^=request-][data-source=dashboard].own')
    await own.filter({ hasText: '대시보드 자체 토큰 만료' }).first().waitFor()
    expect(await own.first().locator('.badge.st-own').textContent()).toBe('401')
    // The order page lists the same product order's requests, dispatch included.
    await page.goto(page.url().replace(/#.*/, `#/orders/${id}`))
    await page.getByTestId('order-requests').filter({ hasText: '/product-orders/dispatch' }).waitFor()
    // An unavailable action says what must come first (facts §10.3 R1: a return is requested while DELIVERING).
    const why = page.getByTestId('unavailable-approveReturn').getByTestId('unavailable-why')
    expect(await why.textContent()).toContain('먼저: 반품 요청')
    // Chromium logs the expected 401 of the stale token as a failed resource; nothing else may be logged.
    const stale = errors.filter((e) => /status of 401/.test(e))
    expect(stale).toHaveLength(1)
    errors.splice(0, errors.length, ...errors.filter((e) => !stale.includes(e)))
  })

  test('the orders table pages on the server, keeps its filters in the URL across Back, and fits 1280 px', {
    timeout: 90_000,
  }, async () => {
    const { sandbox, page } = live()
    const tenant = sandbox.engine.tenant()
    for (let i = 0; i < 55; i++) tenant.createOrder({})
    await page.setViewportSize(LAPTOP)
    await page.locator('#nav a[data-view=orders]').click()
    await page.getByTestId('order-count').filter({ hasText: '1–50 / 전체 55건' }).waitFor()
    // The count may show before the rows are drawn: wait for the last row of the page.
    await page.locator('[data-testid^=order-row-]').nth(49).waitFor()
    expect(await page.locator('[data-testid^=order-row-]').count()).toBe(50)
    await page.getByTestId('page-next').click()
    await page.getByTestId('order-count').filter({ hasText: '51–55 / 전체 55건' }).waitFor()
    const wrap = page.getByTestId('orders-table').locator('xpath=..')
    expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    expect(await overflow(page)).toBeLessThanOrEqual(0)

    const returned = await newOrder(page)
    await openOrder(page, returned)
    await driveOrder(page, ['confirmProductOrders', 'dispatchProductOrders', 'deliver', 'buyer-return'])
    await page.locator('#nav a[data-view=orders]').click()
    await page.getByTestId('filter-claimStatus').selectOption('RETURN_REQUEST')
    await page.getByTestId('order-count').filter({ hasText: '전체 1건' }).waitFor()
    expect(page.url()).toContain('claimStatus=RETURN_REQUEST')
    await openOrder(page, returned)
    await page.goBack()
    await page.getByTestId('order-count').filter({ hasText: '전체 1건' }).waitFor()
    expect(await page.getByTestId('filter-claimStatus').inputValue()).toBe('RETURN_REQUEST')
    expect(await page.locator('[data-testid^=order-row-]').count()).toBe(1)

    // A cancel of part of the quantity keeps the status (facts §10.2 C7) and reads as partial.
    const partial = tenant.createOrder({ items: [{ quantity: 3 }] }).productOrderIds[0]!
    sandbox.engine.act(tenant, 'requestCancel', partial, { cancelReason: 'SOLD_OUT', cancelQuantity: 1 })
    await page.getByTestId('filter-claimStatus').selectOption('CANCEL_DONE')
    const row = page.getByTestId(`order-row-${partial}`)
    await row.getByTestId('partial-claim').filter({ hasText: '부분 취소: 3개 중 1개' }).waitFor()
    expect(await row.getAttribute('data-status')).toBe('PAYED')
  })
}

/** A merchant token for the integration's own calls, from the control plane (as a test would get one). */
async function issue(page: Page): Promise<string> {
  return page.evaluate(async (clientId) => {
    const res = await fetch(`/__sandbox/merchants/${clientId}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    })
    return ((await res.json()) as { access_token: string }).access_token
  }, DEFAULT_MERCHANT.clientId)
}
