/**
 * A dependency-free progress bar for long seeds. On a terminal it redraws one line in place; elsewhere
 * (CI logs, a spawned process) it prints a line every tenth, so logs stay short and readable.
 */
/** Where the bar is drawn: `process.stderr` fits. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}
/**
 * A progress bar over `total` units.
 * @example
 * const bar = progressBar(process.stderr, 'busy-shop', 10_000)
 * bar.update(2_500) // [#######-----------------------]  2,500/10,000  25%
 * bar.done()
 */
export declare function progressBar(
  stream: ProgressStream,
  label: string,
  total: number,
): {
  update(done: number): void
  done(): void
}
