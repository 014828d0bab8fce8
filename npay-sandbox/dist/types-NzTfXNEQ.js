//#region ../mock-server/src/commands/types.ts
/** Ends the process with a usage error. */
function usageError(message, usage) {
  console.error(`npay-sandbox: ${message}\n\nUsage:\n${usage}`)
  process.exit(2)
}

//#endregion
export { usageError as t }
