/** the dashboard files of mock-server/src/ui/static: file path (relative, with /) → text. */
export declare const DASHBOARD_FILES: ReadonlyMap<string, string>;
