export { createFakeClock, type FakeClock } from './createFakeClock.js';
export { createTestRouter, type TestRouter } from './createTestRouter.js';
export { type CaseStoreContractOptions, describeCaseStore } from './describeCaseStore.js';
