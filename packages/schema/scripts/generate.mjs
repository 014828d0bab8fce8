// Regenerates src/generated/* from openapi/*.yaml. Output is byte-stable so CI can regenerate and diff.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import YAML from 'yaml'
import { bundleExternalRefs } from './bundle.mjs'
import { commerceDocument } from './commerce-profile.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const specDir = join(root, 'openapi')
const outDir = join(root, 'src', 'generated')
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

const header = (source) =>
  `// generated — do not edit. Source: openapi/${source}; regenerate with \`pnpm gen\` (scripts/generate.mjs).\n`

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())

const loadYaml = (file) => YAML.parse(readFileSync(join(specDir, file), 'utf8'), { uniqueKeys: true })

/** Lists every operation of a document in path order, with the alias paths the emulator also serves. */
const indexOperations = (doc) => {
  const entries = []
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (!op) continue
      entries.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        aliases: op['x-npay-sandbox-aliases'] ?? [],
      })
    }
  }
  return entries
}

const write = (file, text) => {
  writeFileSync(join(outDir, file), text)
  console.log(`wrote src/generated/${file}`)
}

const main = async () => {
  mkdirSync(outDir, { recursive: true })
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
  const loaded = new Map(files.map((f) => [f, loadYaml(f)]))

  const documents = files.map((file) => ({
    file,
    name: file.replace(/\.yaml$/, ''),
    doc: bundleExternalRefs(loaded.get(file), (ref) => {
      const target = loaded.get(ref)
      if (!target) throw new Error(`${file}: external $ref to unknown file ${ref}`)
      return target
    }),
  }))
  const mall = documents.find((d) => d.name === 'npay-api')
  documents.push({
    file: 'profiles/commerce-api.yaml over npay-api.yaml',
    name: 'commerce-api',
    doc: commerceDocument(mall.doc, loadYaml('profiles/commerce-api.yaml')),
  })

  for (const { file, name, doc } of documents) {
    write(
      `${name}.document.ts`,
      `${header(file)}export const ${camel(name)}Document = ${JSON.stringify(doc, null, 2)} as const\n`,
    )

    // A `default` says what the server assumes when a field is absent; it must not make the field required.
    const ast = await openapiTS(doc, { silent: true, defaultNonNullable: false })
    write(`${name}.types.ts`, header(file) + astToString(ast))

    const index = indexOperations(doc)
    const [indexFile, indexName] =
      name === 'npay-api'
        ? ['operation-index.ts', 'operationIndex']
        : [`${name}.operation-index.ts`, `${camel(name)}OperationIndex`]
    write(
      indexFile,
      `${header(file)}export const ${indexName} = ${JSON.stringify(index, null, 2)} as const\n`,
    )
  }
}

main().catch((err) => {
  console.error(err)
  process.exitCode = 1
})
