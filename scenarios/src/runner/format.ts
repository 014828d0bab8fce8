/**
 * The QA scenario file format (YAML), as TypeScript types. The published JSON Schema
 * (scenarios/schema/scenario.schema.json) is generated from schema.ts and describes the same shapes.
 *
 * A file is a named list of steps. Each step does one thing — `create` an order as the buyer, `call` a
 * merchant API operation, apply a buyer/carrier/platform `event`, `advance` the clock — or only checks
 * (`expect` alone). Steps refer to what earlier steps created by name (`myOrder[0]`, `myOrder.orderId`),
 * never by literal id; strings may embed `${name[0]}`, `${now}`, `${now+5d}` or `${start}`.
 */
import type { ApiProfile } from '@npay-sandbox/protocol'

/** A product order reference: `name[i]` of a created order, or a literal id for negative tests. */
export type Ref = string

export interface CreateStep {
  /** Name the order is remembered by. */
  as: string
  /** Lines of the order: a number of generated lines, or each line's fields. */
  items?: number | Record<string, unknown>[]
  /** Units per generated line. */
  quantity?: number
  /** `false`: the order waits for a virtual-account deposit (PAYMENT_WAITING). */
  paid?: boolean
  /** `other`: the order belongs to a second merchant (for 101009 tests). */
  merchant?: 'self' | 'other'
  [field: string]: unknown
}

/** What a step expects; every field is optional and only what is given is checked. */
export interface Expectation {
  /** HTTP status of the step's request (default: any 2xx). */
  status?: number
  /** Error code of an error response (`4000`, `GW.AUTHN`, `EVENT_NOT_ALLOWED`, …). */
  code?: string
  /** Per-item failures by product order reference (default: none). */
  failures?: Record<Ref, string>
  /** Which product order the state checks read (default: the step's first target). */
  productOrder?: Ref
  productOrderStatus?: string
  placeOrderStatus?: string
  /** `null`: no claim. */
  claimType?: string | null
  claimStatus?: string | null
  holdbackStatus?: string | null
  /** lastChangedType rows the product order gained during this step, in order. */
  lastChangedTypes?: string[]
  /** A subset of the product-order detail (7.2) that must match. */
  detail?: Record<string, unknown>
  /** A subset of the response body that must match. */
  response?: unknown
}

interface StepBase {
  /** A label for the report. */
  title?: string
  expect?: Expectation
}

export interface Targets {
  productOrder?: Ref
  /** Several product orders, or a created order's name for all of its product orders. */
  productOrders?: Ref[] | Ref
}

export type Step =
  | (StepBase & { create: CreateStep })
  | (StepBase &
      Targets & { call: string; body?: Record<string, unknown> | null; params?: Record<string, unknown> })
  | (StepBase & Targets & { event: string; body?: Record<string, unknown> })
  | (StepBase & { advance: string | number })
  | (StepBase & { expect: Expectation })

export interface ScenarioFile {
  name: string
  description?: string
  tags?: string[]
  /** The merchant app the file runs as: `api` is the API it speaks (default `npay`). */
  merchant?: { api?: ApiProfile }
  steps: Step[]
}

/** A parsed file with where it came from and the line each step starts on. */
export interface LoadedScenario {
  path: string
  scenario: ScenarioFile
  lines: number[]
}
