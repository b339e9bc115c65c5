import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['onecase-source'] },
  ssr: { resolve: { conditions: ['onecase-source'] } },
  test: {
    name: 'testing',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
