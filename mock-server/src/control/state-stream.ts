/**
 * The body of `GET /__sandbox/state`: the document's pieces (engine/src/state-chunks.ts) written in one
 * synchronous pass to a temporary file, which the response then streams. Why not generate while sending:
 * the engine changes records in place, so pieces produced between reads of a slow client would mix the
 * sandbox before and after any request that ran meanwhile; one synchronous pass is one instant, and no
 * request can run during it. Why a file: the pass then holds one piece in memory, not the document
 * (hundreds of MB at 25,000 product orders). The file is unlinked as soon as it is open (POSIX keeps it
 * until closed), so a killed server leaves nothing behind; where that fails it is removed after sending.
 * When no temporary file can be made, the pieces are kept in memory as before.
 */
import { closeSync, openSync, read, rmSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Characters gathered before a write, and bytes per piece sent. */
const PIECE = 1 << 16
let exports = 0

/**
 * A stream of the pieces' UTF-8 bytes, the pieces all taken before this returns.
 * @example c.newResponse(streamPieces(jsonChunks(engine.exportState())), 200)
 */
export function streamPieces(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const path = join(tmpdir(), `.npay-sandbox-export-${process.pid}-${++exports}.json`)
  let fd: number
  try {
    fd = openSync(path, 'w+', 0o600)
  } catch {
    return inMemory(pieces)
  }
  let linked = true
  try {
    unlinkSync(path)
    linked = false
  } catch {
    // Removed after sending instead (a platform that keeps open files from being unlinked).
  }
  const done = () => {
    closeSync(fd)
    if (linked) rmSync(path, { force: true })
  }
  try {
    spool(fd, pieces)
  } catch (error) {
    done()
    throw error
  }
  let position = 0
  return new ReadableStream<Uint8Array>({
    pull: (controller) =>
      new Promise<void>((resolve, reject) => {
        const buffer = new Uint8Array(PIECE)
        read(fd, buffer, 0, PIECE, position, (error, bytes) => {
          if (error) {
            done()
            return reject(error)
          }
          if (bytes === 0) {
            done()
            controller.close()
          } else {
            position += bytes
            controller.enqueue(buffer.subarray(0, bytes))
          }
          resolve()
        })
      }),
    cancel: done,
  })
}

function spool(fd: number, pieces: Iterable<string>) {
  let buffer = ''
  for (const piece of pieces) {
    buffer += piece
    if (buffer.length < PIECE) continue
    writeSync(fd, buffer)
    buffer = ''
  }
  if (buffer) writeSync(fd, buffer)
}

function inMemory(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let buffer = ''
      for (const piece of pieces) {
        buffer += piece
        if (buffer.length < PIECE) continue
        controller.enqueue(encoder.encode(buffer))
        buffer = ''
      }
      if (buffer) controller.enqueue(encoder.encode(buffer))
      controller.close()
    },
  })
}
