/**
 * Names of the shipped example files, sorted.
 * @example scenarioExampleNames() // ['address-change.yaml', 'admin-cancel.yaml', …]
 */
export declare function scenarioExampleNames(): string[]
/**
 * The text of one shipped example, or undefined.
 * @example parseScenario('partial-cancel.yaml', scenarioExample('partial-cancel.yaml')!)
 */
export declare function scenarioExample(name: string): string | undefined
