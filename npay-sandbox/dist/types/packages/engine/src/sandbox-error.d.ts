/** An error of the emulator's own control plane (not part of the real API). */
export declare class SandboxError extends Error {
  readonly status: number
  readonly code: string
  readonly details?: Record<string, unknown> | undefined
  constructor(status: number, code: string, message: string, details?: Record<string, unknown> | undefined)
}
