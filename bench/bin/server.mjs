#!/usr/bin/env node
// A benchmark server child. tsx loads only the harness's own TypeScript (IPC, seed loop, baseline) and is
// deregistered before the server is built, which also turns source maps back off: the emulator itself is
// the built package (npay-sandbox/dist), run by plain Node as users run it.
import { register } from 'tsx/esm/api'

const unregister = register()
const { runServer } = await import('../src/server/main.ts')
await unregister()
await runServer(process.argv.slice(2))
