import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFakeClock } from '@onecase/testing';
import { CliError, fromInvokingDir, parseCli } from './cli.js';
import { createCity } from './createCity.js';
import { createTimeline } from './demo/createTimeline.js';
import { openDemoStore } from './demo/openDemoStore.js';
import { runCityDay } from './demo/runCityDay.js';
import { summarizeDay } from './demo/summarizeDay.js';
import { createCityOutbox, startCityEffects } from './effects/cityEffects.js';
import { formatKpiTable, runGovernanceScenario } from './governance/governanceScenario.js';

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
// Departments and citizens are told through the effect outbox; the department gateway fails
// once, to show a notification retried and delivered once.
const outbox = createCityOutbox();
let gatewayFailures = 1;
const stopEffects = startCityEffects(
  city,
  {
    departments: {
      deliver(message) {
        if (gatewayFailures-- > 0) {
          console.log(
            `${''.padEnd(16)} outbox   department gateway timed out for ${message.ref}; will retry`,
          );
          throw new Error('the department gateway timed out');
        }
        outbox.departments.deliver(message);
      },
    },
    sms: outbox.sender,
  },
  { pollMs: 20, baseDelayMs: 0, maxDelayMs: 0 },
);
/** Waits until the outbox has delivered what the day committed (nothing new for a few polls). */
async function settle(): Promise<void> {
  let seen = -1;
  for (let quiet = 0; quiet < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 40));
    const now = outbox.inbox.length + outbox.sms.length;
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
}
try {
  const result = await runCityDay({ router: city, clock, timeline, secret });
  console.log(summarizeDay(result.cases, timeline.entries));
  if (result.continued > 0) console.log(`  ${'continued from earlier'.padEnd(26)} ${result.continued}`);
  await settle();
  const retried = (await Promise.all(result.cases.map((view) => city.effects(view.ref))))
    .flat()
    .filter((effect) => effect.state === 'done' && effect.attempts > 1);
  console.log(
    `  ${'outbox'.padEnd(26)} ${outbox.inbox.length} department notice(s), ${outbox.sms.length} SMS; ` +
      `${retried.length} delivered after a retry (${retried.map((effect) => effect.id).join(', ') || 'none'})`,
  );

  console.log(
    '\nA fortnight at the 12345 centre — street-facility work orders and a neighbour-noise complaint across city, district and street',
  );
  const fortnight = await runGovernanceScenario({ router: city, clock });
  console.log('\nKPIs per district (from the event log, working hours on the China calendar)');
  console.log(formatKpiTable(fortnight.kpis));
} finally {
  timeline.stop();
  await stopEffects();
  await city.close();
  await close();
}
