/** the example scenario files of scenarios/examples: file path (relative, with /) → text. */
export declare const EXAMPLE_FILES: ReadonlyMap<string, string>;
