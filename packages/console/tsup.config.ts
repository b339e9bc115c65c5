import { definePackageBuild } from '../../tsup.base.js';

// `shims` gives the CommonJS build an `import.meta.url`, which finds the built applications.
export default definePackageBuild({ shims: true });
