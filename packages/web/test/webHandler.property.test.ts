import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, openAsCitizen, staff, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
let ref: string;
beforeAll(async () => {
  web = await startWeb({ limits: { bodyBytes: 512 } });
  ref = (await openAsCitizen(web.api)).ref;
});
afterAll(() => web.close());

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });

const segment = fc.oneof(
  fc.constantFrom(
    'cases',
    'services',
    'events',
    'history',
    'stream',
    'noise-complaint',
    '',
    '..',
    '%zz',
    '%E0%A4%A',
  ),
  fc.constant('REF'),
  fc.constant('ref-lower'),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

/** Mostly what a real client sends, sometimes anything: so requests get past the early checks. */
function usually<T>(typical: fc.Arbitrary<T>, anything: fc.Arbitrary<T>, weight = 4): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: typical, weight }, { arbitrary: anything, weight: 1 });
}

const request = fc.record({
  method: usually(
    fc.constantFrom('POST', 'GET'),
    fc.constantFrom('HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  ),
  segments: usually<readonly string[]>(
    fc.constantFrom<readonly string[]>(
      ['cases'],
      ['cases', 'REF'],
      ['cases', 'REF', 'events'],
      ['cases', 'REF', 'events'],
      ['cases', 'ref-lower', 'events'],
      ['cases', 'REF', 'history'],
      ['services'],
    ),
    fc.array(segment, { maxLength: 4 }),
    3,
  ),
  query: fc.option(fc.dictionary(fc.constantFrom('phone', 'idNumber', 'accountId', 'x'), printable), {
    nil: undefined,
  }),
  authorization: usually(
    fc.constantFrom('owner', 'staff'),
    fc.constantFrom('stranger', 'staff-no-channel', 'none', 'garbage'),
    3,
  ),
  contentType: usually(
    fc.constant<string | undefined>('application/json'),
    fc.option(
      fc.oneof(
        fc.constantFrom('text/plain', 'application/json; charset=utf-8', 'multipart/form-data'),
        printable,
      ),
      {
        nil: undefined,
      },
    ),
  ),
  ifMatch: usually(
    fc.constant(undefined),
    fc.oneof(fc.constantFrom('"1"', '*', 'W/"1"', '"1", "2"', '"99999999999999999999"'), printable),
    2,
  ),
  idempotencyKey: usually(fc.constant(undefined), fc.oneof(printable, fc.constant('k'.repeat(300))), 2),
  channel: usually(
    fc.constant(undefined),
    fc.oneof(fc.constantFrom('web', 'counter', 'system', 'staff'), printable),
  ),
  body: fc.option(
    fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
      {
        arbitrary: fc
          .record({
            type: fc.oneof(
              fc.constantFrom('info.add', 'case.withdraw', 'documents.check', 'case.dispatch', 'xstate.init'),
              printable,
            ),
            note: fc.oneof(fc.integer(), fc.constant(''), fc.constant(null), fc.array(fc.string())),
            extra: fc.jsonValue({ maxDepth: 2 }),
          })
          .map((value) => JSON.stringify(value)),
        weight: 2,
      },
      {
        arbitrary: fc.nat({ max: 2000 }).map((n) => `{"type":"info.add","note":"${'x'.repeat(n)}"}`),
        weight: 2,
      },
    ),
    { nil: undefined },
  ),
});

type GeneratedRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** A request that gets through every check, changed in the given fields. */
function typical(changes: Partial<GeneratedRequest>): GeneratedRequest {
  return {
    method: 'POST',
    segments: ['cases', 'REF', 'events'],
    query: undefined,
    authorization: 'owner',
    contentType: 'application/json',
    ifMatch: undefined,
    idempotencyKey: undefined,
    channel: undefined,
    body: '{"type":"info.add","note":"hello"}',
    ...changes,
  };
}

const AUTH: Record<string, Record<string, string>> = {
  owner: citizen(),
  stranger: citizen('mallory', '13100131000'),
  staff: staff(),
  'staff-no-channel': staff('clerk-x', ''),
  none: {},
  garbage: { authorization: 'Bearer ::::' },
};

describe('arbitrary requests', () => {
  it('never get a 5xx and never change a case unless they succeed', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const before = await web.router.get(ref);
        const path = input.segments
          .map((part) => (part === 'REF' ? ref : part === 'ref-lower' ? ref.toLowerCase() : part))
          .join('/');
        const url = `${web.api}/${path}${input.query ? `?${new URLSearchParams(input.query)}` : ''}`;
        const headers: Record<string, string> = { ...AUTH[input.authorization] };
        if (input.contentType !== undefined) headers['content-type'] = input.contentType;
        if (input.ifMatch !== undefined) headers['if-match'] = input.ifMatch;
        if (input.idempotencyKey !== undefined) headers['idempotency-key'] = input.idempotencyKey;
        if (input.channel !== undefined) headers['onecase-channel'] = input.channel;
        const hasBody = input.body !== undefined && !['GET', 'HEAD', 'OPTIONS'].includes(input.method);
        const aborted = new AbortController();
        const response = await fetch(url, {
          method: input.method,
          headers,
          signal: aborted.signal,
          ...(hasBody ? { body: input.body } : {}),
        });
        const streaming = response.headers.get('content-type')?.startsWith('text/event-stream');
        const text = streaming ? '' : await response.text();
        aborted.abort();
        expect(response.status, `${input.method} ${url} → ${text}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          if (input.method !== 'HEAD') expect(JSON.parse(text).status).toBe(response.status);
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const after = await web.router.get(ref);
        if (!response.ok) expect(after.version).toBe(before.version);
        if (response.ok && after.state.done) ref = (await openAsCitizen(web.api)).ref;
      }),
      {
        numRuns: 300,
        // Besides the random ones, always one request that must reach each late check.
        examples: [
          [typical({ body: `{"type":"info.add","note":"${'x'.repeat(600)}"}` })],
          [typical({ contentType: 'text/plain' })],
          [typical({ ifMatch: '"999"' })],
          [typical({ channel: 'counter' })],
        ],
      },
    );
    // The generator must reach the interesting paths, not only 404s.
    for (const status of [200, 400, 401, 403, 404, 405, 412, 413, 415])
      expect(statuses.get(status) ?? 0, `${status} in ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
  }, 60_000);
});
