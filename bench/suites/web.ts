import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { type CaseView, createRouter, type Router, type Via } from '@onecase/core';
import { noise } from '@onecase/testing/fixtures';
import { createWebHandler, serveNode } from '@onecase/web';
import {
  alternate,
  type BenchSuite,
  medianOf,
  opsPerSecond,
  ROUND_MS,
  ratioSpread,
  round,
} from '../benchSuite.js';
import { type LoadResult, loadFromChild } from '../web/autocannonLoad.js';

const CASES = 64;
const CONNECTIONS = 16;
const COMMAND: { type: string } = { type: 'documents.check', ok: true } as { type: string };
const BODY = JSON.stringify(COMMAND);
const HEADERS = { 'content-type': 'application/json', authorization: 'Bearer clerk' };

/**
 * The baseline server: bare `node:http` doing the same `router.send` the handler does (same
 * case, event and via) and writing the same view JSON with the same headers. No
 * authentication, body limit, channel policy or problem responses: that is the handler's share.
 */
function bareServer(router: Router, via: Via): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const ref = decodeURIComponent(req.url!.split('/')[2]!);
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string };
      router.send(ref, event, { via }).then(
        (view) => {
          res
            .writeHead(200, {
              'content-type': 'application/json; charset=utf-8',
              'cache-control': 'no-store',
              etag: `"${view.version}"`,
            })
            .end(JSON.stringify(view));
        },
        (error: unknown) => {
          res.writeHead(500).end(String(error));
        },
      );
    });
  });
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * POST send-event through `createWebHandler` on `serveNode` (authenticate, body limit, JSON
 * parse, channel policy, zod, XState decide, commit, ETag) against a bare node:http server doing
 * the same `router.send` and writing the same JSON, both loaded by autocannon from a separate
 * process on loopback, alternated in rounds.
 */
const suite: BenchSuite = {
  name: 'web',
  async run() {
    const router = createRouter({ services: [noise], secret: 'bench-secret' }) as unknown as Router;
    const setupVia = { channel: 'counter', actor: { id: 'clerk' } };
    const views: CaseView[] = [];
    for (let i = 0; i < CASES; i++) {
      views.push(
        await router.open({
          service: 'noise-complaint',
          input: { address: `Lane ${i}`, description: 'Drilling after midnight' },
          citizen: { phone: `1380013${String(i).padStart(4, '0')}` },
          via: setupVia,
        }),
      );
    }
    const handler = createWebHandler({
      router,
      authenticate: () => ({ kind: 'staff', id: 'clerk', role: 'clerk', channels: ['counter'] }),
    });
    // The via the handler derives for this principal, so both servers send the very same command.
    const via: Via = { channel: 'counter', actor: { id: 'clerk', role: 'clerk' } };
    const served = await serveNode(handler);
    const bare = bareServer(router, via);
    const bareUrl = await listen(bare);
    const paths = views.map((view) => `/cases/${view.ref}/events`);
    // Both servers must answer the same thing, or the ratio compares different work.
    const answers = await Promise.all(
      [served.url, bareUrl].map(async (url) => {
        const response = await fetch(`${url}${paths[0]}`, { method: 'POST', headers: HEADERS, body: BODY });
        const view = (await response.json()) as Record<string, unknown>;
        return `${response.status} ${response.headers.get('content-type')} ${Object.keys(view).sort().join(',')}`;
      }),
    );
    if (answers[0] !== answers[1]) throw new Error(`the servers answer differently:\n${answers.join('\n')}`);
    const spec = { paths, body: BODY, headers: HEADERS, connections: CONNECTIONS, seconds: ROUND_MS / 1000 };
    const results: Record<'handler' | 'bare', LoadResult[]> = { handler: [], bare: [] };
    const rates = await alternate({
      handler: async () => {
        const result = await loadFromChild({ ...spec, url: served.url });
        results.handler.push(result);
        return result.requestsPerSecond;
      },
      bare: async () => {
        const result = await loadFromChild({ ...spec, url: bareUrl });
        results.bare.push(result);
        return result.requestsPerSecond;
      },
    });
    await served.close();
    bare.closeAllConnections();
    bare.close();
    // The warm-up round's results come first; the rounds measured are the last ROUNDS.
    const measured = (list: LoadResult[]) => list.slice(-rates.handler.length);
    const p99 = (list: LoadResult[]) => measured(list).map((result) => Math.max(result.p99Ms, 1));

    // The same command without HTTP, to tell the handler's share from the router's.
    let turn = 0;
    const inProcess = await alternate({
      routerSend: () => opsPerSecond(() => router.send(views[turn++ % CASES]!.ref, COMMAND, { via })),
      handlerWithoutHttp: () =>
        opsPerSecond(async () => {
          const request = new Request(`http://bench/cases/${views[turn++ % CASES]!.ref}/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: BODY,
          });
          await (await handler(request)).arrayBuffer();
        }),
    });
    await router.close();

    return {
      connections: CONNECTIONS,
      load: 'autocannon in a child process',
      handlerRequestsPerSecond: medianOf(rates.handler),
      bareRequestsPerSecond: medianOf(rates.bare),
      ratio: ratioSpread(rates.handler, rates.bare),
      handlerP99Ms: medianOf(p99(results.handler), 1),
      bareP99Ms: medianOf(p99(results.bare), 1),
      p99Ratio: ratioSpread(p99(results.handler), p99(results.bare)),
      failedRequests: [...results.handler, ...results.bare].reduce((sum, result) => sum + result.failed, 0),
      routerSendOpsPerSecond: medianOf(inProcess.routerSend),
      handlerWithoutHttpOpsPerSecond: medianOf(inProcess.handlerWithoutHttp),
      handlerWithoutHttpVsRouterSend: ratioSpread(inProcess.handlerWithoutHttp, inProcess.routerSend),
      loadAverage: round(loadavg()[0] ?? 0, 2),
      baseline:
        'bare node:http: read body, JSON.parse, the same router.send (same via), the same view JSON and headers',
      goal: 'ratio >= 0.7',
    };
  },
};

export default suite;
