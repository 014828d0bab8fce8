/**
 * The program and script that run this package's CLI; undefined inside the single executable.
 * @example packageCli() // [process.execPath, '/…/node_modules/npay-sandbox/dist/cli.js']
 */
export declare function packageCli(): string[] | undefined
