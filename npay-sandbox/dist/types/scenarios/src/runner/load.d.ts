import type { LoadedScenario } from './format.js'
/** A file that is not valid YAML or does not follow the scenario schema. */
export declare class ScenarioLoadError extends Error {
  readonly path: string
  readonly problems: string[]
  constructor(path: string, problems: string[])
}
/**
 * Parses and validates scenario text.
 * @example parseScenario('return.yaml', readFileSync('return.yaml', 'utf8')).scenario.steps.length
 */
export declare function parseScenario(path: string, text: string): LoadedScenario
/** Reads and validates one scenario file. */
export declare function loadScenario(path: string): LoadedScenario
