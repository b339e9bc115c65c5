import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['onecase-source'] },
  ssr: { resolve: { conditions: ['onecase-source'] } },
  test: { name: 'console', include: ['test/**/*.test.ts'] },
});
