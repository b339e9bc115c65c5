import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeListener, createWebHandler, serveNode } from '../src/index.js';
import { ADDRESS, call, citizen, startWeb, testAuthenticate, type WebFixture } from './helpers.js';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(() => web.close());

async function openAndRead(api: string) {
  const opened = await call(`${api}/cases`, {
    headers: citizen(),
    body: { service: 'noise-complaint', input: ADDRESS },
  });
  expect(opened.status).toBe(201);
  const read = await call(`${api}/cases/${opened.body.ref}`, { headers: citizen() });
  expect(read.body.id).toBe(opened.body.id);
  expect(opened.headers.get('location')).toBe(`/api/onecase/cases/${opened.body.ref}`);
}

describe('mounting the handler in a framework', () => {
  it('works in Hono with c.req.raw', async () => {
    const handler = createWebHandler({
      router: web.router,
      authenticate: testAuthenticate,
      basePath: '/api/onecase',
    });
    const app = new Hono();
    app.get('/', (c) => c.text('portal home'));
    app.all('/api/onecase/*', (c) => handler(c.req.raw));
    const server = await serveNode(app.fetch);
    await openAndRead(`${server.url}/api/onecase`);
    expect(await (await fetch(`${server.url}/`)).text()).toBe('portal home');
    await server.close();
  });

  it('works in Express through createNodeListener, mounted before any body parser', async () => {
    const handler = createWebHandler({
      router: web.router,
      authenticate: testAuthenticate,
      basePath: '/api/onecase',
    });
    const app = express();
    app.use('/api/onecase', createNodeListener(handler));
    app.use(express.json());
    app.post('/portal/echo', (req, res) => {
      res.json(req.body);
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await openAndRead(`${url}/api/onecase`);
    expect((await call(`${url}/portal/echo`, { body: { ok: 1 } })).body).toEqual({ ok: 1 });
    server.closeAllConnections();
    server.close();
  });
});
