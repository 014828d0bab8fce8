/** Where a contract run sends its requests, and what that place lets a test do besides calling the API. */
import type { ControlPlaneClient } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'
import type { FetchLike } from '../exchange/record-exchange.ts'
import type { Fixtures } from '../provider-states/fixtures.ts'

/** The four kinds of target. */
export type TargetName = 'inprocess' | 'msw' | 'http' | 'sandbox'

/** Merchant app credentials. */
export interface Credentials {
  clientId: string
  clientSecret: string
  /** A Commerce API seller id: the token is then a `SELLER` token of that seller (`account_id`). */
  accountId?: string
}

export interface Target {
  name: TargetName
  /** One line for reports: what was called and how. */
  description: string
  /** Which API the target's merchants speak: the suites address its paths and skip what it lacks. */
  api: ApiProfile
  /** API base URL including the profile's base path (`/npay/partner`, `/external`). */
  baseUrl: string
  /** How API requests travel (the global fetch, `app.request`, or a paced fetch). */
  fetch: FetchLike
  /**
   * The emulator's control plane, for targets that are an emulator: provider states are built through it,
   * every case gets a merchant of its own, and the clock can move. Absent for `sandbox`.
   */
  control?: ControlPlaneClient
  /** Fixed credentials (the `sandbox` target); emulator targets create a merchant per case instead. */
  credentials?: Credentials
  /** Product orders in named provider states, for a target without a control plane. */
  fixtures?: Fixtures
  /** Whether cases that change state may run. Always true for emulators (nothing real changes). */
  allowMutations: boolean
  close(): Promise<void>
}
