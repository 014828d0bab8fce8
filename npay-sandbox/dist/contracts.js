import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  r as buildFixtures,
  O as buildOnEmulator,
  v as CONTRACTS_USAGE,
  _ as compareWithCassettes,
  E as createHttpTarget$1,
  T as createInprocessTarget,
  w as createMswTarget,
  C as createSandboxTarget,
  b as createTarget$1,
  g as DEFAULT_MAX_AGE_DAYS,
  S as DEFAULT_SANDBOX_PACE_MS,
  j as defineSuite,
  i as EXIT,
  f as fixtureCount,
  p as fixtureDemand,
  A as isProviderStateName,
  n as isSea,
  x as isTargetName,
  k as PROVIDER_STATES,
  u as parseFixtures,
  M as readCassettes,
  d as readFixtures,
  h as renderDriftMarkdown,
  o as runContracts,
  a as runContractsCli$1,
  D as SUITES,
  F as scrubExchanges,
  t as selfCommand,
  s as summarise,
  y as TARGET_NAMES,
  P as toCassette,
  l as toJUnitXml,
  N as writeCassettes,
  m as writeDriftReport,
  c as writeRunReport,
} from './self-kyHtuLkF.js'

//#region src/package-cli.ts
/** Where this package's CLI script is, so a child process can run the same emulator. */
/** dist/cli.js beside the built modules; bin/ in the workspace. */
const CANDIDATES = ['./cli.js', '../bin/npay-sandbox.mjs']
/**
 * The program and script that run this package's CLI; undefined inside the single executable.
 * @example packageCli() // [process.execPath, '/…/node_modules/npay-sandbox/dist/cli.js']
 */
function packageCli() {
  if (isSea()) return void 0
  for (const candidate of CANDIDATES) {
    const file = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(file)) return [process.execPath, file]
  }
}
//#endregion
//#region src/contracts.ts
/**
 * `npay-sandbox/contracts`: the contract suites, their targets, cassettes and drift reports. The `http`
 * target starts this package's own CLI as the emulator process.
 * @example
 * import { createTarget, runContracts } from 'npay-sandbox/contracts'
 * const target = await createTarget('http')
 * try { console.log((await runContracts({ target })).summary) } finally { await target.close() }
 */
const emulatorCommand = () => packageCli() ?? selfCommand()
/**
 * Spawns this package's emulator on a free port of 127.0.0.1 and creates the `http` target over it.
 * @example const target = await createHttpTarget()
 */
function createHttpTarget(command = emulatorCommand()) {
  return createHttpTarget$1(command)
}
/**
 * Creates a target by name; the `http` target runs this package's emulator unless told otherwise.
 * @example const target = await createTarget('sandbox', { env: process.env, fixtures, allowMutations: true })
 */
function createTarget(name, options = {}) {
  return createTarget$1(name, {
    emulatorCommand: emulatorCommand(),
    ...options,
  })
}
/**
 * Runs the `contracts` command line and returns its exit code.
 * @example process.exitCode = await runContractsCli(['--target', 'http'], process.env)
 */
function runContractsCli(argv, env, ...rest) {
  const [io, launch] = rest
  return runContractsCli$1(argv, env, io, {
    emulatorCommand: emulatorCommand(),
    ...launch,
  })
}

//#endregion
export {
  buildFixtures,
  buildOnEmulator,
  CONTRACTS_USAGE,
  compareWithCassettes,
  createHttpTarget,
  createInprocessTarget,
  createMswTarget,
  createSandboxTarget,
  createTarget,
  DEFAULT_MAX_AGE_DAYS,
  DEFAULT_SANDBOX_PACE_MS,
  defineSuite,
  EXIT,
  fixtureCount,
  fixtureDemand,
  isProviderStateName,
  isTargetName,
  PROVIDER_STATES,
  parseFixtures,
  readCassettes,
  readFixtures,
  renderDriftMarkdown,
  runContracts,
  runContractsCli,
  SUITES,
  scrubExchanges,
  summarise,
  TARGET_NAMES,
  toCassette,
  toJUnitXml,
  writeCassettes,
  writeDriftReport,
  writeRunReport,
}
