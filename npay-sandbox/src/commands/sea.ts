/** Whether this process is the single executable (Node's `node:sea` module says so). */
import { createRequire } from 'node:module'

let answer: boolean | undefined

/**
 * @example if (isSea()) console.log('running as the single executable')
 */
export function isSea(): boolean {
  if (answer !== undefined) return answer
  try {
    const require = createRequire(`${process.cwd()}/`)
    answer = (require('node:sea') as { isSea(): boolean }).isSea()
  } catch {
    answer = false
  }
  return answer
}
