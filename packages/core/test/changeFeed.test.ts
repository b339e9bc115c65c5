import { noise } from '@onecase/testing/fixtures';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { type CaseStore, memoryStore } from '../src/index.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };
const input = { address: '1 Main St', description: 'loud' };

/** The same store with its notifications lost: only the feed's poll can find changes. */
function withoutHints(store: CaseStore): CaseStore {
  const { watch: _lost, ...rest } = store;
  return rest as CaseStore;
}

describe('the change feed', () => {
  it('delivers every change of other routers in order, each with its position, and none of its own', async () => {
    const store = memoryStore();
    const watcher = createTestRouter({ services: [noise], store, feedPollMs: 10 });
    const writers = [0, 1, 2].map(() => createTestRouter({ services: [noise], store, clock: watcher.clock }));
    const seen: { key: string; remote: boolean; position: string }[] = [];
    watcher.on('case.changed', ({ event, remote, position }) =>
      seen.push({ key: `${event.caseId}:${event.seq}`, remote, position }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const own = await watcher.open({ service: 'noise-complaint', input, via });
    await Promise.all(
      writers.map(async (writer) => {
        const view = await writer.open({ service: 'noise-complaint', input, via });
        for (let i = 0; i < 50; i++) await writer.send(view.id, { type: 'info.add', note: `n${i}` }, { via });
      }),
    );
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(1 + 3 * 51);
    expect(seen.filter((change) => change.key.startsWith(own.id))).toEqual([
      expect.objectContaining({ remote: false }),
    ]);
    const remote = seen.filter((change) => change.remote);
    expect(new Set(remote.map((change) => change.key)).size).toBe(153);
    expect(remote.map((change) => change.position)).toEqual(
      [...remote.map((change) => change.position)].sort(),
    );
    await Promise.all([watcher.close(), ...writers.map((writer) => writer.close())]);
  });

  it('a lost hint only delays: the poll finds the change', async () => {
    const store = memoryStore();
    const watcher = createTestRouter({ services: [noise], store: withoutHints(store), feedPollMs: 20 });
    const writer = createTestRouter({ services: [noise], store, clock: watcher.clock });
    const refs: string[] = [];
    watcher.on('case.changed', ({ case: view }) => refs.push(view.ref));
    await new Promise((resolve) => setTimeout(resolve, 30));
    const view = await writer.open({ service: 'noise-complaint', input, via });
    await expect.poll(() => refs, { timeout: 2000 }).toEqual([view.ref]);
    await Promise.all([watcher.close(), writer.close()]);
  });

  it('resumes from a kept position: a restarted subscriber gets exactly what it missed, then lives on', async () => {
    const store = memoryStore();
    const writer = createTestRouter({ services: [noise], store });
    const view = await writer.open({ service: 'noise-complaint', input, via });
    const first = createTestRouter({ services: [noise], store, clock: writer.clock, feedPollMs: 10 });
    const before: { seq: number; position: string }[] = [];
    first.on('case.changed', ({ event, position }) => before.push({ seq: event.seq, position }), {
      from: 'start',
    });
    await writer.send(view.id, { type: 'info.add', note: 'a' }, { via });
    await expect.poll(() => before.map((change) => change.seq)).toEqual([1, 2]);
    const kept = before.at(-1)!.position;
    await first.close();

    await writer.send(view.id, { type: 'info.add', note: 'b' }, { via });
    await writer.send(view.id, { type: 'info.add', note: 'c' }, { via });
    const restarted = createTestRouter({ services: [noise], store, clock: writer.clock, feedPollMs: 10 });
    const after: number[] = [];
    restarted.on('case.changed', ({ event }) => after.push(event.seq), { from: kept });
    await expect.poll(() => after).toEqual([3, 4]);
    await restarted.send(view.id, { type: 'info.add', note: 'own' }, { via });
    await writer.send(view.id, { type: 'info.add', note: 'd' }, { via });
    await expect.poll(() => after).toEqual([3, 4, 5, 6]);
    await Promise.all([restarted.close(), writer.close()]);
  });

  it('close() waits for the store to flush what it owes', async () => {
    let flushed = false;
    const store = memoryStore();
    const router = createTestRouter({
      services: [noise],
      store: {
        ...store,
        flush: async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          flushed = true;
        },
      },
    });
    await router.open({ service: 'noise-complaint', input, via });
    await router.close();
    expect(flushed).toBe(true);
  });
});
