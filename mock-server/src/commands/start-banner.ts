/** What `npay-sandbox start` prints once it listens: where to reach it, who the default merchant is, the seed. */
import type { ListeningSandbox } from '../sandbox.ts'

export interface StartBannerInput {
  listening: Pick<ListeningSandbox, 'origin' | 'baseUrl' | 'port' | 'allInterfaces'>
  /** The host the server was asked to listen on (`--host`). */
  host: string
  seed: number
  merchant: { clientId: string; clientSecret: string; mallId: string; api?: 'npay' | 'commerce' }
  /** Whether an admin token protects the control plane (its curl then sends the token from the environment). */
  adminToken?: boolean
}

/**
 * The banner; its `API base URL`, `client_id` and `client_secret` lines are read by scripts (action/start.sh,
 * the contract suites' http target), so they keep their shape.
 * @example console.log(startBanner({ listening, host: '127.0.0.1', seed: 1, merchant }))
 */
export function startBanner({ listening, host, seed, merchant, adminToken }: StartBannerInput): string {
  const auth = adminToken ? ` -H "authorization: Bearer $NPAY_SANDBOX_ADMIN_TOKEN"` : ''
  const { origin, baseUrl, port, allInterfaces } = listening
  const where = allInterfaces
    ? `listening on all interfaces (${host.includes(':') ? `[${host}]` : host}:${port}); from this machine:`
    : 'listening'
  const commerce = merchant.api === 'commerce'
  const api = commerce ? 'Commerce API (smartstore seller)' : 'Npay 주문형 가맹점 API'
  return `npay-sandbox ${where}
  API base URL   ${baseUrl}
  token          POST ${baseUrl}/v1/oauth2/token${commerce ? '   (type=SELF)' : ''}
  control plane  ${origin}/__sandbox   (health: ${origin}/__sandbox/health)
  dashboard      ${origin}/__sandbox/ui
  seed           ${seed}   (--seed ${seed} repeats this run's ids and data)
default merchant (${api})
  client_id      ${merchant.clientId}
  client_secret  ${merchant.clientSecret}
  mallId         ${merchant.mallId}
Create an order:  curl -X POST ${origin}/__sandbox/orders -H 'content-type: application/json'${auth} -d '{}'`
}
