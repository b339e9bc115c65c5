// Everything of @onecase/testing that runs under any test runner (vitest, Jest, node:test) and
// under require(): the CommonJS face. The ESM face (index.ts) adds the vitest-bound suite.
export { formatStateValue } from '@onecase/core';
export {
  type CoverageReport,
  type CoveredPath,
  type CoverWorkflowOptions,
  coverWorkflow,
  type EventSamples,
} from './coverWorkflow.js';
export { createFakeClock, type FakeClock } from './createFakeClock.js';
export { createTestRouter, type TestRouter } from './createTestRouter.js';
export { type StateChartOptions, stateChart, withStateChart } from './stateChart.js';
export { unreachableClient } from './unreachableClient.js';
export {
  type SpecAdvance,
  type SpecCommand,
  type SpecExpectation,
  type SpecGiven,
  type SpecResult,
  type SpecStep,
  type SpecWhen,
  type StateValueFrom,
  WorkflowAssertionError,
  type WorkflowSpec,
  type WorkflowSpecOptions,
  workflowSpec,
} from './workflowSpec.js';
