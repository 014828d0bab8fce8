/**
 * The commands of the `npay-sandbox` CLI: the emulator's own (start, seed, scenarios, run) and those of the
 * packages above it. This package sits on top of the layers, so it is the one place that may name them all.
 */
import { type CommandRegistry } from '../../../mock-server/src/index.js'
export declare const CLI_COMMANDS: CommandRegistry
