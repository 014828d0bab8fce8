/**
 * The build-time check of a registry: every handler answers an operation of its index, and every
 * operation of the index has a handler unless it is listed as deliberately not emulated.
 */

/**
 * Throws, naming every problem at once, when `handlers` and `index` disagree.
 * @example checkHandlers('npay-api', operationIndex, handlers, []) // throws on a handler for 'getRefunds'
 */
export function checkHandlers(
  api: string,
  index: readonly { operationId: string }[],
  handlers: object,
  notEmulated: readonly string[],
): void {
  const indexed = new Set(index.map((op) => op.operationId))
  const handled = new Set(Object.keys(handlers))
  const skipped = new Set(notEmulated)
  const problems = [
    ...[...handled].filter((id) => !indexed.has(id)).map((id) => `a handler for ${id}, which ${api} lacks`),
    ...[...skipped]
      .filter((id) => !indexed.has(id))
      .map((id) => `${id} listed as not emulated, which ${api} lacks`),
    ...[...skipped]
      .filter((id) => handled.has(id))
      .map((id) => `${id} both handled and listed as not emulated`),
    ...[...indexed]
      .filter((id) => !handled.has(id) && !skipped.has(id))
      .map((id) => `no handler for ${id} (list it as not emulated if that is deliberate)`),
  ]
  if (problems.length > 0) throw new Error(`operation registry of ${api}: ${problems.join('; ')}`)
}
