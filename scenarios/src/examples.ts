/**
 * The example scenario files shipped with the package (scenarios/examples), embedded at `pnpm gen` so the
 * dashboard and the installed package list and run them without a clone or files on disk.
 */
import { EXAMPLE_FILES } from './generated/examples.ts'

/**
 * Names of the shipped example files, sorted.
 * @example scenarioExampleNames() // ['address-change.yaml', 'admin-cancel.yaml', …]
 */
export function scenarioExampleNames(): string[] {
  return [...EXAMPLE_FILES.keys()]
}

/**
 * The text of one shipped example, or undefined.
 * @example parseScenario('partial-cancel.yaml', scenarioExample('partial-cancel.yaml')!)
 */
export function scenarioExample(name: string): string | undefined {
  return EXAMPLE_FILES.get(name)
}
