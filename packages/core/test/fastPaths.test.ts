import { noise } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { hashCommand, hashEvent } from '../src/auditChain.js';
import { canonicalJson } from '../src/canonicalJson.js';
import { deepFreeze } from '../src/deepFreeze.js';
import { createRouter, isMisreadRef, memoryStore, type CaseStore } from '../src/index.js';
import { createRefCache } from '../src/router/refCache.js';

const via = { channel: 'web', actor: { id: 'citizen-1' } };
const input = { address: '1 Main St', description: 'Drilling at night' };

describe('hashing stays byte for byte what stored chains were signed with', () => {
  // Computed with the implementation before the fast paths (createHmac per call on the
  // string secret, canonical JSON sorted at every depth): a stored audit chain must still verify.
  const event = {
    caseId: 'case-1',
    seq: 2,
    type: 'info.add',
    payload: { note: 'Again at 2am "loud" \\ é', 'a key': [1, null, { z: true, a: -0.5 }] },
    via: { channel: 'web', actor: { id: 'u1', role: 'citizen' } },
    at: 1764576000000,
    idempotencyKey: 'k-1',
    commandHash: 'abc',
    stateAfter: { handling: 'site' },
    effects: [{ type: 'sms.send', to: 'x' }],
    prevHash: '0'.repeat(64),
  };

  it('hashes an event and a command as before', () => {
    expect(hashEvent('golden-secret', event)).toBe(
      '4f3b6c86491fcd1fd35f83ed9ec1a633b833eedd7b50269d1d4ff24864a5524f',
    );
    expect(hashCommand('golden-secret', { type: 'info.add', payload: event.payload, channel: 'web' })).toBe(
      '3BAs_t_nLpyn3TOnjEq37bWGlkvdr8GKSqVwpBuAGag',
    );
  });

  it('gives a different hash under another secret, and the same again under the first', () => {
    const first = hashEvent('golden-secret', event);
    expect(hashEvent('another-secret', event)).not.toBe(first);
    expect(hashEvent('golden-secret', event)).toBe(first);
  });

  it('leaves out a missing field as the general canonical form does', () => {
    const { commandHash: _, ...old } = event;
    const withUndefined = { ...old, commandHash: undefined as unknown as string };
    expect(hashEvent('s', withUndefined)).not.toBe(hashEvent('s', { ...old, commandHash: '' }));
    expect(hashEvent('s', withUndefined)).toBe(hashEvent('s', { ...old, commandHash: undefined as never }));
  });

  it('writes keys sorted and escaped wherever they need it', () => {
    expect(canonicalJson(event.payload)).toBe(
      '{"a key":[1,null,{"a":-0.5,"z":true}],"note":"Again at 2am \\"loud\\" \\\\ é"}',
    );
    expect(canonicalJson({ 'we"ird': 1, 'new\nline': 2, b: undefined })).toBe(
      '{"new\\nline":2,"we\\"ird":1}',
    );
  });
});

describe('deepFreeze', () => {
  it('freezes arrays and objects at every depth', () => {
    const value = deepFreeze({ a: [{ b: { c: 1 } }], d: { e: [2] } });
    expect(Object.isFrozen(value.a[0]!.b)).toBe(true);
    expect(Object.isFrozen(value.d.e)).toBe(true);
    expect(() => {
      (value.a[0]!.b as { c: number }).c = 2;
    }).toThrow(TypeError);
  });
});

