/**
 * Performs the action of one step through the typed clients: `create` and `event` through the control
 * plane, `call` through the real API, `advance` on the merchant's clock. HTTP failures are outcomes to
 * compare with the expectation, not exceptions.
 */
import { NpayApiError, SandboxControlError } from '@npay-sandbox/client'
import { defaultInput, SINGLE_ITEM_OPERATIONS } from './defaults.ts'
import type { Step } from './format.ts'
import { type Names, RefError } from './refs.ts'
import type { Exchange, ScenarioSession } from './session.ts'

/** One request of a step and its answer. */
export interface Answer {
  status: number
  body: unknown
  /** Error code of an error response. */
  code?: string | undefined
  sent?: Exchange | undefined
}

export interface Outcome {
  /** Product orders the step acted on, in order. */
  targets: string[]
  answers: Answer[]
}

export interface StepContext {
  session: ScenarioSession
  names: Names
  clock: { now: number; start: number }
  tracking(): string
}

type Method = (input?: unknown) => Promise<unknown>

async function send(session: ScenarioSession, call: () => Promise<unknown>): Promise<Answer> {
  try {
    const body = await call()
    return { status: session.last()?.status ?? 200, body, sent: session.last() }
  } catch (error) {
    if (error instanceof NpayApiError || error instanceof SandboxControlError)
      return { status: error.status, body: error.body, code: error.code, sent: session.last() }
    throw error
  }
}

function targetsOf(
  step: { productOrder?: string; productOrders?: string[] | string },
  names: Names,
): string[] {
  if (step.productOrder !== undefined) return [names.one(step.productOrder)]
  if (step.productOrders !== undefined) return names.many(step.productOrders)
  return []
}

async function create(step: Extract<Step, { create: unknown }>, c: StepContext): Promise<Outcome> {
  const { as, items, quantity, merchant, ...rest } = c.names.interpolate(step.create, c.clock)
  const lines =
    typeof items === 'number' ? Array.from({ length: items }, () => (quantity ? { quantity } : {})) : items
  const body = {
    ...rest,
    ...(lines ? { items: lines } : quantity ? { items: [{ quantity }] } : {}),
    clientId: merchant === 'other' ? await c.session.otherMerchant() : c.session.clientId,
  }
  const answer = await send(c.session, () => c.session.control.createOrder({ body } as never))
  const created =
    answer.status < 300 ? (answer.body as { orderId: string; productOrderIds: string[] }) : undefined
  if (created) c.names.define(as, created)
  return { targets: created?.productOrderIds ?? [], answers: [answer] }
}

async function call(step: Extract<Step, { call: string }>, c: StepContext): Promise<Outcome> {
  const targets = targetsOf(step, c.names)
  const body = c.names.interpolate(step.body, c.clock)
  const params = c.names.interpolate(step.params ?? {}, c.clock)
  const method = (c.session.api as unknown as Record<string, Method>)[step.call]
  if (!method) throw new RefError(`the client has no operation ${step.call}`)
  const ctx = { ...c.clock, tracking: c.tracking, orderOf: (id: string) => c.names.orderOf(id) }
  const single = SINGLE_ITEM_OPERATIONS.has(step.call) && params.productOrderId === undefined
  if (single && targets.length === 0) throw new RefError(`${step.call} needs productOrder (or productOrders)`)
  const answers: Answer[] = []
  for (const group of single ? targets.map((t) => [t]) : [targets])
    answers.push(await send(c.session, () => method(defaultInput(step.call, group, ctx, body, params))))
  return { targets, answers }
}

async function event(step: Extract<Step, { event: string }>, c: StepContext): Promise<Outcome> {
  const targets = targetsOf(step, c.names)
  if (targets.length === 0) throw new RefError(`event ${step.event} needs productOrder (or productOrders)`)
  const body = c.names.interpolate(step.body ?? {}, c.clock)
  const answers: Answer[] = []
  for (const productOrderId of targets)
    answers.push(
      await send(c.session, () =>
        c.session.control.applyEvent({ productOrderId, event: step.event, body } as never),
      ),
    )
  return { targets, answers }
}

/**
 * Performs one step; a step with only `expect` does nothing.
 * @example await perform({ advance: '8d' }, ctx) // { targets: [], answers: [{ status: 200, … }] }
 */
export async function perform(step: Step, c: StepContext): Promise<Outcome> {
  if ('create' in step) return create(step, c)
  if ('call' in step) return call(step, c)
  if ('event' in step) return event(step, c)
  if ('advance' in step) {
    const by = step.advance
    const answer = await send(c.session, () =>
      c.session.control.advanceClock({ body: { clientId: c.session.clientId, by } }),
    )
    return { targets: [], answers: [answer] }
  }
  return { targets: [], answers: [] }
}
