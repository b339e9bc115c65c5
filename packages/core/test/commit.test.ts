import { noise, noiseMachine } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, memoryStore } from '../src/index.js';
import { decideEvent, decideOpen } from '../src/decide.js';
import { buildEvent, commitDecision, timersToArm } from '../src/router/commit.js';
import { jitteredRetryPolicy } from '../src/router/retryPolicy.js';
import { createRouterContext } from '../src/router/routerContext.js';
import { createServiceRegistry } from '../src/router/serviceRegistry.js';
import type { CaseRecord } from '../src/caseStore.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };

function context(now = 1_000) {
  return createRouterContext({
    store: memoryStore(),
    clock: { now: () => now },
    secret: 'commit-test',
    logger: undefined,
    registry: createServiceRegistry([noise]),
    retry: jitteredRetryPolicy(2),
    timerLeaseMs: 1_000,
  });
}

function opening(id = 'case-1'): CaseRecord {
  return {
    id,
    ref: 'NC-00000-00000',
    serviceId: noise.id,
    serviceVersion: noise.version,
    snapshot: null,
    version: 0,
    openedAt: 1_000,
    updatedAt: 1_000,
    openedVia: via,
    citizenKeys: [],
    lastHash: '',
  };
}

const input = { address: '1 Main St', description: 'loud', at: 1_000, via };
const fields = (type: string, at = 1_000) => ({
  type,
  payload: {},
  via,
  at,
  idempotencyKey: null,
  commandHash: '',
});

describe('the commit path', () => {
  it('links events: the first to the genesis hash, each next to the one before', () => {
    const ctx = context();
    const decision = decideOpen(noise, input);
    const first = buildEvent(ctx, undefined, 'case-1', fields('case.open'), decision);
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    const record = { ...opening(), version: 1, lastHash: first.hash };
    const second = buildEvent(ctx, record, 'case-1', fields('info.add'), decision);
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).not.toBe(first.hash);
  });

  it('arms timers due from the command time, with ids unique per arming', () => {
    const decision = decideEvent(
      noise,
      noiseMachine.resolveState({ value: 'received', context: {} as never }),
      {
        type: 'case.dispatch',
        department: 'env',
        at: 5_000,
        via,
      },
    )!;
    const timers = timersToArm('case-1', 2, decision, 5_000);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.id).toBe(`case-1:2:${timers[0]!.sendId}`);
    expect(timers[0]!.dueAt).toBe(5_000 + 2 * 86_400_000);
  });

  it('commits, publishes once and remembers the case; a stale version is a conflict that forgets it', async () => {
    const ctx = context();
    const changed: number[] = [];
    ctx.emitter.on('case.changed', ({ case: view }) => changed.push(view.version));
    const opened = await commitDecision(
      ctx,
      noise,
      undefined,
      decideOpen(noise, input),
      fields('case.open'),
      {
        opening: opening(),
      },
    );
    expect(opened.status).toBe('committed');
    if (opened.status !== 'committed') return;
    expect(changed).toEqual([1]);
    expect(ctx.cache.record('case-1')?.version).toBe(1);

    const snapshot = ctx.cache.snapshotOf(noise, opened.record);
    const decision = decideEvent(noise, snapshot, { type: 'info.add', note: 'again', at: 2_000, via })!;
    const stale = { ...opened.record, version: 0 } as CaseRecord;
    const lost = await commitDecision(
      ctx,
      noise,
      { ...stale, version: 3 },
      decision,
      fields('info.add', 2_000),
    );
    expect(lost).toEqual({ status: 'conflict', actualVersion: 1 });
    expect(ctx.cache.record('case-1')).toBeUndefined();
    expect(changed).toEqual([1]);
    expect(await ctx.store.events('case-1')).toHaveLength(1);
  });

  it('a keyed command already applied comes back as the stored event, nothing new written', async () => {
    const ctx = context();
    const keyed = { ...fields('case.open'), idempotencyKey: 'k1', commandHash: 'h' };
    const first = await commitDecision(ctx, noise, undefined, decideOpen(noise, input), keyed, {
      opening: opening(),
    });
    if (first.status !== 'committed') throw new Error('expected a commit');
    const snapshot = ctx.cache.snapshotOf(noise, first.record);
    const decision = decideEvent(noise, snapshot, { type: 'info.add', note: 'x', at: 2_000, via })!;
    const again = await commitDecision(ctx, noise, first.record, decision, {
      ...fields('info.add'),
      idempotencyKey: 'k1',
    });
    expect(again.status).toBe('duplicate');
    expect(await ctx.store.events('case-1')).toHaveLength(1);
  });
});
