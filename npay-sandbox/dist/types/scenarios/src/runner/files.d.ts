/**
 * Scenario file paths for the arguments, each once, in argument order (sorted within a directory).
 * @example scenarioFiles(['scenarios/examples']) // ['scenarios/examples/cancel-approved.yaml', …]
 */
export declare function scenarioFiles(args: readonly string[], cwd?: string): string[]
