import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ApiMount, CONSOLE_CONFIG_META, type ConsoleConfig } from './consoleConfig.js';

/** What `serveConsole` serves and what it tells the applications. */
export interface ServeConsoleOptions {
  /** Where the applications are mounted: `${basePath}/portal`, `${basePath}/console` (default: the root). */
  basePath?: string;
  /** Where the citizen and staff APIs (`createWebHandler` mounts) are: a base path or a mount description. */
  apis: { citizen?: string | ApiMount; staff?: string | ApiMount };
  /** IANA time zone the applications show times in (default `Asia/Shanghai`). */
  timeZone?: string;
  /** The built applications (default: the `dist/app` directory of this package). */
  root?: string | URL;
}

/** A Fetch-API handler that answers the applications' paths and gives `null` for any other. */
export type ConsoleHandler = (request: Request) => Promise<Response | null>;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
};
const PAGES = { portal: 'portal.html', console: 'console.html' } as const;
// Vite names every asset after its content hash, so a name never changes meaning.
const IMMUTABLE = 'public, max-age=31536000, immutable';

function defaultRoot(): string {
  const candidates = [new URL('./app/', import.meta.url), new URL('../dist/app/', import.meta.url)];
  const found = candidates.find((candidate) => existsSync(new URL('portal.html', candidate)));
  if (!found) {
    throw new Error(
      "@onecase/console: the applications are not built (no dist/app/portal.html); run 'pnpm --filter @onecase/console build'",
    );
  }
  return fileURLToPath(found);
}

const mountOf = (api: string | ApiMount | undefined): ApiMount | undefined =>
  typeof api === 'string' ? { url: api } : api;

const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const etagOf = (body: Uint8Array | string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

interface Entry {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  cache: string;
  etag: string;
}

function normaliseBase(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Serves the citizen portal (`${basePath}/portal`) and the staff console
 * (`${basePath}/console`) beside `createWebHandler`: the built files with their content types,
 * a year's cache for the hashed assets and `no-cache` for the pages, and the config (where the
 * APIs are, the time zone) written into each page, so the applications work under any router
 * and mount. Only files of the build are ever read; other paths get `null`, for the next handler.
 *
 * @example
 * ```ts
 * const apps = serveConsole({ apis: { citizen: '/api/citizen', staff: '/api/staff' } });
 * const server = createServer(createNodeListener(async (request) =>
 *   (await apps(request)) ?? (await api(request))));
 * ```
 */
export function serveConsole(options: ServeConsoleOptions): ConsoleHandler {
  const root =
    options.root === undefined
      ? defaultRoot()
      : `${(options.root instanceof URL ? fileURLToPath(options.root) : resolve(options.root)).replace(/\/+$/, '')}/`;
  const base = normaliseBase(options.basePath);
  const citizen = mountOf(options.apis.citizen);
  const staff = mountOf(options.apis.staff);
  const config: ConsoleConfig = {
    apis: { ...(citizen ? { citizen } : {}), ...(staff ? { staff } : {}) },
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    basePath: base,
  };
  const configJson = JSON.stringify(config);
  const meta = `<meta name="${CONSOLE_CONFIG_META}" content="${attribute(configJson)}" />`;

  const entries = new Map<string, Entry>();
  for (const [name, file] of Object.entries(PAGES)) {
    const html = readFileSync(`${root}${file}`, 'utf8')
      // Built with `base: './'`; absolute asset paths let `/portal` and `/portal/` both work.
      .replaceAll('"./assets/', `"${base}/assets/`)
      .replace('<head>', `<head>\n    ${meta}`);
    const body = new TextEncoder().encode(html);
    const entry = { body, type: TYPES['.html']!, cache: 'no-cache', etag: etagOf(body) };
    entries.set(`${base}/${name}`, entry);
    entries.set(`${base}/${name}/`, entry);
  }
  const configBody = new TextEncoder().encode(configJson);
  entries.set(`${base}/console-config.json`, {
    body: configBody,
    type: TYPES['.json']!,
    cache: 'no-cache',
    etag: etagOf(configBody),
  });
  // The asset names are listed once: a request can only ever name one of them.
  const assetDir = `${root}assets/`;
  const assets = new Set(existsSync(assetDir) ? readdirSync(assetDir) : []);
  const assetPrefix = `${base}/assets/`;

  return async (request) => {
    const { pathname } = new URL(request.url);
    let entry = entries.get(pathname);
    if (!entry && pathname.startsWith(assetPrefix)) {
      let name: string;
      try {
        name = decodeURIComponent(pathname.slice(assetPrefix.length));
      } catch {
        return notFound();
      }
      if (!assets.has(name) || name.includes('/') || name.includes('\\') || name.startsWith('.'))
        return notFound();
      const extension = name.slice(name.lastIndexOf('.'));
      const body = new Uint8Array(readFileSync(`${assetDir}${name}`));
      entry = {
        body,
        type: TYPES[extension] ?? 'application/octet-stream',
        cache: IMMUTABLE,
        etag: etagOf(body),
      };
      entries.set(pathname, entry);
    }
    if (!entry) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', {
        status: 405,
        headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    const headers = {
      'content-type': entry.type,
      'cache-control': entry.cache,
      etag: entry.etag,
      'x-content-type-options': 'nosniff',
    };
    const match = request.headers.get('if-none-match');
    if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(request.method === 'HEAD' ? null : entry.body, {
      status: 200,
      headers: { ...headers, 'content-length': String(entry.body.byteLength) },
    });
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
