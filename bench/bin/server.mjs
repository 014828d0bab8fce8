#!/usr/bin/env node
// A benchmark server child: TypeScript run from source through tsx's loader, like the CLI.
import { register } from 'tsx/esm/api'

register()
await import('../src/server/main.ts')
