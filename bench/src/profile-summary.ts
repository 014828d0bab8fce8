/**
 * Reads a V8 `.cpuprofile` and says where the time went: self time by package (GC, V8 builtins such as
 * JSON.stringify, Node internals, each npm package, the emulator's own dist), the functions with the
 * most self time and the most inclusive time. Written next to each profile that `--profile` takes.
 * Samples taken while the profiler itself was starting (bench/src/server/profiler.ts) are left out.
 */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
export interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Where a frame's code lives: a package, a Node internal module, V8 itself. */
export function packageOf(frame: CallFrame): string {
  const { functionName, url } = frame
  if (functionName === '(garbage collector)') return 'GC'
  if (functionName === '(program)') return 'V8 and native code (program)'
  if (functionName === '(idle)') return 'idle'
  if (url === '') return `builtin or native: ${functionName || '(anonymous)'}`
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?([^/]+).*$/, 'node:$2')
  const modules = url.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/')
    return first?.startsWith('@') ? `${first}/${second}` : (first ?? url)
  }
  return url.replace(/^file:\/\/.*\/(bench|node_modules)\//, '$1/')
}

const frameName = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.slice(f.url.lastIndexOf('/') + 1)}:${f.lineNumber + 1}` : ''}`.trim()

/** Whether a sample's stack runs through the profiler's own start-up (memoised per node). */
function profilerStacks(byId: Map<number, ProfileNode>, parent: Map<number, number>) {
  const memo = new Map<number, boolean>()
  const ofProfiler = (id: number): boolean => {
    const known = memo.get(id)
    if (known !== undefined) return known
    const here = byId.get(id)!.callFrame.url.endsWith('/bench/src/server/profiler.ts')
    const up = parent.get(id)
    const result = here || (up !== undefined && ofProfiler(up))
    memo.set(id, result)
    return result
  }
  return { ofProfiler }
}

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
}

/**
 * Lines of text: busy time, self time by package, top functions by self and by inclusive time.
 * @example console.log(summariseProfile(JSON.parse(readFileSync('x.cpuprofile', 'utf8'))).join('\n'))
 */
export function summariseProfile(profile: CpuProfile, rows = 12): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const stacks = profilerStacks(byId, parent)
  const selfByPackage = new Map<string, number>()
  const selfByFunction = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  let idle = 0
  profile.samples.forEach((id, i) => {
    const weight = profile.timeDeltas[i] ?? 0
    const node = byId.get(id)
    if (!node || stacks.ofProfiler(id)) return
    total += weight
    const pkg = packageOf(node.callFrame)
    if (pkg === 'idle') {
      idle += weight
      return
    }
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + weight)
    const name = frameName(node.callFrame)
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + weight)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame
      if (frame.functionName === '(root)') continue
      const key = frameName(frame)
      if (!seen.has(key)) {
        seen.add(key)
        inclusive.set(key, (inclusive.get(key) ?? 0) + weight)
      }
    }
  })
  const busy = total - idle
  const share = (x: number) => `${((x / busy) * 100).toFixed(1).padStart(5)} %`
  return [
    `${(total / 1e6).toFixed(2)} s sampled, ${(busy / 1e6).toFixed(2)} s busy (shares below are of busy time)`,
    'self time by package:',
    ...top(selfByPackage, rows).map(([k, v]) => `  ${share(v)}  ${k}`),
    'top functions, self time:',
    ...top(selfByFunction, rows).map(([k, v]) => `  ${share(v)}  ${k}`),
    'top functions, inclusive time:',
    ...top(inclusive, rows * 2).map(([k, v]) => `  ${share(v)}  ${k}`),
  ]
}
