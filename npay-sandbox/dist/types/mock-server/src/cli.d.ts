/**
 * The command-line driver: looks a command up in a registry, answers `help`, and turns a thrown error
 * into one line on stderr and exit code 1. Entry points hand it argv; nothing here reads process.env.
 */
import type { Command } from './commands/types.js'
/** Commands by name, each loaded on demand so `start` does not load the seeders or the suites. */
export type CommandRegistry = Readonly<Record<string, () => Promise<Command>>>
/**
 * The help text of every command in a registry.
 * @example console.log(await cliHelp(EMULATOR_COMMANDS))
 */
export declare function cliHelp(commands: CommandRegistry): Promise<string>
/**
 * Runs `argv` (without node and the script) against a registry.
 * @example await runCli(EMULATOR_COMMANDS, process.argv.slice(2))
 */
export declare function runCli(commands: CommandRegistry, argv: readonly string[]): Promise<void>
