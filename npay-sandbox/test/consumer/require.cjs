// A CommonJS project loads the ESM package through require(esm) (Node ≥ 20.19).
const { createSandbox } = require('npay-sandbox')
const sandbox = createSandbox({ seed: 1 })
sandbox.app
  .request('/__sandbox/health')
  .then(async (res) => console.log(res.status, JSON.stringify(await res.json())))
