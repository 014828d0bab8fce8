import type { RunSummary } from './run.js'
/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
export declare function xmlEscape(text: string): string
/**
 * The run as a JUnit XML document.
 * @example writeFileSync('scenarios.xml', junitXml(summary))
 */
export declare function junitXml(summary: RunSummary): string
