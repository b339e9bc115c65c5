import { describe, expect, it } from 'vitest';
import { createRouter, memoryStore, type Via } from '../src/index.js';
import { noise } from '@onecase/testing/fixtures';

const channels: Via[] = [
  { channel: 'web', actor: { id: 'citizen' } },
  { channel: 'counter', actor: { id: 'clerk' } },
  { channel: 'hotline', actor: { id: 'agent' } },
];

/** Two routers sharing one store, as two nodes on one database. */
function twoRoutersOnOneStore() {
  const store = memoryStore();
  const node = () => createRouter({ services: [noise], store, secret: 's' });
  return [node(), node()] as const;
}

describe('concurrent commands on one case', () => {
  it('loses no update across 1,000 concurrent sends from three channels', async () => {
    const router = createRouter({ services: [noise], secret: 's' });
    const view = await router.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: channels[0]!,
    });
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        router.send(view.ref, { type: 'info.add', note: `note ${i}` }, { via: channels[i % 3]! }),
      ),
    );
    const after = await router.get(view.ref);
    expect(after.version).toBe(1001);
    expect((after.context as { notes: string[] }).notes).toHaveLength(1000);
    const history = await router.history(view.ref);
    expect(history.map((e) => e.seq)).toEqual(Array.from({ length: 1001 }, (_, i) => i + 1));
    expect((await router.verify(view.ref)).ok).toBe(true);
  });

  it('keeps versions contiguous when two routers share one store (compare-and-set and re-decide)', async () => {
    const [a, b] = twoRoutersOnOneStore();
    const view = await a.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: channels[0]!,
    });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b).send(view.ref, { type: 'info.add', note: `n${i}` }, { via: channels[i % 3]! }),
      ),
    );
    const after = await a.get(view.ref);
    expect(after.version).toBe(201);
    expect(new Set((after.context as { notes: string[] }).notes).size).toBe(200);
    expect((await b.verify(view.ref)).ok).toBe(true);
  });

  it('never refuses on what a router last saw when another router has moved the case on', async () => {
    const [a, b] = twoRoutersOnOneStore();
    const view = await a.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: channels[0]!,
    });
    await b.send(view.ref, { type: 'case.dispatch', department: 'd' }, { via: channels[1]! });
    // a last saw 'received', where neither a reply nor version 2 would be accepted.
    const replied = await a.send(
      view.ref,
      { type: 'case.reply', answer: 'done' },
      { via: channels[1]!, expectedVersion: 2 },
    );
    expect(replied.state.value).toBe('replied');
    expect(replied.version).toBe(3);

    const other = await a.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: channels[0]!,
    });
    await b.send(other.ref, { type: 'case.dispatch', department: 'd' }, { via: channels[1]! });
    const repliedWithoutVersion = await a.send(
      other.ref,
      { type: 'case.reply', answer: 'done' },
      { via: channels[1]! },
    );
    expect(repliedWithoutVersion.state.value).toBe('replied');
  });

  it('publishes a change made by another router on the same store as remote', async () => {
    const [a, b] = twoRoutersOnOneStore();
    const seen: { version: number; remote: boolean }[] = [];
    b.on('case.changed', ({ case: c, remote }) => seen.push({ version: c.version, remote }));
    const view = await a.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: channels[0]!,
    });
    await a.send(view.ref, { type: 'info.add', note: 'x' }, { via: channels[1]! });
    await expect.poll(() => seen.length).toBe(2);
    expect(seen.every((s) => s.remote)).toBe(true);
  });
});
