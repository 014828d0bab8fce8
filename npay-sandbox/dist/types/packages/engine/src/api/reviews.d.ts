import type { Schemas } from '../../../schema/src/index.js'
import type { Tenant } from '../tenant.js'
export type Review = Schemas['Review']
export interface StoredReview {
  at: number
  review: Review
}
export declare function writeReview(
  tenant: Tenant,
  productOrderId: string,
  input: {
    score?: number
    classType?: 'GENERAL' | 'PREMIUM'
    title?: string
    content?: string
  },
  nextId: () => string,
): Review
export declare function reviews(
  tenant: Tenant,
  q: {
    inquiryTimeFrom?: unknown
    inquiryTimeTo?: unknown
    purchaseReviewClassType?: unknown
    page?: unknown
    pageSize?: unknown
  },
): Schemas['ReviewsData']
