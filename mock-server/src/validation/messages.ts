/**
 * Ajv errors as `invalidInputs` entries. Types follow the Bean Validation names the real services use
 * (`NotNull`, `Size`, `Pattern`, `Min`, `Max`, `typeMismatch`); messages are the standard Korean
 * validator texts (the real ones are not public, facts §4.3).
 */
import type { InvalidInput } from '@npay-sandbox/protocol'
import type { ErrorObject } from 'ajv'

function fieldName(e: ErrorObject, prefix: string): string {
  const segments = e.instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
  if (e.keyword === 'required') segments.push(String(e.params.missingProperty))
  let name = prefix
  for (const s of segments) name += /^\d+$/.test(s) ? `[${s}]` : name ? `.${s}` : s
  return name || 'body'
}

export function describeError(e: ErrorObject, prefix: string): InvalidInput {
  const name = fieldName(e, prefix)
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return { name, type: 'NotNull', message: '널이어서는 안됩니다' }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return { name, type: 'Size', message: `크기가 허용 범위를 벗어났습니다 (${e.keyword} ${p.limit})` }
    case 'minimum':
    case 'exclusiveMinimum':
      return { name, type: 'Min', message: `${p.limit} 이상이어야 합니다` }
    case 'maximum':
    case 'exclusiveMaximum':
      return { name, type: 'Max', message: `${p.limit} 이하여야 합니다` }
    case 'pattern':
    case 'format':
      return { name, type: 'typeMismatch', message: '잘못된 값입니다.' }
    case 'enum':
      return { name, type: 'typeMismatch', message: '잘못된 값입니다.' }
    case 'type':
      return { name, type: 'typeMismatch', message: '잘못된 값입니다.' }
    default:
      return { name, type: 'Invalid', message: '잘못된 값입니다.' }
  }
}
