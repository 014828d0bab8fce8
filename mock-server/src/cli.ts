/**
 * The command-line driver: looks a command up in a registry, answers `help`, and turns a thrown error
 * into one line on stderr and exit code 1. Entry points hand it argv; nothing here reads process.env.
 */
import type { Command } from './commands/types.ts'

/** Commands by name, each loaded on demand so `start` does not load the seeders or the suites. */
export type CommandRegistry = Readonly<Record<string, () => Promise<Command>>>

/**
 * The help text of every command in a registry.
 * @example console.log(await cliHelp(EMULATOR_COMMANDS))
 */
export async function cliHelp(commands: CommandRegistry): Promise<string> {
  const loaded = await Promise.all(
    Object.entries(commands).map(async ([name, load]) => [name, await load()] as const),
  )
  const lines = [
    'npay-sandbox — offline emulator of the Naver Pay 주문형 가맹점 order-management API',
    '',
    'Usage:',
  ]
  for (const [, command] of loaded) lines.push(command.usage, '')
  lines.push('  npay-sandbox help [command]', '      Show this help, or one command’s.', '')
  lines.push('Every command answers --help.', '', 'Commands:')
  for (const [name, command] of loaded) lines.push(`  ${name.padEnd(10)} ${command.summary}`)
  return lines.join('\n')
}

const isHelp = (arg: string | undefined) => arg === 'help' || arg === '--help' || arg === '-h'

/**
 * Runs `argv` (without node and the script) against a registry.
 * @example await runCli(EMULATOR_COMMANDS, process.argv.slice(2))
 */
export async function runCli(commands: CommandRegistry, argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv
  // `pnpm start -- --port 0` hands the separator on: it belongs to the package manager, not to us.
  const args = rest[0] === '--' ? rest.slice(1) : rest
  if (name === undefined || isHelp(name)) {
    const topic = args[0] && commands[args[0]]
    console.log(topic ? `Usage:\n${(await topic()).usage}` : await cliHelp(commands))
    return
  }
  const load = commands[name]
  if (!load) {
    console.error(`npay-sandbox: unknown command ${name}\n\n${await cliHelp(commands)}`)
    process.exit(2)
  }
  const command = await load()
  if (args.some(isHelpFlag)) {
    console.log(`Usage:\n${command.usage}`)
    return
  }
  await command.run(args).catch((error: unknown) => {
    console.error(`npay-sandbox ${name}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}

const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h'
