import { createHmac } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, mkdtempSync, openSync, writeSync } from 'node:fs';
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
import { type BenchSuite, opsPerSecond, round } from '../benchSuite.js';

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
  const rounds = 3000;
  let actMs = 0;
  let sendMs = 0;
  for (let i = 0; i < rounds + 300; i++) {
    const event = { type: 'documents.check' as const, ok: i % 2 === 0 };
    let start = performance.now();
    await session.act(viaSession.ref, event);
    const act = performance.now() - start;
    start = performance.now();
    await router.send(direct.ref, event, { via: counterVia, idempotencyKey: `k${i}` });
    const send = performance.now() - start;
    if (i >= 300) {
      actMs += act;
      sendMs += send;
    }
  }
  const actOps = (rounds * 1000) / actMs;
  const rawOps = (rounds * 1000) / sendMs;
  return {
    actOpsPerSec: Math.round(actOps),
    routerSendOpsPerSec: Math.round(rawOps),
    ratio: round(actOps / rawOps),
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

async function syncVsDirect() {
  await backlogSync(BACKLOG); // warm-up, so neither side pays for the JIT
  const { syncMs, directMs } = await backlogSync(BACKLOG);
  return {
    commands: BACKLOG,
    syncMs: round(syncMs, 1),
    directSendMs: round(directMs, 1),
    ratio: round(directMs / syncMs),
  };
}

function outboxVsAppend() {
  const dir = mkdtempSync(join(tmpdir(), 'onecase-bench-outbox-'));
  const command = {
    kind: 'send' as const,
    ref: 'NC-7K4M9-QXH2T',
    event: { type: 'info.add', note: 'Again at 2am' },
    via: { channel: 'counter', actor: { id: 'clerk-17' } },
    idempotencyKey: 'counter:3:00000000-0000-0000-0000-000000000000',
  };
  const line = `${JSON.stringify({ op: 'queued', entry: { id: 'x', seq: 1, queuedAt: 0, command, attempts: 0 } })}\n`;
  const measure = (work: () => void, ms = 1000) => {
    let ops = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      work();
      ops++;
    }
    return (ops * 1000) / (performance.now() - start);
  };
  const durable = createOutbox({ file: join(dir, 'durable.jsonl') });
  const durableOps = measure(() => durable.enqueue(command));
  const rawFsyncOps = measure(() => {
    const fd = openSync(join(dir, 'raw-fsync.jsonl'), 'a');
    writeSync(fd, line);
    fsyncSync(fd);
    closeSync(fd);
  });
  const buffered = createOutbox({ file: join(dir, 'buffered.jsonl'), fsync: false });
  const bufferedOps = measure(() => buffered.enqueue(command));
  const rawAppendOps = measure(() => appendFileSync(join(dir, 'raw.jsonl'), line));
  return {
    fsyncEnqueuePerSec: Math.round(durableOps),
    rawFsyncAppendPerSec: Math.round(rawFsyncOps),
    fsyncRatio: round(durableOps / rawFsyncOps),
    noFsyncEnqueuePerSec: Math.round(bufferedOps),
    rawAppendPerSec: Math.round(rawAppendOps),
    noFsyncRatio: round(bufferedOps / rawAppendOps),
  };
}

async function identity() {
  const id = '11010519491231002X';
  const pattern = /^\d{17}[\dX]$/;
  const checkOps = await opsPerSecond(() => checkResidentId(id, { now: 1_767_574_800_000 }), 1000, 1000);
  const regexOps = await opsPerSecond(() => pattern.test(id), 1000, 1000);
  const secret = 'hall-secret';
  const now = 1_767_574_800_000;
  const ledger = createServiceCodeLedger();
  const codes = Array.from({ length: 200_000 }, (_, i) =>
    issueServiceCode({ secret, citizen: { idNumber: id }, now, nonce: `n${i}` }),
  );
  let next = 0;
  const verifyOps = await opsPerSecond(
    () => verifyServiceCode(codes[next++ % codes.length]!, { secret, now, ledger }),
    500,
    500,
  );
  const hmacOps = await opsPerSecond(() => createHmac('sha256', secret).update(codes[0]!).digest(), 500, 500);
  return {
    residentId: {
      opsPerSec: Math.round(checkOps),
      rawRegexOpsPerSec: Math.round(regexOps),
      ratio: round(checkOps / regexOps, 4),
    },
    serviceCode: {
      verifyOpsPerSec: Math.round(verifyOps),
      rawHmacOpsPerSec: Math.round(hmacOps),
      ratio: round(verifyOps / hmacOps),
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
      outbox: outboxVsAppend(),
      identity: await identity(),
    };
  },
};

export default suite;
