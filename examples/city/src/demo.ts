import { parseArgs } from 'node:util';
import { createFakeClock } from '@onecase/testing';
import { createCity } from './createCity.js';
import { createTimeline } from './demo/createTimeline.js';
import { openDemoStore } from './demo/openDemoStore.js';
import { runCityDay } from './demo/runCityDay.js';
import { summarizeDay } from './demo/summarizeDay.js';

// `pnpm demo` — one scripted day in the city, across the web portal, counter 3 and the 12345 hotline.
const { values } = parseArgs({ options: { pglite: { type: 'string' } }, allowPositionals: false });
const secret = process.env.CITY_SECRET ?? 'example-city-demo-secret';
const { store, description, close } = await openDemoStore({
  ...(values.pglite !== undefined ? { pglite: values.pglite } : {}),
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
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
