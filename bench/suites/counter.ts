import { createHmac } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRouter, type Via } from '@onecase/core';
import {
  checkResidentId,
  createCounterSession,
  createOfflineSwitch,
  createOutbox,
  createServiceCodeLedger,
  issueServiceCode,
  verifyServiceCode,
} from '@onecase/counter';
import { noise } from '@onecase/testing/fixtures';
import {
  alternate,
  type BenchSuite,
  medianOf,
  opsPerSecond,
  ROUND_MS,
  ROUNDS,
  ratioSpread,
} from '../benchSuite.js';

// What the counter layer adds on top of what it wraps, each figure a ratio against the raw
// operation measured in the same run: a clerk's act vs router.send, sync of an offline backlog vs
// sending the same commands directly, the durable outbox vs a raw fsync'ed append, and the
// identity checks vs a bare regex / HMAC.

const web: Via = { channel: 'web', actor: { id: 'citizen' } };
const input = { address: 'Lane 12, No. 3', description: 'Karaoke until 2am' };
const BACKLOG = 500;

function freshRouter() {
  return createRouter({ services: [noise], secret: 'bench-secret' });
}

async function actVsSend() {
  const router = freshRouter();
  const session = createCounterSession({ client: router, counter: '3', clerk: 'clerk-17' });
  const counterVia = session.via;
  // One case per operation stream keeps both sides on equally long histories.
  const viaSession = await router.open({ service: 'noise-complaint', input, via: web });
  const direct = await router.open({ service: 'noise-complaint', input, via: web });
  // documents.check keeps the context the same size, so the figure is not about a growing snapshot.
  // Act and send alternate in one loop, so a busy machine slows both sides alike.
  let i = 0;
  const actRates: number[] = [];
  const sendRates: number[] = [];
  for (let r = -1; r < ROUNDS; r++) {
    let actMs = 0;
    let sendMs = 0;
    let ops = 0;
    const until = performance.now() + ROUND_MS * 2;
    for (; performance.now() < until; i++, ops++) {
      const event = { type: 'documents.check' as const, ok: i % 2 === 0 };
      let start = performance.now();
      await session.act(viaSession.ref, event);
      actMs += performance.now() - start;
      start = performance.now();
      await router.send(direct.ref, event, { via: counterVia, idempotencyKey: `k${i}` });
      sendMs += performance.now() - start;
    }
    if (r < 0) continue;
    actRates.push((ops * 1000) / actMs);
    sendRates.push((ops * 1000) / sendMs);
  }
  return {
    actOpsPerSec: medianOf(actRates),
    routerSendOpsPerSec: medianOf(sendRates),
    ratio: ratioSpread(actRates, sendRates),
    includes: 'fresh idempotency key, ref check, receipt with timers look-up',
  };
}

async function backlogSync(commands: number) {
  const router = freshRouter();
  const refs = [];
  for (let i = 0; i < 50; i++)
    refs.push((await router.open({ service: 'noise-complaint', input, via: web })).ref);
  const network = createOfflineSwitch(router);
  const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });
  network.goOffline();
  const event = (i: number) => ({ type: 'documents.check' as const, ok: i % 2 === 0 });
  for (let i = 0; i < commands; i++) await session.act(refs[i % refs.length]!, event(i));
  network.goOnline();
  let start = performance.now();
  const report = await session.sync();
  const syncMs = performance.now() - start;
  if (report.applied.length !== commands) throw new Error(`sync applied ${report.applied.length}`);
  start = performance.now();
  for (let i = 0; i < commands; i++) {
    await router.send(refs[i % refs.length]!, event(i), { via: session.via, idempotencyKey: `d${i}` });
  }
  return { syncMs, directMs: performance.now() - start };
}

/** Backlogs synced against the same commands sent directly, repeated for about ROUND_MS a round. */
async function syncVsDirect() {
  await backlogSync(BACKLOG); // warm-up, so neither side pays for the JIT
  const syncRates: number[] = [];
  const directRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let syncMs = 0;
    let directMs = 0;
    while (syncMs + directMs < ROUND_MS * 2) {
      const times = await backlogSync(BACKLOG);
      syncMs += times.syncMs;
      directMs += times.directMs;
    }
    syncRates.push(1 / syncMs);
    directRates.push(1 / directMs);
  }
  return {
    commands: BACKLOG,
    ratio: ratioSpread(syncRates, directRates),
    note: 'ratio = direct send time / sync time for the same commands',
  };
}

