import { relative } from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * Says, in one line at the end of a run, how many PostgreSQL-server tests were skipped because
 * `DATABASE_URL` is unset and how to run them, so a green `pnpm check` does not hide them.
 *
 * @example
 * ```ts
 * export default defineConfig({ test: { reporters: ['default', new SkippedTestsReporter()] } });
 * ```
 */
export class SkippedTestsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (process.env.DATABASE_URL) return;
    const files = new Map<string, number>();
    for (const module of testModules) {
      // Only the postgres project gates tests on DATABASE_URL; PGlite tests there still run.
      if (module.project.name !== 'postgres') continue;
      const skipped = [...module.children.allTests('skipped')].length;
      if (skipped > 0) files.set(relative(process.cwd(), module.moduleId), skipped);
    }
    if (files.size === 0) return;
    const total = [...files.values()].reduce((sum, n) => sum + n, 0);
    const line =
      `Skipped ${total} PostgreSQL-server test(s) in ${[...files.keys()].join(', ')}: DATABASE_URL is unset. ` +
      'Run them with DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm test';
    (this.vitest?.logger ?? console).log(`\n${line}`);
  }
}
