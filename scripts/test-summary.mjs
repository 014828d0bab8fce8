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
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
