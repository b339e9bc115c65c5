import { createTestRouter } from '@onecase/testing';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpen311Handler } from '../src/index.js';
import { API_KEY, JURISDICTION, streetLight } from './fixtures.js';
import { errorsSchema } from './open311Spec.js';

const router = createTestRouter({ services: [streetLight] });
const handler = createOpen311Handler({ router, jurisdictionId: JURISDICTION, apiKeys: [API_KEY] });
afterAll(() => router.close());

const names = [
  'api_key',
  'service_code',
  'lat',
  'long',
  'address_string',
  'description',
  'attribute[kind]',
  'attribute[height]',
  'attribute[hazards][]',
  'attribute[nope]',
  'jurisdiction_id',
  'status',
  'start_date',
  'service_request_id',
];
const values = fc.oneof(
  fc.constantFrom(
    API_KEY,
    'street-light',
    'out',
    '12',
    '-91',
    'NaN',
    '',
    'traffic,wires',
    JURISDICTION,
    'open',
  ),
  fc.string({ maxLength: 12 }),
);
const form = fc.array(fc.tuple(fc.constantFrom(...names), values), { maxLength: 8 });
const paths = fc.constantFrom(
  'requests.json',
  'requests.xml',
  'services.json',
  'services/street-light.xml',
  'services/%E0%A4%A.json',
  'requests/x.json',
  'tokens/%00.json',
  'discovery.json',
  'nothing.json',
  'requests',
);

describe('Open311 never answers bad input with a 5xx', () => {
  it('answers any form, path and method with a 2xx/3xx or a 4xx error array', async () => {
    await fc.assert(
      fc.asyncProperty(
        paths,
        fc.constantFrom('GET', 'POST', 'PUT'),
        form,
        fc.boolean(),
        async (path, method, pairs, formType) => {
          const body = new URLSearchParams(pairs);
          const init: RequestInit =
            method === 'GET'
              ? {}
              : {
                  method,
                  body: body.toString(),
                  headers: { 'content-type': formType ? 'application/x-www-form-urlencoded' : 'text/plain' },
                };
          const url = method === 'GET' ? `http://h/${path}?${body}` : `http://h/${path}`;
          const response = await handler(new Request(url, init));
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400 && path.endsWith('.json')) errorsSchema.parse(await response.json());
        },
      ),
      { numRuns: 300 },
    );
  });
});
