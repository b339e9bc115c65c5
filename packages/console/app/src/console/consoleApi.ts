import type { KpiGroupBy, KpiRow } from '@onecase/governance';
import { ApiError, type Problem } from '../shared/apiError.js';

/** The signed-in member of staff, as the console's `me` route tells it. */
export interface StaffMe {
  id: string;
  role: string;
  unit?: string;
  channels: string[];
}

/** A KPI report of the console's `kpis` route: rows of `computeKpis`. */
export interface KpiReportJson {
  from: number;
  to: number;
  groupBy?: KpiGroupBy;
  channel?: string;
  rows: KpiRow[];
}

/** The state chart of a service, as the console's `charts/:service` route serves it. */
export interface ChartJson {
  service: { id: string; version: number };
  initial: string | null;
  states: { path: string; parent: string | null; type: string; initial?: string; tags: string[] }[];
  transitions: {
    from: string;
    to: string;
    internal?: true;
    event: string | null;
    after?: string;
    guard?: string;
    channels: string[];
  }[];
}

/** The running deadline of a case and the working time left on it. */
export interface DeadlineJson {
  at: number;
  deadline: { stage: string; dueAt: number; missed: boolean; workingMsLeft: number } | null;
}

/** Departments and jurisdiction units with their names. */
export interface DirectoryJson {
  departments: { id: string; zh: string; en: string; unit: string }[];
  units: { id: string; zh: string; en: string; level: string; parent: string | null }[];
}

/** The console's own staff routes (`createStaffApi`), beside the web handler's. */
export interface ConsoleApi {
  me(): Promise<StaffMe>;
  kpis(request: { from: number; to: number; groupBy?: KpiGroupBy; channel?: string }): Promise<KpiReportJson>;
  overdue(): Promise<{ at: number; rows: { department: string; overdue: number }[] }>;
  chart(service: string, version?: number): Promise<ChartJson>;
  deadline(ref: string): Promise<DeadlineJson>;
  directory(): Promise<DirectoryJson>;
}

/** A client of the console routes under a staff API's `basePath`. */
export function createConsoleApi(baseUrl: string): ConsoleApi {
  const base = `${baseUrl.replace(/\/+$/, '')}/console`;
  async function get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError({ status: 0, code: 'NETWORK', detail: String(error) });
    }
    const data = (await response.json().catch(() => null)) as unknown;
    if (!response.ok) {
      const problem = (typeof data === 'object' && data !== null ? data : {}) as Partial<Problem>;
      throw new ApiError({ ...problem, status: response.status });
    }
    return data as T;
  }
  const query = (values: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values))
      if (value !== undefined) params.set(name, String(value));
    return params.toString();
  };
  return {
    me: () => get('/me'),
    kpis: (request) => get(`/kpis?${query(request)}`),
    overdue: () => get('/overdue'),
    chart: (service, version) =>
      get(`/charts/${encodeURIComponent(service)}${version !== undefined ? `?version=${version}` : ''}`),
    deadline: (ref) => get(`/cases/${encodeURIComponent(ref)}/deadline`),
    directory: () => get('/directory'),
  };
}
