import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** What one load run asks for: POSTs of `body` to `paths` in turn over `connections` connections. */
export interface LoadSpec {
  url: string;
  paths: string[];
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

/** The few autocannon result fields the bench reads. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  duration: number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const run = promisify(execFile);
const self = fileURLToPath(import.meta.url);

/**
 * Loads a server from a separate node process (this file run as a script), so the load
 * generator's CPU is not charged to the server's event loop.
 */
export async function loadFromChild(spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', self, JSON.stringify(spec)], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as LoadResult;
}

async function main(spec: LoadSpec): Promise<void> {
  // autocannon ships no types; the few result fields read here are declared above.
  const autocannon = createRequire(import.meta.url)('autocannon') as (
    options: Record<string, unknown>,
  ) => Promise<AutocannonResult>;
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    connections: spec.connections,
    duration: spec.seconds,
    headers: spec.headers,
    body: spec.body,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          path: spec.paths[next++ % spec.paths.length],
        }),
      },
    ],
  });
  const answer: LoadResult = {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
  process.stdout.write(JSON.stringify(answer));
}

if (process.argv[1] === self) await main(JSON.parse(process.argv[2]!) as LoadSpec);
