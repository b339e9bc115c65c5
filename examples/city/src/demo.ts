import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFakeClock } from '@onecase/testing';
import { CliError, fromInvokingDir, parseCli } from './cli.js';
import { createCity } from './createCity.js';
import { createTimeline } from './demo/createTimeline.js';
import { openDemoStore } from './demo/openDemoStore.js';
import { runCityDay } from './demo/runCityDay.js';
import { summarizeDay } from './demo/summarizeDay.js';

const USAGE = `Usage: pnpm demo [--pglite <dir>]

Plays one scripted day in the example city across the web portal, counter 3 and the 12345
hotline, and prints what happened to each case. The cases are kept in memory unless:

Options:
  --pglite <dir>  keep them in an embedded PGlite directory (relative to where you run the
                  command; created if missing); a second run continues the same cases
  -h, --help      show this help

Environment:
  DATABASE_URL    keep them in PostgreSQL instead, e.g. postgres://postgres@127.0.0.1:5432/test
  CITY_SECRET     the router secret that keys citizen identifiers (default: a demo secret)`;

// `pnpm demo` — one scripted day in the city, across the web portal, counter 3 and the 12345 hotline.
const { values } = parseCli({ name: 'pnpm demo', usage: USAGE, options: { pglite: { type: 'string' } } });
const pglite = values.pglite === undefined ? undefined : fromInvokingDir(values.pglite);
// PGlite creates its own directory but not the folders above it (`.data/` on a first run).
if (pglite !== undefined) mkdirSync(dirname(pglite), { recursive: true });
const databaseUrl = process.env.DATABASE_URL || undefined;
if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/[^\s]+$/.test(databaseUrl)) {
  throw new CliError(
    `DATABASE_URL must be a postgres:// URL such as postgres://postgres@127.0.0.1:5432/test, not '${databaseUrl}'`,
  );
}
const secret = process.env.CITY_SECRET ?? 'example-city-demo-secret';
const { store, description, close } = await openDemoStore({
  ...(pglite !== undefined ? { pglite } : {}),
  ...(databaseUrl !== undefined ? { databaseUrl } : {}),
});
const clock = createFakeClock(Date.UTC(2026, 2, 2, 0, 0));
const city = createCity({ clock, secret, ...(store ? { store } : {}) });
const timeline = createTimeline(city, { now: clock.now, write: (line) => console.log(line) });

console.log(`A day in the city — cases kept in ${description}`);
console.log(
  `${'time'.padEnd(16)} ${'channel'.padEnd(8)} ${'actor'.padEnd(20)} ${'event'.padEnd(22)} ${'state'.padEnd(26)} reference`,
);
try {
  const result = await runCityDay({ router: city, clock, timeline, secret });
  console.log(summarizeDay(result.cases, timeline.entries));
  if (result.continued > 0) console.log(`  ${'continued from earlier'.padEnd(26)} ${result.continued}`);
} finally {
  timeline.stop();
  await city.close();
  await close();
}
