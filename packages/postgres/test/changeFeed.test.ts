import type { CaseChange } from '@onecase/core';
import { describe, expect, it } from 'vitest';
import { createChangeFeed, notificationOf } from '../src/changeFeed.js';
import { createNotifier } from '../src/notifier.js';
import type { SqlQueryable } from '../src/sqlClient.js';

/** A `listen` that hands the test the function notifications arrive through. */
function fakeListen() {
  let notify: ((payload: string) => void) | undefined;
  const listen = (_channel: string, onNotify: (payload: string) => void) => {
    notify = onNotify;
    return { ready: Promise.resolve(), stop: async () => {} };
  };
  return { listen, send: (payload: string) => notify?.(payload) };
}

describe('the change feed', () => {
  it("drops a router's own notifications unparsed and delivers the others to it", () => {
    const { listen, send } = fakeListen();
    const feed = createChangeFeed(listen, 'c');
    const seen: CaseChange[] = [];
    feed.watch((change) => seen.push(change), { excludeOrigin: 'node-a' });
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed++;
      return parse(...args);
    };
    try {
      send(notificationOf({ caseId: 'c1', version: 2, origin: 'node-a' }));
      expect(parsed).toBe(0);
      send(notificationOf({ caseId: 'c1', version: 3, origin: 'node-b' }));
      // Written by another encoder, or with an origin that needs escaping: parsed, then judged.
      send(JSON.stringify({ caseId: 'c2', version: 1, origin: 'node-a' }));
      send(notificationOf({ caseId: 'c3', version: 1, origin: 'node-"a"' }));
      send('not json');
    } finally {
      JSON.parse = parse;
    }
    expect(seen).toEqual([
      { origin: 'node-b', caseId: 'c1', version: 3 },
      { origin: 'node-"a"', caseId: 'c3', version: 1 },
    ]);
  });

  it('still tells a watcher that excludes nothing of every origin', () => {
    const { listen, send } = fakeListen();
    const feed = createChangeFeed(listen, 'c');
    const all: string[] = [];
    const others: string[] = [];
    feed.watch((change) => all.push(change.origin));
    feed.watch((change) => others.push(change.origin), { excludeOrigin: 'node-a' });
    send(notificationOf({ caseId: 'c1', version: 2, origin: 'node-a' }));
    send(notificationOf({ caseId: 'c1', version: 3, origin: 'node-b' }));
    expect(all).toEqual(['node-a', 'node-b']);
    expect(others).toEqual(['node-b']);
  });
});

describe('the notifier', () => {
  it("sends each origin's latest change once per window, in one statement", async () => {
    const statements: unknown[][] = [];
    const client: SqlQueryable = {
      query: async (_text: string, params?: unknown[]) => {
        statements.push(params ?? []);
        return [];
      },
    } as SqlQueryable;
    const notifier = createNotifier(client, 'c');
    for (let version = 1; version <= 50; version++)
      notifier.publish({ caseId: `c${version}`, version, origin: 'a' });
    notifier.publish({ caseId: 'x', version: 7, origin: 'b' });
    await notifier.flushed();
    expect(statements).toHaveLength(1);
    const payloads = (JSON.parse(statements[0]![1] as string) as string[]).map((payload) =>
      JSON.parse(payload),
    );
    expect(payloads).toEqual([
      { origin: 'a', caseId: 'c50', version: 50 },
      { origin: 'b', caseId: 'x', version: 7 },
    ]);
  });
});
