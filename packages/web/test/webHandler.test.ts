import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADDRESS,
  CITIZEN_PHONE,
  call,
  citizen,
  openAsCitizen,
  staff,
  startWeb,
  type WebFixture,
} from './helpers.js';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb({ limits: { bodyBytes: 2048 } });
});
afterAll(() => web.close());

describe('service catalogue', () => {
  it('lists every service with the JSON Schema of its input and events, without signing in', async () => {
    const { status, body } = await call(`${web.api}/services`);
    expect(status).toBe(200);
    expect(body.map((s: { id: string }) => s.id)).toEqual(['noise-complaint']);
    const [noise] = body;
    expect(noise.input.properties.address).toEqual({ type: 'string', minLength: 1 });
    expect(noise.input.required).toEqual(['address', 'description']);
    expect(noise.events['info.add'].schema.properties.note.type).toBe('string');
    expect(noise.channels.web).toEqual(['info.add', 'case.withdraw']);
    expect(noise.events['case.dispatch'].channels).toEqual(['counter', 'staff']);
  });

  it('describes one service and answers 404 for an unknown one', async () => {
    expect((await call(`${web.api}/services/noise-complaint`)).body.refPrefix).toBe('NC');
    const missing = await call(`${web.api}/services/parking-permit`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect(missing.body).toMatchObject({ code: 'UNKNOWN_SERVICE', status: 404, title: 'Unknown service' });
  });
});

describe('cases', () => {
  it('opens a case for the signed-in citizen with 201, Location and ETag', async () => {
    const opened = await call(`${web.api}/cases`, {
      headers: citizen(),
      body: { service: 'noise-complaint', input: ADDRESS },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.ref).toMatch(/^NC-/);
    expect(opened.body.openedVia).toEqual({ channel: 'web', actor: { id: 'alice', role: 'citizen' } });
    expect(opened.headers.get('location')).toBe(`/api/cases/${opened.body.ref}`);
    expect(opened.headers.get('etag')).toBe('"1"');
    const mine = await web.router.find({ phone: CITIZEN_PHONE });
    expect(mine.map((c) => c.ref)).toContain(opened.body.ref);
  });

  it('reads a case, its history and its ETag; the owner and staff may, others get 404', async () => {
    const view = await openAsCitizen(web.api);
    const read = await call(`${web.api}/cases/${view.ref}`, { headers: citizen() });
    expect(read.status).toBe(200);
    expect(read.body.state.value).toBe('received');
    expect(read.headers.get('etag')).toBe('"1"');
    expect((await call(`${web.api}/cases/${view.ref.toLowerCase()}`, { headers: staff() })).body.id).toBe(
      view.id,
    );
    const history = await call(`${web.api}/cases/${view.ref}/history`, { headers: citizen() });
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(['case.open']);

    const stranger = citizen('bob', '13900139000');
    for (const path of ['', '/history', '/stream']) {
      const probe = await call(`${web.api}/cases/${view.ref}${path}`, { headers: stranger });
      expect(probe.status).toBe(404);
      expect(probe.body).toMatchObject({ code: 'UNKNOWN_CASE', details: { ref: view.ref } });
    }
    const sent = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: stranger,
      body: { type: 'info.add', note: 'not mine' },
    });
    expect(sent.status).toBe(404);
    expect((await web.router.get(view.ref)).version).toBe(1);
  });

  it('answers an unknown case the same way as one that is not yours', async () => {
    const view = await openAsCitizen(web.api);
    const unknownRef = view.ref.replace(/^NC/, 'XX');
    const unknown = await call(`${web.api}/cases/${unknownRef}`, { headers: citizen() });
    const notMine = await call(`${web.api}/cases/${view.ref}`, { headers: citizen('bob', '13900139000') });
    expect(unknown.status).toBe(404);
    expect(notMine.body.detail).toBe(`No case ${view.ref}`);
    expect(Object.keys(notMine.body.details)).toEqual(Object.keys(unknown.body.details));
  });

  it('sends an event and records the staff member as actor', async () => {
    const view = await openAsCitizen(web.api);
    const added = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'info.add', note: 'Again at 2am' },
    });
    expect(added.status).toBe(200);
    expect(added.body.context.notes).toEqual(['Again at 2am']);
    expect(added.headers.get('etag')).toBe('"2"');
    const dispatched = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...staff('clerk-7'), 'onecase-channel': 'staff' },
      body: { type: 'case.dispatch', department: 'environment' },
    });
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.state.value).toBe('handling');
    const history = await web.router.history(view.ref);
    expect(history.at(-1)?.via).toEqual({ channel: 'staff', actor: { id: 'clerk-7', role: 'clerk' } });
    expect(history.at(-2)?.via).toEqual({ channel: 'web', actor: { id: 'alice', role: 'citizen' } });
  });

  it('finds cases by phone for staff; citizens list only their own', async () => {
    await openAsCitizen(web.api, citizen('carol', '13700137000'));
    const found = await call(`${web.api}/cases?phone=137-0013-7000`, { headers: staff() });
    expect(found.status).toBe(200);
    expect(found.body).toHaveLength(1);
    const own = await call(`${web.api}/cases`, { headers: citizen('carol', '13700137000') });
    expect(own.body.map((c: { id: string }) => c.id)).toEqual(found.body.map((c: { id: string }) => c.id));
    const probing = await call(`${web.api}/cases?phone=${CITIZEN_PHONE}`, {
      headers: citizen('carol', '13700137000'),
    });
    expect(probing.status).toBe(403);
    expect(probing.body.code).toBe('FORBIDDEN');
    const noQuery = await call(`${web.api}/cases`, { headers: staff() });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.code).toBe('INVALID_INPUT');
  });
});

