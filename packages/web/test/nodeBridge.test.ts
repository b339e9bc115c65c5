import { request as httpRequest } from 'node:http';
import { createTestRouter } from '@onecase/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { createWebHandler, type FetchHandler, type NodeServer, serveNode } from '../src/index.js';

let server: NodeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Echoes what the handler saw of the request: method, body length and a digest of the bytes. */
function digest(bytes: Uint8Array): number {
  let sum = 0;
  for (const byte of bytes) sum = (sum * 31 + byte) % 1_000_003;
  return sum;
}

/** Echoes what the handler saw of the request: method, body length and a digest of the bytes. */
const echo: FetchHandler = async (request) => {
  const bytes = new Uint8Array(await request.arrayBuffer());
  return Response.json({
    method: request.method,
    length: bytes.byteLength,
    sum: digest(bytes),
    type: request.headers.get('content-type'),
  });
};

/** Sends raw chunks without Content-Length, so node frames them as chunked. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the node:http bridge', () => {
  it('hands a foreign handler the whole body, small or large, sized or chunked', async () => {
    server = await serveNode(echo);
    for (const size of [0, 1, 1000, 64 * 1024, 64 * 1024 + 1, 300_000]) {
      const body = new Uint8Array(size).map((_, i) => (i * 7) % 251);
      const answer = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'x/y' }, body });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ method: 'POST', length: size, sum: digest(body), type: 'x/y' });
    }
    const chunked = await postChunked(server.url, ['abc', 'def', 'x'.repeat(100_000)]);
    expect(JSON.parse(chunked.body)).toMatchObject({ length: 100_006 });
  });

  it('answers a whole body with one Content-Length, keeps Set-Cookie headers apart and sends HEAD bodiless', async () => {
    server = await serveNode((request) => {
      const headers = new Headers({ 'content-type': 'text/plain; charset=utf-8', 'content-length': '999' });
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response(request.method === 'HEAD' ? null : 'héllo', { status: 202, headers });
    });
    const answer = await fetch(server.url);
    expect(answer.status).toBe(202);
    expect(answer.headers.get('content-length')).toBe(String(Buffer.byteLength('héllo')));
    expect(answer.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await answer.text()).toBe('héllo');
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(202);
    expect(head.headers.getSetCookie()).toHaveLength(2);
  });

  it('sends a body the handler built as JSON text exactly as a direct call returns it', async () => {
    const router = createTestRouter({ services: [noise] as const });
    const handler = createWebHandler({ router, authenticate: () => null });
    server = await serveNode(handler);
    for (const path of ['/services', '/services/noise-complaint', '/nope', '/cases']) {
      const direct = await handler(new Request(`http://local${path}`));
      const served = await fetch(`${server.url}${path}`);
      expect(served.status).toBe(direct.status);
      expect(served.headers.get('content-type')).toBe(direct.headers.get('content-type'));
      const body = await served.text();
      expect(served.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      expect(JSON.parse(body)).toEqual(await direct.json());
    }
    await router.close();
  });

  it('gives authenticate a Request it can read whole, though it is built only when read past its headers', async () => {
    const router = createTestRouter({ services: [noise] as const });
    const seen: unknown[] = [];
    const handler = createWebHandler({
      router,
      authenticate: async (request) => {
        if (request.headers.get('x-read') === 'headers') {
          seen.push([request.method, new URL(request.url).pathname, request instanceof Request]);
          return null;
        }
        // An authenticator that checks a signature over the body, and one that copies the request.
        const forwarded = new Request(request.clone());
        seen.push([
          await request.text(),
          await forwarded.text(),
          forwarded.headers.get('x-read'),
          request.bodyUsed,
        ]);
        return null;
      },
    });
    server = await serveNode(handler);
    const body = JSON.stringify({ service: 'noise-complaint' });
    const post = (read: string) =>
      fetch(`${server!.url}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-read': read },
        body,
      });
    expect((await post('headers')).status).toBe(401);
    expect((await post('body')).status).toBe(401);
    expect(seen).toEqual([
      ['POST', '/cases', true],
      [body, body, 'body', true],
    ]);
    await router.close();
  });
});

/** Sends a request line with the path exactly as given (fetch would normalise it). */
function getRaw(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'GET', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the node:http bridge and odd request paths', () => {
  it('hands "//" and "//other.example/x" to the handler as paths of this host, never a 500', async () => {
    const seen: string[] = [];
    server = await serveNode(async (request) => {
      seen.push(request.url);
      return new Response('ok');
    });
    const host = new URL(server.url).host;
    for (const path of ['//', '//other.example/x', '/api/..//']) {
      const answer = await getRaw(server.url, path);
      expect(answer.status, path).toBe(200);
    }
    expect(seen.map((url) => new URL(url).host)).toEqual([host, host, host]);
    expect(new URL(seen[1]!).pathname).toBe('//other.example/x');
  });
});
