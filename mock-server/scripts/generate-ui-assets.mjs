// Embeds the dashboard's static files (src/ui/static) into src/ui/generated/assets.ts (run by `pnpm gen`).
import { fileURLToPath } from 'node:url'
import { embedFiles } from '../../scripts/embed-files.mjs'

embedFiles({
  from: fileURLToPath(new URL('../src/ui/static/', import.meta.url)),
  to: fileURLToPath(new URL('../src/ui/generated/assets.ts', import.meta.url)),
  exportName: 'DASHBOARD_FILES',
  include: /\.(html|js|css|svg)$/,
  what: 'the dashboard files of mock-server/src/ui/static',
  source: 'mock-server/scripts/generate-ui-assets.mjs',
})
