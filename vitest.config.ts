import { defineConfig } from 'vitest/config';
import { SkippedTestsReporter } from './scripts/skippedTestsReporter.js';

export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
    reporters: ['default', new SkippedTestsReporter()],
  },
});