async function outboxVsAppend() {
  const dir = mkdtempSync(join(tmpdir(), 'onecase-bench-outbox-'));
  const command = {
    kind: 'send' as const,
    ref: 'NC-7K4M9-QXH2T',
    event: { type: 'info.add', note: 'Again at 2am' },
    via: { channel: 'counter', actor: { id: 'clerk-17' } },
    idempotencyKey: 'counter:3:00000000-0000-0000-0000-000000000000',
  };
  const line = `${JSON.stringify({ op: 'queued', entry: { id: 'x', seq: 1, queuedAt: 0, command, attempts: 0 } })}\n`;
  const measure = (work: () => void) => async () => {
    let ops = 0;
    const start = performance.now();
    while (performance.now() - start < ROUND_MS) {
      work();
      ops++;
    }
    return (ops * 1000) / (performance.now() - start);
  };
  const durable = createOutbox({ file: join(dir, 'durable.jsonl'), secret: 'bench-secret' });
  const buffered = createOutbox({ file: join(dir, 'buffered.jsonl'), fsync: false, secret: 'bench-secret' });
  const rates = await alternate({
    fsyncEnqueue: measure(() => durable.enqueue(command)),
    rawFsyncAppend: measure(() => {
      const fd = openSync(join(dir, 'raw-fsync.jsonl'), 'a');
      writeSync(fd, line);
      fsyncSync(fd);
      closeSync(fd);
    }),
    noFsyncEnqueue: measure(() => buffered.enqueue(command)),
    rawAppend: measure(() => appendFileSync(join(dir, 'raw.jsonl'), line)),
  });
  rmSync(dir, { recursive: true, force: true });
  return {
    fsyncEnqueuePerSec: medianOf(rates.fsyncEnqueue),
    rawFsyncAppendPerSec: medianOf(rates.rawFsyncAppend),
    fsyncRatio: ratioSpread(rates.fsyncEnqueue, rates.rawFsyncAppend),
    noFsyncEnqueuePerSec: medianOf(rates.noFsyncEnqueue),
    rawAppendPerSec: medianOf(rates.rawAppend),
    noFsyncRatio: ratioSpread(rates.noFsyncEnqueue, rates.rawAppend),
  };
}

async function identity() {
  const id = '11010519491231002X';
  const pattern = /^\d{17}[\dX]$/;
  const secret = 'hall-secret';
  const now = 1_767_574_800_000;
  // More codes than a round verifies (a quarter of a million a second) and a fresh ledger each
  // round, so every verification is of an unused code: the ledger refuses a replay.
  const codes = Array.from({ length: Math.max(50_000, Math.ceil(ROUND_MS * 250)) }, (_, i) =>
    issueServiceCode({ secret, citizen: { idNumber: id }, now, nonce: `n${i}` }),
  );
  const rates = await alternate({
    check: () => opsPerSecond(() => checkResidentId(id, { now }), ROUND_MS, 1000),
    regex: () => opsPerSecond(() => pattern.test(id), ROUND_MS, 1000),
    verify: async () => {
      const ledger = createServiceCodeLedger();
      let next = 0;
      const rate = await opsPerSecond(
        () => verifyServiceCode(codes[next++]!, { secret, now, ledger }),
        ROUND_MS,
        500,
      );
      if (next > codes.length) throw new Error('the service-code pool ran out within a round');
      return rate;
    },
    hmac: () => opsPerSecond(() => createHmac('sha256', secret).update(codes[0]!).digest(), ROUND_MS, 500),
  });
  return {
    residentId: {
      opsPerSec: medianOf(rates.check),
      rawRegexOpsPerSec: medianOf(rates.regex),
      ratio: ratioSpread(rates.check, rates.regex, 4),
    },
    serviceCode: {
      verifyOpsPerSec: medianOf(rates.verify),
      rawHmacOpsPerSec: medianOf(rates.hmac),
      ratio: ratioSpread(rates.verify, rates.hmac),
      note: 'verify = 2 HMACs (key derivation + signature), JSON parse, ledger check',
    },
  };
}

const suite: BenchSuite = {
  name: 'counter',
  async run() {
    return {
      act: await actVsSend(),
      sync: await syncVsDirect(),
      outbox: await outboxVsAppend(),
      identity: await identity(),
    };
  },
};

export default suite;
