export { createFakeClock, type FakeClock } from './createFakeClock.js';
export { createTestRouter, type TestRouter } from './createTestRouter.js';
export { type CaseStoreContractOptions, describeCaseStore } from './describeCaseStore.js';
export {
  type CoverageReport,
  type CoveredPath,
  type CoverWorkflowOptions,
  coverWorkflow,
  type EventSamples,
} from './coverWorkflow.js';
export { formatStateValue } from '@onecase/core';
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
