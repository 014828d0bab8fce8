#!/usr/bin/env node
// `pnpm bench`: TypeScript run from source through tsx's loader, like the CLI.
import { register } from 'tsx/esm/api'

register()
const { benchMain } = await import('../src/main.ts')
await benchMain(process.argv.slice(2))
