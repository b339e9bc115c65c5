import { describe, expect, it } from 'vitest';
import { createRouter, isCaseError, memoryStore, type Via } from '../src/index.js';
import { noise, TWO_DAYS } from '@onecase/testing/fixtures';

const hotline: Via = { channel: 'hotline', actor: { id: 'agent-7', role: 'agent' } };
const web: Via = { channel: 'web', actor: { id: 'citizen-42' } };
const counter: Via = { channel: 'counter', actor: { id: 'clerk-3', role: 'clerk' } };

describe('one case, three channels', () => {
  it('keeps get and history in agreement at every step', async () => {
    let now = Date.UTC(2026, 2, 2, 1, 0);
    const router = createRouter({
      services: [noise],
      store: memoryStore(),
      clock: { now: () => now },
      secret: 's',
    });
    const changes: number[] = [];
    router.on('case.changed', ({ case: c }) => changes.push(c.version));

    const agree = async (ref: string) => {
      const [view, history] = await Promise.all([router.get(ref), router.history(ref)]);
      expect(history).toHaveLength(view.version);
      expect(history.at(-1)!.stateAfter).toEqual(view.state.value);
      expect(history.map((e) => e.seq)).toEqual(Array.from({ length: view.version }, (_, i) => i + 1));
      return { view, history };
    };

    const opened = await router.open({
      service: 'noise-complaint',
      input: { address: '12 Tianhe Rd', description: 'Karaoke after midnight' },
      citizen: { phone: '13800138000' },
      via: hotline,
    });
    expect(opened.openedVia).toEqual(hotline);
    await agree(opened.ref);

    now += 60_000;
    await router.send(opened.ref, { type: 'info.add', note: 'It happens every Friday' }, { via: web });
    const afterWeb = await agree(opened.ref);
    expect(afterWeb.view.context).toMatchObject({ notes: ['It happens every Friday'] });
    expect(afterWeb.history[1]!.via).toEqual(web);

    const forbidden = await router
      .send(opened.ref, { type: 'documents.check', ok: true }, { via: web })
      .catch((error: unknown) => error);
    expect(isCaseError(forbidden, 'CHANNEL_FORBIDDEN')).toBe(true);
    expect((await agree(opened.ref)).view.version).toBe(2);

    now += 60_000;
    await router.send(opened.ref, { type: 'documents.check', ok: true }, { via: counter });
    await router.send(opened.ref, { type: 'case.dispatch', department: 'Environment' }, { via: counter });
    const dispatched = await agree(opened.ref);
    expect(dispatched.view.state.value).toBe('handling');
    expect(await router.timers(opened.ref)).toHaveLength(1);

    now += TWO_DAYS;
    expect(await router.runDueTimers()).toBe(1);
    const reminded = await agree(opened.ref);
    expect(reminded.view.context).toMatchObject({
      reminders: 1,
      documentsOk: true,
      department: 'Environment',
    });
    expect(reminded.history.at(-1)!.via.channel).toBe('system');
    expect(changes).toEqual([1, 2, 3, 4, 5]);
    expect((await router.verify(opened.ref)).ok).toBe(true);
  });

  it('shows each channel only what it may send now', async () => {
    const router = createRouter({ services: [noise], secret: 's' });
    const view = await router.open({
      service: 'noise-complaint',
      input: { address: 'a', description: 'b' },
      via: web,
    });
    expect(view.allowed.web).toEqual(['info.add', 'case.withdraw']);
    expect(view.allowed.staff).toEqual(['case.dispatch', 'info.add']);
    const replied = await router.send(view.ref, { type: 'case.dispatch', department: 'x' }, { via: counter });
    expect(replied.allowed.staff).toEqual(['case.reply', 'info.add']);
    const done = await router.send(view.ref, { type: 'case.withdraw' }, { via: web });
    expect(done.state.done).toBe(true);
    expect(Object.values(done.allowed).flat()).toEqual([]);
  });
});
