/**
 * The program and arguments that run this CLI.
 * @example spawn(...selfCommand(), 'start') // node /…/dist/cli.js start
 */
export declare function selfCommand(): string[]
