import type { Suite } from './suite.js'
/**
 * Lines describing the cases and the fixtures a `sandbox` run with `--allow-mutations` consumes.
 * @example listCases(SUITES).forEach((line) => console.log(line))
 */
export declare function listCases(suites: readonly Suite[]): string[]
