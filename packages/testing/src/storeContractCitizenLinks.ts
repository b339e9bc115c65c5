import type { CaseStore, Via } from '@onecase/core';
import { expect, it } from 'vitest';
import { commitInput, event, record, uniqueId } from './contractRecords.js';

const CLERK: Via = { channel: 'counter', actor: { id: 'clerk-9', role: 'clerk' } };

/** The citizen-link part of the store contract: audited, idempotent links that `findByCitizenKeys` follows. */
export function describeCitizenLinkContract(getStore: () => CaseStore): void {
  async function openWith(keys: string[], openedAt: number) {
    const id = uniqueId();
    const rec = record(id, 1, { citizenKeys: keys, openedAt });
    const result = await getStore().commit(commitInput(rec, event(id, 1), 0));
    if (result.status !== 'committed') throw new Error(`could not open ${id}: ${result.status}`);
    return rec;
  }
  const keysOf = (kind: string) => `${kind}:${uniqueId()}`;

  it('finds the cases of linked keys by any of them, transitively, oldest first, each once', async () => {
    const store = getStore();
    const [phone, id, account] = [keysOf('phone'), keysOf('id'), keysOf('account')];
    const both = await openWith([phone, id], 30);
    const byPhone = await openWith([phone], 10);
    const byId = await openWith([id], 20);
    const byAccount = await openWith([account], 40);
    const stranger = await openWith([keysOf('phone')], 15);
    expect((await store.findByCitizenKeys([id])).map((c) => c.id)).toEqual([byId.id, both.id]);

    expect(await store.linkCitizenKeys([phone, id], { via: CLERK, reason: 'resident ID', at: 100 })).toEqual({
      added: 1,
    });
    expect(
      await store.linkCitizenKeys([account, id], { via: CLERK, reason: 'service code', at: 200 }),
    ).toEqual({
      added: 1,
    });
    const all = [byPhone.id, byId.id, both.id, byAccount.id];
    for (const key of [phone, id, account]) {
      expect((await store.findByCitizenKeys([key])).map((c) => c.id)).toEqual(all);
    }
    expect((await store.findByCitizenKeys([phone, account])).map((c) => c.id)).toEqual(all);
    expect((await store.findByCitizenKeys([keysOf('phone')])).map((c) => c.id)).toEqual([]);
    expect((await store.load(stranger.id))?.citizenKeys).toHaveLength(1);
  });

  it('records each pair once, with who linked it, through which channel, when and why', async () => {
    const store = getStore();
    const [phone, id] = [keysOf('phone'), keysOf('id')];
    const account = keysOf('account');
    expect(await store.citizenLinks([phone])).toEqual([]);
    await store.linkCitizenKeys([phone, id], { via: CLERK, reason: 'resident ID checked', at: 500 });
    const again: Via = { channel: 'counter', actor: { id: 'clerk-2' } };
    expect(await store.linkCitizenKeys([id, phone], { via: again, reason: 'again', at: 600 })).toEqual({
      added: 0,
    });
    expect(
      await store.linkCitizenKeys([phone, id, account], { via: again, reason: 'service code', at: 700 }),
    ).toEqual({ added: 2 });
    const links = await store.citizenLinks([account]);
    const sorted = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
    expect(links).toEqual([
      { keys: sorted(phone, id), via: CLERK, reason: 'resident ID checked', at: 500 },
      ...[sorted(phone, account), sorted(id, account)]
        .sort((x, y) => (x.join('\n') < y.join('\n') ? -1 : 1))
        .map((keys) => ({ keys, via: again, reason: 'service code', at: 700 })),
    ]);
    expect(await store.citizenLinks([keysOf('phone')])).toEqual([]);
  });

  it('follows a cycle of links without looping', async () => {
    const store = getStore();
    const [a, b, c] = [keysOf('phone'), keysOf('id'), keysOf('account')];
    const opened = await openWith([c], 1);
    const audit = { via: CLERK, reason: 'cycle', at: 1 };
    await store.linkCitizenKeys([a, b], audit);
    await store.linkCitizenKeys([b, c], audit);
    await store.linkCitizenKeys([c, a], audit);
    expect((await store.findByCitizenKeys([a])).map((rec) => rec.id)).toEqual([opened.id]);
    expect(await store.citizenLinks([b])).toHaveLength(3);
  });
}
