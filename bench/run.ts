import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchSuite } from './benchSuite.js';

// `pnpm bench [name…]` runs every suite in bench/suites (or the named ones) and writes bench/results/<name>.json.
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'suites'))
  .filter((file) => file.endsWith('.ts'))
  .sort();
mkdirSync(join(here, 'results'), { recursive: true });
const summary: Record<string, unknown> = {};
for (const file of files) {
  const suite = (await import(pathToFileURL(join(here, 'suites', file)).href)).default as BenchSuite;
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  process.stdout.write(`bench ${suite.name} …\n`);
  const figures = await suite.run();
  const result = { suite: suite.name, node: process.version, date: new Date().toISOString(), ...figures };
  writeFileSync(join(here, 'results', `${suite.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  summary[suite.name] = figures;
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
writeFileSync(join(here, 'results', 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
