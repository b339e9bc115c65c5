import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaseView, isCaseError, type RouterClient, routerUnreachable } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { openRecordFile } from '../src/recordFile.js';
import {
  createCounterSession,
  createOfflineSwitch,
  createOutbox,
  type OutboxCommand,
  refusalText,
  syncReportText,
} from '../src/index.js';

const web = { channel: 'web', actor: { id: 'citizen' } };
const staff = { channel: 'staff', actor: { id: 'dispatcher' } };
const input = { address: 'Lane 12, No. 3', description: 'Karaoke until 2am' };

/** A client whose first `count` writes reach the router but whose answers are lost on the way back. */
function losingAnswers(router: RouterClient, count: number): RouterClient {
  let lost = 0;
  const lose = async <T>(work: () => Promise<T>): Promise<T> => {
    const result = await work();
    if (lost++ < count) throw routerUnreachable('connection reset');
    return result;
  };
  return {
    open: (command) => lose(() => router.open(command)),
    send: (ref, event, options) => lose(() => router.send(ref, event, options)),
    get: (ref) => router.get(ref),
    history: (ref) => router.history(ref),
    find: (query) => router.find(query),
    linkCitizen: (identifiers, options) => router.linkCitizen(identifiers, options),
    appliedEvent: (ref, key) => router.appliedEvent(ref, key),
    timers: (ref) => router.timers(ref),
    catalogue: () => router.catalogue(),
    list: (query) => router.list(query),
    count: (query) => router.count(query),
    aggregate: (query) => router.aggregate(query),
  };
}

function keyOf(command: OutboxCommand): string {
  return command.idempotencyKey;
}

async function countByKey(router: RouterClient, refs: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const ref of refs) {
    for (const event of await router.history(ref)) {
      if (event.idempotencyKey) counts.set(event.idempotencyKey, (counts.get(event.idempotencyKey) ?? 0) + 1);
    }
  }
  return counts;
}

async function openCases(router: ReturnType<typeof createTestRouter>, count: number): Promise<CaseView[]> {
  const views = [];
  for (let i = 0; i < count; i++) {
    views.push(
      await router.open({
        service: 'noise-complaint',
        input,
        citizen: { phone: `1380013800${i}` },
        via: web,
      }),
    );
  }
  return views;
}

