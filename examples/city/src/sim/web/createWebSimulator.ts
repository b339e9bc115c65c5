import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaffApi } from '@onecase/console';
import { chinaWorkCalendar } from '@onecase/governance';
import { createNodeListener, createWebHandler, type Principal, type WebRouter } from '@onecase/web';
import { cityDirectory } from '../../governance/cityDirectory.js';
import { authorizeStaff, OFFICER_CHANNELS, staffFromCookie } from './staffSignIn.js';

/** Where the citizen and staff APIs are mounted; each reads only its own path-scoped cookie. */
export const CITIZEN_API = '/api/citizen';
export const STAFF_API = '/api/staff';
/** The channels a member of staff may act on from the staff page. */
export const STAFF_CHANNELS = OFFICER_CHANNELS;

const PAGES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/citizen': { file: 'citizen.html', type: 'text/html; charset=utf-8' },
  '/staff': { file: 'staff.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('=')).trim() || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** A running web simulator. */
export interface WebSimulator {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the web simulator: a citizen page and a staff page (plain HTML and one small
 * script, nothing fetched from elsewhere) over the city's router, through two mounts of
 * `createWebHandler` — the citizen API signs in with the `sim_citizen` cookie (a phone
 * number), the staff API with `sim_staff` (`<role>:<unit>:<name>` for the console, or a bare
 * staff name), and the console's own staff routes (`createStaffApi`) sit beside it. It is a
 * simulator: whoever sets the cookie is that person.
 *
 * @example
 * ```ts
 * const sim = await createWebSimulator({ router: createCity(), port: 3000 });
 * console.log(`${sim.url}/citizen`);
 * ```
 */
export async function createWebSimulator(options: {
  router: WebRouter;
  /** The router's clock, for the console's working time left (default: the system clock). */
  clock?: { now(): number };
  port?: number;
  host?: string;
}): Promise<WebSimulator> {
  const { router } = options;
  const citizenApi = createNodeListener(
    createWebHandler({
      router,
      basePath: CITIZEN_API,
      authenticate: (request): Principal | null => {
        const phone = cookie(request, 'sim_citizen');
        return phone ? { kind: 'citizen', id: `phone:${phone}`, phone } : null;
      },
    }),
  );
  // `sim_staff` is `<role>:<unit>:<name>` for the console (see staffSignIn.ts) or a bare name.
  const staffAuthenticate = (request: Request): Principal | null =>
    staffFromCookie(cookie(request, 'sim_staff'));
  const staffWeb = createWebHandler({
    router,
    basePath: STAFF_API,
    authenticate: staffAuthenticate,
    authorize: authorizeStaff,
  });
  const staffConsole = createStaffApi({
    router,
    basePath: STAFF_API,
    authenticate: staffAuthenticate,
    calendar: chinaWorkCalendar({ fallback: 'weekends' }),
    directory: cityDirectory,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const staffApi = createNodeListener(async (request) => (await staffConsole(request)) ?? staffWeb(request));
  const publicDir = new URL('./public/', import.meta.url);
  const pages = new Map(
    Object.entries(PAGES).map(([path, { file, type }]) => [
      path,
      { body: readFileSync(new URL(file, publicDir)), type },
    ]),
  );

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === CITIZEN_API || path.startsWith(`${CITIZEN_API}/`)) return citizenApi(req, res);
    if (path === STAFF_API || path.startsWith(`${STAFF_API}/`)) return staffApi(req, res);
    const page = pages.get(path);
    if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res
        .writeHead(page ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(page ? 'Method not allowed' : 'Not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
