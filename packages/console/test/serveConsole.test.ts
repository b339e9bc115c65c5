import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CONFIG_META, type ConsoleHandler, serveConsole } from '../src/index.js';

// A build of the two applications as Vite writes it, so the test needs no `vite build`.
function fakeBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'console-app-'));
  mkdirSync(join(root, 'assets'));
  const page = (name: string) =>
    `<!doctype html><html><head><script type="module" src="./assets/${name}-abc123.js"></script><link rel="stylesheet" href="./assets/${name}-def456.css"></head><body></body></html>`;
  writeFileSync(join(root, 'portal.html'), page('portal'));
  writeFileSync(join(root, 'console.html'), page('console'));
  writeFileSync(join(root, 'assets', 'portal-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'portal-def456.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'portal-abc123.js.map'), '{}');
  writeFileSync(join(root, 'secret.txt'), 'not an asset');
  return root;
}

describe('serveConsole', () => {
  let apps: ConsoleHandler;
  const get = (path: string, headers: Record<string, string> = {}) =>
    apps(new Request(`http://city.example${path}`, { headers }));

  beforeAll(() => {
    apps = serveConsole({
      root: fakeBuild(),
      basePath: '/gov/',
      apis: { citizen: '/api/citizen', staff: { url: '/api/staff', channel: 'centre' } },
    });
  });

  it('serves each page with the config written in and its assets at absolute paths, never cached stale', async () => {
    for (const path of ['/gov/portal', '/gov/portal/']) {
      const response = (await get(path))!;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain('src="/gov/assets/portal-abc123.js"');
      const content = /<meta name="([^"]+)" content="([^"]+)"/.exec(html)!;
      expect(content[1]).toBe(CONSOLE_CONFIG_META);
      expect(JSON.parse(content[2]!.replaceAll('&quot;', '"'))).toEqual({
        apis: { citizen: { url: '/api/citizen' }, staff: { url: '/api/staff', channel: 'centre' } },
        timeZone: 'Asia/Shanghai',
        basePath: '/gov',
      });
    }
    expect((await get('/gov/console'))!.status).toBe(200);
  });

  it('serves hashed assets with their content type for a year, and 304 on a matching ETag', async () => {
    const script = (await get('/gov/assets/portal-abc123.js'))!;
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('/gov/assets/portal-def456.css'))!.headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('/gov/assets/portal-abc123.js.map'))!.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    const again = (await get('/gov/assets/portal-abc123.js', {
      'if-none-match': script.headers.get('etag')!,
    }))!;
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers 404 for a missing asset and refuses every way out of the assets directory', async () => {
    for (const path of [
      '/gov/assets/nothing.js',
      '/gov/assets/%2e%2e/secret.txt',
      '/gov/assets/..%2fsecret.txt',
      '/gov/assets/..%5csecret.txt',
      '/gov/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/gov/assets/%E0%A4%A',
    ]) {
      // `%2e%2e/` is resolved by the URL parser to a path outside the assets: left to the next handler.
      const response = await get(path);
      if (response === null)
        expect(new URL(`http://x${path}`).pathname.startsWith('/gov/assets/'), path).toBe(false);
      else {
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain('not an asset');
      }
    }
  });

  it('leaves other paths to the next handler and refuses writes to its own', async () => {
    expect(await get('/api/citizen/cases')).toBeNull();
    expect(await get('/portal')).toBeNull();
    expect(await get('/gov/secret.txt')).toBeNull();
    const post = (await apps(new Request('http://city.example/gov/portal', { method: 'POST' })))!;
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to build the applications when they are missing', () => {
    expect(() => serveConsole({ root: mkdtempSync(join(tmpdir(), 'empty-')), apis: {} })).toThrow(
      /portal\.html/,
    );
  });
});
