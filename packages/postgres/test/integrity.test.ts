import { createRouter, isTamperedError, TAMPERED_REASON } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { noise, TWO_DAYS } from '@onecase/testing/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresCaseStore, pgliteClient, postgresStore } from '../src/index.js';
import { createTestPGlite } from './pgliteTemplate.js';

const web = { channel: 'web', actor: { id: 'citizen-1' } };
const staff = { channel: 'staff', actor: { id: 'officer-7' } };
const input = { address: '1 Zhongshan Rd', description: 'Drilling at 6am' };
const phone = '13800138000';

/** Tampering with SQL only, as someone with database access but not the router secret would. */
describe('record integrity on PGlite, against SQL edits', () => {
  const clock = createFakeClock('2026-03-02T09:00:00+08:00');
  let db: Awaited<ReturnType<typeof createTestPGlite>>;
  let store: PostgresCaseStore;
  /** Another node, or a restart: nothing cached. */
  const node = (options: { requireSignedRecords?: boolean } = {}) =>
    createRouter({ services: [noise], store, clock, secret: 'pg-integrity-secret', ...options });
  const sql = (text: string, values: unknown[] = []) => db.query(text, values);
  const dispatched = async () => {
    const router = node();
    const view = await router.open({ service: 'noise-complaint', input, via: web, citizen: { phone } });
    await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    return { router, view };
  };

  beforeAll(async () => {
    db = await createTestPGlite();
    store = postgresStore({ client: pgliteClient(db), notify: false });
    await store.migrate();
  });
  afterAll(() => db.close());

  it('refuses a case whose snapshot was set back to an earlier state, and verify() names it', async () => {
    const { router, view } = await dispatched();
    await router.send(view.ref, { type: 'case.reply', answer: 'fixed' }, { via: staff });
    await sql(
      `UPDATE onecase.cases SET snapshot = snapshot || '{"status":"active","value":"handling"}' WHERE id = $1`,
      [view.id],
    );
    const again = node();
    await expect(again.send(view.ref, { type: 'case.withdraw' }, { via: web })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      details: { reason: TAMPERED_REASON },
    });
    const report = await again.verify(view.ref);
    expect(report.problems.map((p) => p.problem)).toEqual([
      'the record does not match its signature',
      'the stored snapshot is not what the events produce',
    ]);
  });

  it.each([
    ['citizen_keys', `citizen_keys = ARRAY['phone:someone-else']`],
    ['opened_via', `opened_via = '{"channel":"counter","actor":{"id":"clerk-x"}}'`],
    ['service_version', 'service_version = 2'],
    ['last_hash', `last_hash = 'f00d'`],
  ])('refuses a case whose %s was edited', async (_, assignment) => {
    const { view } = await dispatched();
    await sql(`UPDATE onecase.cases SET ${assignment} WHERE id = $1`, [view.id]);
    const again = node();
    await expect(again.get(view.ref)).rejects.toSatisfy(isTamperedError);
    await expect(again.find({ phone })).rejects.toSatisfy(isTamperedError);
    expect((await again.verify(view.ref)).ok).toBe(false);
  });

  it('reports a deleted deadline timer and refuses to fire one whose due time was moved', async () => {
    const { view } = await dispatched();
    await sql('DELETE FROM onecase.timers WHERE case_id = $1', [view.id]);
    expect((await node().verify(view.ref)).problems).toEqual([
      { seq: 2, problem: expect.stringMatching(/armed but is not stored: it would never fire/) },
    ]);

    const other = await dispatched();
    await sql('UPDATE onecase.timers SET due_at = due_at - $2 WHERE case_id = $1', [other.view.id, TWO_DAYS]);
    const scheduler = node();
    const errors: unknown[] = [];
    scheduler.on('error', ({ error }) => errors.push(error));
    expect(await scheduler.runDueTimers()).toBe(0);
    expect(errors.some(isTamperedError)).toBe(true);
    expect((await scheduler.get(other.view.ref)).context).toMatchObject({ reminders: 0 });
  });

  it('a checkpoint reveals a truncated, rolled-back case and a deleted case that verify() passes', async () => {
    const { router, view } = await dispatched();
    const gone = await dispatched();
    await sql('CREATE TABLE onecase.saved AS SELECT * FROM onecase.cases WHERE id = $1', [view.id]);
    await router.send(view.ref, { type: 'info.add', note: 'one' }, { via: web });
    await router.send(view.ref, { type: 'info.add', note: 'two' }, { via: web });
    const checkpoint = await router.auditCheckpoint();
    expect((await router.verifyCheckpoint(checkpoint)).ok).toBe(true);

    await sql('DELETE FROM onecase.events WHERE case_id = $1 AND seq > 2', [view.id]);
    await sql(
      `UPDATE onecase.cases c SET snapshot = s.snapshot, version = s.version, updated_at = s.updated_at,
         last_hash = s.last_hash, armed_timers = s.armed_timers, signature = s.signature
       FROM onecase.saved s WHERE c.id = s.id`,
    );
    for (const table of ['effects', 'events', 'timers']) {
      await sql(`DELETE FROM onecase.${table} WHERE case_id = $1`, [gone.view.id]);
    }
    await sql('DELETE FROM onecase.cases WHERE id = $1', [gone.view.id]);

    const auditor = node();
    expect(await auditor.verify(view.ref)).toMatchObject({ ok: true, events: 2 });
    const report = await auditor.verifyCheckpoint(checkpoint);
    expect(report.problems.map((p) => [p.caseId, p.problem, p.found?.version])).toEqual(
      expect.arrayContaining([
        [view.id, 'rolled-back', 2],
        [gone.view.id, 'removed', undefined],
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('upgrades a schema-2 database: unsigned rows are served and signed by their next commit, or refused when signatures are required', async () => {
    const { view } = await dispatched();
    // Back to schema 2 with this case in it, as a database from before this release.
    await sql('ALTER TABLE onecase.cases DROP COLUMN signature, DROP COLUMN armed_timers');
    await sql('DROP INDEX onecase.cases_heads_idx');
    await sql('DROP TABLE onecase.citizen_links');
    await sql('DELETE FROM onecase.migrations WHERE version >= 3');
    store = postgresStore({ client: pgliteClient(db), notify: false });
    await store.migrate();
    const { rows } = await sql('SELECT count(*)::int AS n FROM onecase.cases WHERE signature IS NULL');
    expect((rows[0] as { n: number }).n).toBeGreaterThan(0);

    const strict = node({ requireSignedRecords: true });
    await expect(strict.get(view.ref)).rejects.toMatchObject({
      details: { reason: TAMPERED_REASON, problem: 'the record is not signed' },
    });
    const dormant = await dispatched();
    await sql('UPDATE onecase.cases SET signature = NULL, armed_timers = NULL WHERE id = $1', [
      dormant.view.id,
    ]);
    const upgrading = node();
    await upgrading.send(view.ref, { type: 'info.add', note: 'after the upgrade' }, { via: web });
    expect((await strict.get(view.ref)).version).toBe(3);
    expect(await strict.verify(view.ref)).toMatchObject({ ok: true });
    expect((await node().timers(view.ref)).length).toBe(1);

    // The rows earlier tests tampered with stay unsigned-and-refused; the genuine dormant one is signed.
    const report = await upgrading.signRecords();
    expect(report.refused.map((r) => r.caseId)).not.toContain(dormant.view.id);
    expect((await strict.get(dormant.view.ref)).version).toBe(2);
    expect(await strict.verify(dormant.view.ref)).toMatchObject({ ok: true });
  });
});