describe('offline outbox', () => {
  it('applies 50 queued commands exactly once or reports them refused, while other channels moved on', async () => {
    const router = createTestRouter({ services: [noise] });
    const cases = await openCases(router, 10);
    const refs = cases.map((view) => view.ref);
    const network = createOfflineSwitch(router);
    const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });

    network.goOffline();
    for (const [i, ref] of refs.entries()) {
      const steps = [
        { type: 'info.add', note: `counter note ${i}-1` },
        { type: 'documents.check', ok: true },
        { type: 'case.dispatch', department: 'Environment bureau' },
        { type: 'info.add', note: `counter note ${i}-4` },
        { type: 'case.reply', answer: 'Venue warned' },
      ];
      for (const step of steps) expect((await session.act(ref, step)).status).toBe('queued');
    }
    expect(session.pending()).toHaveLength(50);

    // Meanwhile, on the router: three cases withdrawn online, two dispatched by staff, two get web notes.
    for (const ref of refs.slice(0, 3)) await router.send(ref, { type: 'case.withdraw' }, { via: web });
    for (const ref of refs.slice(3, 5))
      await router.send(ref, { type: 'case.dispatch', department: 'Police' }, { via: staff });
    for (const ref of refs.slice(5, 7))
      await router.send(ref, { type: 'info.add', note: 'from the web' }, { via: web });

    network.goOnline();
    const report = await session.sync();
    expect(report.applied).toHaveLength(31);
    expect(report.refused).toHaveLength(19);
    expect(report.alreadyApplied).toHaveLength(0);
    expect(report.pending).toBe(0);

    const counts = await countByKey(router, refs);
    for (const item of report.applied) expect(counts.get(keyOf(item.command))).toBe(1);
    for (const item of report.refused) {
      expect(counts.has(keyOf(item.command))).toBe(false);
      expect(item.reason.length).toBeGreaterThan(0);
      expect(item.state).toBeDefined();
    }
    const withdrawn = report.refused.filter((item) => item.state?.state.value === 'withdrawn');
    expect(withdrawn).toHaveLength(15);
    expect(withdrawn.every((item) => item.code === 'EVENT_NOT_ALLOWED')).toBe(true);
    // The state shown is the case's state when the command was refused.
    const staffDispatched = report.refused.filter((item) => item.state?.state.value === 'handling');
    expect(
      staffDispatched.map((item) => (item.command.kind === 'send' ? item.command.event.type : '')),
    ).toEqual(['documents.check', 'case.dispatch', 'documents.check', 'case.dispatch']);
    for (const ref of refs.slice(3)) expect((await router.get(ref)).state.value).toBe('replied');
    expect(syncReportText(report)).toContain('31 applied, 0 already applied, 19 refused, 0 still waiting');

    const eventsBefore = (await Promise.all(refs.map((ref) => router.history(ref)))).flat().length;
    const second = await session.sync();
    expect([second.applied.length, second.alreadyApplied.length, second.refused.length]).toEqual([0, 0, 0]);
    expect((await Promise.all(refs.map((ref) => router.history(ref)))).flat().length).toBe(eventsBefore);
  });

  it('reports a command whose answer was lost as already applied, not applied twice', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const session = createCounterSession({
      client: losingAnswers(router, 1),
      counter: '3',
      clerk: 'clerk-17',
    });
    const result = await session.act(view!.ref, { type: 'info.add', note: 'only once' });
    expect(result.status).toBe('queued');

    const report = await session.sync();
    expect(report.alreadyApplied).toHaveLength(1);
    expect(report.applied).toHaveLength(0);
    const notes = (await router.history(view!.ref)).filter((event) => event.type === 'info.add');
    expect(notes).toHaveLength(1);
  });

  it('finds a lost-answer open through its citizen and reports it already applied', async () => {
    const router = createTestRouter({ services: [noise] });
    const session = createCounterSession({
      client: losingAnswers(router, 1),
      counter: '3',
      clerk: 'clerk-17',
    });
    session.identify('13800138000');
    expect((await session.open('noise-complaint', input)).status).toBe('queued');
    const report = await session.sync();
    expect(report.alreadyApplied).toHaveLength(1);
    expect(await router.find({ phone: '13800138000' })).toHaveLength(1);
  });

  it('stops a sync when the router drops again and resumes later in the same order', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const network = createOfflineSwitch(router);
    const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });
    network.goOffline();
    for (let i = 0; i < 4; i++) await session.act(view!.ref, { type: 'info.add', note: `note ${i}` });
    network.goOnline();
    let sends = 0;
    const off = router.on('case.changed', () => {
      if (++sends === 2) network.goOffline();
    });
    const first = await session.sync();
    off();
    expect(first).toMatchObject({ pending: 2, stoppedBy: { code: 'STORE_UNAVAILABLE' } });
    expect(first.applied).toHaveLength(2);
    network.goOnline();
    const second = await session.sync();
    expect(second.applied).toHaveLength(2);
    const notes = (await router.get(view!.ref)).context as { notes: string[] };
    expect(notes.notes).toEqual(['note 0', 'note 1', 'note 2', 'note 3']);
  });

  it('keeps later commands behind queued ones so their order is never swapped', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const network = createOfflineSwitch(router);
    const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });
    network.goOffline();
    await session.act(view!.ref, { type: 'documents.check', ok: true });
    network.goOnline();
    expect((await session.act(view!.ref, { type: 'case.dispatch', department: 'Police' })).status).toBe(
      'queued',
    );
    const report = await session.sync();
    expect(
      report.applied.map((item) => (item.command.kind === 'send' ? item.command.event.type : '')),
    ).toEqual(['documents.check', 'case.dispatch']);
  });

  it('queues an open for an identified citizen and finds out afterwards whether it got through', async () => {
    const router = createTestRouter({ services: [noise] });
    const network = createOfflineSwitch(router);
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-outbox-')), 'outbox.jsonl');
    const session = createCounterSession({
      client: network.client,
      counter: '3',
      clerk: 'clerk-17',
      outbox: createOutbox({ file, secret: 'hall-secret' }),
    });
    session.identify('13800138000');
    network.goOffline();
    const queued = await session.open('noise-complaint', input);
    expect(queued.receipt).toContain('given when the connection is back');
    network.goOnline();
    const report = await session.sync();
    expect(report.applied[0]?.case.openedVia).toEqual(session.via);
    expect(await router.find({ phone: '13800138000' })).toHaveLength(1);
  });
});

