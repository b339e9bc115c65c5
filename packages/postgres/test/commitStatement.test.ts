import type { CommitInput } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { commitStatement } from '../src/sql/commit.js';

function input(caseId: string, overrides: Partial<CommitInput> = {}): CommitInput {
  const via = { channel: 'web', actor: { id: 'citizen-1' } };
  return {
    expectedVersion: 2,
    origin: 'node-a',
    record: {
      id: caseId,
      ref: `NC-${caseId}`,
      serviceId: 'noise-complaint',
      serviceVersion: 1,
      snapshot: { value: 'submitted' },
      version: 3,
      openedAt: 1,
      updatedAt: 2,
      openedVia: via,
      citizenKeys: [],
      lastHash: 'h3',
    },
    event: {
      caseId,
      seq: 3,
      type: 'info.add',
      payload: { note: caseId },
      via,
      at: 2,
      idempotencyKey: `key-${caseId}`,
      commandHash: 'c3',
      stateAfter: { value: 'submitted', tags: [], done: false },
      effects: [],
      prevHash: 'h2',
      hash: 'h3',
    },
    timers: { arm: [], cancel: [] },
    ...overrides,
  } as CommitInput;
}

/** The highest `$n` a statement text refers to. */
const placeholders = (text: string) => Math.max(...[...text.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1])));

describe('commitStatement', () => {
  it('reuses one statement text per shape and lines the values up with its placeholders', () => {
    const first = commitStatement('onecase', input('c1'));
    const second = commitStatement('onecase', input('c2'));
    expect(second.text).toBe(first.text);
    expect(second.values).toContain('c2');
    expect(second.values).not.toContain('c1');
    expect(second.values).toHaveLength(placeholders(second.text));

    const shapes = [
      input('c3', { expectedVersion: 0 }),
      input('c4', { timers: { arm: [], cancel: ['reminder'] } }),
      input('c5', { timers: { arm: [], cancel: [], fired: 't1' } }),
      input('c6', { event: { ...input('c6').event, idempotencyKey: null } }),
    ].map((shape) => commitStatement('onecase', shape));
    expect(new Set([first.text, ...shapes.map((s) => s.text)]).size).toBe(5);
    for (const shape of shapes) expect(shape.values).toHaveLength(placeholders(shape.text));
    expect(commitStatement('other', input('c7')).text).toContain('other.cases');
  });
});
