// Writes docs/errors.md from the error catalogue (run by `pnpm gen`).
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  type CatalogueEntry,
  GATEWAY_ERRORS,
  ORDER_ERRORS,
  SETTLEMENT_ERRORS,
  TOKEN_ERRORS,
} from '../src/errors.ts'

const table = (title: string, entries: Record<string, CatalogueEntry>, note: string) =>
  [
    `## ${title}`,
    '',
    note,
    '',
    '| HTTP | code | message | meaning |',
    '|---|---|---|---|',
    ...Object.entries(entries).map(
      ([code, e]) => `| ${e.status} | \`${code}\` | ${e.message} | ${e.meaning} |`,
    ),
    '',
  ].join('\n')

const doc = [
  '<!-- generated — do not edit. Source: packages/protocol/src/errors.ts; regenerate with `pnpm gen`. -->',
  '# Error catalogue',
  '',
  'Every error the emulator answers, with the HTTP status and the exact message (facts §4.3, §5).',
  '',
  table('Gateway (GNCP)', GATEWAY_ERRORS, 'Body `{code, message, timestamp, traceId}`.'),
  table(
    'Order service',
    ORDER_ERRORS,
    'Body `{code, message, timestamp, traceId, invalidInputs?}` for query endpoints (HTTP 400). Batch and claim actions answer HTTP 200 with per-item `{productOrderId, code, message}` in `failProductOrderInfos`.',
  ),
  table(
    'Settlement service',
    SETTLEMENT_ERRORS,
    'Body `{code, message, invalidInputs, timestamp, traceId}` (`invalidInputs` always present).',
  ),
  table(
    'Token endpoint [REC]',
    TOKEN_ERRORS,
    'The real codes are not public; the emulator names the offending parameter in `invalidInputs` and explains the cause in the `X-Npay-Sandbox-Diagnostic` header.',
  ),
].join('\n')

const target = fileURLToPath(new URL('../../../docs/errors.md', import.meta.url))
writeFileSync(target, doc)
console.log(`wrote ${target}`)
