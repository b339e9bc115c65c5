import { createTestRouter } from '@onecase/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpen311Handler, XML_ITEM_NAMES } from '../src/index.js';
import { API_KEY, counterOnly, DAY, JURISDICTION, streetLight } from './fixtures.js';
import {
  asText,
  createdSchema,
  discoverySchema,
  errorsSchema,
  parseXml,
  requestSchema,
  requestsSchema,
  serviceDefinitionSchema,
  servicesSchema,
  tokenSchema,
  xmlAsJson,
} from './open311Spec.js';

const router = createTestRouter({ services: [streetLight, counterOnly], start: '2026-01-05T09:00:00+08:00' });
const handler = createOpen311Handler({
  router,
  jurisdictionId: JURISDICTION,
  apiKeys: { [API_KEY]: 'fixmystreet' },
  basePath: '/open311/v2',
  clock: router.clock,
  serviceInfo: () => ({ group: 'Street lighting', keywords: ['light', 'lamp'] }),
});
afterAll(() => router.close());

const BASE = 'http://city.example/open311/v2';

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`${BASE}/${path}`, { headers }));
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

async function post(
  format: 'json' | 'xml',
  form: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) for (const item of [value].flat()) body.append(key, item);
  const response = await handler(
    new Request(`${BASE}/requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    }),
  );
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

/** The XML twin of a JSON answer says the same. */
async function expectXmlMatches(path: string, json: unknown, headers: Record<string, string> = {}) {
  const xml = await get(path.replace('.json', '.xml'), headers);
  expect(xml.headers.get('content-type')).toMatch(/^text\/xml/);
  expect(xmlAsJson(parseXml(xml.text), XML_ITEM_NAMES)).toEqual(asText(json));
}

const report = {
  api_key: API_KEY,
  jurisdiction_id: JURISDICTION,
  service_code: 'street-light',
  address_string: '1 Chang’an Avenue, Dongcheng',
  description: 'The lamp outside the school is out',
  'attribute[kind]': 'out',
};

describe('Open311 discovery and services', () => {
  it('discovers the endpoint in JSON and XML', async () => {
    const answer = await get('discovery.json');
    const body = discoverySchema.parse(answer.json());
    expect(body.endpoints[0]!.url).toBe(BASE);
    await expectXmlMatches('discovery.json', body);
  });

  it('lists the services Open311 may open, labelled in the locale asked for, and the same in XML', async () => {
    const chinese = servicesSchema.parse((await get('services.json')).json());
    expect(chinese).toEqual([
      {
        service_code: 'street-light',
        service_name: '路灯故障',
        description: '报告路灯不亮、闪烁或损坏',
        metadata: true,
        type: 'realtime',
        keywords: 'light,lamp',
        group: 'Street lighting',
      },
    ]);
    const english = servicesSchema.parse((await get('services.json?locale=en')).json());
    expect(english[0]!.service_name).toBe('Street light fault');
    expect((await get('services.json', { 'accept-language': 'en-GB' })).json()[0].service_name).toBe(
      'Street light fault',
    );
    await expectXmlMatches('services.json', chinese);
  });

  it('answers 304 to If-None-Match and pages on request', async () => {
    const first = await get('services.xml');
    const etag = first.headers.get('etag')!;
    expect((await get('services.xml', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('services.json', { 'if-none-match': etag })).status).toBe(200);
    const paged = await get('services.json?page=1&page_size=1');
    expect(paged.json()).toHaveLength(1);
    expect(paged.headers.get('x-total-count')).toBe('1');
    expect(paged.headers.get('link')).toBeNull();
  });

  it('defines a service’s attributes from its input schema, with labels, order and required', async () => {
    const definition = serviceDefinitionSchema.parse(
      (await get('services/street-light.json?locale=en')).json(),
    );
    const byCode = Object.fromEntries(definition.attributes.map((attribute) => [attribute.code, attribute]));
    // description and address come from the standard parameters, not attributes.
    expect(Object.keys(byCode)).toEqual([
      'kind',
      'poleNumber',
      'height',
      'seenAt',
      'details',
      'hazards',
      'lit',
    ]);
    expect(byCode.kind).toMatchObject({
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
      description: 'Kind of fault',
      datatype_description: 'Out, flickering or damaged',
      values: [
        { key: 'out', name: 'Out' },
        { key: 'flickering', name: 'Flickering' },
        { key: 'damaged', name: 'Damaged' },
      ],
    });
    expect(byCode.poleNumber).toMatchObject({ datatype: 'string', required: false, order: 2 });
    expect(byCode.height!.datatype).toBe('number');
    expect(byCode.seenAt!.datatype).toBe('datetime');
    expect(byCode.details!.datatype).toBe('text');
    expect(byCode.hazards).toMatchObject({
      datatype: 'multivaluelist',
      values: [
        { key: 'traffic', name: 'In the way of traffic' },
        { key: 'wires', name: 'Bare wires' },
        { key: 'glass', name: 'Broken glass' },
      ],
    });
    await expectXmlMatches('services/street-light.json?locale=en', definition);
  });

  it('names each attribute value in the language asked for, the key staying the value to send', async () => {
    const inChinese = serviceDefinitionSchema.parse(
      (await get('services/street-light.json', { 'accept-language': 'zh-CN' })).json(),
    );
    const kind = inChinese.attributes.find((attribute) => attribute.code === 'kind')!;
    expect(kind.values).toEqual([
      { key: 'out', name: '不亮' },
      { key: 'flickering', name: '闪烁' },
      { key: 'damaged', name: '损坏' },
    ]);
    const hazards = inChinese.attributes.find((attribute) => attribute.code === 'hazards')!;
    expect(hazards.values?.map((value) => value.name)).toEqual(['影响交通', '电线外露', '玻璃碎片']);
    await expectXmlMatches('services/street-light.json', inChinese, { 'accept-language': 'zh-CN' });
  });

  it('answers an unknown service code 404 and a service Open311 may not open as unknown, as error arrays', async () => {
    for (const code of ['nope', 'counter-only']) {
      const answer = await get(`services/${code}.json`);
      expect(answer.status).toBe(404);
      expect(errorsSchema.parse(answer.json())[0]).toEqual({
        code: 404,
        description: `No service with service_code ${code}`,
      });
    }
    const xml = await get('services/nope.xml');
    expect(xml.status).toBe(404);
    expect(xmlAsJson(parseXml(xml.text), XML_ITEM_NAMES)).toEqual([
      { code: '404', description: 'No service with service_code nope' },
    ]);
    expect((await get('services.json?jurisdiction_id=elsewhere')).status).toBe(404);
  });
});

describe('Open311 POST requests', () => {
  it('opens an ordinary case on the open311 channel and resolves its token', async () => {
    const answer = await post('json', {
      ...report,
      lat: '39.9087',
      long: '116.3975',
      'attribute[hazards][]': ['traffic', 'glass'],
      'attribute[height]': '7.5',
    });
    expect(answer.status).toBe(200);
    const [created] = createdSchema.parse(answer.json());
    const view = await router.get(created!.service_request_id!);
    expect(view.openedVia).toEqual({
      channel: 'open311',
      actor: { id: 'fixmystreet', role: 'open311-client' },
    });
    expect(view.context).toMatchObject({
      description: report.description,
      lat: 39.9087,
      long: 116.3975,
      address: report.address_string,
    });
    const token = tokenSchema.parse((await get(`tokens/${created!.token}.json`)).json());
    expect(token[0]!.service_request_id).toBe(view.ref);
    expect((await get('tokens/not-a-token.json')).status).toBe(404);
  });

  it('refuses a bad api_key with 403, and missing location or attributes with 400 naming them', async () => {
    const bad = await post('json', { ...report, api_key: 'guess' });
    expect(bad.status).toBe(403);
    expect(errorsSchema.parse(bad.json())).toEqual([{ code: 403, description: 'Invalid api_key' }]);
    const { address_string: _a, ...nowhere } = report;
    const noLocation = await post('json', nowhere);
    expect(noLocation.status).toBe(400);
    expect(noLocation.json()[0].description).toMatch(/location is required/);
    const { 'attribute[kind]': _k, ...noKind } = report;
    const missing = await post('xml', { ...noKind, 'attribute[height]': 'tall' });
    expect(missing.status).toBe(400);
    expect(xmlAsJson(parseXml(missing.text), XML_ITEM_NAMES)).toEqual([
      { code: '400', description: 'attribute[kind] is required (故障类型)' },
      { code: '400', description: 'attribute[height] must be a number' },
    ]);
    const short = await post('json', { ...report, description: 'dark' });
    expect(short.status).toBe(400);
    expect(short.json()[0].description).toMatch(/^description: /);
    const wrongEnum = await post('json', { ...report, 'attribute[kind]': 'purple' });
    expect(wrongEnum.json()[0].description).toMatch(/^attribute\[kind\]: /);
    expect((await post('json', { ...report, service_code: 'counter-only' })).status).toBe(404);
    expect(await router.count({})).toBe(1);
  });

  it('gives the same request back for the same Idempotency-Key, and 409 for a different one', async () => {
    const first = createdSchema.parse(
      (await post('json', report, { 'idempotency-key': 'fms-77' })).json(),
    )[0]!;
    const again = createdSchema.parse(
      (await post('json', report, { 'idempotency-key': 'fms-77' })).json(),
    )[0]!;
    expect(again.service_request_id).toBe(first.service_request_id);
    const other = await post(
      'json',
      { ...report, description: 'Another lamp is out' },
      { 'idempotency-key': 'fms-77' },
    );
    expect(other.status).toBe(409);
  });
});

describe('Open311 GET requests', () => {
  it('shows a case as a request: status, notes, agency, dates with offset, the same in XML', async () => {
    const [created] = createdSchema.parse(
      (await post('json', { ...report, address_string: '8 Wangfujing St' })).json(),
    );
    const id = created!.service_request_id!;
    const open = requestSchema.parse((await get(`requests/${id}.json?locale=en`)).json()[0]);
    expect(open).toMatchObject({
      status: 'open',
      status_notes: 'Received',
      service_name: 'Street light fault',
      agency_responsible: null,
      requested_datetime: '2026-01-05T09:00:00+08:00',
      expected_datetime: '2026-01-08T09:00:00+08:00',
      address: '8 Wangfujing St',
    });
    router.clock.advance('2h');
    await router.send(
      id,
      { type: 'case.dispatch', department: '城市管理委员会' },
      { via: { channel: 'staff', actor: { id: 's' } } },
    );
    router.clock.advance('1d');
    await router.send(
      id,
      { type: 'case.close', note: 'Lamp replaced' },
      { via: { channel: 'staff', actor: { id: 's' } } },
    );
    const closed = requestsSchema.parse((await get(`requests/${id}.json`)).json());
    expect(closed[0]).toMatchObject({
      status: 'closed',
      status_notes: '已办结',
      agency_responsible: '城市管理委员会',
      updated_datetime: '2026-01-06T11:00:00+08:00',
    });
    await expectXmlMatches(`requests/${id}.json`, closed);
    expect((await get('requests/SL-00000-00000.json')).status).toBe(404);
  });

  it('filters by service_request_id, service_code, status and dates', async () => {
    const all = requestsSchema.parse((await get('requests.json')).json());
    expect(all.length).toBe(3);
    const closed = requestsSchema.parse((await get('requests.json?status=closed')).json());
    expect(closed.map((r) => r.status)).toEqual(['closed']);
    expect(requestsSchema.parse((await get('requests.json?status=open')).json())).toHaveLength(2);
    const two = all.slice(0, 2).map((r) => r.service_request_id);
    const picked = requestsSchema.parse(
      (await get(`requests.json?service_request_id=${two.join(',')}`)).json(),
    );
    expect(picked.map((r) => r.service_request_id)).toEqual(two);
    expect((await get('requests.json?start_date=2026-01-06T00:00:00%2B08:00')).json()).toEqual([]);
    expect((await get('requests.json?end_date=2026-01-05T08:00:00%2B08:00')).json()).toEqual([]);
    expect(
      requestsSchema.parse(
        (await get('requests.json?service_code=street-light&start_date=2026-01-05T00:00:00Z')).json(),
      ),
    ).toHaveLength(3);
    expect((await get('requests.json?service_code=counter-only')).status).toBe(404);
    expect((await get('requests.json?start_date=yesterday')).status).toBe(400);
    expect((await get('requests.json?status=pending')).status).toBe(400);
    await expectXmlMatches('requests.json', all);
    router.clock.advance(91 * DAY);
    expect((await get('requests.json')).json()).toEqual([]);
  });
});

describe('Open311 and the channel policy', () => {
  it('refuses with 403 a listed service whose policy does not let open311 open cases, changing nothing', async () => {
    const listing = createOpen311Handler({
      router,
      jurisdictionId: JURISDICTION,
      apiKeys: [API_KEY],
      services: ['counter-only'],
    });
    const before = await router.count({});
    const body = new URLSearchParams({
      api_key: API_KEY,
      service_code: 'counter-only',
      address_string: 'Hall 1',
      'attribute[name]': 'Li',
    });
    const response = await listing(
      new Request('http://h/requests.json', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(response.status).toBe(403);
    expect(errorsSchema.parse(await response.json())[0]!.description).toBe(
      'This service does not accept requests through open311',
    );
    expect(await router.count({})).toBe(before);
  });
});

describe('Open311 read access', () => {
  it('keeps requests to clients with an api_key when readAccess is apiKey; services stay public', async () => {
    const closed = createOpen311Handler({
      router,
      jurisdictionId: JURISDICTION,
      apiKeys: [API_KEY],
      readAccess: 'apiKey',
    });
    const anonymous = await closed(new Request('http://h/requests.json'));
    expect(anonymous.status).toBe(403);
    expect(errorsSchema.parse(await anonymous.json())[0]!.description).toBe('Invalid api_key');
    expect((await closed(new Request(`http://h/requests.json?api_key=${API_KEY}`))).status).toBe(200);
    expect((await closed(new Request('http://h/services.json'))).status).toBe(200);
  });
});

describe('Open311 request bodies', () => {
  it('refuses a form body past the limit with 413, however it is sent', async () => {
    const small = createOpen311Handler({
      router,
      jurisdictionId: JURISDICTION,
      apiKeys: [API_KEY],
      bodyBytes: 1024,
    });
    const big = new URLSearchParams({ ...report, description: 'x'.repeat(2000) }).toString();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const chunked = await small(
      new Request('http://h/requests.json', {
        method: 'POST',
        body: stream,
        headers,
        duplex: 'half',
      } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(
      (await small(new Request('http://h/requests.json', { method: 'POST', body: big, headers }))).status,
    ).toBe(413);
    const json = await small(
      new Request('http://h/requests.json', {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(json.status).toBe(415);
  });
});
