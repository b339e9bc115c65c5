import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRouter } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { pgliteClient, postgresStore } from '../src/index.js';
import { runChild } from './children/spawnChild.js';
import { createTestPGlite } from './pgliteTemplate.js';

interface Reopened {
  cases: {
    ref: string;
    id: string;
    version: number;
    state: unknown;
    notes: string[];
    events: string[];
    timers: number[];
    verified: boolean;
  }[];
  found: string[];
  fired: number;
}

describe('PGlite on a data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'onecase-durable-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every case, event, timer and reference for a new process', async () => {
    const clock = createFakeClock('2026-04-01T08:00:00Z');
    const db = await createTestPGlite({ dataDir });
    const router = createRouter({
      services: [noise],
      store: postgresStore({ client: pgliteClient(db), notify: false }),
      clock,
      secret: 'durability-secret',
    });
    const via = { channel: 'counter', actor: { id: 'clerk-1' } };
    const citizen = { phone: '+86 139 0000 1111' };
    const dispatched = await router.open({
      service: 'noise-complaint',
      input: { address: 'North Gate 3', description: 'Generator' },
      citizen,
      via,
    });
    await router.send(dispatched.ref, { type: 'case.dispatch', department: 'environment' }, { via });
    await router.send(dispatched.ref, { type: 'info.add', note: 'Runs all night' }, { via });
    const withdrawn = await router.open({
      service: 'noise-complaint',
      input: { address: 'South Gate 9', description: 'Karaoke' },
      citizen,
      via,
    });
    await router.send(withdrawn.ref, { type: 'case.withdraw' }, { via });
    const dueAt = (await router.timers(dispatched.ref))[0]?.dueAt;
    await router.close();
    await db.close();

    const reopened = await runChild<Reopened>('reopenPglite.ts', [
      dataDir,
      JSON.stringify([dispatched.ref, withdrawn.ref]),
      String(clock.now()),
    ]);

    const [first, second] = reopened.cases;
    expect(first).toMatchObject({
      id: dispatched.id,
      version: 3,
      state: 'handling',
      notes: ['Runs all night'],
      events: ['case.open', 'case.dispatch', 'info.add'],
      timers: [dueAt],
      verified: true,
    });
    expect(second).toMatchObject({
      id: withdrawn.id,
      version: 2,
      state: 'withdrawn',
      timers: [],
      verified: true,
    });
    expect(reopened.found.sort()).toEqual([dispatched.ref, withdrawn.ref].sort());
    expect(reopened.fired).toBe(1);
  }, 90_000);
});
