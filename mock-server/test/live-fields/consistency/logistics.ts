/**
 * Delivery and claim logistics present where the state implies them (facts §8.4–§8.7, §10.1–§10.4,
 * §10.7), the claim mirrored onto the product order, and the shape of Korean addresses (docs: 국내 주소에는
 * 빈 문자열).
 */
import { isDeepStrictEqual } from 'node:util'
import type { Loose } from '../live-data.ts'
import { type Check, claimBlocks, kindOfType, perDetail } from './support.ts'

const SHIPPED = new Set(['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED', 'RETURNED'])
const COLLECTING_STATUSES = new Set([
  'COLLECT_REQUEST_TO_AGENT',
  'COLLECT_REQUEST_TO_DELIVERY_COMPANY',
  'COLLECT_WAITING',
  'DELIVERING',
])
/** Claim statuses after which the claim is over (facts §9.3); COLLECT_DONE is not one of them. */
const FINISHED = new Set([
  'CANCEL_DONE',
  'CANCEL_REJECT',
  'RETURN_DONE',
  'RETURN_REJECT',
  'EXCHANGE_DONE',
  'EXCHANGE_REJECT',
  'ADMIN_CANCEL_DONE',
  'ADMIN_CANCEL_REJECT',
])

const missing = (claim: Loose, fields: string[]) =>
  fields.filter((f) => claim[f] === undefined || claim[f] === '')

function addresses(value: unknown, path: string, out: [string, Loose][]) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) addresses(v, `${path}[${i}]`, out)
  } else if (value && typeof value === 'object') {
    if ('addressType' in value) out.push([path, value])
    for (const [k, v] of Object.entries(value)) addresses(v, `${path}.${k}`, out)
  }
}

