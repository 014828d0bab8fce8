import { type Engine, type ProductOrderRecord, type Tenant } from '../../../packages/engine/src/index.js'
import { type Register } from './index.js'
export declare function inspection(
  engine: Engine,
  tenant: Tenant,
  record: ProductOrderRecord,
): {
  detail: {
    order?: import('../../../packages/schema/src/index.js').components['schemas']['Order']
    productOrder?: import('../../../packages/schema/src/index.js').components['schemas']['ProductOrder']
    delivery?: import('../../../packages/schema/src/index.js').components['schemas']['Delivery']
    cancel?: import('../../../packages/schema/src/index.js').components['schemas']['CancelClaim']
    return?: import('../../../packages/schema/src/index.js').components['schemas']['ReturnClaim']
    exchange?: import('../../../packages/schema/src/index.js').components['schemas']['ExchangeClaim']
    beforeClaim?: import('../../../packages/schema/src/index.js').components['schemas']['BeforeClaim']
    currentClaim?: import('../../../packages/schema/src/index.js').components['schemas']['CurrentClaim']
    completedClaims?: import('../../../packages/schema/src/index.js').components['schemas']['CompletedClaim'][]
  }
  history: {
    to:
      | {
          [k: string]: any
        }
      | undefined
    from?:
      | {
          [k: string]: any
        }
      | undefined
    lastChangedType?: string | undefined
    at: string
    actor: import('../../../packages/engine/src/index.js').Actor
    event: import('../../../packages/engine/src/index.js').EventName
    rowId: string
  }[]
  allowedEvents: string[]
  allowedActions: string[]
}
export declare function orderRoutes(register: Register, engine: Engine): void
