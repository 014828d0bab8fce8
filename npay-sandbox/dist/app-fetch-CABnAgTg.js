import { t as createApp } from './app-CCQsJaIU.js'
import 'node:module'

//#region \0rolldown/runtime.js
var __defProp = Object.defineProperty
var __exportAll = (all, no_symbols) => {
  const target = {}
  for (var name in all)
    __defProp(target, name, {
      get: all[name],
      enumerable: true,
    })
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: 'Module' })
  return target
}
//#endregion
//#region ../mock-server/src/app-fetch.ts
var app_fetch_exports = /* @__PURE__ */ __exportAll({ appFetch: () => appFetch })
/**
 * A fresh app over `engine`, reached through `app.request`.
 * @example const target = inProcessTarget(appFetch) // npay-sandbox/scenarios
 */
const appFetch = (engine) => {
  const app = createApp(engine)
  return (request) => app.request(request)
}

//#endregion
export { app_fetch_exports as n, appFetch as t }
