/**
 * The state document as JSON text in pieces, so a large sandbox is sent without building one string
 * (V8 caps a string near 512 MB, and a 100,000-product-order state comes close): long arrays go out in
 * batches of records, everything else as `JSON.stringify` writes it. Joined, the pieces parse to the same
 * value as `JSON.stringify(state)`.
 */

/** Records per piece of a long array. */
const BATCH = 256

/**
 * JSON text of `value` in pieces.
 * @example for (const piece of jsonChunks(engine.exportState())) stream.write(piece)
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (Array.isArray(value) && value.length > BATCH) {
    yield '['
    for (let i = 0; i < value.length; i += BATCH) {
      const text = JSON.stringify(value.slice(i, i + BATCH))
      yield (i === 0 ? '' : ',') + text.slice(1, -1)
    }
    yield ']'
    return
  }
  if (isPlainObject(value)) {
    yield '{'
    let first = true
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
      yield `${first ? '' : ','}${JSON.stringify(key)}:`
      first = false
      yield* jsonChunks(item)
    }
    yield '}'
    return
  }
  yield JSON.stringify(value) ?? 'null'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
