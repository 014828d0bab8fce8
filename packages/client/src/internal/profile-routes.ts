/**
 * The operations of each API profile as the client sees them: the Npay mall API (`npay`, mall paths)
 * and the Commerce API (`commerce`, seller paths). A client of a profile known only as `ApiProfile`
 * offers the operations both have, typed by the mall document (the two share every schema).
 */
import type { ApiProfile } from '@npay-sandbox/protocol'
import {
  type CommercePaths,
  commerceApiOperationIndex,
  type OperationIndexEntry,
  operationIndex,
  type paths,
} from '@npay-sandbox/schema'

type MallEntry = OperationIndexEntry
type CommerceEntry = (typeof commerceApiOperationIndex)[number]

/** The operation index entries of a profile (the mall's for a profile not known statically). */
export type EntryOf<A extends ApiProfile> = [A] extends ['commerce'] ? CommerceEntry : MallEntry

/** The generated `paths` type of a profile (the mall's for a profile not known statically). */
export type PathsOf<A extends ApiProfile> = [A] extends ['commerce'] ? CommercePaths : paths

type MallOperationId = Exclude<MallEntry['operationId'], 'issueToken'>
type CommerceOperationId = Exclude<CommerceEntry['operationId'], 'issueToken'>

/** operationIds with a client method: a profile's own, or those both profiles have. */
export type ProfileOperationId<A extends ApiProfile> = [A] extends ['npay']
  ? MallOperationId
  : [A] extends ['commerce']
    ? CommerceOperationId
    : Extract<MallOperationId, CommerceOperationId>

/** One route per method of a profile's client. */
export type ProfileRoutes<A extends ApiProfile> = {
  [K in ProfileOperationId<A>]: Extract<EntryOf<A>, { operationId: K }>
}

/** The operation index a client of `api` is built from. */
export function operationIndexOf(
  api: ApiProfile,
): readonly { operationId: string; method: string; path: string }[] {
  return api === 'commerce' ? commerceApiOperationIndex : operationIndex
}
