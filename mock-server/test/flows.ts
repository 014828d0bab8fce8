/**
 * The acceptance flows of the emulator, written once against the typed clients. Each returns a
 * transcript with ids and times left out, so runs through different transports can be compared.
 */
import { formatKst } from '@npay-sandbox/protocol'
import { expect } from 'vitest'
import type { Transport } from './transports.ts'

type Transcript = unknown[]

async function now(t: Transport): Promise<number> {
  return (await t.control.getClock()).epochMillis
}

async function changes(t: Transport, since: number, productOrderId: string): Promise<string[]> {
  const page = await t.api.getLastChangedStatuses({ lastChangedFrom: formatKst(since) })
  return (page.data?.lastChangeStatuses ?? [])
    .filter((r) => r.productOrderId === productOrderId)
    .map((r) => r.lastChangedType!)
}

async function status(t: Transport, id: string) {
  const [detail] = (await t.api.queryProductOrders({ body: { productOrderIds: [id] } })).data!
  const po = detail!.productOrder!
  return [
    po.productOrderStatus,
    po.placeOrderStatus,
    po.claimType ?? null,
    po.claimStatus ?? null,
    detail!.return?.holdbackStatus ?? detail!.exchange?.holdbackStatus ?? null,
  ]
}

const failCodes = (r: { data?: { failProductOrderInfos?: { code?: string }[] } }) =>
  (r.data?.failProductOrderInfos ?? []).map((f) => f.code)

async function deliveredOrder(t: Transport, log: Transcript) {
  const start = (await now(t)) - 1
  const { productOrderIds } = await t.control.createOrder({ body: {} })
  const id = productOrderIds[0]!
  log.push(['created', await changes(t, start, id)])
  const confirmed = await t.api.confirmProductOrders({ body: { productOrderIds: [id] } })
  log.push(['confirm', confirmed.data?.successProductOrderInfos?.length, await status(t, id)])
  const dispatched = await t.api.dispatchProductOrders({
    body: {
      dispatchProductOrders: [
        {
          productOrderId: id,
          deliveryMethod: 'DELIVERY',
          deliveryCompanyCode: 'CJGLS',
          trackingNumber: String(612345678900 + Math.floor(Math.random() * 1e6)),
          dispatchDate: formatKst(await now(t)),
        },
      ],
    },
  })
  log.push(['dispatch', dispatched.data?.successProductOrderIds?.length, await status(t, id)])
  await t.control.applyEvent({ productOrderId: id, event: 'deliver', body: {} })
  log.push(['deliver', await status(t, id)])
  return { id, start }
}

export async function returnFlow(t: Transport): Promise<Transcript> {
  const log: Transcript = []
  const { id, start } = await deliveredOrder(t, log)
  await t.control.applyEvent({ productOrderId: id, event: 'buyer-return', body: { reason: 'BROKEN' } })
  log.push(['buyer-return', await status(t, id)])
  const held = await t.api.holdbackReturn({
    productOrderId: id,
    body: {
      holdbackClassType: 'RETURN_DELIVERYFEE',
      holdbackReturnDetailReason: '반품 배송비 미입금',
      extraReturnFeeAmount: 3000,
    },
  })
  log.push(['holdback', failCodes(held), await status(t, id)])
  log.push(['approve while held', failCodes(await t.api.approveReturn({ productOrderId: id }))])
  log.push([
    'release',
    failCodes(await t.api.releaseReturnHoldback({ productOrderId: id })),
    await status(t, id),
  ])
  log.push(['approve', failCodes(await t.api.approveReturn({ productOrderId: id })), await status(t, id)])
  log.push(['changes', await changes(t, start, id)])
  return log
}

