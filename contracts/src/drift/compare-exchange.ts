/** The differences between a recorded exchange and the replayed one at the same place in a case. */
import type { Exchange } from '../exchange/types.ts'
import { isRecord } from '../internal/json.ts'
import { documentEnum } from './document-enums.ts'
import { type Shape, shapeOf } from './shape.ts'
import type { Difference } from './types.ts'

type Found = Omit<Difference, 'caseId' | 'exchange'>

/**
 * Enum fields that carry the state machine: their values must match value for value. Other enum fields
 * describe order data (payment means, tax type, …) that differs between any two orders, so only values
 * the document does not know are reported there.
 */
const STATE_FIELD = /(Status|^claimType|^lastChangedType)$/

/** Error codes an exchange carries: the body's `code` on failure, and per-item codes of batch results. */
export function errorCodes(exchange: Exchange): string[] {
  const body = exchange.responseBody
  if (!isRecord(body)) return []
  const codes = exchange.status >= 400 && typeof body.code === 'string' ? [body.code] : []
  const data = isRecord(body.data) ? body.data : {}
  const failures = Array.isArray(data.failProductOrderInfos) ? data.failProductOrderInfos : []
  for (const failure of failures) if (isRecord(failure)) codes.push(String(failure.code))
  return codes
}

/**
 * Compares one pair of scrubbed exchanges. With `shapeOnly`, key sets and enum values are not compared
 * (the case reads whatever data the target holds), except values the document does not know.
 * @example compareExchange(recorded, replayed, false) // [{ kind: 'status', recorded: '200', replayed: '400', … }]
 */
export function compareExchange(recorded: Exchange, replayed: Exchange, shapeOnly: boolean): Found[] {
  const operationId = recorded.operationId ?? '(unknown)'
  const where = (e: Exchange) => `${e.method} ${e.path}`
  if (recorded.operationId !== replayed.operationId || recorded.method !== replayed.method) {
    return [
      {
        operationId,
        kind: 'sequence',
        recorded: where(recorded),
        replayed: where(replayed),
        message: 'a different request at this point of the case',
      },
    ]
  }
  const found: Found[] = []
  if (recorded.status !== replayed.status) {
    found.push({
      operationId,
      kind: 'status',
      recorded: String(recorded.status),
      replayed: String(replayed.status),
      message: 'HTTP status differs',
    })
  }
  const codes = [errorCodes(recorded).join(','), errorCodes(replayed).join(',')] as const
  if (codes[0] !== codes[1]) {
    found.push({
      operationId,
      kind: 'error-code',
      recorded: codes[0] || '(none)',
      replayed: codes[1] || '(none)',
      message: 'error codes differ',
    })
  }
  if (recorded.status !== replayed.status) return found
  const a = shapeOf(recorded.operationId, recorded.status, recorded.responseBody)
  const b = shapeOf(replayed.operationId, replayed.status, replayed.responseBody)
  if (!shapeOnly) found.push(...keyDifferences(operationId, a, b))
  found.push(...typeDifferences(operationId, a, b))
  found.push(...enumDifferences(operationId, recorded.status, a, b, shapeOnly))
  return found
}

/**
 * Fields the docs give only some orders ("일부 주문", a second phone number, pick-up and entry notes of
 * some addresses, merchant extras): whether one is there says which order it is, not which state, so a
 * recording and a replay of the same case may differ in them without drift.
 */
const ORDER_DATA_KEYS = new Set([
  'tel2',
  'pickupLocationType',
  'pickupLocationContent',
  'entryMethod',
  'entryMethodContent',
  'buildingManagementNo',
  'longitude',
  'latitude',
  'groupProductId',
  'freeGift',
  'individualCustomUniqueCode',
  'deliveryTagType',
  'arrivalGuaranteeDate',
  'appliedCoupons',
  'appliedCardPromotion',
  'sellerBurdenMultiplePurchaseDiscountType',
  'optionManageCode',
])

function keyDifferences(operationId: string, a: Shape, b: Shape): Found[] {
  const found: Found[] = []
  const report = (from: Shape, to: Shape, side: 'recorded' | 'replayed') => {
    for (const path of from.types.keys()) {
      const parent = path.slice(0, path.lastIndexOf('/'))
      // Only the top of a missing subtree: its children are missing by consequence.
      if (to.types.has(path) || (parent !== '' && !to.types.has(parent))) continue
      if (ORDER_DATA_KEYS.has(path.slice(path.lastIndexOf('/') + 1))) continue
      found.push({
        operationId,
        kind: 'key',
        path,
        [side]: 'present',
        message: `key only in the ${side} response`,
      })
    }
  }
  report(a, b, 'recorded')
  report(b, a, 'replayed')
  return found
}

function typeDifferences(operationId: string, a: Shape, b: Shape): Found[] {
  const found: Found[] = []
  for (const [path, types] of a.types) {
    const other = b.types.get(path)
    if (!other || same(types, other)) continue
    found.push({
      operationId,
      kind: 'type',
      path,
      recorded: list(types),
      replayed: list(other),
      message: 'JSON types differ',
    })
  }
  return found
}

function enumDifferences(
  operationId: string,
  status: number,
  a: Shape,
  b: Shape,
  shapeOnly: boolean,
): Found[] {
  const found: Found[] = []
  for (const path of new Set([...a.enums.keys(), ...b.enums.keys()])) {
    const recorded = a.enums.get(path) ?? new Set<string>()
    const replayed = b.enums.get(path) ?? new Set<string>()
    const known = new Set(documentEnum(operationId, status, path) ?? [])
    const unknown = [...recorded, ...replayed].filter((v) => !known.has(v))
    const field = path.slice(path.lastIndexOf('/') + 1)
    const compared = !shapeOnly && STATE_FIELD.test(field) && a.enums.has(path) && b.enums.has(path)
    const differ = compared && !same(recorded, replayed)
    if (!differ && unknown.length === 0) continue
    const message =
      unknown.length > 0
        ? `values not in the document: ${[...new Set(unknown)].join(', ')}`
        : 'enum values differ'
    found.push({
      operationId,
      kind: 'enum',
      path,
      recorded: list(recorded),
      replayed: list(replayed),
      message,
    })
  }
  return found
}

function same(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v))
}

function list(values: Set<string>): string {
  return [...values].sort().join(', ') || '(none)'
}
