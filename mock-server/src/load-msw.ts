/**
 * Loads MSW on first use only: a server that never intercepts in-process starts ~300 ms faster, and `msw`
 * stays an optional peer dependency of the package. The single executable, which has no node_modules,
 * gets MSW bundled in place of this loader (npay-sandbox/scripts/sea.mjs).
 */
import { createRequire } from 'node:module'

/**
 * @example const { http } = loadMsw()
 */
export function loadMsw(): typeof import('msw') {
  try {
    return createRequire(import.meta.url)('msw') as typeof import('msw')
  } catch (error) {
    throw new Error('npay-sandbox: MSW handlers need the msw package; install it with `npm i -D msw`', {
      cause: error,
    })
  }
}
