import { CaseError, isCaseError } from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRouterClient } from '../src/index.js';
import { call, staff, startWeb, type WebFixture } from './helpers.js';

const logged: unknown[] = [];
let web: WebFixture;
beforeAll(async () => {
  web = await startWeb({
    logger: { error: (obj) => logged.push(obj) },
    wrap: (router) => ({
      ...router,
      async get(ref) {
        if (ref.startsWith('bug')) throw new TypeError('a bug in the server');
        if (ref.startsWith('down'))
          throw new CaseError('STORE_UNAVAILABLE', 'The case store failed: connection refused');
        return router.get(ref);
      },
    }),
  });
});
afterAll(() => web.close());

describe('failures on the server side', () => {
  it('answers a store failure with 503 and Retry-After; the client reports it unreachable', async () => {
    const answer = await call(`${web.api}/cases/down-1`, { headers: staff() });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('1');
    expect(answer.body.code).toBe('STORE_UNAVAILABLE');
    const error = await createHttpRouterClient(web.api, { headers: staff() })
      .get('down-1')
      .catch((e: unknown) => e);
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as CaseError).details.reason).toBe('unreachable');
  });

  it('answers an unexpected error with 500 without leaking it, logs it, and the client reports it unreachable', async () => {
    const answer = await call(`${web.api}/cases/bug-1`, { headers: staff() });
    expect(answer.status).toBe(500);
    expect(answer.body.code).toBe('INTERNAL');
    expect(JSON.stringify(answer.body)).not.toContain('a bug in the server');
    expect(logged).toHaveLength(1);
    const error = await createHttpRouterClient(web.api, { headers: staff() })
      .get('bug-1')
      .catch((e: unknown) => e);
    expect((error as CaseError).details).toMatchObject({ reason: 'unreachable', status: 500 });
  });
});
