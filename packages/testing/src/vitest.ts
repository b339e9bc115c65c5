// The vitest-bound part of the package (`@onecase/testing/vitest`): vitest is ESM-only, so this
// subpath is what `require('@onecase/testing')` leaves out.
export { type CaseStoreContractOptions, describeCaseStore } from './describeCaseStore.js';
