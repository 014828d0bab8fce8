// Parser for one endpoint page of the official Commerce API docs as shipped (markdown) by
// naver-commerce-api-docs-cli. The pages are rendered Redoc output: every field is a bold line
// `**name**type[required|nullable]`, enum values follow a field as a `| 코드 | 설명 |` table or as
// `**Possible values:** [`A`, `B`]`, and each response ends with a ```json example that shows the nesting.

/** Where a field was documented. */
export type DocLocation = 'path' | 'query' | 'body' | 'response'

/** One `**name**type` line. */
export interface DocField {
  readonly name: string
  readonly location: DocLocation
  readonly type: string
  /** Enum type name such as `claimReason.pay-order-seller`, when the docs name one. */
  readonly enumType: string | undefined
  readonly required: boolean
  readonly nullable: boolean
}

/** Enum values documented under one field. */
export interface DocEnum {
  readonly field: string
  readonly location: DocLocation
  readonly enumType: string | undefined
  readonly values: readonly string[]
}

/** What one endpoint page documents. */
export interface EndpointDoc {
  readonly method: string
  readonly path: string
  readonly fields: readonly DocField[]
  readonly enums: readonly DocEnum[]
  /** The request body example, when the page has one. */
  readonly requestExample: unknown
  /** The success response example, when the page has one. */
  readonly responseExample: unknown
}

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
const FIELD_LINE = /^\*\*([A-Za-z_][A-Za-z0-9_]*)\*\*(.*)$/
const TABLE_ROW = /^\|\s*(.+?)\s*\|/
const TABLE_SEPARATOR = /^\|\s*:?-{3,}/
const POSSIBLE_VALUES = /^\*\*Possible values:\*\*\s*\[(.*)\]\s*$/
const ENUM_TYPE = /([A-Za-z][\w]*\.[\w-]+)\s*\(/

const frontMatterValue = (text: string, key: string): string => {
  const m = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)
  if (!m?.[1]) throw new Error(`docs page has no front-matter ${key}`)
  return m[1].trim().replace(/^"(.*)"$/, '$1')
}

const parseJson = (text: string | undefined): unknown => {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const parseField = (name: string, rest: string, location: DocLocation): DocField => {
  const trimmed = rest.trim()
  const required = trimmed.endsWith('required')
  const nullable = trimmed.endsWith('nullable')
  const type = trimmed.replace(/(required|nullable)$/, '').trim()
  return { name, location, type, enumType: ENUM_TYPE.exec(type)?.[1], required, nullable }
}

/** Splits the page into the request part, the success-response part and the rest. */
const sections = (lines: readonly string[]) => {
  const request = lines.findIndex((l) => l.startsWith('## Request'))
  const responses = lines.findIndex((l) => l.startsWith('## Responses'))
  if (request < 0 || responses < 0) throw new Error('docs page lacks ## Request or ## Responses')
  const firstFence = lines.findIndex((l, i) => i > responses && l.startsWith('```json'))
  const fenceEnd = lines.findIndex(
    (l, i) => i > firstFence && l.startsWith('```') && !l.startsWith('```json'),
  )
  const successEnd = firstFence < 0 ? lines.length : firstFence
  const example =
    firstFence < 0 || fenceEnd < 0 ? undefined : lines.slice(firstFence + 1, fenceEnd).join('\n')
  return { request: [request, responses] as const, success: [responses, successEnd] as const, example }
}

/**
 * Parses one endpoint page.
 * @example
 * const doc = parseEndpointDoc(readFileSync('docs/api/v1/oauth2/token.POST.md', 'utf8'))
 * doc.fields.filter((f) => f.location === 'body').map((f) => f.name) // ['client_id', ...]
 */
export const parseEndpointDoc = (markdown: string): EndpointDoc => {
  const lines = markdown.split(/\r?\n/)
  const { request, success, example } = sections(lines)
  const fields: DocField[] = []
  const enums: DocEnum[] = []

  const scan = (from: number, to: number, initial: DocLocation) => {
    let location = initial
    let current: DocField | undefined
    const addValues = (values: string[]) => {
      if (!current || values.length === 0) return
      const { name, enumType } = current
      const existing = enums.find(
        (e) => e.field === name && e.location === location && e.enumType === enumType,
      )
      if (existing) (existing.values as string[]).push(...values.filter((v) => !existing.values.includes(v)))
      else enums.push({ field: name, location, enumType, values })
    }
    for (let i = from; i < to; i++) {
      const line = lines[i] ?? ''
      if (line.startsWith('### Path Parameters')) location = 'path'
      else if (line.startsWith('### Query Parameters')) location = 'query'
      else if (line.startsWith('### Body')) location = 'body'
      const field = FIELD_LINE.exec(line)
      if (field?.[1] !== undefined) {
        const [, name, rest = ''] = field
        // `**POST** `/v1/...`` lines name the operation, not a field.
        if (HTTP_METHODS.has(name) && rest.trimStart().startsWith('`')) continue
        if (rest.startsWith('Possible values') || name === 'Example' || name === 'Default') continue
        current = parseField(name, rest, location)
        fields.push(current)
        continue
      }
      const possible = POSSIBLE_VALUES.exec(line)
      if (possible?.[1] !== undefined) {
        addValues(possible[1].split(',').map((v) => v.trim().replace(/^`|`$/g, '')))
        continue
      }
      const row = TABLE_ROW.exec(line)
      if (row?.[1] !== undefined && current && !current.type.startsWith('boolean')) {
        // A row directly above a `| --- |` separator is the table header, whatever its wording.
        const isHeader = TABLE_SEPARATOR.test(lines[i + 1] ?? '')
        const cell = row[1].replace(/\*\*/g, '').trim()
        if (isHeader || cell === '' || TABLE_SEPARATOR.test(line)) continue
        addValues([cell])
      }
    }
  }
  scan(request[0], request[1], 'body')
  scan(success[0], success[1], 'response')

  const curl = /-d '([\s\S]*?)'\s*\n```/.exec(markdown)?.[1]
  return {
    method: frontMatterValue(markdown, 'method').toUpperCase(),
    path: frontMatterValue(markdown, 'path'),
    fields,
    enums,
    requestExample: parseJson(curl),
    responseExample: parseJson(example),
  }
}

/**
 * Lists every key path of a JSON example, arrays transparent: `{a: [{b: 1}]}` → `['a', 'a.b']`.
 * @example
 * keyPaths({ data: { items: [{ id: 1 }] } }) // ['data', 'data.items', 'data.items.id']
 */
export const keyPaths = (value: unknown, prefix = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, prefix))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return [path, ...keyPaths(v, path)]
  })
}
