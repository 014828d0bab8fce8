export interface FormField {
  name: string
  type: 'string' | 'integer' | 'number'
  required: boolean
  format?: string
  /** Allowed values, and their Korean descriptions (same order) where the document has them. */
  enum?: string[]
  labels?: string[]
  description?: string
}
export interface MerchantActionForm {
  operationId: string
  method: string
  /** Path under the API base path, with `{productOrderId}` where the action takes one. */
  path: string
  summary: string
  /** Bulk operations wrap the product order in this array property (`productOrderIds`, `dispatchProductOrders`). */
  listProperty?: string
  /** Whether the operation has a request body at all. */
  hasBody: boolean
  fields: FormField[]
}
export interface SandboxEventForm {
  event: string
  actor: string
  fields: FormField[]
}
/**
 * The form of each merchant action, from the real API's document.
 * @example merchantActionForms().find((a) => a.operationId === 'holdbackReturn')?.fields.map((f) => f.name)
 */
export declare function merchantActionForms(): MerchantActionForm[]
/**
 * The form of each control-plane event: claim-opening events take a reason and a quantity.
 * @example sandboxEventForms().find((e) => e.event === 'buyer-return')?.fields[0]?.name // 'reason'
 */
export declare function sandboxEventForms(): SandboxEventForm[]
