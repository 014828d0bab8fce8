import type { Exchange } from '../exchange/types.js'
import type { CaseContext, ContractCase } from '../suite.js'
import type { Target } from '../targets/types.js'
import { type Session } from './session.js'
/**
 * The context of one case. `log` collects every exchange the case makes, through any of its clients.
 * @example const context = caseContext(target, contractCase, session, log)
 */
export declare function caseContext(
  target: Target,
  contractCase: ContractCase,
  session: Session,
  log: Exchange[],
): CaseContext
