#!/usr/bin/env node
// The workspace entry of the CLI: TypeScript from source through tsx. The published package's bin is the
// built dist/cli.js (scripts/build.mjs), which needs no loader.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli.ts')
