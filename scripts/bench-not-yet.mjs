console.log(
  'Benchmarks are not written yet: `pnpm bench` will measure throughput, latency and memory as ratios against a bare Hono baseline.',
)
