// The layering check of `pnpm check` (`pnpm layers`): no import cycle anywhere, and no import from a lower
// layer to a higher one. The layers, lowest first (DESIGN.md): schema ← protocol ← engine, client ←
// scenarios ← mock-server ← contracts, bench ← npay-sandbox (the published package and its CLI).
const LAYERS = [
  ['schema', 'packages/schema/'],
  ['protocol', 'packages/protocol/'],
  ['engine', 'packages/engine/'],
  ['client', 'packages/client/'],
  ['scenarios', 'scenarios/'],
  ['mock-server', 'mock-server/'],
  ['contracts', 'contracts/'],
  ['bench', 'bench/'],
  ['npay-sandbox', 'npay-sandbox/'],
]

/** What each layer may import besides itself and third-party packages. */
const MAY_IMPORT = {
  schema: [],
  protocol: ['schema'],
  engine: ['schema', 'protocol'],
  client: ['schema', 'protocol'],
  scenarios: ['schema', 'protocol', 'engine', 'client'],
  'mock-server': ['schema', 'protocol', 'engine', 'client', 'scenarios'],
  contracts: ['schema', 'protocol', 'engine', 'client', 'scenarios', 'mock-server'],
  bench: ['schema', 'protocol', 'engine', 'client', 'scenarios', 'mock-server'],
  'npay-sandbox': ['schema', 'protocol', 'engine', 'client', 'scenarios', 'mock-server', 'contracts'],
}

const folder = Object.fromEntries(LAYERS)
const regexOf = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const layerRules = LAYERS.map(([name, path]) => {
  const allowed = [name, ...MAY_IMPORT[name]].map((n) => regexOf(folder[n]))
  const others = LAYERS.map(([, p]) => p).filter((p) => !allowed.includes(regexOf(p)))
  return {
    name: `layer-${name}`,
    comment: `${name} may import only ${MAY_IMPORT[name].join(', ') || 'nothing of the workspace'}`,
    severity: 'error',
    from: { path: `^${regexOf(path)}` },
    to: { path: `^(${others.map(regexOf).join('|')})` },
  }
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, static or dynamic: the layers and each package form a tree.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'An import that does not resolve, such as a workspace package the importer does not depend on.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(test|generated)/|\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
}
