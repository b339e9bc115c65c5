import { noise } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../src/caseStore.js';
import { createViewBuilder } from '../src/caseView.js';
import { decideEvent, decideOpen } from '../src/decide.js';

const via = { channel: 'web', actor: { id: 'c-1' } };
const record: CaseRecord = {
  id: 'case-1',
  ref: 'NC-00000-00000',
  serviceId: noise.id,
  serviceVersion: 1,
  snapshot: null,
  version: 1,
  openedAt: 1_000,
  updatedAt: 1_000,
  openedVia: via,
  citizenKeys: ['phone:x'],
  lastHash: 'h',
};

describe('case views', () => {
  const toCaseView = createViewBuilder();
  const opened = decideOpen(noise, { address: 'a', description: 'd', at: 1_000, via });

  it('allows per channel what the state can take and the policy permits', () => {
    const view = toCaseView(noise, record, opened.snapshot, 1_000);
    expect(view.allowed.web).toEqual(['info.add', 'case.withdraw']);
    expect(view.allowed.staff).toEqual(['case.dispatch', 'info.add']);
    expect(view.allowed.counter).toEqual(['case.dispatch', 'info.add', 'documents.check', 'case.withdraw']);
    expect(view.state).toEqual({ value: 'received', tags: ['open'], done: false });
  });

  it('allows nothing on a finished case and never leaks citizen keys or the hash', () => {
    const done = decideEvent(noise, opened.snapshot, { type: 'case.withdraw', at: 2_000, via })!;
    const view = toCaseView(noise, { ...record, version: 2 }, done.snapshot, 2_000);
    expect(view.state.done).toBe(true);
    expect(Object.values(view.allowed).flat()).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('phone:x');
    expect(view).not.toHaveProperty('lastHash');
  });

  it('hands out a frozen context', () => {
    const view = toCaseView(noise, record, opened.snapshot, 1_000);
    expect(Object.isFrozen(view.context)).toBe(true);
    expect(() => {
      (view.context as { notes: string[] }).notes.push('x');
    }).toThrow();
  });
});
