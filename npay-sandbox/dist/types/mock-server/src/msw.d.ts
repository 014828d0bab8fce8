import type { HttpHandler } from 'msw'
/**
 * @example
 * const sandbox = createSandbox()
 * const server = setupServer(...npayHandlers(sandbox))
 * server.listen({ onUnhandledRequest: 'error' })
 */
export declare function npayHandlers(
  sandbox: {
    app: {
      fetch: (request: Request) => Response | Promise<Response>
    }
  },
  baseUrls?: readonly string[],
): HttpHandler[]
