/** Starts a benchmark server in a child process and waits until it listens. */
import { type ChildProcess, fork } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BcryptRate } from './server/bcrypt-rate.ts'
import {
  type BcryptMessage,
  type ParentMessage,
  planArgs,
  type ReadyMessage,
  type ServerPlan,
  type UsageMessage,
} from './server/protocol.ts'

const SERVER_ENTRY = fileURLToPath(new URL('../bin/server.mjs', import.meta.url))

export interface ServerChild {
  ready: ReadyMessage
  origin: string
  /** CPU time the server process has used so far, microseconds. */
  cpuMicros(): Promise<number>
  /** The raw bcryptjs rate measured inside the server process for the default merchant's secret. */
  bcryptRate(seconds: number): Promise<BcryptRate>
  stop(): Promise<void>
}

export interface ChildOptions {
  /** Write CPU profiles of the child into `profileDir/name/` (node --cpu-prof). */
  profileDir?: string
  name: string
}

export function startServer(plan: ServerPlan, options: ChildOptions): Promise<ServerChild> {
  const execArgv = ['--expose-gc', '--max-old-space-size=6144']
  // One folder per server: tsx's loader thread writes a profile of its own next to the main thread's.
  if (options.profileDir)
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${join(options.profileDir, options.name)}`)
  const child = fork(SERVER_ENTRY, planArgs(plan), {
    execArgv,
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
        ready: message,
        origin: `http://127.0.0.1:${message.port}`,
        cpuMicros: () => usage(child),
        bcryptRate: (seconds) => ask<BcryptMessage>(child, { type: 'bcrypt', seconds }).then((m) => m.rate),
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
