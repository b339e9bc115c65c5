import { CaseError, isCaseError, type Clock, type RouterClient } from '@onecase/core';
import { type Directory, type WorkCalendar, workingTimeBetween } from '@onecase/governance';
import type { Authenticate, StaffPrincipal, WebRouter } from '@onecase/web';
import { kpiReport, kpiRequestFromParams } from './kpiReport.js';
import { serviceChart } from './serviceChart.js';

/** What the console's staff routes need: the router, who asks, the calendar and the directory. */
export interface StaffApiOptions {
  router: WebRouter & Pick<RouterClient, 'list' | 'count'>;
  /** The same `authenticate` as the staff web handler; only staff principals are answered. */
  authenticate: Authenticate;
  /** Where the staff web handler is mounted (`/api/staff`); these routes live under `<basePath>/console/`. */
  basePath?: string;
  /** The working calendar deadlines and KPI hours are counted on. */
  calendar: WorkCalendar;
  /** The dispatch directory: departments and jurisdiction units by name (sign-in, dispatch, tables). */
  directory?: Directory;
  /** The router's clock, for the working time left (default: the system clock). */
  clock?: Clock;
  /** Work-order service ids the KPIs count (default: every service with a `receivedAt` index). */
  kpiServices?: string[];
}

/** A Fetch handler that answers its own paths and `undefined` for any other, so a server falls through. */
export type StaffApi = (request: Request) => Promise<Response | undefined>;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

const problem = (status: number, code: string, detail: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

const STATUS: Record<string, number> = { INVALID_INPUT: 400, UNKNOWN_SERVICE: 404, UNKNOWN_CASE: 404 };

interface ClockLike {
  stage: string;
  dueAt: number;
  missed: boolean;
}

/**
 * The server side of the governance-centre console, beside the staff web handler:
 * `GET <basePath>/console/me` (who is signed in: role, unit, channels), `GET <basePath>/console/kpis?from&to&groupBy&channel` (rows of `computeKpis`),
 * `GET <basePath>/console/overdue` (open work orders past their deadline, by department),
 * `GET <basePath>/console/charts/:service` (the service's state chart as data),
 * `GET <basePath>/console/cases/:ref/deadline` (the running deadline and working time left) and
 * `GET <basePath>/console/directory` (departments and units with their names, public, for the
 * sign-in form). The rest is for staff only.
 *
 * @example
 * ```ts
 * const staffApi = createStaffApi({ router, authenticate, basePath: '/api/staff', calendar, directory });
 * const handle = async (request: Request) => (await staffApi(request)) ?? webHandler(request);
 * ```
 */
export function createStaffApi(options: StaffApiOptions): StaffApi {
  const { router, calendar, directory } = options;
  const prefix = `${(options.basePath ?? '').replace(/\/+$/, '')}/console/`;
  const now = () => (options.clock ?? Date).now();
  const routes: [RegExp, (url: URL, match: RegExpExecArray, staff: StaffPrincipal) => Promise<Response>][] = [
    [
      /^me$/,
      async (_url, _match, { id, role, unit, channels }) =>
        json(200, { id, role, ...(unit !== undefined ? { unit } : {}), channels: channels ?? ['web'] }),
    ],
    [
      /^kpis$/,
      async (url) =>
        json(
          200,
          await kpiReport(router, kpiRequestFromParams(url.searchParams), calendar, options.kpiServices),
        ),
    ],
    [
      /^overdue$/,
      async () => {
        const departments = directory?.departments ?? [];
        const rows = await Promise.all(
          departments.map(async (department) => ({
            department: department.id,
            overdue: await router.count({ done: false, where: { department: department.id, overdue: true } }),
          })),
        );
        return json(200, { at: now(), rows: rows.filter((row) => row.overdue > 0) });
      },
    ],
    [
      /^charts\/([^/]+)$/,
      async (url, match) => {
        const id = decodeURIComponent(match[1]!);
        const version = url.searchParams.get('version');
        const service = router.service(id, version === null ? undefined : Number(version));
        if (!service) throw new CaseError('UNKNOWN_SERVICE', `No service '${id}'`, { service: id });
        return json(200, serviceChart(service));
      },
    ],
    [
      /^cases\/([^/]+)\/deadline$/,
      async (_url, match) => {
        const view = await router.get(decodeURIComponent(match[1]!));
        const clock = (view.context as { clock?: ClockLike | null } | null)?.clock;
        const at = now();
        if (!clock || typeof clock.dueAt !== 'number') return json(200, { at, deadline: null });
        return json(200, {
          at,
          deadline: {
            stage: clock.stage,
            dueAt: clock.dueAt,
            missed: clock.missed,
            workingMsLeft: workingTimeBetween(calendar, at, clock.dueAt),
          },
        });
      },
    ],
    [
      /^directory$/,
      async () =>
        json(200, {
          departments: (directory?.departments ?? []).map(({ id, zh, en, unit }) => ({ id, zh, en, unit })),
          units: (directory?.jurisdictions.units ?? []).map(({ id, zh, en, level, parent }) => ({
            id,
            zh,
            en,
            level,
            parent,
          })),
        }),
    ],
  ];
  return async (request) => {
    const url = new URL(request.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) return undefined;
    const rest = url.pathname.slice(prefix.length);
    for (const [pattern, handle] of routes) {
      const match = pattern.exec(rest);
      if (!match) continue;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return problem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed here; use GET`);
      }
      // Department and unit names are public (the sign-in form lists them); the rest is staff only.
      if (rest === 'directory') return await handle(url, match, undefined as never);
      let principal: Awaited<ReturnType<Authenticate>>;
      try {
        principal = await options.authenticate(request);
      } catch {
        return problem(401, 'UNAUTHENTICATED', 'The credentials could not be checked');
      }
      if (!principal) return problem(401, 'UNAUTHENTICATED', 'Sign in to use this route');
      if (principal.kind !== 'staff') return problem(403, 'FORBIDDEN', 'Only staff use the console');
      try {
        return await handle(url, match, principal);
      } catch (error) {
        if (isCaseError(error)) return problem(STATUS[error.code] ?? 400, error.code, error.message);
        throw error;
      }
    }
    return undefined;
  };
}
