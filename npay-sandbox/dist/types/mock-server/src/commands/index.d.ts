/**
 * The emulator's own CLI commands by name; a new command is one line below. Commands load on demand, so
 * starting the emulator does not load the seeders or the scenario runner. The `npay-sandbox` package adds
 * the commands of the packages above this one (contracts, bench).
 */
import type { CommandRegistry } from '../cli.js'
export declare const EMULATOR_COMMANDS: CommandRegistry
