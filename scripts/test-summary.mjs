// Prints the plain closing line "N passed, N failed, N skipped" from vitest's JSON report.
// Exits non-zero when the report is missing, when any test failed, or when a test file failed to load.
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2] ?? 'reports/vitest.json'
if (!existsSync(file)) {
  console.log('0 passed, 1 failed')
  console.error(`no vitest report at ${file}: the test step did not run (an earlier check step failed)`)
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
const passed = report.numPassedTests ?? 0
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
// A test file that fails to import counts as a failed suite with no failed test: count it too.
const brokenFiles = (report.testResults ?? []).filter(
  (r) => r.status === 'failed' && (r.assertionResults ?? []).every((a) => a.status !== 'failed'),
).length
const failed = (report.numFailedTests ?? 0) + brokenFiles
// The dashboard's browser tests stand in one named test where Chromium is missing
// (mock-server/test/dashboard.browser.test.ts): say so loudly instead of letting a green line hide it.
const browserMissing = (report.testResults ?? [])
  .flatMap((r) => r.assertionResults ?? [])
  .find((a) => a.title?.startsWith('BROWSER TESTS DID NOT RUN'))
if (browserMissing) {
  const how = browserMissing.status === 'failed' ? 'failed' : 'skipped (NPAY_SANDBOX_SKIP_BROWSER=1)'
  console.log(
    `!!! BROWSER TESTS DID NOT RUN: no Chromium at /usr/bin/chromium, ${how}; install it with apt-get install -y chromium fonts-nanum !!!`,
  )
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
