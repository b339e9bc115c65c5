import {
  type CaseEvent,
  type CaseRecord,
  type CaseStore,
  createCaseRef,
  type TimerRecord,
} from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitInput, event, record, uniqueId } from './contractRecords.js';
import { describeAggregateContract } from './storeContractAggregate.js';
import { describeBackOfficeContract } from './storeContractBackOffice.js';
import { describeCitizenLinkContract } from './storeContractCitizenLinks.js';

export interface CaseStoreContractOptions {
  /** Called once after the suite, e.g. to close a pool. */
  teardown?: () => Promise<void> | void;
}

function timer(
  caseId: string,
  sendId: string,
  dueAt: number,
  id = `${caseId}:${sendId}:${dueAt}`,
): TimerRecord {
  return { id, caseId, sendId, event: { type: sendId }, dueAt };
}

/**
 * The contract every `CaseStore` must pass: atomic compare-and-set commits, idempotency
 * keys, references, citizen look-up, durable timers with leases, and faithful JSON.
 * Call it from a test file of the store's package.
 *
 * @example
 * ```ts
 * describeCaseStore('memoryStore', () => memoryStore());
 * ```
 */
export function describeCaseStore(
  name: string,
  factory: () => CaseStore | Promise<CaseStore>,
  options: CaseStoreContractOptions = {},
): void {
  describe(`CaseStore contract: ${name}`, () => {
    let store: CaseStore;

    beforeAll(async () => {
      store = await factory();
    });
    afterAll(async () => {
      await options.teardown?.();
    });

    async function openCase(extra: Partial<CaseRecord> = {}, ev: Partial<CaseEvent> = {}) {
      const id = uniqueId();
      const rec = record(id, 1, extra);
      const result = await store.commit(commitInput(rec, event(id, 1, ev), 0));
      expect(result).toEqual({ status: 'committed', position: expect.any(String) });
      return rec;
    }

    it('creates a case, loads it and resolves its reference', async () => {
      const rec = await openCase();
      expect(await store.load(rec.id)).toEqual(rec);
      expect(await store.resolveRef(rec.ref)).toBe(rec.id);
      expect(await store.load(uniqueId())).toBeUndefined();
      expect(await store.resolveRef(createCaseRef('CT'))).toBeUndefined();
    });

    it('keeps snapshots and events as faithful JSON (nesting, unicode, null)', async () => {
      const rec = await openCase();
      const [stored] = await store.events(rec.id);
      expect(stored).toEqual(event(rec.id, 1));
      expect((await store.load(rec.id))?.snapshot).toEqual(rec.snapshot);
    });

    it('appends with compare-and-set on the version', async () => {
      const rec = await openCase();
      const next = record(rec.id, 2, { ref: rec.ref });
      expect(await store.commit(commitInput(next, event(rec.id, 2), 1))).toEqual({
        status: 'committed',
        position: expect.any(String),
      });
      const stale = await store.commit(commitInput(record(rec.id, 2, { ref: rec.ref }), event(rec.id, 2), 1));
      expect(stale).toEqual({ status: 'conflict', actualVersion: 2 });
      expect((await store.load(rec.id))?.version).toBe(2);
      expect((await store.events(rec.id)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('refuses to create a case that exists', async () => {
      const rec = await openCase();
      const again = await store.commit(commitInput(record(rec.id, 1), event(rec.id, 1), 0));
      expect(again).toEqual({ status: 'conflict', actualVersion: 1 });
    });

    it('lets exactly one of many concurrent commits on one version win', async () => {
      const rec = await openCase();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.commit(
            commitInput(
              record(rec.id, 2, { ref: rec.ref }),
              event(rec.id, 2, { commandHash: `racer-${i}` }),
              1,
            ),
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'committed')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'conflict')).toHaveLength(7);
      expect(await store.events(rec.id)).toHaveLength(2);
    });

    it('refuses a reference that another case holds', async () => {
      const rec = await openCase();
      const other = uniqueId();
      const result = await store.commit(commitInput(record(other, 1, { ref: rec.ref }), event(other, 1), 0));
      expect(result).toEqual({ status: 'ref-taken' });
      expect(await store.load(other)).toBeUndefined();
      expect(await store.resolveRef(rec.ref)).toBe(rec.id);
    });

    it('returns the stored event for a used idempotency key and writes nothing', async () => {
      const rec = await openCase();
      const first = event(rec.id, 2, { idempotencyKey: 'key-1' });
      await store.commit(commitInput(record(rec.id, 2, { ref: rec.ref }), first, 1));
      const retry = await store.commit(
        commitInput(record(rec.id, 3, { ref: rec.ref }), event(rec.id, 3, { idempotencyKey: 'key-1' }), 2),
      );
      expect(retry).toEqual({ status: 'duplicate', event: first });
      expect(await store.eventByIdempotencyKey(rec.id, 'key-1')).toEqual(first);
      expect(await store.eventByIdempotencyKey(rec.id, 'key-2')).toBeUndefined();
      expect((await store.load(rec.id))?.version).toBe(2);
    });

    it('scopes idempotency keys to their case', async () => {
      const a = await openCase({}, { idempotencyKey: 'shared-key' });
      const b = await openCase({}, { idempotencyKey: 'shared-key' });
      expect((await store.eventByIdempotencyKey(a.id, 'shared-key'))?.caseId).toBe(a.id);
      expect((await store.eventByIdempotencyKey(b.id, 'shared-key'))?.caseId).toBe(b.id);
    });

    it('reads events from a sequence number on', async () => {
      const rec = await openCase();
      for (let seq = 2; seq <= 5; seq++) {
        await store.commit(commitInput(record(rec.id, seq, { ref: rec.ref }), event(rec.id, seq), seq - 1));
      }
      expect((await store.events(rec.id, { fromSeq: 4 })).map((e) => e.seq)).toEqual([4, 5]);
      expect((await store.events(rec.id)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(await store.events(uniqueId())).toEqual([]);
    });

    it('finds cases by citizen keys, oldest first, each once', async () => {
      const phone = `phone:${uniqueId()}`;
      const id = `id:${uniqueId()}`;
      const older = await openCase({ citizenKeys: [phone, id], openedAt: 10 });
      const newer = await openCase({ citizenKeys: [phone], openedAt: 20 });
      await openCase({ citizenKeys: [`phone:${uniqueId()}`] });
      const found = await store.findByCitizenKeys([phone, id]);
      expect(found.map((c) => c.id)).toEqual([older.id, newer.id]);
      expect(await store.findByCitizenKeys([`phone:${uniqueId()}`])).toEqual([]);
    });

    it('arms, cancels and fires timers with the commit', async () => {
      const rec = await openCase();
      const caseTimers = [timer(rec.id, 'reminder', 5_000), timer(rec.id, 'expiry', 9_000)];
      await store.commit(
        commitInput(record(rec.id, 2, { ref: rec.ref }), event(rec.id, 2), 1, { arm: caseTimers }),
      );
      expect((await store.timers(rec.id)).map((t) => t.sendId)).toEqual(['reminder', 'expiry']);
      await store.commit(
        commitInput(record(rec.id, 3, { ref: rec.ref }), event(rec.id, 3), 2, { cancel: ['reminder'] }),
      );
      expect((await store.timers(rec.id)).map((t) => t.sendId)).toEqual(['expiry']);
      await store.commit(
        commitInput(record(rec.id, 4, { ref: rec.ref }), event(rec.id, 4), 3, { fired: caseTimers[1]!.id }),
      );
      expect(await store.timers(rec.id)).toEqual([]);
    });

    it('does not arm timers of a commit that lost its race', async () => {
      const rec = await openCase();
      const lost = await store.commit(
        commitInput(record(rec.id, 3, { ref: rec.ref }), event(rec.id, 3), 2, {
          arm: [timer(rec.id, 'x', 1)],
        }),
      );
      expect(lost.status).toBe('conflict');
      expect(await store.timers(rec.id)).toEqual([]);
    });

    it('hands a due timer to one claimer until its lease runs out', async () => {
      const rec = await openCase();
      const base = 4_000_000_000_000 + Math.floor(Math.random() * 1_000_000);
      const due = timer(rec.id, 'due', base);
      const later = timer(rec.id, 'later', base + 10_000);
      await store.commit(
        commitInput(record(rec.id, 2, { ref: rec.ref }), event(rec.id, 2), 1, { arm: [due, later] }),
      );
      const mine = (ts: TimerRecord[]) => ts.filter((t) => t.caseId === rec.id);
      const claims = await Promise.all(
        Array.from({ length: 4 }, () => store.claimDueTimers(base, { limit: 1000, leaseMs: 1_000 })),
      );
      const winners = claims.map(mine).filter((ts) => ts.length > 0);
      expect(winners).toHaveLength(1);
      expect(winners[0]).toEqual([due]);
      expect(mine(await store.claimDueTimers(base + 999, { limit: 1000, leaseMs: 1_000 }))).toEqual([]);
      expect(mine(await store.claimDueTimers(base + 1_000, { limit: 1000, leaseMs: 1_000 }))).toEqual([due]);
      await store.deleteTimer(due.id);
      expect((await store.timers(rec.id)).map((t) => t.sendId)).toEqual(['later']);
    });

    it('claims at most `limit` timers, soonest first', async () => {
      const rec = await openCase();
      const base = 5_000_000_000_000 + Math.floor(Math.random() * 1_000_000);
      const armed = [3, 1, 2].map((n) => timer(rec.id, `t${n}`, base - 100_000_000 + n));
      await store.commit(
        commitInput(record(rec.id, 2, { ref: rec.ref }), event(rec.id, 2), 1, { arm: armed }),
      );
      const first = await store.claimDueTimers(base, { limit: 2, leaseMs: 60_000 });
      expect(first).toHaveLength(2);
      expect(first[0]!.dueAt).toBeLessThanOrEqual(first[1]!.dueAt);
    });

    it('reports commits to watchers with their origin', async () => {
      if (!store.watch) return;
      const seen: { caseId: string; version: number; origin: string }[] = [];
      const stop = store.watch((change) => seen.push(change));
      // A store that listens on a connection says when it is listening.
      await (store as { ready?: () => Promise<void> }).ready?.();
      const rec = await openCase();
      await expect
        .poll(() => seen.filter((c) => c.caseId === rec.id))
        .toEqual([{ caseId: rec.id, version: 1, origin: 'contract' }]);
      stop();
    });

    describeBackOfficeContract(() => store);
    describeAggregateContract(() => store);
    describeCitizenLinkContract(() => store);
  });
}
