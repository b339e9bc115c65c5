import { definePackageBuild } from '../../tsup.base.js';

export default definePackageBuild({
  // The China holiday data is imported as JSON with `with { type: 'json' }`, which Node ESM
  // requires (Node ≥ 20.10); esbuild drops the attribute for a node20 target unless told.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