export const LOGISTICS_CHECKS: Check[] = [
  {
    area: 'B',
    name: 'a dispatched product order has a delivery block with method, company, tracking number and send date',
    source: 'facts §8 (delivery present once dispatched), §8.5, §7.7',
    run: (live) =>
      perDetail(live, (d) => {
        if (!SHIPPED.has(d.productOrder.productOrderStatus)) return []
        if (!d.delivery) return ['no delivery block']
        const need =
          d.delivery.deliveryMethod === 'DELIVERY'
            ? ['deliveryMethod', 'deliveryCompany', 'trackingNumber', 'sendDate']
            : ['deliveryMethod', 'sendDate']
        return missing(d.delivery, need).map((f) => `delivery.${f} missing`)
      }),
  },
  {
    area: 'B',
    name: 'a delivered product order shows the delivery completion',
    source: 'facts §10.1 N9 (deliveryStatus=DELIVERY_COMPLETION, deliveredDate)',
    run: (live) =>
      perDetail(live, (d) => [
        d.productOrder.productOrderStatus === 'DELIVERED' &&
          !(d.delivery?.deliveryStatus === 'DELIVERY_COMPLETION' && d.delivery?.deliveredDate) &&
          `deliveryStatus ${d.delivery?.deliveryStatus}, deliveredDate ${d.delivery?.deliveredDate}`,
      ]),
  },
  {
    area: 'B',
    name: "returns carry the buyer's collect address and the seller's return-receive address; exchanges the collect address",
    source: 'facts §8.6 return (collectAddress, returnReceiveAddress), exchange (collectAddress); §8.7',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, kind, claim }) =>
          missing(
            claim,
            kind === 'return'
              ? ['collectAddress', 'returnReceiveAddress']
              : kind === 'exchange'
                ? ['collectAddress']
                : [],
          ).map((f) => `${where}.${f} missing`),
        ),
      ),
  },
  {
    area: 'B',
    name: 'a designated collect names its carrier once collecting',
    source: 'facts §9.8 RETURN_DESIGNATED (지정 반품 택배), §10.3 R2–R3, §8.6 collectDeliveryCompany',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, claim }) => {
          const collecting =
            ['COLLECTING', 'COLLECT_DONE'].includes(claim.claimStatus) ||
            claim.collectCompletedDate !== undefined
          return claim.collectDeliveryMethod === 'RETURN_DESIGNATED' && collecting
            ? missing(claim, ['collectDeliveryCompany']).map((f) => `${where}.${f} missing`)
            : []
        }),
      ),
  },
  {
    area: 'B',
    name: 'collecting and collected claims say so in collectStatus',
    source:
      'facts §10.3 R2 (COLLECT_REQUEST_TO_DELIVERY_COMPANY/COLLECT_WAITING/DELIVERING), R3 (collectStatus=DELIVERED, collectCompletedDate)',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).map(({ where, claim: c }) => {
          if (
            c.claimStatus === 'COLLECT_DONE' &&
            !(c.collectStatus === 'DELIVERED' && c.collectCompletedDate)
          )
            return `${where}: COLLECT_DONE with collectStatus ${c.collectStatus}, collectCompletedDate ${c.collectCompletedDate}`
          return (
            c.claimStatus === 'COLLECTING' &&
            !COLLECTING_STATUSES.has(c.collectStatus) &&
            `${where}: COLLECTING with collectStatus ${c.collectStatus}`
          )
        }),
      ),
  },
  {
    area: 'B',
    name: 'a redelivered exchange carries its redelivery',
    source: 'facts §8.6 exchange (reDelivery*), §10.4 E4–E5, §7.16',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, kind, claim }) => {
          if (kind !== 'exchange' || !['EXCHANGE_REDELIVERING', 'EXCHANGE_DONE'].includes(claim.claimStatus))
            return []
          const need = ['reDeliveryAddress', 'reDeliveryMethod', 'reDeliveryOperationDate']
          if (claim.reDeliveryMethod === 'DELIVERY')
            need.push('reDeliveryCompany', 'reDeliveryTrackingNumber')
          return missing(claim, need).map((f) => `${where}.${f} missing`)
        }),
      ),
  },
  {
    area: 'B',
    name: 'a held claim says why and since when; a released one since when',
    source: 'facts §10.3 R6–R7, §10.7 (holdbackConfigDate, holdbackReleaseDate), §8.6',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, claim }) => {
          const need =
            claim.holdbackStatus === 'HOLDBACK'
              ? ['holdbackReason', 'holdbackConfigDate']
              : claim.holdbackStatus === 'RELEASED'
                ? ['holdbackReason', 'holdbackConfigDate', 'holdbackReleaseDate']
                : []
          return missing(claim, need).map(
            (f) => `${where}.${f} missing (holdbackStatus ${claim.holdbackStatus})`,
          )
        }),
      ),
  },
  {
    area: 'B',
    name: 'finished cancels and returns carry their completion date, completed claims theirs',
    source: 'facts §10.7 (cancelCompletedDate, returnCompletedDate), §8.7 (claimCompleteOperationDate)',
    run: (live) =>
      perDetail(live, (d) =>
        claimBlocks(d).flatMap(({ where, claim }) => {
          // completedClaims[] entries have one completion field of their own (facts §8.7).
          if (where.startsWith('completed'))
            return missing(claim, ['claimCompleteOperationDate']).map((f) => `${where}.${f} missing`)
          const need = ['CANCEL_DONE', 'ADMIN_CANCEL_DONE'].includes(claim.claimStatus)
            ? ['cancelCompletedDate']
            : claim.claimStatus === 'RETURN_DONE'
              ? ['returnCompletedDate']
              : []
          return missing(claim, need).map((f) => `${where}.${f} missing`)
        }),
      ),
  },
  {
    area: 'B',
    name: 'the product order mirrors its current claim, and finished claims are in completedClaims',
    source: 'facts §10.7 (claimType/claimStatus/claimId mirrored; finished claims to completedClaims[])',
    run: (live) =>
      perDetail(live, (d) => {
        const p = d.productOrder
        const kind = kindOfType(p.claimType)
        if (!kind) return [p.claimStatus !== undefined && `claimStatus ${p.claimStatus} without claimType`]
        const block = d.currentClaim?.[kind]
        if (!block) return [`no currentClaim.${kind}`]
        return [
          (block.claimId !== p.claimId || block.claimStatus !== p.claimStatus) &&
            `currentClaim.${kind} ${block.claimId}/${block.claimStatus} ≠ ${p.claimId}/${p.claimStatus}`,
          FINISHED.has(p.claimStatus) &&
            !(d.completedClaims ?? []).some((c: Loose) => c.claimId === p.claimId) &&
            `finished claim ${p.claimId} not in completedClaims`,
          d[kind] !== undefined &&
            !isDeepStrictEqual(d[kind], block) &&
            `deprecated top-level ${kind} differs from currentClaim.${kind}`,
        ]
      }),
  },
  {
    area: 'A',
    name: 'domestic addresses have an empty city and state',
    source: "docs query.POST.md address fields: city, state — 국내 주소에는 빈 문자열(''); facts §8.3",
    run: (live) =>
      perDetail(live, (d) => {
        const found: [string, Loose][] = []
        addresses(d, '', found)
        return found
          .filter(([, a]) => a.addressType === 'DOMESTIC' && (a.city !== '' || a.state !== ''))
          .map(
            ([path, a]) =>
              `${path.slice(1)}: city ${JSON.stringify(a.city)}, state ${JSON.stringify(a.state)}`,
          )
      }),
  },
  {
    area: 'B',
    name: 'the conditional query answers the same detail as product-orders/query',
    source:
      'facts §7.4 (content = the product-order detail of §8); the docs page of the conditional query has no deprecated top-level cancel/return/exchange blocks',
    run: (live) =>
      [...live.conditional].flatMap(([id, content]) => {
        const detail = live.details.get(id)
        const { cancel: _c, return: _r, exchange: _e, ...current } = detail ?? {}
        return detail && !isDeepStrictEqual(content, current)
          ? [`${id}: conditional content differs from the query detail`]
          : []
      }),
  },
]
