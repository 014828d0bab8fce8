/**
 * Debian's Chromium for the dashboard's browser tests, driven by playwright-core: a browser is never
 * downloaded (.ci/run installs `chromium`), and it starts with the flags that keep it off the network.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_MISSING = !existsSync(CHROMIUM)

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/**
 * A persistent context in a fresh profile folder; `close` ends it and removes the folder.
 * @example const { context, close } = await launchChromium({ viewport: { width: 1280, height: 800 } })
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'npay-sandbox-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'ko-KR',
    timeout: 30_000,
    args: FLAGS,
    ...options,
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
