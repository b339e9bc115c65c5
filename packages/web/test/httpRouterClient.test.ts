import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CaseError, isCaseError, type RouterClient, type Via } from '@onecase/core';
import type { TestRouter } from '@onecase/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { noise } from '@onecase/testing/fixtures';
import { createHttpRouterClient, isHttpProblemError } from '../src/index.js';
import { ADDRESS, CITIZEN_PHONE, citizen, staff, startWeb, type WebFixture } from './helpers.js';

const VIA = {
  hotline: { channel: 'hotline', actor: { id: 'agent-7', role: 'clerk' } },
  web: { channel: 'web', actor: { id: 'alice', role: 'citizen' } },
  counter: { channel: 'counter', actor: { id: 'clerk-2', role: 'clerk' } },
} satisfies Record<string, Via>;

type Clients = Record<keyof typeof VIA, RouterClient>;

async function outcome(work: () => Promise<{ state: { value: unknown }; version: number }>) {
  try {
    const view = await work();
    return { ok: true, state: view.state.value, version: view.version };
  } catch (error) {
    if (!isCaseError(error)) throw error;
    return {
      ok: false,
      isCaseError: error instanceof CaseError,
      code: error.code,
      message: error.message,
      details: error.details,
    };
  }
}

/**
 * The cross-channel story: opened on the hotline, information added on the web, a
 * counter-only event refused from the web, dispatched at the counter, a reminder timer,
 * withdrawn on the web. After every step the clients' get/history equal the router's own.
 */
async function crossChannelStory(clients: Clients, router: TestRouter<readonly [typeof noise]>) {
  const transcript: unknown[] = [];
  const opened = await clients.hotline.open({
    service: 'noise-complaint',
    input: ADDRESS,
    citizen: { phone: CITIZEN_PHONE },
    via: VIA.hotline,
  });
  const ref = opened.ref;
  const agree = async () => {
    for (const client of Object.values(clients)) {
      expect(await client.get(ref)).toEqual(await router.get(ref));
      expect(await client.history(ref)).toEqual(await router.history(ref));
    }
  };
  transcript.push({ openedVia: opened.openedVia, state: opened.state.value, allowed: opened.allowed });
  await agree();
  const found = await clients.hotline.find({ phone: `+86 ${CITIZEN_PHONE}` });
  transcript.push(found.map((view) => view.id === opened.id));

  const steps: [keyof Clients, Record<string, unknown> & { type: string }, number?][] = [
    ['web', { type: 'info.add', note: 'Again at 2am' }],
    ['web', { type: 'documents.check', ok: true }],
    ['web', { type: 'info.add', note: 42 }],
    ['counter', { type: 'case.dispatch', department: 'environment' }, 1],
    ['counter', { type: 'case.dispatch', department: 'environment' }, 2],
  ];
  for (const [channel, event, expectedVersion] of steps) {
    transcript.push(
      await outcome(() =>
        clients[channel].send(ref, event, {
          via: VIA[channel],
          idempotencyKey: `${channel}-${transcript.length}`,
          ...(expectedVersion !== undefined ? { expectedVersion } : {}),
        }),
      ),
    );
    await agree();
  }
  await router.advance('2d');
  const reminded = await clients.web.get(ref);
  transcript.push({ state: reminded.state.value, context: reminded.context, version: reminded.version });
  await agree();
  transcript.push(await outcome(() => clients.web.send(ref, { type: 'case.withdraw' }, { via: VIA.web })));
  transcript.push(
    await outcome(() => clients.web.send(ref, { type: 'info.add', note: 'late' }, { via: VIA.web })),
  );
  await agree();
  transcript.push(await outcome(() => clients.web.get(ref.replace(/^NC/, 'ZZ'))));
  transcript.push((await clients.counter.history(ref)).map((event) => [event.type, event.via.channel]));
  return transcript.map((entry) =>
    JSON.parse(
      JSON.stringify(entry, (_, v) => (typeof v === 'string' ? v.replaceAll(ref.slice(2), '-REF') : v)),
    ),
  );
}

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(() => web.close());

