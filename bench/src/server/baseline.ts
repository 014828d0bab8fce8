/** The baseline: a bare Hono hello-world on @hono/node-server, the floor any Hono app stands on. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { ReadyMessage } from './protocol.ts'

export interface RunningServer {
  ready: ReadyMessage
  close(): Promise<void>
}

/** Serves a bare Hono app on 127.0.0.1 (a free port) with nothing of a sandbox to report. */
export function listenBare(app: Hono): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        ready: {
          type: 'ready',
          port: info.port,
          clientId: '',
          clientSecret: '',
          sampleIds: [],
          midpointKst: '',
          nowKst: '',
          dispatchable: [],
        },
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

export function startBaseline(): Promise<RunningServer> {
  const app = new Hono()
  app.get('/', (c) => c.text('Hello Hono!'))
  return listenBare(app)
}
