/** A port nothing listens on right now, on 127.0.0.1 (for servers that cannot report the one they got). */
import { createServer } from 'node:net'

/** @example const port = await freePort() */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