describe('error statuses', () => {
  it('400 with the zod issues for invalid input', async () => {
    const bad = await call(`${web.api}/cases`, {
      headers: citizen(),
      body: { service: 'noise-complaint', input: { address: '' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('INVALID_INPUT');
    expect(bad.body.details.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual([
      'address',
      'description',
    ]);
    const view = await openAsCitizen(web.api);
    const badEvent = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'info.add', note: 42 },
    });
    expect(badEvent.status).toBe(400);
    expect(badEvent.body.details.issues[0].path).toEqual(['note']);
    for (const rawBody of ['{"type":', '[1,2]', '', '"info.add"']) {
      const malformed = await call(`${web.api}/cases/${view.ref}/events`, {
        headers: { ...citizen(), 'content-type': 'application/json' },
        method: 'POST',
        rawBody,
      });
      expect(malformed.status, rawBody).toBe(400);
    }
    expect((await web.router.get(view.ref)).version).toBe(1);
  });

  it('401 without credentials, with a challenge', async () => {
    const anonymous = await call(`${web.api}/cases`, {
      body: { service: 'noise-complaint', input: ADDRESS },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('403 for an event the web channel may not send or a channel the principal may not use', async () => {
    const view = await openAsCitizen(web.api);
    const forbidden = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'documents.check', ok: true },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toMatchObject({ code: 'CHANNEL_FORBIDDEN', details: { channel: 'web' } });
    const otherChannel = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'onecase-channel': 'counter' },
      body: { type: 'info.add', note: 'x' },
    });
    expect(otherChannel.status).toBe(403);
    expect(otherChannel.body.details.channels).toEqual(['web']);
  });

  it('409 with the allowed events when the state does not accept the event', async () => {
    const view = await openAsCitizen(web.api);
    await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'case.withdraw' },
    });
    const late = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'case.withdraw' },
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
      details: { state: 'withdrawn', allowed: [] },
    });
  });

  it('412 when If-Match names another version; 200 when it names the current one', async () => {
    const view = await openAsCitizen(web.api);
    const stale = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'if-match': '"7"' },
      body: { type: 'info.add', note: 'x' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { expectedVersion: 7, actualVersion: 1 },
    });
    const garbage = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'if-match': 'W/"1"' },
      body: { type: 'info.add', note: 'x' },
    });
    expect(garbage.status).toBe(412);
    const fresh = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'if-match': '"1"' },
      body: { type: 'info.add', note: 'x' },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"2"');
  });

  it('413 for a body over the limit, declared or streamed', async () => {
    const view = await openAsCitizen(web.api);
    const big = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: citizen(),
      body: { type: 'info.add', note: 'x'.repeat(3000) },
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit: 2048 } });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"type":"info.add","note":"${'y'.repeat(3000)}"}`));
        controller.close();
      },
    });
    const streamed = await fetch(`${web.api}/cases/${view.ref}/events`, {
      method: 'POST',
      headers: { ...citizen(), 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await web.router.get(view.ref)).version).toBe(1);
  });

  it('415 for a body that is not JSON', async () => {
    const form = await call(`${web.api}/cases`, {
      headers: { ...citizen(), 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
      rawBody: 'service=noise-complaint',
    });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const problemJson = await call(`${web.api}/cases`, {
      headers: { ...citizen(), 'content-type': 'application/merge-patch+json; charset=utf-8' },
      body: { service: 'noise-complaint', input: ADDRESS },
    });
    expect(problemJson.status).toBe(201);
  });

  it('405 with Allow for a wrong method, 404 for an unknown route', async () => {
    const wrong = await call(`${web.api}/services`, { method: 'DELETE', headers: citizen() });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${web.api}/services`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('application/json');
    const events = await call(`${web.api}/cases/NC-00000-00000/events`, {
      method: 'GET',
      headers: citizen(),
    });
    expect(events.headers.get('allow')).toBe('POST');
    expect((await call(`${web.api}/nothing`)).status).toBe(404);
    expect((await call(`${web.server.url}/services`)).status).toBe(404);
    expect((await call(`${web.api}/cases/%E0%A4%A`, { headers: staff() })).status).toBe(404);
  });

  it('422 when an idempotency key is reused for a different command', async () => {
    const view = await openAsCitizen(web.api);
    const first = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'idempotency-key': 'k-1' },
      body: { type: 'info.add', note: 'first' },
    });
    expect(first.status).toBe(200);
    const reused = await call(`${web.api}/cases/${view.ref}/events`, {
      headers: { ...citizen(), 'idempotency-key': 'k-1' },
      body: { type: 'info.add', note: 'second' },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_MISMATCH');
  });
});
