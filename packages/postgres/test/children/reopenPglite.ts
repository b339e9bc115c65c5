// Reopens a PGlite data directory in a fresh process and reports what the router finds there.
import { PGlite } from '@electric-sql/pglite';
import { createRouter } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import { pgliteClient, postgresStore } from '../../src/index.js';

const [dataDir, refsJson, now] = process.argv.slice(2);
const db = await PGlite.create({ dataDir: dataDir! });
const clock = createFakeClock(Number(now));
const router = createRouter({
  services: [noise],
  store: postgresStore({ client: pgliteClient(db), notify: false }),
  clock,
  secret: 'durability-secret',
});
const cases = [];
for (const ref of JSON.parse(refsJson!) as string[]) {
  const view = await router.get(ref);
  cases.push({
    ref,
    id: view.id,
    version: view.version,
    state: view.state.value,
    notes: (view.context as { notes: string[] }).notes,
    events: (await router.history(ref)).map((event) => event.type),
    timers: (await router.timers(ref)).map((timer) => timer.dueAt),
    verified: (await router.verify(ref)).ok,
  });
}
const found = (await router.find({ phone: '+86 139 0000 1111' })).map((view) => view.ref);
clock.advance('2d');
const fired = await router.runDueTimers();
await router.close();
await db.close();
console.log(JSON.stringify({ cases, found, fired }));
