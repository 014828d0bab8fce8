#!/usr/bin/env node
// The CLI is written in TypeScript and run from source through tsx's loader, so there is no build step.
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
