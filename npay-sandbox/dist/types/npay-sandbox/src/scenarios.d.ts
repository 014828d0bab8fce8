/**
 * `npay-sandbox/scenarios`: named seeds, Korean fake data, QA scenario files and their runner, JUnit XML
 * and transition coverage.
 * @example
 * import { inProcessTarget, runScenarios, scenarioFiles } from 'npay-sandbox/scenarios'
 * import { appFetch } from 'npay-sandbox'
 * const summary = await runScenarios(scenarioFiles(['qa/return.yaml']), inProcessTarget(appFetch))
 */
export * from '../../scenarios/src/index.js'
