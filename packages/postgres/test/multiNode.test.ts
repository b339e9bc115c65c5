import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeHandle, startNode } from './children/nodeHandle.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';

const START = Date.UTC(2026, 5, 1, 1, 0, 0);
const CASES = 50;
const CHANNELS = [
  { channel: 'web', actor: { id: 'citizen' } },
  { channel: 'hotline', actor: { id: 'agent-3' } },
  { channel: 'counter', actor: { id: 'clerk-8' } },
  { channel: 'staff', actor: { id: 'officer-1' } },
];

describe.runIf(DATABASE_URL)('several router processes on one PostgreSQL', () => {
  const schema = uniqueSchema('nodes');
  const pool = testPool({ max: 2 });
  let nodes: NodeHandle[] = [];
  /** A fourth node, started with the others (process start-up is the slow part), killed in the timer test. */
  let doomed: NodeHandle;

  beforeAll(async () => {
    const started = await Promise.all(
      ['doomed', 'a', 'b', 'c'].map((name) => startNode(name, schema, START)),
    );
    doomed = started[0]!;
    nodes = started.slice(1);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([...nodes, doomed].map((node) => node?.stop()));
    await pool.end();
    await dropSchema(schema);
  });

  /**
   * Sends one command to two different nodes at once with the same idempotency key; both
   * succeed (the later one replays the stored outcome).
   */
  async function twice<T>(i: number, op: string, args: Record<string, unknown>): Promise<[T, T]> {
    return Promise.all([nodes[i % 3]!.must<T>(op, args), nodes[(i + 1) % 3]!.must<T>(op, args)]);
  }

  it('applies every command once, keeps versions contiguous and tells every node', async () => {
    const opened = await Promise.all(
      Array.from({ length: CASES }, (_, i) =>
        twice<string>(i, 'open', {
          command: {
            service: 'noise-complaint',
            input: { address: `Block ${i}`, description: 'Noise' },
            via: CHANNELS[i % 4],
            idempotencyKey: `open-${i}`,
          },
        }),
      ),
    );
    for (const [first, second] of opened) expect(second).toBe(first);
    const caseIds = opened.map(([id]) => id);
    expect(new Set(caseIds).size).toBe(CASES);

    await Promise.all(
      caseIds.flatMap((caseId, i) =>
        CHANNELS.map((via, c) =>
          twice(i + c, 'send', {
            caseId,
            event: { type: 'info.add', note: `${via.channel} note` },
            options: { via, idempotencyKey: `note-${c}` },
          }),
        ),
      ),
    );
    await Promise.all(
      caseIds.map((caseId, i) =>
        twice(i, 'send', {
          caseId,
          event: { type: 'case.dispatch', department: 'environment' },
          options: { via: CHANNELS[3], idempotencyKey: 'dispatch' },
        }),
      ),
    );

    const { rows } = await pool.query<{ case_id: string; seqs: number[]; keys: string[]; notes: string[] }>(
      `SELECT e.case_id, array_agg(e.seq ORDER BY e.seq) AS seqs, array_agg(e.idempotency_key) AS keys,
         ARRAY(SELECT jsonb_array_elements_text(c.snapshot->'context'->'notes')) AS notes
       FROM ${schema}.events e JOIN ${schema}.cases c ON c.id = e.case_id
       GROUP BY e.case_id, c.snapshot`,
    );
    expect(rows).toHaveLength(CASES);
    for (const row of rows) {
      expect(row.seqs).toEqual([1, 2, 3, 4, 5, 6]);
      expect(new Set(row.keys).size).toBe(6);
      expect([...row.notes].sort()).toEqual(['counter note', 'hotline note', 'staff note', 'web note']);
    }
    for (const node of nodes) expect(await node.must('verify', { caseIds })).toEqual([]);

    // Node a's subscriber saw its own commits locally and everything else through NOTIFY.
    const expected = rows.flatMap((row) => row.seqs.map((seq) => `${row.case_id}:${seq}`)).sort();
    const seenOnA = async () => nodes[0]!.must<{ key: string; remote: boolean }[]>('seen');
    await expect
      .poll(async () => [...new Set((await seenOnA()).map((s) => s.key))].sort(), { timeout: 10_000 })
      .toEqual(expected);
    const seen = await seenOnA();
    expect(seen.length).toBe(expected.length);
    expect(seen.filter((s) => s.remote).length).toBeGreaterThan(expected.length / 3);
  }, 60_000);

  it('fires each due timer exactly once even when a node dies holding a claim', async () => {
    const caseIds = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const node = nodes[i % 3]!;
        const id = await node.must<string>('open', {
          command: {
            service: 'noise-complaint',
            input: { address: `Timer ${i}`, description: 'x' },
            via: CHANNELS[0],
          },
        });
        await node.must('send', {
          caseId: id,
          event: { type: 'case.dispatch', department: 'parks' },
          options: { via: CHANNELS[3] },
        });
        return id;
      }),
    );
    // Every case of this schema is dispatched now (these and the 50 above), each with one reminder armed.
    const { rows: armed } = await pool.query<{ cases: number; timers: number }>(
      `SELECT count(DISTINCT case_id)::int AS cases, count(*)::int AS timers FROM ${schema}.timers`,
    );
    expect(armed[0]).toEqual({ cases: CASES + 12, timers: CASES + 12 });
    // The fourth node claims some due timers for a minute, then is killed before it fires them.
    await doomed.must('advance', { by: '2d' });
    const claimed = await doomed.must<string[]>('claim', { limit: 5, leaseMs: 60_000 });
    expect(claimed).toHaveLength(5);
    doomed.child.kill('SIGKILL');
    await new Promise((resolve) => doomed.child.once('exit', resolve));

    for (const node of nodes) await node.must('advance', { by: '2d' });
    const beforeLease = await Promise.all(nodes.map((node) => node.must<number>('runDueTimers')));
    expect(beforeLease.reduce((a, b) => a + b, 0)).toBe(CASES + 12 - 5);

    for (const node of nodes) await node.must('advance', { by: '61s' });
    const afterLease = await Promise.all(nodes.map((node) => node.must<number>('runDueTimers')));
    expect(afterLease.reduce((a, b) => a + b, 0)).toBe(5);

    const { rows } = await pool.query<{ case_id: string; fired: number }>(
      `SELECT case_id, count(*) FILTER (WHERE type LIKE 'xstate.after%')::int AS fired
       FROM ${schema}.events GROUP BY case_id`,
    );
    expect(rows.map((row) => row.fired)).toEqual(Array(CASES + 12).fill(1));
    expect(await nodes[1]!.must('verify', { caseIds })).toEqual([]);
  }, 60_000);
});
