/** The state enums of the real API, as the generated schema types spell them. */
import type { Schemas } from '@npay-sandbox/schema'

export type ProductOrderStatus = Schemas['ProductOrderStatus']
export type PlaceOrderStatus = Schemas['PlaceOrderStatus']
export type ClaimType = Schemas['ClaimType']
export type ClaimStatus = Schemas['ClaimStatus']
export type HoldbackStatus = Schemas['HoldbackStatus']
export type LastChangedType = Schemas['LastChangedType']
