/**
 * Runs one case against a target: decides first whether it may run there (mutations, clock, provider
 * states), then runs it with a fresh session and turns what happened into a `CaseResult`.
 */
import { NpayApiError } from '@npay-sandbox/client'
import type { Exchange } from '../exchange/types.ts'
import { isRecord, slug } from '../internal/json.ts'
import { SkipCase } from '../internal/skip.ts'
import type { ContractCase, Suite } from '../suite.ts'
import type { Target } from '../targets/types.ts'
import { caseContext } from './context.ts'
import type { SessionFactory } from './session.ts'
import type { CaseProblem, CaseResult, Outcome } from './types.ts'

/** A case that has not finished after this long has hung (a real host that stopped answering). */
export const CASE_TIMEOUT_MS = 60_000

/**
 * The id of a case: `suite/case-slug`.
 * @example caseId(tokens, tokens.cases[0]) // 'tokens/a-correctly-signed-request-returns-a-bearer-token'
 */
export function caseId(suite: Suite, contractCase: ContractCase): string {
  return `${suite.id}/${slug(contractCase.name)}`
}

/**
 * Why a case cannot run on a target, or undefined when it can.
 * @example whyNot(target, contractCase, factory) // 'changes product orders on sandbox; pass --allow-mutations'
 */
export function whyNot(
  target: Target,
  contractCase: ContractCase,
  factory: SessionFactory,
): string | undefined {
  if (contractCase.requires?.includes('clock') && !target.control) {
    return `needs an emulator's control plane to move the clock; ${target.name} has none`
  }
  if (contractCase.mutates && !target.allowMutations) {
    return `changes product orders on ${target.name}; pass --allow-mutations to run it`
  }
  for (const name of contractCase.needs ?? []) {
    const reason = factory.unavailable(name)
    if (reason) return reason
  }
  return undefined
}

/**
 * Runs one case and reports it.
 * @example const result = await runCase(target, suite, suite.cases[0], sessions(target))
 */
export async function runCase(
  target: Target,
  suite: Suite,
  contractCase: ContractCase,
  factory: SessionFactory,
): Promise<CaseResult> {
  const started = Date.now()
  const exchanges: Exchange[] = []
  const finish = (outcome: Outcome, reason?: string): CaseResult => {
    const problems = problemsOf(exchanges)
    const failedBySchema = outcome === 'passed' && problems.length > 0
    return {
      id: caseId(suite, contractCase),
      suite: suite.id,
      name: contractCase.name,
      operations: contractCase.operations,
      outcome: failedBySchema ? 'failed' : outcome,
      ...(failedBySchema
        ? { reason: `${problems.length} response problem(s) against the OpenAPI document` }
        : reason === undefined
          ? {}
          : { reason }),
      dataDependent: contractCase.dataDependent === true,
      exchanges,
      problems,
      durationMs: Date.now() - started,
    }
  }
  const refusal = whyNot(target, contractCase, factory)
  if (refusal) return finish('skipped', refusal)
  try {
    const session = await factory.open(contractCase.name, (e) => exchanges.push(e))
    await withTimeout(contractCase.run(caseContext(target, contractCase, session, exchanges)))
    return finish('passed')
  } catch (error) {
    if (error instanceof SkipCase) return finish('skipped', error.message)
    const unsupported = unsupportedOperation(exchanges)
    if (unsupported) return finish('unsupported', unsupported)
    return finish('failed', describe(error))
  }
}

function problemsOf(exchanges: Exchange[]): CaseProblem[] {
  return exchanges.flatMap((e, index) =>
    e.problems.map((p) => ({ ...p, operationId: e.operationId, status: e.status, exchange: index })),
  )
}

/**
 * A case that fails after a documented operation answered 404 `GW.NOT_FOUND` (not served yet) or a 403
 * gateway error (the app lacks that API group, or its IP is not allowed) ran into what the target does
 * not offer this app: that is what to report, not the assertion that tripped over it.
 */
function unsupportedOperation(exchanges: Exchange[]): string | undefined {
  for (const e of exchanges) {
    const code = isRecord(e.responseBody) ? e.responseBody.code : undefined
    if (e.operationId === undefined || typeof code !== 'string') continue
    if (e.status === 404 && code === 'GW.NOT_FOUND') {
      return `the target answers 404 GW.NOT_FOUND for ${e.operationId} (not served)`
    }
    if (e.status === 403 && code.startsWith('GW.')) {
      return `the target refuses ${e.operationId} with 403 ${code} (no permission for this app)`
    }
  }
  return undefined
}

function describe(error: unknown): string {
  if (error instanceof NpayApiError) {
    return `${error.name} ${error.status} ${error.code ?? ''}: ${error.message}${error.diagnostic ? ` (${error.diagnostic})` : ''}`
  }
  return error instanceof Error ? error.message : String(error)
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the case did not finish within ${CASE_TIMEOUT_MS} ms`)),
      CASE_TIMEOUT_MS,
    )
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
