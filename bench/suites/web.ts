import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { type CaseView, createRouter } from '@onecase/core';
import { createWebHandler, serveNode } from '@onecase/web';
import { noise } from '@onecase/testing/fixtures';
import { type BenchSuite, opsPerSecond, round } from '../benchSuite.js';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; the few result fields read here are declared above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const CASES = 64;
const CONNECTIONS = 16;
const DURATION_S = 8;
const WARMUP_S = 2;
const BODY = JSON.stringify({ type: 'documents.check', ok: true });

async function load(url: string, paths: string[]): Promise<AutocannonResult> {
  let next = 0;
  const options = {
    url,
    method: 'POST',
    connections: CONNECTIONS,
    headers: { 'content-type': 'application/json', authorization: 'Bearer clerk' },
    body: BODY,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          path: paths[next++ % paths.length],
        }),
      },
    ],
  };
  await autocannon({ ...options, duration: WARMUP_S });
  return autocannon({ ...options, duration: DURATION_S });
}

/**
 * POST send-event through `createWebHandler` on node:http (authenticate, body limit, JSON
 * parse, channel policy, zod, XState decide, commit, ETag) against a bare node:http server
 * that reads the same body and answers the same case JSON, loaded by autocannon on loopback.
 */
const suite: BenchSuite = {
  name: 'web',
  async run() {
    const router = createRouter({ services: [noise], secret: 'bench-secret' });
    const via = { channel: 'counter', actor: { id: 'clerk' } };
    const views: CaseView[] = [];
    for (let i = 0; i < CASES; i++) {
      views.push(
        await router.open({
          service: 'noise-complaint',
          input: { address: `Lane ${i}`, description: 'Drilling after midnight' },
          citizen: { phone: `1380013${String(i).padStart(4, '0')}` },
          via,
        }),
      );
    }
    // The same command without HTTP, to tell the handler's share from the router's.
    let turn = 0;
    const direct = await opsPerSecond(
      () => router.send(views[turn++ % CASES]!.ref, { type: 'documents.check', ok: true }, { via }),
      3000,
    );
    const handler = createWebHandler({
      router,
      authenticate: () => ({ kind: 'staff', id: 'clerk', role: 'clerk', channels: ['counter'] }),
    });
    const handlerDirect = await opsPerSecond(async () => {
      const request = new Request(`http://bench/cases/${views[turn++ % CASES]!.ref}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: BODY,
      });
      await (await handler(request)).arrayBuffer();
    }, 3000);
    const served = await serveNode(handler);
    const viaHandler = await load(
      served.url,
      views.map((view) => `/cases/${view.ref}/events`),
    );
    await served.close();
    await router.close();

    const answer = JSON.stringify(views[0]);
    const bare: Server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: '"2"' }).end(answer);
      });
    });
    bare.listen(0, '127.0.0.1');
    await once(bare, 'listening');
    const { port } = bare.address() as AddressInfo;
    const raw = await load(
      `http://127.0.0.1:${port}`,
      views.map((view) => `/cases/${view.ref}/events`),
    );
    bare.closeAllConnections();
    bare.close();

    return {
      connections: CONNECTIONS,
      durationSeconds: DURATION_S,
      handlerRequestsPerSecond: round(viaHandler.requests.average, 0),
      rawRequestsPerSecond: round(raw.requests.average, 0),
      ratio: round(viaHandler.requests.average / raw.requests.average),
      handlerP99Ms: viaHandler.latency.p99,
      rawP99Ms: raw.latency.p99,
      p99Ratio: round(viaHandler.latency.p99 / Math.max(raw.latency.p99, 1)),
      routerSendOpsPerSecond: round(direct, 0),
      handlerWithoutHttpOpsPerSecond: round(handlerDirect, 0),
      handlerWithoutHttpVsRouterSend: round(handlerDirect / direct),
      httpHandlerVsRouterSend: round(viaHandler.requests.average / direct),
      loadAverage: round(loadavg()[0] ?? 0, 2),
      handlerNon2xx: viaHandler.non2xx + viaHandler.errors + viaHandler.timeouts,
      note: 'send-event = authenticate + JSON body + channel policy + zod + XState transition + hash chain + memory-store commit + view',
    };
  },
};

export default suite;
