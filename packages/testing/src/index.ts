// The ESM face: everything portable plus the vitest contract suite (also at `@onecase/testing/vitest`).
export * from './portable.js';
export * from './vitest.js';
