/**
 * The reason of a failed file operation without the path Node puts in the message (it may be a
 * temporary file the user never named).
 * @example failureReason(error) // 'EACCES: permission denied'
 */
export declare function failureReason(error: unknown): string
/** Creates the folder `path` will be written into. */
export declare function createParentFolder(path: string): void
/**
 * Writes `text` to `path`, creating its folders; an error names `what` and `path`.
 * @example writeOutputFile('reports/scenarios.xml', xml, 'the JUnit XML')
 */
export declare function writeOutputFile(path: string, text: string, what: string): void
