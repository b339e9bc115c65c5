import { isCaseError } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { createHttpRouterClient, createWebHandler, serveNode } from '@onecase/web';
import { describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import {
  createCounterSession,
  createTicketQueue,
  isCounterError,
  issueServiceCode,
  refusalText,
} from '../src/index.js';
import { makeResidentId, withWrongCheck } from './helpers.js';

const idNumber = makeResidentId('310115', '19800101', '123');
const phone = '13800138000';
const web = { channel: 'web', actor: { id: 'citizen-1' } };
const hotline = { channel: 'hotline', actor: { id: 'agent-9' } };
const input = { address: 'Lane 12, No. 3', description: 'Karaoke until 2am' };

function setup() {
  const router = createTestRouter({ services: [noise], start: '2026-01-05T09:00:00+08:00' });
  const queue = createTicketQueue({ clock: router.clock });
  const session = createCounterSession({
    client: router,
    counter: '3',
    clerk: { id: 'clerk-17', role: 'clerk' },
    queue,
    secret: 'hall-secret',
    clock: router.clock,
  });
  return { router, queue, session };
}

describe('counter session', () => {
  it('finishes at the counter a case opened on the web; the counter-only step is refused online', async () => {
    const { router, session } = setup();
    const opened = await router.open({ service: 'noise-complaint', input, citizen: { idNumber }, via: web });

    const refusal = await router
      .send(opened.ref, { type: 'documents.check', ok: true }, { via: web })
      .catch((error: unknown) => error);
    expect(isCaseError(refusal, 'CHANNEL_FORBIDDEN')).toBe(true);
    expect(refusalText(refusal)).toBe(
      "Not possible online: 'documents.check' can only be done in person at a counter.",
    );
    expect((await router.get(opened.ref)).version).toBe(1);

    expect(session.identify(idNumber.toLowerCase())).toMatchObject({
      identified: true,
      method: 'resident-id',
    });
    const [found] = await session.cases();
    expect(found?.ref).toBe(opened.ref);

    const checked = await session.act(found!.ref, { type: 'documents.check', ok: true });
    expect(checked.status).toBe('applied');
    const dispatched = await session.act(found!.ref, {
      type: 'case.dispatch',
      department: 'Environment bureau',
    });
    expect(dispatched.receipt).toContain(`Reference:  ${opened.ref}`);
    expect(dispatched.receipt).toContain('Service:    Noise complaint');
    expect(dispatched.receipt).toContain('New state:  handling');
    expect(dispatched.receipt).toContain('case.reply (counter, staff)');
    // The reminder timer of the handling state is two days out: 5 Jan 09:00 + 2 days, China time.
    expect(dispatched.receipt).toContain('Deadline:   2026-01-07 09:00');
    const replied = await session.act(found!.ref, { type: 'case.reply', answer: 'Venue warned and fined' });
    expect(replied.status === 'applied' && replied.case.state).toMatchObject({
      value: 'replied',
      done: true,
    });
    expect(replied.receipt).toContain('the case is closed');

    const history = await router.history(opened.ref);
    expect(history.map((event) => event.via.channel)).toEqual(['web', 'counter', 'counter', 'counter']);
    expect(history[1]?.via.actor).toEqual({ id: 'clerk-17', role: 'clerk' });
  });

  it('lists the citizen cases from every channel after a service code scan', async () => {
    const { router, session } = setup();
    const fromWeb = await router.open({ service: 'noise-complaint', input, citizen: { idNumber }, via: web });
    const byPhone = await router.open({
      service: 'noise-complaint',
      input,
      citizen: { phone },
      via: hotline,
    });
    await router.open({ service: 'noise-complaint', input, citizen: { phone: '13900139000' }, via: hotline });
    const code = issueServiceCode({
      secret: 'hall-secret',
      citizen: { idNumber, phone },
      now: router.clock.now(),
    });

    const identified = session.identify(code);
    expect(identified).toMatchObject({
      identified: true,
      method: 'service-code',
      person: { birthDate: '1980-01-01', sex: 'male' },
    });
    expect((await session.cases()).map((view) => view.ref).sort()).toEqual([fromWeb.ref, byPhone.ref].sort());
    expect(session.identify(code)).toMatchObject({ identified: false, reason: 'replayed' });
  });

  it('says why an identification failed and forgets whoever was identified before', async () => {
    const { session } = setup();
    session.identify(makeResidentId('110105', '19491231', '002'));
    expect(session.identify(withWrongCheck(idNumber))).toMatchObject({
      identified: false,
      reason: 'check-digit',
    });
    expect(session.citizen).toBeUndefined();
    await expect(session.cases()).rejects.toSatisfy((error: unknown) =>
      isCounterError(error, 'NOT_IDENTIFIED'),
    );
    expect(session.identify({ document: 'passport', number: 'E12345678' })).toMatchObject({
      identified: true,
      citizen: { idNumber: 'passport:E12345678' },
    });
  });

  it('forgets the previous citizen when the next ticket is called', async () => {
    const { queue, session } = setup();
    await queue.take({ group: 'any' });
    await queue.take({ group: 'any' });
    await session.callNext();
    session.identify(idNumber);
    await session.served();
    expect(session.citizen).toBeUndefined();
    session.identify(idNumber);
    expect((await session.callNext())?.number).toBe('A002');
    expect(session.citizen).toBeUndefined();
  });

  it('throws refusals online instead of queueing them, and catches a misread reference before sending', async () => {
    const { router, session } = setup();
    const opened = await router.open({ service: 'noise-complaint', input, citizen: { idNumber }, via: web });
    await router.send(opened.ref, { type: 'case.withdraw' }, { via: web });
    const error = await session.act(opened.ref, { type: 'info.add', note: 'x' }).catch((e: unknown) => e);
    expect(isCaseError(error, 'EVENT_NOT_ALLOWED')).toBe(true);
    expect(session.pending()).toEqual([]);

    const misread = `${opened.ref.slice(0, -1)}${opened.ref.endsWith('A') ? 'B' : 'A'}`;
    await expect(session.act(misread, { type: 'info.add', note: 'x' })).rejects.toThrow(/check character/);
  });

  it('opens a case for the identified citizen that the web then finds under their identifier', async () => {
    const { router, session } = setup();
    session.identify(idNumber);
    const result = await session.open('noise-complaint', input);
    expect(result.status).toBe('applied');
    const mine = await router.find({ idNumber });
    expect(mine.map((view) => view.openedVia.channel)).toEqual(['counter']);
  });
});

describe('counter session over HTTP', () => {
  it('works against a remote router, queues while it is down and syncs when it is back', async () => {
    const router = createTestRouter({ services: [noise] });
    const handler = createWebHandler({
      router,
      authenticate: (request) =>
        request.headers.get('authorization') === 'Bearer clerk-17'
          ? { kind: 'staff', id: 'clerk-17', role: 'clerk', channels: ['counter'] }
          : { kind: 'citizen', id: 'citizen-1', idNumber },
    });
    let server = await serveNode(handler);
    const { port } = server;
    const citizenClient = createHttpRouterClient(server.url);
    const clerkClient = createHttpRouterClient(server.url, {
      headers: { authorization: 'Bearer clerk-17' },
      timeoutMs: 2000,
    });
    try {
      const opened = await citizenClient.open({ service: 'noise-complaint', input, via: web });
      const refusal = await citizenClient
        .send(opened.ref, { type: 'documents.check', ok: true }, { via: web })
        .catch((e: unknown) => e);
      expect(refusalText(refusal)).toContain('only be done in person at a counter');

      const session = createCounterSession({ client: clerkClient, counter: '3', clerk: 'clerk-17' });
      session.identify(idNumber);
      expect((await session.cases()).map((view) => view.ref)).toEqual([opened.ref]);
      const online = await session.act(opened.ref, { type: 'documents.check', ok: true });
      expect(online.status).toBe('applied');
      expect(online.receipt).not.toContain('Deadline');

      await server.close();
      const offline = await session.act(opened.ref, {
        type: 'case.dispatch',
        department: 'Environment bureau',
      });
      expect(offline.status).toBe('queued');
      expect(offline.receipt).toContain('QUEUED');

      server = await serveNode(handler, { port });
      const report = await session.sync();
      expect(report.applied).toHaveLength(1);
      expect(report.alreadyApplied.length + report.refused.length + report.pending).toBe(0);
      expect((await router.get(opened.ref)).state.value).toBe('handling');
      expect((await router.history(opened.ref)).at(-1)?.via).toEqual({
        channel: 'counter',
        actor: { id: 'clerk-17', role: 'clerk' },
      });
    } finally {
      await server.close();
    }
  });

  it('prints the service title and the deadline on receipts through the HTTP client too', async () => {
    const router = createTestRouter({ services: [noise], start: '2026-01-05T09:00:00+08:00' });
    const server = await serveNode(
      createWebHandler({
        router,
        authenticate: () => ({ kind: 'staff', id: 'clerk-17', role: 'clerk', channels: ['counter'] }),
      }),
    );
    try {
      const opened = await router.open({
        service: 'noise-complaint',
        input,
        citizen: { idNumber },
        via: web,
      });
      const session = createCounterSession({
        client: createHttpRouterClient(server.url),
        counter: '3',
        clerk: 'clerk-17',
        clock: router.clock,
      });
      const result = await session.act(opened.ref, {
        type: 'case.dispatch',
        department: 'Environment bureau',
      });
      expect(result.receipt).toContain('Service:    Noise complaint');
      expect(result.receipt).toContain('Deadline:   2026-01-07 09:00');
    } finally {
      await server.close();
    }
  });
});
