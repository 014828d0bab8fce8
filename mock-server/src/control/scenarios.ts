/**
 * Named seeds and transition coverage over the control plane: `GET /__sandbox/scenarios` lists the
 * seeds, `POST /__sandbox/scenarios/{name}` applies one to a merchant (through the engine's own
 * transitions) and answers with what it created, `GET /__sandbox/coverage` reports which rows of the
 * state table a merchant's traffic went through and which business error codes its journal saw.
 */
import type { Engine } from '@npay-sandbox/engine'
import { applySeed, coverageReport, errorCodesIn, rowCounts, SEEDS } from '@npay-sandbox/scenarios'
import type { ControlHandlers } from '../registry/index.ts'
import { json } from '../respond.ts'

/** The journal keeps the newest entries only, so error codes cover recent traffic. */
const JOURNAL_ENTRIES = 1_000

function summary(seed: (typeof SEEDS)[number]) {
  return {
    name: seed.name,
    description: seed.description,
    ...(seed.promise ? { promise: seed.promise } : {}),
    defaultCount: seed.defaultCount,
    movesClock: seed.movesClock,
    params: seed.params.map((p) => ({
      name: p.name,
      description: p.description,
      default: p.default,
      minimum: p.min,
      maximum: p.max,
    })),
  }
}

/**
 * listScenarios, applyScenario and getCoverage.
 * @example mountControl(app, engine, { ...scenarioHandlers(engine), … })
 */
export function scenarioHandlers(engine: Engine) {
  return {
    listScenarios: { tenant: 'none', handle: (_input, c) => json(c, { scenarios: SEEDS.map(summary) }, 200) },
    applyScenario: {
      tenant: 'merchant',
      handle: ({ tenant, path, body }, c) => {
        const result = applySeed(engine, path.name, {
          clientId: tenant.clientId,
          count: body.count,
          seed: body.seed,
          params: body.params,
        })
        return json(c, result, 201)
      },
    },
    getCoverage: {
      tenant: 'merchant',
      handle: ({ tenant }, c) => {
        tenant.tick()
        const codes = new Map<string, number>()
        for (const entry of tenant.journal.list({ limit: JOURNAL_ENTRIES }))
          for (const code of errorCodesIn(entry.response.body)) codes.set(code, (codes.get(code) ?? 0) + 1)
        return json(c, { clientId: tenant.clientId, ...coverageReport(rowCounts([tenant]), codes) }, 200)
      },
    },
  } satisfies ControlHandlers
}
