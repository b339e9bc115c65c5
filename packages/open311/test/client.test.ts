import { createRouter } from '@onecase/core';
import { serveNode, type NodeServer } from '@onecase/web';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpen311Client, createOpen311Handler, forwardToOpen311, isOpen311Error } from '../src/index.js';
import { API_KEY, forwardedLight, JURISDICTION, streetLight } from './fixtures.js';

// The external back-end: another city running onecase behind Open311.
const backEnd = createRouter({ services: [streetLight] });
const backEndHandler = createOpen311Handler({
  router: backEnd,
  jurisdictionId: JURISDICTION,
  apiKeys: { [API_KEY]: 'partner-city' },
  basePath: '/v2',
});
let server: NodeServer | undefined;
afterAll(async () => {
  await server?.close();
  await backEnd.close();
});

describe('createOpen311Client over real HTTP', () => {
  it('lists, defines, creates and reads requests, and throws the back-end’s error arrays', async () => {
    server = await serveNode(backEndHandler);
    const client = createOpen311Client(`${server.url}/v2`, { apiKey: API_KEY, jurisdictionId: JURISDICTION });
    expect((await client.services()).map((service) => service.service_code)).toEqual(['street-light']);
    expect((await client.serviceDefinition('street-light')).attributes[0]!.code).toBe('kind');
    const created = await client.createRequest({
      service_code: 'street-light',
      lat: 39.9,
      long: 116.4,
      description: 'Flickering all night',
      attributes: { kind: 'flickering', hazards: ['traffic', 'wires'], lit: false },
    });
    const request = await client.request(created.service_request_id!);
    expect(request).toMatchObject({
      status: 'open',
      lat: 39.9,
      long: 116.4,
      description: 'Flickering all night',
    });
    expect((await backEnd.get(created.service_request_id!)).context).toMatchObject({
      description: 'Flickering all night',
    });
    expect((await client.token(created.token!)).service_request_id).toBe(created.service_request_id);
    expect((await client.requests({ status: ['open'] })).map((r) => r.service_request_id)).toEqual([
      created.service_request_id,
    ]);
    const refused = await client
      .createRequest({ service_code: 'street-light', address_string: 'Somewhere 1', description: 'No kind' })
      .catch((e: unknown) => e);
    expect(isOpen311Error(refused, 'INVALID_REQUEST') && refused.errors).toEqual([
      { code: 400, description: 'attribute[kind] is required (故障类型)' },
    ]);
    const wrongKey = createOpen311Client(`${server.url}/v2`, {
      apiKey: 'nope',
      jurisdictionId: JURISDICTION,
    });
    expect(
      isOpen311Error(
        await wrongKey
          .createRequest({ service_code: 'street-light', address_string: 'x' })
          .catch((e: unknown) => e),
        'INVALID_API_KEY',
      ),
    ).toBe(true);
  });

  it('forwards a new case to the back-end from an effect, retried while the back-end is down, once', async () => {
    await server?.close();
    const port = server!.port;
    server = undefined;
    const city = createRouter({ services: [forwardedLight] });
    const client = createOpen311Client(`http://127.0.0.1:${port}/v2`, {
      apiKey: API_KEY,
      jurisdictionId: JURISDICTION,
      timeoutMs: 2000,
    });
    const attempts: number[] = [];
    const forward = forwardToOpen311({
      client,
      router: city,
      event: 'external.linked',
      toRequest: ({ case: view }) => {
        const context = view.context as { description: string; address: string };
        return {
          service_code: 'street-light',
          address_string: context.address,
          description: context.description,
          attributes: { kind: 'out' },
        };
      },
    });
    const stop = city.handleEffects(
      {
        'open311.forward': async (delivery) => {
          attempts.push(delivery.attempt);
          await forward(delivery);
        },
      },
      { baseDelayMs: 20, maxDelayMs: 40, pollMs: 10 },
    );
    const view = await city.open({
      service: 'forwarded-light',
      input: { description: 'Lamp out by the bus stop', address: '3 Qianmen St', kind: 'out' },
      via: { channel: 'web', actor: { id: 'citizen' } },
    });
    // The back-end is down: the delivery fails and stays pending for a retry.
    await expect.poll(() => attempts.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect((await city.get(view.ref)).context).toMatchObject({ externalId: null });
    const [effect] = await city.effects(view.ref);
    expect(effect).toMatchObject({ type: 'open311.forward' });
    expect(effect!.lastError).toMatch(/cannot be reached/);
    server = await serveNode(backEndHandler, { port });
    await expect
      .poll(async () => ((await city.get(view.ref)).context as { externalId: string | null }).externalId, {
        timeout: 5000,
      })
      .toMatch(/^SL-/);
    await stop();
    const externalId = ((await city.get(view.ref)).context as { externalId: string }).externalId;
    const remote = await client.request(externalId);
    expect(remote).toMatchObject({ description: 'Lamp out by the bus stop', address: '3 Qianmen St' });
    const onBackEnd = await backEnd.list({ service: 'street-light' });
    expect(
      onBackEnd.cases.filter(
        (c) => (c.context as { description: string }).description === 'Lamp out by the bus stop',
      ),
    ).toHaveLength(1);
    await city.close();
  });
});
