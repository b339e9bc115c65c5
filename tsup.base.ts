import { defineConfig, type Options } from 'tsup';

/**
 * What a package's build may change; `requireEntry` gives CommonJS a face of its own.
 *
 * @example
 * ```ts
 * definePackageBuild({ entry: ['src/index.ts'], requireEntry: { index: 'src/portable.ts' } });
 * ```
 */
export interface PackageBuildOptions extends Options {
  /**
   * Entries built for `require()` instead of `entry` (same output names), for a package whose
   * ESM face re-exports something CommonJS cannot load (vitest is ESM-only).
   */
  requireEntry?: Record<string, string>;
}

const shared: Options = { dts: true, sourcemap: true, target: 'node20' };

/**
 * The build every package shares: ESM + CJS with their own `.d.ts` / `.d.cts` for Node 20,
 * from `src/index.ts`.
 *
 * @example
 * ```ts
 * export default definePackageBuild();
 * ```
 */
export function definePackageBuild({ requireEntry, ...overrides }: PackageBuildOptions = {}) {
  if (requireEntry === undefined) {
    return defineConfig({
      entry: ['src/index.ts'],
      format: ['esm', 'cjs'],
      clean: true,
      ...shared,
      ...overrides,
    });
  }
  // Two builds run side by side into dist/, so each cleans only the files it writes.
  return defineConfig([
    {
      entry: ['src/index.ts'],
      ...shared,
      ...overrides,
      format: ['esm'],
      clean: ['**/*.js', '**/*.js.map', '**/*.d.ts'],
    },
    {
      ...shared,
      ...overrides,
      entry: requireEntry,
      format: ['cjs'],
      clean: ['**/*.cjs', '**/*.cjs.map', '**/*.d.cts'],
    },
  ]);
}
