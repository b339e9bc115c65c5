import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebRouter } from '../src/index.js';
import { citizen, openAsCitizen, readEvents, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
/** Router listeners the handler currently holds. */
let subscribed = 0;
beforeAll(async () => {
  web = await startWeb({
    limits: { keepAliveMs: 50 },
    wrap: (router) => ({
      ...router,
      on: ((type, listener) => {
        subscribed += 1;
        const off = router.on(type, listener);
        return () => {
          subscribed -= 1;
          off();
        };
      }) as WebRouter['on'],
    }),
  });
});
afterAll(() => web.close());

describe('GET /cases/:ref/stream', () => {
  it('sends the current view, then changes made through another channel', async () => {
    const view = await openAsCitizen(web.api);
    const controller = new AbortController();
    const response = await fetch(`${web.api}/cases/${view.ref}/stream`, {
      headers: citizen(),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = readEvents(response);
    const first = (await events.next()).value!;
    expect(first.event).toBe('case');
    expect(JSON.parse(first.data)).toMatchObject({ ref: view.ref, version: 1, state: { value: 'received' } });

    await web.router.send(
      view.ref,
      { type: 'case.dispatch', department: 'environment' },
      { via: { channel: 'counter', actor: { id: 'clerk-3' } } },
    );
    const second = (await events.next()).value!;
    expect(second.id).toBe('2');
    expect(JSON.parse(second.data)).toMatchObject({ version: 2, state: { value: 'handling' } });

    await web.router.advance('2d');
    const third = JSON.parse((await events.next()).value!.data);
    expect(third.context.reminders).toBe(1);
    controller.abort();
  });

  it('keeps the connection alive with comment lines and removes its listener when the client leaves', async () => {
    const view = await openAsCitizen(web.api);
    const controller = new AbortController();
    const response = await fetch(`${web.api}/cases/${view.ref}/stream`, {
      headers: citizen(),
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes(': keep-alive')) text += (await reader.read()).value ?? '';
    expect(subscribed).toBe(1);
    controller.abort();
    await expect.poll(() => subscribed, { timeout: 2000 }).toBe(0);
  });
});
