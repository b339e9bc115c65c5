import { definePackageBuild } from '../../tsup.base.js';

// vitest is the runner of the suites this package exports, never bundled.
export default definePackageBuild({ entry: ['src/index.ts', 'src/fixtures.ts'], external: ['vitest'] });
