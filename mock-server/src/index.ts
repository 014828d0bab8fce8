export { type AppOptions, createApp } from './app.ts'
export type { AppEnv } from './env.ts'
export { npayHandlers } from './msw.ts'
export { createSandbox, type ListeningSandbox, type Sandbox, type SandboxOptions } from './sandbox.ts'
