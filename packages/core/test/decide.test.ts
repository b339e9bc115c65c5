import { noise } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { decideEvent, decideOpen, restoreSnapshot } from '../src/decide.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };
const input = { address: '1 Main St', description: 'loud', at: 1_000, via };

describe('decide', () => {
  it('opens in the initial state with the input in context and no effects', () => {
    const decision = decideOpen(noise, input);
    expect(decision.snapshot.value).toBe('received');
    expect((decision.snapshot.context as { openedAt: number }).openedAt).toBe(1_000);
    expect(decision.effects).toEqual([]);
    expect(decision.arm).toEqual([]);
  });

  it('collects emitted effects and arms the delayed transition of the state entered', () => {
    const opened = decideOpen(noise, input);
    const decision = decideEvent(noise, opened.snapshot, {
      type: 'case.dispatch',
      department: 'env',
      at: 2_000,
      via,
    })!;
    expect(decision.snapshot.value).toBe('handling');
    expect(decision.effects).toEqual([{ type: 'department.notify', department: 'env' }]);
    expect(decision.arm).toHaveLength(1);
    expect(decision.arm[0]!.delay).toBe(2 * 86_400_000);
  });

  it('cancels the timer of a state it leaves', () => {
    const opened = decideOpen(noise, input);
    const handling = decideEvent(noise, opened.snapshot, {
      type: 'case.dispatch',
      department: 'env',
      at: 2_000,
      via,
    })!;
    const replied = decideEvent(noise, handling.snapshot, {
      type: 'case.reply',
      answer: 'done',
      at: 3_000,
      via,
    })!;
    expect(replied.cancel).toContain(handling.arm[0]!.sendId);
    expect(replied.arm).toEqual([]);
  });

  it('answers undefined for an event the state cannot take, and for a finished case', () => {
    const opened = decideOpen(noise, input);
    expect(
      decideEvent(noise, opened.snapshot, { type: 'case.reply', answer: 'x', at: 2_000, via }),
    ).toBeUndefined();
    const withdrawn = decideEvent(noise, opened.snapshot, { type: 'case.withdraw', at: 2_000, via })!;
    expect(withdrawn.snapshot.status).toBe('done');
    expect(
      decideEvent(noise, withdrawn.snapshot, { type: 'info.add', note: 'x', at: 3_000, via }),
    ).toBeUndefined();
  });

  it('decides the same on a snapshot revived from its persisted JSON', () => {
    const opened = decideOpen(noise, input);
    const persisted = JSON.parse(JSON.stringify(noise.machine.getPersistedSnapshot(opened.snapshot)));
    const revived = restoreSnapshot(noise, persisted);
    const event = { type: 'case.dispatch', department: 'env', at: 2_000, via };
    expect(decideEvent(noise, revived, event)!.snapshot.value).toEqual(
      decideEvent(noise, opened.snapshot, event)!.snapshot.value,
    );
  });
});
