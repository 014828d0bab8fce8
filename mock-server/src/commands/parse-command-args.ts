import { type ParseArgsConfig, parseArgs } from 'node:util'
import { parseArgsProblem } from '../parse-args-problem.ts'
import { usageError } from './types.ts'

/**
 * `parseArgs` (strict) whose refusals are usage errors: the problem in the user's terms, the command's
 * usage, exit code 2, no stack trace.
 * @example const { values } = parseCommandArgs({ args: argv, options: { port: { type: 'string' } } }, usage)
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    const problem = parseArgsProblem(config, error)
    if (problem === undefined) throw error
    usageError(problem, usage)
  }
}
