// The docs pages the fidelity tests read: every page of the order (pay-order/seller) and settlement
// (pay-settle) APIs of the docs package, and the token page, parsed.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type EndpointDoc, parseEndpointDoc } from './parse-endpoint-doc.ts'

const docsRoot = fileURLToPath(
  new URL('../../node_modules/naver-commerce-api-docs-cli/docs/api/v1/', import.meta.url),
)

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) return markdownFiles(full)
      return name.endsWith('.md') ? [full] : []
    })

/**
 * Every page, with its file relative to the docs' `api/v1` folder.
 * @example docsPages().map((p) => p.file) // ['oauth2/token.POST.md', 'pay-order/seller/…', …] (sorted by folder)
 */
export function docsPages(): { file: string; page: EndpointDoc }[] {
  return [
    ...markdownFiles(join(docsRoot, 'pay-order/seller')),
    ...markdownFiles(join(docsRoot, 'pay-settle')),
    join(docsRoot, 'oauth2/token.POST.md'),
  ].map((file) => ({ file: relative(docsRoot, file), page: parseEndpointDoc(readFileSync(file, 'utf8')) }))
}
