/**
 * A child process measuring one size of the `--state-file` rows (persistence.ts, measureSize) and
 * printing the row as the last line of JSON: `persistence-size.ts SIZE FOLDER MEMORY`.
 */
import { measureSize } from './persistence.ts'

const [size, folder, memory] = process.argv.slice(2)
const row = await measureSize(Number(size), folder!, memory === 'true')
process.stdout.write(`${JSON.stringify(row)}\n`)
process.exit(0)
