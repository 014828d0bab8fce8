/**
 * Ajv errors as `invalidInputs` entries. Types follow the Bean Validation names the real services use
 * (`NotNull`, `Size`, `Pattern`, `Min`, `Max`, `typeMismatch`); messages are the standard Korean
 * texts of Hibernate Validator, the Bean Validation implementation behind Spring services (the real
 * per-field texts are not public, facts §4.3; docs/fidelity.md).
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

/** `@Size`'s defaults when a bound is not declared: min 0, max Integer.MAX_VALUE. */
const SIZE_DEFAULT_MIN = 0
const SIZE_DEFAULT_MAX = 2_147_483_647

/**
 * Hibernate Validator's Korean `@Size` text, which names both bounds whichever one failed: the schema
 * beside the failing keyword (Ajv's `verbose` errors carry it) gives the other one.
 * @example sizeMessage(maxItemsError) // '크기가 1에서 300 사이여야 합니다'
 */
function sizeMessage(e: ErrorObject): string {
  const schema = (e.parentSchema ?? {}) as Record<string, unknown>
  const items = e.keyword === 'minItems' || e.keyword === 'maxItems'
  const min = (items ? schema.minItems : schema.minLength) ?? SIZE_DEFAULT_MIN
  const max = (items ? schema.maxItems : schema.maxLength) ?? SIZE_DEFAULT_MAX
  return `크기가 ${min}에서 ${max} 사이여야 합니다`
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
      return { name, type: 'Size', message: sizeMessage(e) }
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
