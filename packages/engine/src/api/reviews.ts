/**
 * Purchase reviews ([REC] shape of facts §12: every name is a guess modelled on SOAP
 * GetPurchaseReviewList). Reviews are written by the buyer through the control plane.
 */
import { formatKst, MAX_QUERY_WINDOW_MS, NpayError } from '@npay-sandbox/protocol'
import type { Schemas } from '@npay-sandbox/schema'
import { REVIEWABLE_STATUSES } from '../machine/state.ts'
import { type Review, stateOf } from '../records.ts'
import { SandboxError } from '../sandbox-error.ts'
import { RECORDS, type Tenant } from '../tenant.ts'
import { dateParam } from './queries.ts'

export type { Review } from '../records.ts'

export function writeReview(
  tenant: Tenant,
  productOrderId: string,
  input: { score?: number; classType?: 'GENERAL' | 'PREMIUM'; title?: string; content?: string },
  nextId: () => string,
): Review {
  const record = tenant[RECORDS].productOrders.get(productOrderId)
  if (!record)
    throw new SandboxError(404, 'NOT_FOUND', `no product order ${productOrderId} for this merchant`)
  if (!REVIEWABLE_STATUSES.includes(stateOf(record).productOrderStatus)) {
    throw new SandboxError(
      409,
      'EVENT_NOT_ALLOWED',
      `a review needs a product order the buyer received: ${REVIEWABLE_STATUSES.join(', ')} (it is ${stateOf(record).productOrderStatus})`,
    )
  }
  const classType = input.classType ?? 'GENERAL'
  const score = input.score ?? 5
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw new SandboxError(400, 'BAD_REQUEST', 'score must be 1–5')
  const now = formatKst(tenant.now())
  const review: Review = {
    purchaseReviewId: nextId(),
    purchaseReviewScore: score,
    purchaseReviewClassType: classType,
    productOrderId,
    productId: record.productOrder.productId!,
    productName: record.productOrder.productName!,
    productOption: record.productOrder.productOption!,
    title: input.title ?? '만족합니다',
    ...(classType === 'PREMIUM' ? { content: input.content ?? '배송도 빠르고 상품 상태도 좋아요.' } : {}),
    writerId: tenant[RECORDS].orders.get(record.orderId)?.order.ordererId ?? '****',
    createYmdt: now,
    modifyYmdt: now,
  }
  tenant[RECORDS].reviews.push({ at: tenant.now(), review })
  tenant.touch()
  return review
}

export function reviews(
  tenant: Tenant,
  q: {
    inquiryTimeFrom?: unknown
    inquiryTimeTo?: unknown
    purchaseReviewClassType?: unknown
    page?: unknown
    pageSize?: unknown
  },
): Schemas['ReviewsData'] {
  const from = dateParam('inquiryTimeFrom', String(q.inquiryTimeFrom))
  const to =
    q.inquiryTimeTo === undefined
      ? from + MAX_QUERY_WINDOW_MS
      : dateParam('inquiryTimeTo', String(q.inquiryTimeTo))
  if (to < from || to - from > MAX_QUERY_WINDOW_MS) throw NpayError.order('104139')
  const page = (q.page as number | undefined) ?? 1
  const size = (q.pageSize as number | undefined) ?? 300
  const hits = tenant[RECORDS].reviews.filter(
    (r) =>
      r.at >= from &&
      r.at <= to &&
      (!q.purchaseReviewClassType || r.review.purchaseReviewClassType === q.purchaseReviewClassType),
  )
  const slice = hits.slice((page - 1) * size, page * size).map((r) => r.review)
  return { count: slice.length, hasNext: hits.length > page * size, purchaseReviews: slice }
}
