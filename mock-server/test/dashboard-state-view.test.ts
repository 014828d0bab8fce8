/**
 * The dashboard's state view in headless Chromium at a laptop (1280×800) and a phone (390×844): it opens on
 * the order's current state and next steps, a clicked node lists the orders in it with the true count and
 * makes a new one in it, the path drawn is the path the order took, and the picker searches the server.
 * Orders are set up through the control plane and the real API; the engine is only read, to check.
 */

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stateOf } from '@npay-sandbox/engine'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createSandbox, type Sandbox } from '../src/index.ts'
import { CHROMIUM_MISSING, launchChromium } from './chromium.ts'

const REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url))

const SIZES = [
  ['1280×800', { width: 1280, height: 800 }],
  ['390×844', { width: 390, height: 844 }],
] as const

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe.skipIf(CHROMIUM_MISSING)('the state view in headless Chromium', () => {
  let context: BrowserContext
  let closeBrowser: (() => Promise<void>) | undefined
  let sandbox: Sandbox
  let origin: string
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    await mkdir(REPORTS, { recursive: true })
    ;({ context, close: closeBrowser } = await launchChromium({ viewport: { width: 1280, height: 800 } }))
  })
  afterAll(async () => {
    await closeBrowser?.()
  })
  beforeEach(async () => {
    sandbox = createSandbox({ seed: 7, clock: 'frozen', startTime: Date.UTC(2025, 4, 12, 1, 30) })
    ;({ origin } = await sandbox.listen({ port: 0, host: '127.0.0.1' }))
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
  })
  afterEach(async () => {
    await page?.close()
    await sandbox?.close()
    expect(errors).toEqual([])
  })

  async function control(method: string, path: string, body?: unknown) {
    const res = await fetch(`${origin}/__sandbox${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    expect(res.status, `${method} ${path}`).toBeLessThan(300)
    return (await res.json()) as Record<string, unknown>
  }
  const inState = async (node: string) =>
    (await control('POST', '/orders/in-state', { node })).productOrderId as string
  const record = (id: string) => sandbox.engine.ownerOfProductOrder(id)!.productOrder(id)!
  /** The product orders the engine holds in a state, counted from the records themselves. */
  const countIn = (claimType: string, claimStatus: string) =>
    [...sandbox.engine.tenant().productOrderRecords()].filter(
      (r) => r.productOrder.claimType === claimType && stateOf(r).claimStatus === claimStatus,
    ).length

  async function open(hash: string, size: { width: number; height: number }) {
    await page.setViewportSize(size)
    await page.goto(`${origin}/__sandbox/ui${hash}`)
    await page.getByTestId('machine-focus').waitFor()
  }

  async function showGraph() {
    if ((await page.getByTestId('machine-toggle-graph').getAttribute('aria-expanded')) !== 'true')
      await page.getByTestId('machine-toggle-graph').click()
    await page.getByTestId('diagram').waitFor()
  }

  test.each(SIZES)(
    '%s: the view opens on the current state and its next steps, by actor',
    async (_, size) => {
      const id = await inState('RETURN/RETURN_REQUEST')
      await open(`#/machine/${id}`, size)
      await page.locator('[data-node="RETURN/RETURN_REQUEST"].current').waitFor()
      expect(await page.locator('[data-node="RETURN/RETURN_REQUEST"].current').textContent()).toContain(
        '반품 요청',
      )
      // facts §10.3: from a return request the merchant approves, rejects or holds; the carrier collects.
      const merchant = page.getByTestId('next-merchant')
      for (const action of ['approveReturn', 'rejectReturn', 'holdbackReturn'])
        await merchant.getByTestId(`next-${action}`).waitFor()
      const others = page.getByTestId('next-others')
      await others.getByTestId('next-collect').waitFor()
      expect(await others.getByTestId('next-approveReturn').count()).toBe(0)
      expect(
        await page.getByTestId('next-approveReturn').locator('[data-target]').getAttribute('data-target'),
      ).toBe('RETURNED')
      // The whole graph is one toggle away and is not drawn until asked for.
      expect(await page.getByTestId('diagram').count()).toBe(0)
      await showGraph()
      expect(await overflow(page)).toBeLessThanOrEqual(0)
    },
  )

  test.each(SIZES)(
    '%s: a clicked node lists the product orders in it with the true count',
    async (_, size) => {
      const ids = [
        await inState('RETURN/RETURN_REQUEST'),
        await inState('RETURN/RETURN_REQUEST'),
        await inState('RETURN/RETURN_REQUEST'),
      ]
      await inState('DELIVERED')
      await inState('RETURN/RETURN_REQUEST · HOLD')
      await open(`#/machine/${ids[0]}`, size)
      if (size.width > 800) {
        await showGraph()
        await page.locator('[data-testid=diagram] [data-node="RETURN/RETURN_REQUEST"]').click()
      } else {
        await page.locator('[data-node="RETURN/RETURN_REQUEST"].current').click()
      }
      const panel = page.getByTestId('node-panel')
      await panel.getByTestId('node-count').waitFor()
      const unheld = countIn('RETURN', 'RETURN_REQUEST') - 1
      expect(unheld).toBe(3)
      expect(await panel.getByTestId('node-count').getAttribute('data-total')).toBe(String(unheld))
      expect(await panel.getByTestId('node-count').textContent()).toContain('3건')
      for (const id of ids) await panel.getByTestId(`node-order-${id}`).getByRole('link').waitFor()
      expect(await panel.locator('[data-testid^=node-order-]').count()).toBe(3)
      expect(await panel.getByTestId('node-orders-link').getAttribute('href')).toBe(
        '#/orders?claimType=RETURN&claimStatus=RETURN_REQUEST',
      )
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      await panel.getByTestId(`node-order-${ids[1]}`).getByRole('link').click()
      await page.getByTestId('badge-status').waitFor()
      expect(page.url()).toContain(`#/orders/${ids[1]}`)
    },
  )

  test.each(SIZES)('%s: a node makes a new order in its state', async (_, size) => {
    const start = await inState('DELIVERED')
    await open(`#/machine/${start}`, size)
    await showGraph()
    await page.locator('[data-testid=diagram] [data-node="RETURN/COLLECT_DONE · HOLD"]').click()
    const panel = page.getByTestId('node-panel')
    await panel.getByTestId('node-count').filter({ hasText: '0건' }).waitFor()
    await panel.getByTestId('create-in-state').click()
    await panel.getByTestId('node-count').filter({ hasText: '1건' }).waitFor()
    const made = await panel.locator('[data-testid^=node-order-]').getAttribute('data-testid')
    const id = made!.slice('node-order-'.length)
    expect(id).not.toBe(start)
    // The view focuses on the new order, and its inspection reports the state asked for.
    await page
      .locator('[data-testid=machine-path] [data-node="RETURN/COLLECT_DONE · HOLD"].current')
      .waitFor()
    expect(page.url()).toContain(`#/machine/${id}`)
    const inspection = await control('GET', `/product-orders/${id}`)
    const now = (inspection.history as { to: Record<string, string> }[]).at(-1)!.to
    expect(now).toMatchObject({
      claimType: 'RETURN',
      claimStatus: 'COLLECT_DONE',
      holdbackStatus: 'HOLDBACK',
    })
    expect(stateOf(record(id))).toMatchObject({ claimStatus: 'COLLECT_DONE', holdbackStatus: 'HOLDBACK' })
    // A node passed through only inside a chain offers no order.
    await page.locator('[data-testid=diagram] [data-node="ADMIN_CANCEL/ADMIN_CANCELING"]').click()
    await panel.getByTestId('node-count').filter({ hasText: '0건' }).waitFor()
    expect(await panel.getByTestId('create-in-state').isDisabled()).toBe(true)
  })

  test.each(SIZES)(
    '%s: a return approved before collection is drawn without COLLECTING or COLLECT_DONE',
    async (_, size) => {
      const id = await inState('RETURN/RETURN_REQUEST')
      // The merchant approves through the real API before any collection.
      const { access_token } = await control(
        'POST',
        `/merchants/${sandbox.engine.defaultMerchant.clientId}/token`,
      )
      const res = await fetch(
        `${origin}/npay/partner/v1/pay-order/mall/product-orders/${id}/claim/return/approve`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
          body: '{}',
        },
      )
      expect(res.status).toBe(200)
      expect(record(id).productOrder.productOrderStatus).toBe('RETURNED')
      await open(`#/machine/${id}`, size)
      await page.locator('[data-testid=machine-path] [data-node=RETURNED].current').waitFor()
      const drawn = await page
        .getByTestId('path-node')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-node')))
      expect(drawn.slice(-2)).toEqual(['RETURN/RETURN_REQUEST', 'RETURNED'])
      expect(drawn.filter((node) => node!.includes('COLLECT'))).toEqual([])
      await showGraph()
      const covered = await page
        .locator('[data-testid=diagram] .edge.covered')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-edge')))
      expect(covered).toContain('RETURN/RETURN_REQUEST>RETURNED')
      expect(covered.filter((k) => k!.includes('COLLECT'))).toEqual([])
      // Nor does the drawn line of the approval run over the COLLECTING or COLLECT_DONE boxes.
      const crossed = await page.evaluate(() => {
        const svg = document.querySelector('[data-testid=diagram]') as SVGSVGElement
        const edge = svg.querySelector('[data-edge="RETURN/RETURN_REQUEST>RETURNED"] path') as SVGPathElement
        const boxes = ['RETURN/COLLECTING', 'RETURN/COLLECT_DONE'].map((id) =>
          (svg.querySelector(`[data-node="${id}"] rect`) as SVGRectElement).getBoundingClientRect(),
        )
        const matrix = edge.getScreenCTM()!
        const hits: string[] = []
        for (let at = 0; at <= edge.getTotalLength(); at += 2) {
          const p = new DOMPoint(edge.getPointAtLength(at).x, edge.getPointAtLength(at).y).matrixTransform(
            matrix,
          )
          for (const [i, b] of boxes.entries())
            if (p.x > b.left && p.x < b.right && p.y > b.top && p.y < b.bottom) hits.push(String(i))
        }
        return hits
      })
      expect(crossed).toEqual([])
      expect(await overflow(page)).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(REPORTS, `dashboard-state-view-${size.width}.png`), fullPage: true })
    },
  )

  test.each(SIZES)(
    '%s: the picker searches the server and finds an order among more than 1,000',
    {
      timeout: 60_000,
    },
    async (_, size) => {
      const tenant = sandbox.engine.tenant()
      const oldest = tenant.createOrder({ items: [{ productName: '찾을 상품' }] }).productOrderIds[0]!
      for (let i = 0; i < 1_050; i++) tenant.createOrder()
      await open('#/machine', size)
      await page.getByTestId('machine-results-count').filter({ hasText: '1051' }).waitFor()
      expect(await page.locator('[data-testid^=pick-]').count()).toBe(10)
      expect(await page.getByTestId('view').locator('select').count()).toBe(0)
      await page.getByTestId('machine-search').fill(oldest.slice(-8))
      await page.getByTestId(`pick-${oldest}`).click()
      await page.locator('[data-testid=machine-path] [data-node="PAYED · NOT_YET"].current').waitFor()
      expect(page.url()).toContain(`#/machine/${oldest}`)
      await page.getByTestId('machine-search').fill('찾을 상품')
      await page.getByTestId('machine-results-count').filter({ hasText: '1건' }).waitFor()
      expect(await overflow(page)).toBeLessThanOrEqual(0)
    },
  )

  test('in English every name on the state view is English; in Korean no state shows as a bare code', async () => {
    const id = await inState('EXCHANGE/COLLECT_DONE')
    await open(`#/machine/${id}`, SIZES[0][1])
    const chips = page.locator('.node-chip .chip-name')
    const korean = await chips.allTextContents()
    expect(korean.filter((text) => /^[A-Z_ ·/]+$/.test(text))).toEqual([])
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('machine-focus').filter({ hasText: 'What can happen next' }).waitFor()
    await showGraph()
    // Product names are the buyer's data (Korean fake data); everything else is the page's own wording.
    const hangul = await page.getByTestId('view').evaluate((view) => {
      const found: string[] = []
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? ''
        if (/[가-힣]/.test(text) && !n.parentElement?.closest('.focus-order, .search-result, .node-orders'))
          found.push(text)
      }
      return found
    })
    expect(hangul).toEqual([])
  })
})
