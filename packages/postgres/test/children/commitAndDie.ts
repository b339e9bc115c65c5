// Child of feedAndEffects.test.ts: commits one command and dies by SIGKILL the moment the
// commit returns, before its batched NOTIFY can leave and before any effect is delivered.
//   commitAndDie <schema> open            opens a case, prints its id, dies
//   commitAndDie <schema> dispatch <id>   dispatches the case (emits department.notify), dies
import { createRouter } from '@onecase/core';
import { noise } from '@onecase/testing/fixtures';
import pg from 'pg';
import { pgPoolClient, postgresStore } from '../../src/index.js';

const [schema, mode, caseId] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const store = postgresStore({ client: pgPoolClient(pool), schema: schema! });
await store.migrate();
const router = createRouter({ services: [noise], store, secret: 'feed-secret' });
const via = { channel: 'counter', actor: { id: 'clerk-1' } };
router.on('case.changed', ({ case: view }) => {
  process.stdout.write(`${view.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
});
if (mode === 'open') {
  await router.open({
    service: 'noise-complaint',
    input: { address: '1 Main St', description: 'loud' },
    via,
  });
} else {
  await router.send(caseId!, { type: 'case.dispatch', department: 'env' }, { via });
}
