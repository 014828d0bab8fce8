/** The client type the suites call, in a file of its own so provider states can name it without the suite types. */
import type { NpayClient } from '@npay-sandbox/client'
import type { ApiProfile } from '@npay-sandbox/protocol'

/**
 * A typed client of either API with the operations both have: what the suites and provider states call.
 * @example const ids = async (api: ContractClient, orderId: string) => (await api.getProductOrderIds({ orderId })).data
 */
export type ContractClient = NpayClient<ApiProfile>
