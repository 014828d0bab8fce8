/** The refusal to serve an unprotected control plane to the network. */
import { isLoopbackBind } from './loopback.ts'

/** Environment variable that `start`, `seed --base-url`, `run --base-url` and the Action read the admin token from. */
export const ADMIN_TOKEN_ENV = 'NPAY_SANDBOX_ADMIN_TOKEN'

/**
 * Why listening on `host` must not happen, or undefined when it may: a non-loopback address without an
 * admin token lets anyone who reaches the machine reset the sandbox, replace its state and read merchant
 * secrets, unless the operator said `insecureNoAdminToken`.
 * @example bindRefusal('0.0.0.0', {}) // 'refusing to listen on 0.0.0.0 without an admin token: …'
 * @example bindRefusal('127.0.0.1', {}) // undefined
 */
export function bindRefusal(
  host: string,
  options: { adminToken?: string | undefined; insecureNoAdminToken?: boolean | undefined },
): string | undefined {
  if (options.adminToken !== undefined || options.insecureNoAdminToken || isLoopbackBind(host))
    return undefined
  return `refusing to listen on ${host} without an admin token: ${host} is reachable from other machines, and anyone who reaches it could reset the sandbox, replace its state and read merchant secrets through /__sandbox. Give --admin-token TOKEN (or set ${ADMIN_TOKEN_ENV}), or --insecure-no-admin-token on a network you trust, or listen on 127.0.0.1.`
}
