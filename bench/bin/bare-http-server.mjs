#!/usr/bin/env node
// The cold-start reference: the least a Node server can do, launched the same way as the emulator and
// printing its URL the same way (`start --port 0` prints `http://127.0.0.1:PORT/...`).
import { createServer } from 'node:http'

const server = createServer((_req, res) => res.end('ok'))
server.listen(0, '127.0.0.1', () => console.log(`listening  http://127.0.0.1:${server.address().port}/`))
process.once('SIGTERM', () => server.close(() => process.exit(0)))
