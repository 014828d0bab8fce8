/** Starts a benchmark server in a child process and waits until it listens. */
import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { BcryptRate } from './server/bcrypt-rate.ts'
import {
  type BcryptMessage,
  type ParentMessage,
  type ProfiledMessage,
  planArgs,
  type ReadyMessage,
  type ServerPlan,
  type UsageMessage,
} from './server/protocol.ts'

const SERVER_ENTRY = fileURLToPath(new URL('../bin/server.mjs', import.meta.url))

export interface ServerChild {
  /** The name it was started with (profiles are named after it). */
  name: string
  ready: ReadyMessage
  origin: string
  /** CPU time the server process has used so far, microseconds. */
  cpuMicros(): Promise<number>
  /** The raw bcryptjs rate measured inside the server process for the default merchant's secret. */
  bcryptRate(seconds: number): Promise<BcryptRate>
  /** Starts the CPU profiler in the server process (see server/profiler.ts). */
  startProfile(): Promise<void>
  /** Stops it and has the server write the profile to `file`. */
  stopProfile(file: string): Promise<void>
  stop(): Promise<void>
}

export interface ChildOptions {
  name: string
}

export function startServer(plan: ServerPlan, options: ChildOptions): Promise<ServerChild> {
  const child = fork(SERVER_ENTRY, planArgs(plan), {
    execArgv: ['--expose-gc', '--max-old-space-size=6144'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      reject(new Error(`bench server ${options.name} exited with ${code} before listening`)),
    )
    child.once('message', (message: ReadyMessage) => {
      child.removeAllListeners('exit')
      resolve({
        name: options.name,
        ready: message,
        origin: `http://127.0.0.1:${message.port}`,
        cpuMicros: () => usage(child),
        bcryptRate: (seconds) => ask<BcryptMessage>(child, { type: 'bcrypt', seconds }).then((m) => m.rate),
        startProfile: () => ask<ProfiledMessage>(child, { type: 'profile-start' }).then(() => undefined),
        stopProfile: (file) =>
          ask<ProfiledMessage>(child, { type: 'profile-stop', file }).then(() => undefined),
        stop: () => stop(child),
      })
    })
  })
}

function ask<T>(child: ChildProcess, message: ParentMessage): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (reply: T) => resolve(reply))
    child.send(message)
  })
}

function usage(child: ChildProcess): Promise<number> {
  return ask<UsageMessage>(child, { type: 'usage' }).then((m) => m.cpuMicros)
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.send({ type: 'stop' } satisfies ParentMessage)
  })
}
