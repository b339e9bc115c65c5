import { defineConfig, type Options } from 'tsup';

/** The build every package shares: ESM + CJS + `.d.ts` for Node 20, from `src/index.ts`. */
export function definePackageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    ...overrides,
  });
}
