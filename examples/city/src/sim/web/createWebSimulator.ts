import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaffApi, serveConsole } from '@onecase/console';
import { chinaWorkCalendar } from '@onecase/governance';
import { createNodeListener, createWebHandler, type Principal, type WebRouter } from '@onecase/web';
import { cityDirectory } from '../../governance/cityDirectory.js';
import { simCookie } from './simCookie.js';
import { authenticateStaff, authorizeStaff, STAFF_COOKIE } from './staffSignIn.js';

export { STAFF_CHANNELS } from './staffSignIn.js';

/** Where the citizen and staff APIs are mounted; each reads only its own path-scoped cookie. */
export const CITIZEN_API = '/api/citizen';
export const STAFF_API = '/api/staff';
/** The cookie the citizen API reads: a mobile number. */
export const CITIZEN_COOKIE = 'sim_citizen';

const PAGES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/citizen': { file: 'citizen.html', type: 'text/html; charset=utf-8' },
  '/staff': { file: 'staff.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

/** A running web simulator. */
export interface WebSimulator {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the web simulator over the city's router: the citizen portal (`/portal`) and the
 * governance-centre console (`/console`) of `@onecase/console`, and the first plain pages
 * (`/citizen`, `/staff`), through two mounts of `createWebHandler` — the citizen API signs in
 * with the `sim_citizen` cookie (a phone number), the staff API with `sim_staff` (see
 * `authenticateStaff`: a role, a unit and a name for the console, checked by `authorizeStaff`),
 * with the console's staff routes (`createStaffApi`) beside it. It is a simulator: whoever
 * sets the cookie is that person.
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
        const phone = simCookie(request, CITIZEN_COOKIE);
        return phone ? { kind: 'citizen', id: `phone:${phone}`, phone } : null;
      },
    }),
  );
  const staffWeb = createWebHandler({
    router,
    basePath: STAFF_API,
    authenticate: authenticateStaff,
    authorize: authorizeStaff,
  });
  // The console's own staff routes (KPIs, state charts, deadlines, the directory) sit beside the staff API.
  const staffConsole = createStaffApi({
    router,
    basePath: STAFF_API,
    authenticate: authenticateStaff,
    calendar: chinaWorkCalendar({ fallback: 'weekends' }),
    directory: cityDirectory,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const staffApi = createNodeListener(async (request) => (await staffConsole(request)) ?? staffWeb(request));
  const apps = serveConsole({
    apis: {
      citizen: { url: CITIZEN_API, signIn: { kind: 'cookie', cookie: CITIZEN_COOKIE, path: CITIZEN_API } },
      staff: { url: STAFF_API, signIn: { kind: 'cookie', cookie: STAFF_COOKIE, path: STAFF_API } },
    },
  });
  const notFound = () =>
    new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const appsListener = createNodeListener(async (request) => (await apps(request)) ?? notFound());
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
    if (!page) return appsListener(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
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
