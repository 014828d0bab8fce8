/**
 * Reaches a provider state on an emulator through its control plane (the buyer, the carrier) and the
 * merchant API (confirm, dispatch, holdback), then checks through the API that the state is the one
 * promised — so a drifting emulator cannot hand a case the wrong starting point silently.
 */
import { randomInt } from 'node:crypto'
import type { ControlPlaneClient } from '@npay-sandbox/client'
import { defaultBody, type MerchantAction } from '@npay-sandbox/engine'
import type { ContractClient } from '../contract-client.ts'
import { PROVIDER_STATES, type ProviderState, type ProviderStateName, type Step } from './definitions.ts'
import { mismatches, readState } from './state-of.ts'

/** What building a state needs: the control plane, the merchant, and an API client that is not recorded. */
export interface EmulatorSetup {
  control: ControlPlaneClient
  clientId: string
  api: ContractClient
}

// A random block per process: the emulator refuses a reused tracking number (104121), and fixtures
// built by one process are dispatched again by another.
let trackingCounter = randomInt(0, 9_000_000) * 100_000

/**
 * A 12-digit tracking number not used before by this process, nor (very likely) by another.
 * @example nextTrackingNumber() // '612345600001'
 */
export function nextTrackingNumber(): string {
  trackingCounter += 1
  return String(600_000_000_000 + trackingCounter)
}

/**
 * Builds a named state and returns its ids.
 * @example const { productOrderId } = await buildOnEmulator(setup, 'a delivered product order')
 */
export async function buildOnEmulator(setup: EmulatorSetup, name: ProviderStateName): Promise<ProviderState> {
  const definition = PROVIDER_STATES[name]
  let state: ProviderState | undefined
  for (const step of definition.steps) state = await runStep(setup, step, state)
  if (!state) throw new Error(`provider state "${name}" has no steps`)
  const snapshot = await readState(setup.api, state.productOrderId)
  const wrong = snapshot ? mismatches(snapshot, definition.expect) : ['the product order is not readable']
  if (wrong.length > 0) throw new Error(`provider state "${name}" was not reached: ${wrong.join('; ')}`)
  return state
}

async function runStep(setup: EmulatorSetup, step: Step, state: ProviderState | undefined) {
  if (step.kind === 'place') {
    const order = await setup.control.createOrder({
      body: { clientId: setup.clientId, paid: step.paid, items: [{ quantity: 1 }] },
    })
    const productOrderId = order.productOrderIds[0]
    if (!productOrderId) throw new Error('createOrder returned no product order')
    return { orderId: order.orderId, productOrderId }
  }
  if (!state) throw new Error(`step ${step.kind} needs a placed order first`)
  const id = state.productOrderId
  if (step.kind === 'event') {
    await setup.control.applyEvent({ productOrderId: id, event: step.event, body: step.body ?? {} })
    return state
  }
  // The actions' declared default bodies; only a dispatch reads the emulator's clock.
  const now =
    step.kind === 'dispatch' ? (await setup.control.getClock({ clientId: setup.clientId })).epochMillis : 0
  const body = <A extends MerchantAction>(action: A) =>
    defaultBody(action, [id], { now, tracking: nextTrackingNumber })!
  if (step.kind === 'confirm') {
    expectNoFailure('confirm', await setup.api.confirmProductOrders({ body: body('confirmProductOrders') }))
  } else if (step.kind === 'dispatch') {
    const dispatch = body('dispatchProductOrders')
    expectNoFailure('dispatch', await setup.api.dispatchProductOrders({ body: dispatch }))
  } else if (step.claim === 'return') {
    const holdback = body('holdbackReturn')
    expectNoFailure('return holdback', await setup.api.holdbackReturn({ productOrderId: id, body: holdback }))
  } else {
    const holdback = body('holdbackExchange')
    expectNoFailure(
      'exchange holdback',
      await setup.api.holdbackExchange({ productOrderId: id, body: holdback }),
    )
  }
  return state
}

function expectNoFailure(what: string, result: { data?: { failProductOrderInfos?: unknown[] } }) {
  const failures = result.data?.failProductOrderInfos ?? []
  if (failures.length > 0)
    throw new Error(`${what} failed while building a state: ${JSON.stringify(failures)}`)
}