export async function exchangeFlow(t: Transport): Promise<Transcript> {
  const log: Transcript = []
  const { id, start } = await deliveredOrder(t, log)
  await t.control.applyEvent({
    productOrderId: id,
    event: 'buyer-exchange',
    body: { reason: 'COLOR_AND_SIZE' },
  })
  log.push(['buyer-exchange', await status(t, id)])
  const redelivery = {
    reDeliveryMethod: 'DELIVERY' as const,
    reDeliveryCompany: 'HANJIN',
    reDeliveryTrackingNumber: '412345678901',
  }
  log.push([
    'redeliver before collection',
    failCodes(await t.api.redeliverExchange({ productOrderId: id, body: redelivery })),
  ])
  log.push([
    'collect complete',
    failCodes(await t.api.completeExchangeCollect({ productOrderId: id })),
    await status(t, id),
  ])
  log.push([
    'redeliver',
    failCodes(await t.api.redeliverExchange({ productOrderId: id, body: redelivery })),
    await status(t, id),
  ])
  await t.control.applyEvent({ productOrderId: id, event: 'redeliver-done', body: {} })
  log.push(['redeliver-done', await status(t, id)])
  log.push(['changes', await changes(t, start, id)])
  return log
}

export async function sellerCancelFlow(t: Transport): Promise<Transcript> {
  const log: Transcript = []
  const start = (await now(t)) - 1
  const { productOrderIds } = await t.control.createOrder({ body: { items: [{ quantity: 1 }] } })
  const id = productOrderIds[0]!
  log.push([
    'cancel',
    failCodes(await t.api.requestCancel({ productOrderId: id, body: { cancelReason: 'SOLD_OUT' } })),
    await status(t, id),
  ])
  log.push([
    'dispatch after cancel',
    failCodes(
      await t.api.dispatchProductOrders({
        body: {
          dispatchProductOrders: [
            {
              productOrderId: id,
              deliveryMethod: 'DELIVERY',
              deliveryCompanyCode: 'CJGLS',
              trackingNumber: '512345678901',
              dispatchDate: formatKst(await now(t)),
            },
          ],
        },
      }),
    ),
  ])
  log.push(['changes', await changes(t, start, id)])
  return log
}

/** The expectations every transport must meet (the transcripts are also compared with each other). */
export function expectReturnTranscript(log: Transcript) {
  expect(log).toEqual([
    ['created', ['PAYED']],
    ['confirm', 1, ['PAYED', 'OK', null, null, null]],
    ['dispatch', 1, ['DELIVERING', 'OK', null, null, null]],
    ['deliver', ['DELIVERED', 'OK', null, null, null]],
    ['buyer-return', ['DELIVERED', 'OK', 'RETURN', 'RETURN_REQUEST', null]],
    ['holdback', [], ['DELIVERED', 'OK', 'RETURN', 'RETURN_REQUEST', 'HOLDBACK']],
    ['approve while held', ['9999']],
    ['release', [], ['DELIVERED', 'OK', 'RETURN', 'RETURN_REQUEST', 'RELEASED']],
    ['approve', [], ['RETURNED', 'OK', 'RETURN', 'RETURN_DONE', 'RELEASED']],
    ['changes', ['PAYED', 'DISPATCHED', 'CLAIM_REQUESTED', 'CLAIM_COMPLETED']],
  ])
}

export function expectExchangeTranscript(log: Transcript) {
  expect(log.slice(4)).toEqual([
    ['buyer-exchange', ['DELIVERED', 'OK', 'EXCHANGE', 'EXCHANGE_REQUEST', null]],
    ['redeliver before collection', ['104417']],
    ['collect complete', [], ['DELIVERED', 'OK', 'EXCHANGE', 'COLLECT_DONE', null]],
    ['redeliver', [], ['DELIVERED', 'OK', 'EXCHANGE', 'EXCHANGE_REDELIVERING', null]],
    ['redeliver-done', ['EXCHANGED', 'OK', 'EXCHANGE', 'EXCHANGE_DONE', null]],
    [
      'changes',
      ['PAYED', 'DISPATCHED', 'CLAIM_REQUESTED', 'COLLECT_DONE', 'CLAIM_REDELIVERING', 'CLAIM_COMPLETED'],
    ],
  ])
}

export function expectSellerCancelTranscript(log: Transcript) {
  expect(log).toEqual([
    ['cancel', [], ['CANCELED', 'NOT_YET', 'CANCEL', 'CANCEL_DONE', null]],
    ['dispatch after cancel', ['9999']],
    ['changes', ['PAYED', 'CLAIM_REQUESTED', 'CLAIM_COMPLETED']],
  ])
}
