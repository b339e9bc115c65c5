import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const app = fileURLToPath(new URL('./app/', import.meta.url));

// The two applications are built once into dist/app; `serveConsole` serves them as static files.
export default defineConfig({
  root: app,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/app/', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // The console carries ECharts (bar + line charts, canvas renderer only): about 570 kB
    // minified, 190 kB gzipped, loaded once and cached a year by its hashed name.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: { console: `${app}console.html`, portal: `${app}portal.html` },
    },
  },
});
