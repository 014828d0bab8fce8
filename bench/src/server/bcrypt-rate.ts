/**
 * The raw bcryptjs rate the token endpoint is compared with. The server child measures it just before
 * the token load, so both numbers come from the same process, runtime and moment of the machine.
 */
import bcrypt from 'bcryptjs'

export interface BcryptRate {
  hashesPerSecond: number
  /** CPU time per hash, microseconds. */
  cpuMicrosPerHash: number
  /** The secret's cost factor. */
  cost: number
}

/** Hashes `client_id_timestamp` with `secret` as the salt, as the token endpoint does, for `seconds`. */
export function bcryptRate(clientId: string, secret: string, seconds: number): BcryptRate {
  for (let i = 0; i < 20; i++) bcrypt.hashSync(`warm_${i}`, secret)
  let n = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    bcrypt.hashSync(`${clientId}_${Date.now()}`, secret)
    n++
  }
  const elapsed = performance.now() - started
  const used = process.cpuUsage(cpu)
  return {
    hashesPerSecond: n / (elapsed / 1000),
    cpuMicrosPerHash: (used.user + used.system) / n,
    cost: Number(secret.slice(4, 6)),
  }
}
