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
    rollupOptions: {
      input: { console: `${app}console.html`, portal: `${app}portal.html` },
    },
  },
});
