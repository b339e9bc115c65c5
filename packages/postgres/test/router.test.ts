import { type Clock, createRouter, isCaseError } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { type PostgresCaseStore, pgliteClient, pgPoolClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';
import { createTestPGlite } from './pgliteTemplate.js';

const web = { channel: 'web', actor: { id: 'citizen-1' } };
const staff = { channel: 'staff', actor: { id: 'officer-7', role: 'officer' } };
const counter = { channel: 'counter', actor: { id: 'clerk-2', role: 'clerk' } };

const routerOn = (store: PostgresCaseStore, clock: Clock) =>
  createRouter({ services: [noise], store, clock, secret: 'router-test-secret' });

interface Driver {
  name: string;
  enabled: boolean;
  open(): Promise<{ store: PostgresCaseStore; close(): Promise<void> }>;
}

const drivers: Driver[] = [
  {
    name: 'PGlite',
    enabled: true,
    async open() {
      const db = await createTestPGlite();
      return { store: postgresStore({ client: pgliteClient(db) }), close: () => db.close() };
    },
  },
  {
    name: 'pg.Pool',
    enabled: DATABASE_URL !== undefined,
    async open() {
      const pool = testPool();
      const schema = uniqueSchema('router');
      const store = postgresStore({ client: pgPoolClient(pool), schema });
      return {
        store,
        async close() {
          await store.close();
          await pool.end();
          await dropSchema(schema);
        },
      };
    },
  },
];

for (const driver of drivers) {
  describe.runIf(driver.enabled)(`the router on postgresStore over ${driver.name}`, () => {
    const clock = createFakeClock('2026-03-02T09:00:00+08:00');
    let router: ReturnType<typeof routerOn>;
    let close: () => Promise<void>;

    beforeAll(async () => {
      const opened = await driver.open();
      close = opened.close;
      router = routerOn(opened.store, clock);
    });
    afterAll(async () => {
      await router?.close();
      await close?.();
    });

    it('runs a complaint from opening through a reminder timer to the reply, with an intact audit chain', async () => {
      const opened = await router.open({
        service: 'noise-complaint',
        input: { address: 'Lane 5, No. 12', description: 'Drilling at night' },
        citizen: { phone: '138 0013 8000' },
        via: web,
      });
      await router.send(opened.ref, { type: 'case.dispatch', department: 'environment' }, { via: staff });
      expect(await router.timers(opened.ref)).toHaveLength(1);

      clock.advance('2d');
      expect(await router.runDueTimers()).toBe(1);
      const reminded = await router.get(opened.ref);
      expect(reminded.context).toMatchObject({ reminders: 1, department: 'environment' });
      expect(await router.timers(opened.ref)).toHaveLength(1);
      expect(await router.runDueTimers()).toBe(0);

      const replied = await router.send(
        opened.ref,
        { type: 'case.reply', answer: 'Site told to stop at 22:00' },
        { via: counter },
      );
      expect(replied.state.value).toBe('replied');
      expect(await router.timers(opened.ref)).toEqual([]);

      const history = await router.history(opened.ref);
      expect(history.map((event) => event.type)).toEqual([
        'case.open',
        'case.dispatch',
        expect.stringMatching(/^xstate\.after/),
        'case.reply',
      ]);
      expect(history[2]!.via.channel).toBe('system');
      expect(await router.verify(opened.ref)).toMatchObject({ ok: true, events: 4 });
      expect((await router.find({ phone: '13800138000' })).map((view) => view.id)).toContain(opened.id);
    });

    it('applies a command sent twice with one idempotency key once', async () => {
      const opened = await router.open({
        service: 'noise-complaint',
        input: { address: 'Market St 1', description: 'Bar music' },
        via: web,
        idempotencyKey: 'open-market-1',
      });
      const again = await router.open({
        service: 'noise-complaint',
        input: { address: 'Market St 1', description: 'Bar music' },
        via: web,
        idempotencyKey: 'open-market-1',
      });
      expect(again.id).toBe(opened.id);
      const first = await router.send(
        opened.id,
        { type: 'info.add', note: 'Still loud' },
        { via: web, idempotencyKey: 'n1' },
      );
      const second = await router.send(
        opened.id,
        { type: 'info.add', note: 'Still loud' },
        { via: web, idempotencyKey: 'n1' },
      );
      expect(second.version).toBe(first.version);
      expect(await router.history(opened.id)).toHaveLength(2);
      const mismatch = await router
        .send(opened.id, { type: 'info.add', note: 'Something else' }, { via: web, idempotencyKey: 'n1' })
        .catch((error: unknown) => error);
      expect(isCaseError(mismatch, 'IDEMPOTENCY_MISMATCH')).toBe(true);
    });

    it('refuses text PostgreSQL cannot store as invalid input and changes nothing', async () => {
      const opened = await router.open({
        service: 'noise-complaint',
        input: { address: 'Pier 4', description: 'Foghorn' },
        via: web,
      });
      const refused = await router
        .send(opened.id, { type: 'info.add', note: 'binary\u0000garbage' }, { via: web })
        .catch((error: unknown) => error);
      expect(isCaseError(refused, 'INVALID_INPUT')).toBe(true);
      expect((await router.get(opened.id)).version).toBe(1);
    });

    it('refuses a stale expected version and changes nothing', async () => {
      const opened = await router.open({
        service: 'noise-complaint',
        input: { address: 'Harbour Rd', description: 'Horns' },
        via: web,
      });
      await router.send(opened.id, { type: 'info.add', note: 'first' }, { via: web });
      const stale = await router
        .send(opened.id, { type: 'info.add', note: 'late' }, { via: web, expectedVersion: 1 })
        .catch((error: unknown) => error);
      expect(isCaseError(stale, 'VERSION_CONFLICT')).toBe(true);
      expect((await router.get(opened.id)).version).toBe(2);
    });
  });
}