describe('outbox file', () => {
  it('ignores a line torn by a crash mid-write and keeps appending cleanly', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-jsonl-')), 'log.jsonl');
    writeFileSync(file, '{"n":1}\n{"n":2}\n{"n":');
    const log = openRecordFile<{ n: number }>(file);
    expect(log.read()).toEqual([{ n: 1 }, { n: 2 }]);
    log.append({ n: 3 });
    expect(log.read()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(openRecordFile<{ n: number }>(file).read()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(readFileSync(file, 'utf8')).toMatch(/^\{"n":1\}\n\{"n":2\}\nR1 7 [0-9a-f]{8} \{"n":3\}\n$/);
  });

  it('starts a fresh journal once everything in it was delivered', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-outbox-')), 'outbox.jsonl');
    const outbox = createOutbox({ file, secret: 'hall-secret' });
    const entry = outbox.enqueue({
      kind: 'send',
      ref: 'NC-00000-00000',
      event: { type: 'info.add', note: 'x' },
      via: { channel: 'counter', actor: { id: 'c' } },
      idempotencyKey: 'k1',
    });
    outbox.complete(entry.id, { status: 'applied' });
    expect(createOutbox({ file, secret: 'hall-secret' }).pending()).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});

describe('sync and refusals', () => {
  it('reports a command the router keeps failing while it answers as refused, and delivers the rest', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const network = createOfflineSwitch(router);
    // A store that cannot hold this one payload answers 503, which a client reads as unreachable.
    const base: RouterClient = network.client;
    const client: RouterClient = {
      open: (command) => base.open(command),
      get: (ref) => base.get(ref),
      find: (query) => base.find(query),
      linkCitizen: (identifiers, options) => base.linkCitizen(identifiers, options),
      history: (ref) => base.history(ref),
      appliedEvent: (ref, key) => base.appliedEvent(ref, key),
      timers: (ref) => base.timers(ref),
      catalogue: () => base.catalogue(),
      list: (query) => base.list(query),
      count: (query) => base.count(query),
      aggregate: (query) => base.aggregate(query),
      send: (ref, event, options) =>
        (event as { note?: string }).note === 'poison'
          ? Promise.reject(routerUnreachable('The router answered 503'))
          : base.send(ref, event, options),
    };
    const session = createCounterSession({ client, counter: '3', clerk: 'clerk-17' });
    network.goOffline();
    for (const note of ['before', 'poison', 'after'])
      await session.act(view!.ref, { type: 'info.add', note });
    network.goOnline();
    const report = await session.sync();
    expect(report.stoppedBy).toBeUndefined();
    expect(
      report.refused.map((item) => [item.code, item.command.kind === 'send' && item.command.event.note]),
    ).toEqual([['STORE_UNAVAILABLE', 'poison']]);
    expect(report.applied).toHaveLength(2);
    expect(((await router.get(view!.ref)).context as { notes: string[] }).notes).toEqual(['before', 'after']);
    expect(report.pending).toBe(0);
  });

  it('reports a payload the router refuses (INVALID_INPUT) and goes on with the queue', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const network = createOfflineSwitch(router);
    const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });
    network.goOffline();
    await session.act(view!.ref, { type: 'info.add' });
    await session.act(view!.ref, { type: 'info.add', note: 'kept' });
    network.goOnline();
    const report = await session.sync();
    expect(report.refused.map((item) => item.code)).toEqual(['INVALID_INPUT']);
    expect(report.applied).toHaveLength(1);
  });

  it('tells an already-applied command by its key alone, without reading the history', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const lossy = losingAnswers(router, 1);
    const session = createCounterSession({
      client: {
        ...lossy,
        history: () => Promise.reject(new Error('history must not be read to find a key')),
      },
      counter: '3',
      clerk: 'clerk-17',
    });
    expect((await session.act(view!.ref, { type: 'info.add', note: 'once' })).status).toBe('queued');
    const report = await session.sync();
    expect(report.alreadyApplied).toHaveLength(1);
    expect(report.stoppedBy).toBeUndefined();
  });
});

describe('offline checks before queueing', () => {
  it('refuses offline a payload the service schema rejects, so no receipt says QUEUED for it', async () => {
    const router = createTestRouter({ services: [noise] });
    const [view] = await openCases(router, 1);
    const network = createOfflineSwitch(router);
    const session = createCounterSession({ client: network.client, counter: '3', clerk: 'clerk-17' });
    session.identify('13800138000');
    await session.cases(); // online: the catalogue comes along and is kept
    network.goOffline();

    const missing = await session.act(view!.ref, { type: 'info.add' }).catch((e: unknown) => e);
    expect(isCaseError(missing, 'INVALID_INPUT')).toBe(true);
    expect(refusalText(missing)).toBe("Refused: Invalid payload for 'info.add' (note: Required).");
    const unknown = await session.act(view!.ref, { type: 'info.ad', note: 'x' }).catch((e: unknown) => e);
    expect(refusalText(unknown)).toContain("Unknown event 'info.ad'");
    const badOpen = await session.open('noise-complaint', { address: 'Lane 12' }).catch((e: unknown) => e);
    expect(isCaseError(badOpen, 'INVALID_INPUT')).toBe(true);
    const badText = await session
      .act(view!.ref, { type: 'info.add', note: 'bad \ud800' })
      .catch((e: unknown) => e);
    expect(refusalText(badText)).toContain('unpaired surrogate');
    expect(session.pending()).toEqual([]);

    const queued = await session.act(view!.ref, { type: 'info.add', note: 'fine' });
    expect(queued.status).toBe('queued');
    expect(queued.receipt).toContain('Service:    Noise complaint');
    expect((await session.services()).map((service) => service.id)).toEqual(['noise-complaint']);
  });
});