describe('reference cache', () => {
  it('drops the least recently used reference past its bound', () => {
    const cache = createRefCache(2);
    cache.remember('A', '1');
    cache.remember('B', '2');
    cache.get('A');
    cache.remember('C', '3');
    expect([cache.get('A'), cache.get('B'), cache.get('C')]).toEqual(['1', undefined, '3']);
  });

  it('reads the store once for a reference sent to again and again', async () => {
    const store = memoryStore();
    let lookups = 0;
    const counting: CaseStore = {
      ...store,
      load: (id) => {
        lookups++;
        return store.load(id);
      },
      resolveRef: (ref) => {
        lookups++;
        return store.resolveRef(ref);
      },
      // One read for a reference not seen yet: the case with it.
      loadByRef: (ref) => {
        lookups++;
        return store.loadByRef!(ref);
      },
    };
    const opener = createRouter({ services: [noise], store, secret: 's' });
    const router = createRouter({ services: [noise], store: counting, secret: 's' });
    const view = await opener.open({ service: 'noise-complaint', input, via });
    for (let i = 0; i < 3; i++) await router.send(view.ref, { type: 'info.add', note: `n${i}` }, { via });
    expect(lookups).toBe(1);
    expect((await router.get(view.ref)).version).toBe(4);

    await Promise.all([opener.close(), router.close()]);
  });

  it('remembers no miss: a reference unknown at first is found once the case is opened', async () => {
    // A keyed open draws its reference from the key, so the same reference can be opened twice.
    const rehearsal = createRouter({ services: [noise], secret: 's' });
    const { ref } = await rehearsal.open({ service: 'noise-complaint', input, via, idempotencyKey: 'k' });
    const store = memoryStore();
    const reader = createRouter({ services: [noise], store, secret: 's' });
    await expect(reader.get(ref)).rejects.toMatchObject({ code: 'UNKNOWN_CASE' });
    const opener = createRouter({ services: [noise], store, secret: 's' });
    const opened = await opener.open({ service: 'noise-complaint', input, via, idempotencyKey: 'k' });
    expect(opened.ref).toBe(ref);
    expect((await reader.get(ref)).id).toBe(opened.id);
    const misread = ref.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    await expect(reader.get(misread)).rejects.toSatisfy(isMisreadRef);
    await Promise.all([rehearsal.close(), reader.close(), opener.close()]);
  });

  it('still refuses an unknown reference after others were cached, and finds it once opened', async () => {
    const store = memoryStore();
    const router = createRouter({ services: [noise], store, secret: 's' });
    const other = createRouter({ services: [noise], store, secret: 's' });
    const first = await router.open({ service: 'noise-complaint', input, via });
    await router.get(first.ref);
    const second = await other.open({ service: 'noise-complaint', input, via });
    expect((await router.get(second.ref)).id).toBe(second.id);
    expect((await router.get(second.ref.toLowerCase().replaceAll('-', ' '))).id).toBe(second.id);
    await Promise.all([router.close(), other.close()]);
  });
});

describe('store hints', () => {
  it("are not queued for a watcher's own origin on the memory store", async () => {
    const store = memoryStore();
    const own: string[] = [];
    const all: string[] = [];
    store.watch!((change) => own.push(change.origin), { excludeOrigin: 'a' });
    store.watch!((change) => all.push(change.origin));
    const record = (id: string, ref: string) => ({
      id,
      ref,
      serviceId: 's',
      serviceVersion: 1,
      snapshot: {},
      version: 1,
      openedAt: 0,
      updatedAt: 0,
      openedVia: via,
      citizenKeys: [],
      lastHash: 'h',
      search: { states: [], tags: [], done: false, index: {} },
    });
    const event = (caseId: string) => ({
      caseId,
      seq: 1,
      type: 'case.open',
      payload: {},
      via,
      at: 0,
      idempotencyKey: null,
      commandHash: '',
      effects: [],
      stateAfter: 'open',
      prevHash: '0',
      hash: 'h',
    });
    for (const [id, origin] of [
      ['c1', 'a'],
      ['c2', 'b'],
    ] as const) {
      await store.commit({
        record: record(id, `R-${id}`),
        expectedVersion: 0,
        origin,
        event: event(id),
        timers: { cancel: [], arm: [] },
      });
    }
    await Promise.resolve();
    expect(own).toEqual(['b']);
    expect(all).toEqual(['a', 'b']);
  });
});

describe('due timers', () => {
  it('read the cases of a claimed batch in one read, not one each', async () => {
    const store = memoryStore();
    let now = Date.UTC(2026, 0, 5);
    const clock = { now: () => now };
    const staff = { channel: 'staff', actor: { id: 'clerk-1' } };
    const opener = createRouter({ services: [noise], store, clock, secret: 's' });
    for (let i = 0; i < 5; i++) {
      const view = await opener.open({ service: 'noise-complaint', input, via });
      await opener.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    }
    const reads: string[] = [];
    const counting: CaseStore = {
      ...store,
      load: (id) => {
        reads.push('load');
        return store.load(id);
      },
      loadMany: (ids) => {
        reads.push(`loadMany ${ids.length}`);
        return store.loadMany!(ids);
      },
    };
    const firing = createRouter({ services: [noise], store: counting, clock, secret: 's' });
    now += 3 * 24 * 3600_000;
    expect(await firing.runDueTimers()).toBe(5);
    expect(reads).toEqual(['loadMany 5']);
    await Promise.all([opener.close(), firing.close()]);
  });
});
