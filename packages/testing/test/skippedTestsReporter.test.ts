import type { TestModule } from 'vitest/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkippedTestsReporter } from '../../../scripts/skippedTestsReporter.js';

function module(project: string, moduleId: string, skipped: number): TestModule {
  const tests = Array.from({ length: skipped }, () => ({}));
  return {
    project: { name: project },
    moduleId,
    children: { allTests: (state?: string) => (state === 'skipped' ? tests.values() : [].values()) },
  } as unknown as TestModule;
}

function report(env: string | undefined, modules: TestModule[]): string[] {
  vi.stubEnv('DATABASE_URL', env);
  const lines: string[] = [];
  const reporter = new SkippedTestsReporter();
  reporter.onInit({ logger: { log: (line: string) => lines.push(line) } } as never);
  reporter.onTestRunEnd(modules);
  return lines;
}

describe('the skipped PostgreSQL tests notice', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('says how many server tests were skipped, where, and how to run them', () => {
    const lines = report('', [
      module('postgres', `${process.cwd()}/packages/postgres/test/contract.test.ts`, 15),
      module('postgres', `${process.cwd()}/packages/postgres/test/multiNode.test.ts`, 2),
      module('city', `${process.cwd()}/examples/city/test/simWeb.e2e.test.ts`, 3),
    ]);
    expect(lines.map((line) => line.trim())).toEqual([
      'Skipped 17 PostgreSQL-server test(s) in packages/postgres/test/contract.test.ts, packages/postgres/test/multiNode.test.ts: DATABASE_URL is unset. Run them with DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm test',
    ]);
  });

  it('stays quiet when DATABASE_URL is set or nothing was skipped', () => {
    const contract = module('postgres', 'packages/postgres/test/contract.test.ts', 15);
    expect(report('postgres://postgres@127.0.0.1:5432/test', [contract])).toEqual([]);
    expect(report('', [module('postgres', 'packages/postgres/test/pglite.test.ts', 0)])).toEqual([]);
  });
});
