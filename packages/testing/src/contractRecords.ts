import {
  type CaseEvent,
  type CaseRecord,
  type CommitInput,
  createCaseRef,
  GENESIS_HASH,
} from '@onecase/core';

/** Records, events and commits the store contract suites write, unique per run. */
let counter = 0;
export function uniqueId(): string {
  counter += 1;
  return `contract-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

export function record(id: string, version: number, extra: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id,
    ref: extra.ref ?? createCaseRef('CT'),
    serviceId: 'contract-service',
    serviceVersion: 1,
    snapshot: {
      status: 'active',
      value: { step: `s${version}` },
      context: { n: version, name: '张三 ✓' },
      children: {},
    },
    version,
    openedAt: 1_000,
    updatedAt: 1_000 + version,
    openedVia: { channel: 'web', actor: { id: 'citizen-1' } },
    citizenKeys: [],
    lastHash: `hash-${version}`,
    search: {
      states: ['step', `step.s${version}`],
      tags: version > 1 ? ['open'] : [],
      done: false,
      index: { n: version, district: 'tianhe', flag: true },
    },
    ...extra,
  };
}

export function event(caseId: string, seq: number, extra: Partial<CaseEvent> = {}): CaseEvent {
  return {
    caseId,
    seq,
    type: seq === 1 ? 'case.open' : 'info.add',
    payload: { note: `note ${seq}`, nested: { list: [1, 'two', null] } },
    via: { channel: 'counter', actor: { id: 'clerk-9', role: 'clerk' } },
    at: 1_000 + seq,
    idempotencyKey: null,
    commandHash: `cmd-${seq}`,
    stateAfter: { step: `s${seq}` },
    effects: seq === 2 ? [{ type: 'notify', to: 'dept' }] : [],
    prevHash: seq === 1 ? GENESIS_HASH : `hash-${seq - 1}`,
    hash: `hash-${seq}`,
    ...extra,
  };
}

export function commitInput(
  rec: CaseRecord,
  ev: CaseEvent,
  expectedVersion: number,
  timers: Partial<CommitInput['timers']> = {},
): CommitInput {
  return {
    record: rec,
    event: ev,
    expectedVersion,
    origin: 'contract',
    timers: { cancel: [], arm: [], ...timers },
  };
}
