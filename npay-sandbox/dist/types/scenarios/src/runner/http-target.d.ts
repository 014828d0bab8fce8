/**
 * Runs scenarios against a running emulator: each scenario file gets a merchant of its own (created
 * through the control plane), so files never see each other's orders even on a shared server.
 */
import { type FetchLike } from '../../../packages/client/src/index.js'
import { type ScenarioTarget } from './session.js'
/** The emulator's origin, whether the URL given was the origin or the API base URL. */
export declare function originOf(baseUrl: string): string
/**
 * A target over the emulator at `baseUrl` (`http://127.0.0.1:8787` or `…/npay/partner`).
 * @example await runScenarios(files, httpTarget('http://127.0.0.1:8787'))
 */
export declare function httpTarget(
  baseUrl: string,
  options?: {
    fetch?: FetchLike
  },
): ScenarioTarget
