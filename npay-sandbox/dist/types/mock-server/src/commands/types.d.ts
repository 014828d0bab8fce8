/** A CLI command: its one-line summary, its usage text and what it does with its arguments. */
export interface Command {
  summary: string
  usage: string
  run(argv: string[]): Promise<void>
}
/** Ends the process with a usage error. */
export declare function usageError(message: string, usage: string): never