describe('createHttpRouterClient', () => {
  it('passes the cross-channel story exactly as the in-process router does', async () => {
    const inProcess = await startWeb();
    const local = await crossChannelStory(
      { hotline: inProcess.router, web: inProcess.router, counter: inProcess.router },
      inProcess.router,
    );
    await inProcess.close();

    const remote = await crossChannelStory(
      {
        hotline: createHttpRouterClient(web.api, { headers: staff('agent-7', 'hotline') }),
        web: createHttpRouterClient(web.api, { headers: citizen('alice') }),
        counter: createHttpRouterClient(web.api, { headers: () => staff('clerk-2', 'counter') }),
      },
      web.router,
    );
    expect(remote).toEqual(local);
    expect(remote[3]).toMatchObject({ ok: false, isCaseError: true, code: 'CHANNEL_FORBIDDEN' });
    expect(remote[4]).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(remote[5]).toMatchObject({ ok: false, code: 'VERSION_CONFLICT', details: { actualVersion: 2 } });
    expect(remote[6]).toMatchObject({ ok: true, state: 'handling', version: 3 });
    expect(remote[7]).toMatchObject({ context: { reminders: 1 } });
    expect(remote.at(-1)).toEqual([
      ['case.open', 'hotline'],
      ['info.add', 'web'],
      ['case.dispatch', 'counter'],
      ['xstate.after.172800000.noise.handling', 'system'],
      ['case.withdraw', 'web'],
    ]);
  });

  it('carries the service version an open names, and the router refuses one it does not register', async () => {
    const client = createHttpRouterClient(web.api, { headers: staff('agent-7', 'hotline') });
    const open = (version: number) =>
      client.open({ service: 'noise-complaint', version, input: ADDRESS, via: VIA.hotline });
    expect((await open(1)).service).toEqual({ id: 'noise-complaint', version: 1 });
    await expect(open(2)).rejects.toMatchObject({
      code: 'UNKNOWN_SERVICE',
      details: { service: 'noise-complaint', version: 2, versions: [1] },
    });
  });

  it('reports an unreachable router as STORE_UNAVAILABLE with reason unreachable', async () => {
    const closed = await startWeb();
    const url = closed.api;
    await closed.close();
    const error = await createHttpRouterClient(url)
      .get('NC-00000-00000')
      .catch((e: unknown) => e);
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as CaseError).details).toMatchObject({ reason: 'unreachable', method: 'GET' });
  });

  it('gives up after timeoutMs on a router that does not answer', async () => {
    const silent = createServer(() => undefined).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const { port } = silent.address() as AddressInfo;
    const client = createHttpRouterClient(`http://127.0.0.1:${port}`, { timeoutMs: 100 });
    const error = await client.history('NC-00000-00000').catch((e: unknown) => e);
    expect((error as CaseError).details).toMatchObject({ reason: 'unreachable', timeoutMs: 100 });
    silent.closeAllConnections();
    silent.close();
  });

  it('treats a 5xx without a problem body (a proxy error page) as unreachable', async () => {
    const client = createHttpRouterClient('http://router.invalid', {
      fetch: async () =>
        new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    });
    const error = await client.find({ phone: CITIZEN_PHONE }).catch((e: unknown) => e);
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as CaseError).details).toMatchObject({ reason: 'unreachable', status: 502 });
  });

  it('throws HttpProblemError for refusals of HTTP itself, such as missing credentials', async () => {
    const anonymous = createHttpRouterClient(web.api);
    const error = await anonymous.get('NC-00000-00000').catch((e: unknown) => e);
    expect(isHttpProblemError(error, 'UNAUTHENTICATED')).toBe(true);
    expect((error as { status: number }).status).toBe(401);
  });
});
