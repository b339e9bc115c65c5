import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['onecase-source'] },
  ssr: { resolve: { conditions: ['onecase-source'] } },
  // PGlite boots a WebAssembly PostgreSQL and some tests start child processes: give them room on a busy machine.
  test: {
    name: 'postgres',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/pgliteTemplate.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
