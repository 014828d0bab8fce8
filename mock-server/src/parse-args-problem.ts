/**
 * What is wrong with a command line that `parseArgs` refused, said in the terms of the command line. Node's
 * own messages describe its parser: an option after a stray `--` becomes "Unexpected argument '--port'.
 * This command does not take positional arguments".
 */
import { type ParseArgsConfig, parseArgs } from 'node:util'

/**
 * The first problem of `config.args` as one line, or undefined when `error` is not a parseArgs error.
 * @example parseArgsProblem({ args: ['--foo'], options: {} }, error) // 'unknown option --foo'
 */
export function parseArgsProblem(config: ParseArgsConfig, error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true })
  let afterSeparator = false
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      afterSeparator = true
    } else if (token.kind === 'positional') {
      if (config.allowPositionals) continue
      if (afterSeparator && token.value.startsWith('-'))
        return `unexpected argument ${token.value} after --: everything after -- is an argument, not an option, and this command takes none (drop the --)`
      return `unexpected argument ${token.value}: this command takes options only`
    } else {
      const option = config.options?.[token.name]
      const name = `--${token.name}`
      if (!option) return `unknown option ${token.rawName}`
      if (option.type === 'boolean' && token.value !== undefined) return `option ${name} takes no value`
      if (option.type === 'string' && token.value === undefined) return `option ${name} needs a value`
      if (option.type === 'string' && !token.inlineValue && isOptionLike(token.value))
        return `option ${name} needs a value, got ${token.value}, which looks like an option (write ${name}=${token.value} if it is the value)`
    }
  }
  return (error as Error).message
}

const isOptionLike = (value: string | undefined) =>
  value !== undefined && value.length > 1 && value[0] === '-'
