/** Steps of the dashboard browser tests: each is what a QA engineer clicks, waiting on what the page shows. */
import { existsSync } from 'node:fs'
import { copyFile, stat } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The test that stands in for the browser tests where Chromium is missing; the test summary looks for it. */
export const CHROMIUM_MISSING_TEST = 'BROWSER TESTS DID NOT RUN: Debian chromium is missing'

const rowIds = (page: Page) =>
  page
    .locator('[data-testid^=order-row-]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('order-row-'.length)))

/** Creates an order with the Orders view's button and returns the new product order's id. */
export async function newOrder(page: Page): Promise<string> {
  await page.locator('#nav a[data-view=orders]').click()
  await page.getByTestId('orders-table').waitFor()
  const before = new Set(await rowIds(page))
  await page.getByTestId('create-order').click()
  // The table shows one page, newest change first: the new order is a row that was not there before.
  await page.waitForFunction(
    (known) =>
      [...document.querySelectorAll('[data-testid^=order-row-]')].some(
        (el) => !known.includes(el.getAttribute('data-testid')!.slice('order-row-'.length)),
      ),
    [...before],
  )
  const added = (await rowIds(page)).filter((id) => !before.has(id))
  expect(added).toHaveLength(1)
  return added[0]!
}

export async function openOrder(page: Page, id: string) {
  await page.getByTestId(`order-row-${id}`).getByRole('link').click()
  await page.getByTestId('badge-status').waitFor()
}

/**
 * Runs one allowed event or merchant action with its prefilled values. The page writes the result line
 * after it has redrawn the panel, so the next step never clicks a stale form.
 */
export async function runStep(page: Page, name: string) {
  await page.getByTestId(`run-${name}`).click()
  const result = page.getByTestId('action-result').filter({ hasText: new RegExp(`^${name}[: ]`) })
  await result.waitFor()
  const [text, cls] = await Promise.all([result.textContent(), result.getAttribute('class')])
  expect(cls, text ?? '').toContain('ok')
}

export async function driveOrder(page: Page, steps: readonly string[]) {
  for (const step of steps) await runStep(page, step)
}

/**
 * Saves the viewport as a test artifact and, when asked with UPDATE_DOCS_SCREENSHOT=1 or when it is
 * missing, as the README's picture: rewriting a committed image on every run would dirty the tree on any
 * machine whose fonts differ.
 */
export async function shoot(page: Page, docs: string, report: string) {
  await page.evaluate(() => document.getElementById('toast')?.classList.remove('show'))
  await page.mouse.move(0, 0)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: report, animations: 'disabled' })
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1' || !existsSync(docs)) {
    await copyFile(report, docs)
    expect((await stat(docs)).size).toBeLessThan(300_000)
  }
}
