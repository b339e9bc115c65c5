// One router node for the multi-node tests: commands arrive as JSON lines on stdin,
// answers and observed changes leave as JSON lines on stdout.
import { createInterface } from 'node:readline';
import { createRouter, isCaseError } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import pg from 'pg';
import { noise } from '@onecase/testing/fixtures';
import { pgPoolClient, postgresStore } from '../../src/index.js';

const [schema, startAt] = process.argv.slice(2);
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 6,
  connectionTimeoutMillis: 5_000,
});
const store = postgresStore({ client: pgPoolClient(pool), schema: schema! });
const clock = createFakeClock(Number(startAt));
const router = createRouter({ services: [noise], store, clock, secret: 'multi-node-secret' });
const seen: { key: string; remote: boolean }[] = [];
router.on('case.changed', ({ event, remote }) => seen.push({ key: `${event.caseId}:${event.seq}`, remote }));

const write = (message: unknown) => process.stdout.write(`${JSON.stringify(message)}\n`);

type Request = { id: number; op: string; [key: string]: unknown };
const handlers: Record<string, (request: Request) => Promise<unknown>> = {
  open: async (r) => (await router.open(r.command as never)).id,
  send: async (r) => (await router.send(r.caseId as string, r.event as never, r.options as never)).version,
  advance: async (r) => clock.advance(r.by as string),
  runDueTimers: () => router.runDueTimers(),
  claim: async (r) =>
    (await store.claimDueTimers(clock.now(), { limit: r.limit as number, leaseMs: r.leaseMs as number })).map(
      (t) => t.id,
    ),
  verify: async (r) => {
    const failed: string[] = [];
    for (const caseId of r.caseIds as string[]) if (!(await router.verify(caseId)).ok) failed.push(caseId);
    return failed;
  },
  seen: async () => seen,
};

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const request = JSON.parse(line) as Request;
  handlers[request.op]!(request).then(
    (result) => write({ id: request.id, ok: true, result }),
    (error: unknown) =>
      write({
        id: request.id,
        ok: false,
        code: isCaseError(error) ? error.code : 'CRASH',
        message: String(error),
      }),
  );
});
lines.on('close', async () => {
  await router.close();
  await store.close();
  await pool.end();
  process.exit(0);
});

await store.migrate();
await store.ready();
write({ ready: true });
