import { definePackageBuild } from '../../tsup.base.js';

// vitest is the runner of the suites this package exports, never bundled. It is ESM-only, so
// `require('@onecase/testing')` gets a face without the vitest-bound suite (src/portable.ts).
export default definePackageBuild({
  entry: ['src/index.ts', 'src/fixtures.ts', 'src/vitest.ts'],
  requireEntry: { index: 'src/portable.ts', fixtures: 'src/fixtures.ts', vitest: 'src/vitest.ts' },
  external: ['vitest'],
});
