/**
 * A dependency-free progress bar for long seeds. On a terminal it redraws one line in place; elsewhere
 * (CI logs, a spawned process) it prints a line every tenth, so logs stay short and readable.
 */

/** Where the bar is drawn: `process.stderr` fits. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

const WIDTH = 30
/** Redraws closer together than this cannot be read anyway. */
const REDRAW_MS = 80

/**
 * A progress bar over `total` units.
 * @example
 * const bar = progressBar(process.stderr, 'busy-shop', 10_000)
 * bar.update(2_500) // [#######-----------------------]  2,500/10,000  25%
 * bar.done()
 */
export function progressBar(stream: ProgressStream, label: string, total: number) {
  let lastDraw = 0
  let lastTenth = -1
  let shown = -1
  const line = (done: number) => {
    const share = total > 0 ? done / total : 1
    const filled = Math.round(share * WIDTH)
    const counts = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${counts} ${String(Math.floor(share * 100)).padStart(3)}%`
  }
  return {
    update(done: number) {
      if (done === shown) return
      if (stream.isTTY) {
        const now = Date.now()
        if (now - lastDraw < REDRAW_MS && done < total) return
        lastDraw = now
        stream.write(`\r${line(done)}`)
      } else {
        const tenth = Math.floor((done / Math.max(total, 1)) * 10)
        if (tenth === lastTenth) return
        lastTenth = tenth
        stream.write(`${line(done)}\n`)
      }
      shown = done
    },
    done() {
      this.update(total)
      if (stream.isTTY) stream.write('\n')
    },
  }
}
