import type { ContractCase, Suite } from '../suite.js'
import type { Target } from '../targets/types.js'
import type { SessionFactory } from './session.js'
import type { CaseResult } from './types.js'
/** A case that has not finished after this long has hung (a real host that stopped answering). */
export declare const CASE_TIMEOUT_MS = 60000
/**
 * The id of a case: `suite/case-slug`.
 * @example caseId(tokens, tokens.cases[0]) // 'tokens/a-correctly-signed-request-returns-a-bearer-token'
 */
export declare function caseId(suite: Suite, contractCase: ContractCase): string
/**
 * Why a case cannot run on a target, or undefined when it can.
 * @example whyNot(target, contractCase, factory) // 'changes product orders on sandbox; pass --allow-mutations'
 */
export declare function whyNot(
  target: Target,
  contractCase: ContractCase,
  factory: SessionFactory,
): string | undefined
/**
 * Runs one case and reports it.
 * @example const result = await runCase(target, suite, suite.cases[0], sessions(target))
 */
export declare function runCase(
  target: Target,
  suite: Suite,
  contractCase: ContractCase,
  factory: SessionFactory,
): Promise<CaseResult>
