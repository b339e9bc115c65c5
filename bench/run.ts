import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchSuite, isSpread, ROUND_MS, ROUNDS } from './benchSuite.js';

// `pnpm bench [name…]` runs every suite in bench/suites (or the named ones) and writes bench/results/<name>.json.
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'suites'))
  .filter((file) => file.endsWith('.ts'))
  .sort();
mkdirSync(join(here, 'results'), { recursive: true });

/** The median of every ratio (each a `Spread`) under `figures`, by dotted path; a `summary` object is printed as it is. */
function medians(figures: unknown, path: string, out: string[]): void {
  if (isSpread(figures)) {
    out.push(`${path}: ${figures.median} (min ${figures.min}, max ${figures.max}, ${figures.rounds} rounds)`);
    return;
  }
  if (typeof figures !== 'object' || figures === null || Array.isArray(figures)) return;
  for (const [key, value] of Object.entries(figures)) {
    if (key === 'summary' && typeof value === 'object' && value !== null) {
      for (const [label, text] of Object.entries(value))
        out.push(`${path}.${label}: ${JSON.stringify(text)}`);
    } else {
      medians(value, `${path}.${key}`, out);
    }
  }
}

const run = { rounds: ROUNDS, roundMs: ROUND_MS, cores: availableParallelism() };
const summary: Record<string, unknown> = { run };
const lines: string[] = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(join(here, 'suites', file)).href)).default as BenchSuite;
  if (wanted.length > 0 && !wanted.includes(suite.name)) continue;
  process.stdout.write(`bench ${suite.name} …\n`);
  const load = loadavg()[0]!;
  const figures = await suite.run();
  const result = {
    suite: suite.name,
    node: process.version,
    date: new Date().toISOString(),
    run: { ...run, loadAverage: { start: load, end: loadavg()[0]! } },
    ...figures,
  };
  writeFileSync(join(here, 'results', `${suite.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  summary[suite.name] = figures;
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  medians(figures, suite.name, lines);
}
writeFileSync(join(here, 'results', 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(
  `\nsummary: median (min, max) over ${ROUNDS} rounds of ${ROUND_MS} ms a side; ratios are taken within each round, …Us / …Ms are per-side values\n${lines.map((line) => `  ${line}`).join('\n')}\n`,
);
