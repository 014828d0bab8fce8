import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['{packages/*,mock-server,scenarios,contracts,npay-sandbox}/{src,test}/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
