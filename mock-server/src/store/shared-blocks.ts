/**
 * Blocks a product order holds twice, written once. A completed claim keeps the very address objects of
 * the claim it archives (machine/archive.ts), and a finished exchange keeps a copy of its claim as
 * `beforeExchange`; as JSON each was spelled out again (~1.7 KB of a lifecycle record's ~12 KB). A row
 * names the block it repeats instead (`"=claim.collectAddress"`, `"=claim"`), and reading it gives back
 * what the engine had: the same address object, and a copy of the claim for `beforeExchange`. A block
 * that differs is written in full, so rows of earlier versions and any other record read as they are.
 */
import type { ProductOrderRecord } from '@npay-sandbox/engine'

const ADDRESSES = ['collectAddress', 'returnReceiveAddress', 'reDeliveryAddress'] as const
const SAME_CLAIM = '=claim'

type Loose = Record<string, unknown>

/**
 * The record to serialise: a shallow copy where repeated blocks are named, or the record itself.
 * @example JSON.stringify(withSharedBlocks(record))
 */
export function withSharedBlocks(record: ProductOrderRecord): ProductOrderRecord {
  const claim = record.claim as Loose | undefined
  if (!claim) return record
  let completedClaims: Loose[] | undefined
  record.completedClaims.forEach((completed, i) => {
    const entry = completed as unknown as Loose
    for (const name of ADDRESSES) {
      if (entry[name] === undefined || entry[name] !== claim[name]) continue
      completedClaims ??= [...(record.completedClaims as unknown as Loose[])]
      completedClaims[i] = { ...completedClaims[i], [name]: `${SAME_CLAIM}.${name}` }
    }
  })
  const sameBefore =
    record.beforeExchange !== undefined && JSON.stringify(record.beforeExchange) === JSON.stringify(claim)
  if (!completedClaims && !sameBefore) return record
  return {
    ...record,
    ...(completedClaims ? { completedClaims } : {}),
    ...(sameBefore ? { beforeExchange: SAME_CLAIM } : {}),
  } as unknown as ProductOrderRecord
}

/** Puts the named blocks back into a parsed row (in place). */
export function restoreSharedBlocks(record: ProductOrderRecord): ProductOrderRecord {
  const claim = record.claim as Loose | undefined
  if (!claim) return record
  for (const completed of record.completedClaims as unknown as Loose[])
    for (const name of ADDRESSES)
      if (completed[name] === `${SAME_CLAIM}.${name}`) completed[name] = claim[name]
  if ((record.beforeExchange as unknown) === SAME_CLAIM)
    record.beforeExchange = copyJson(claim) as ProductOrderRecord['beforeExchange']
  return record
}

/** A deep copy of parsed JSON (faster than structuredClone, and plain objects like JSON.parse makes). */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(copyJson)
  const copy: Loose = {}
  for (const key in value) copy[key] = copyJson((value as Loose)[key])
  return copy
}
