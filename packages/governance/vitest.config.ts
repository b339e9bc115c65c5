import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['onecase-source'] },
  ssr: { resolve: { conditions: ['onecase-source'] } },
  test: { name: 'governance', include: ['test/**/*.test.ts'] },
});
