import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebRouter } from '../src/index.js';
import { call, citizen, openAsCitizen, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
let subscribed = 0;
beforeAll(async () => {
  web = await startWeb({
    limits: { streamsPerCase: 2 },
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

describe('event stream limits', () => {
  it('shares one router listener among the streams and answers 429 past streamsPerCase', async () => {
    const view = await openAsCitizen(web.api);
    const controllers = [new AbortController(), new AbortController()];
    const open = await Promise.all(
      controllers.map((controller) =>
        fetch(`${web.api}/cases/${view.ref}/stream`, { headers: citizen(), signal: controller.signal }),
      ),
    );
    expect(open.map((response) => response.status)).toEqual([200, 200]);
    expect(subscribed).toBe(1);
    const third = await call(`${web.api}/cases/${view.ref}/stream`, { headers: citizen() });
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('TOO_MANY_REQUESTS');
    expect(third.headers.get('retry-after')).not.toBeNull();
    // Another case is not affected by the first one's streams.
    const other = await openAsCitizen(web.api);
    const otherController = new AbortController();
    const otherStream = await fetch(`${web.api}/cases/${other.ref}/stream`, {
      headers: citizen(),
      signal: otherController.signal,
    });
    expect(otherStream.status).toBe(200);
    expect(subscribed).toBe(1);
    for (const controller of [...controllers, otherController]) controller.abort();
    await expect.poll(() => subscribed, { timeout: 2000 }).toBe(0);
  });
});
