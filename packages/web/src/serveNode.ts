import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Fetch-API handler, such as the one `createWebHandler` returns. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A node:http (or Express/Connect) request listener. */
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Bodies sent chunk by chunk as they are produced; every other body is sent in one piece. */
const STREAMED = /^(?:text\/event-stream|application\/(?:x-)?ndjson|application\/octet-stream)/i;

/** The request body as a web stream that pauses the socket while the handler is not reading. */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  // Once the handler cancels (a body over its limit), the rest of the upload is drained unread.
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.once('end', () => {
        if (!cancelled) controller.close();
      });
      req.once('error', (error) => {
        if (!cancelled) controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    // HTTP/2 pseudo-headers (`:path`) are not valid Fetch header names.
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  // Express strips its mount path from `url`; `originalUrl` keeps the full path basePath expects.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  let url: URL;
  try {
    url = new URL(path, `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    url = new URL(path.startsWith('/') ? path : '/', 'http://localhost');
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    signal,
    ...(hasBody ? { body: bodyStream(req), duplex: 'half' } : {}),
  } as RequestInit);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  if (!STREAMED.test(response.headers.get('content-type') ?? '')) {
    // One write for head and body: separate small writes can meet delayed ACKs and cost ~40 ms a request.
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader('content-length', body.byteLength);
    res.end(body);
    return;
  }
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  res.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await Promise.race([once(res, 'drain'), once(res, 'close')]);
        if (res.destroyed) return;
      }
    }
    res.end();
  } finally {
    res.off('close', cancel);
  }
}

/**
 * Adapts a Fetch-API handler to a node:http request listener (also an Express or Connect
 * middleware): streams request and response bodies, keeps `Set-Cookie` headers apart and
 * aborts `request.signal` when the client disconnects, which ends event streams.
 *
 * @example
 * ```ts
 * const listener = createNodeListener(createWebHandler({ router, authenticate }));
 * createServer(listener).listen(8080);
 * ```
 */
export function createNodeListener(handler: FetchHandler): NodeListener {
  return (req, res) => {
    const aborted = new AbortController();
    // Aborting builds a DOMException; only a client that left before the end needs one.
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    void (async () => {
      let response: Response;
      try {
        response = await handler(toRequest(req, aborted.signal));
      } catch (error) {
        response = new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Internal error',
            status: 500,
            detail: String(error),
          }),
          { status: 500, headers: { 'content-type': 'application/problem+json' } },
        );
      }
      await writeResponse(response, res);
    })().catch(() => res.destroy());
  };
}

/** A running node:http server of `serveNode`. */
export interface NodeServer {
  /** Base URL, e.g. `http://127.0.0.1:53124`. */
  url: string;
  port: number;
  server: Server;
  /** Stops accepting connections and closes open ones (event streams included). */
  close(): Promise<void>;
}

/**
 * Serves a Fetch-API handler with node:http and resolves once it listens; port 0 (the
 * default) picks a free one, host defaults to 127.0.0.1.
 *
 * @example
 * ```ts
 * const { url, close } = await serveNode(createWebHandler({ router, authenticate }), { port: 8080 });
 * console.log(`onecase on ${url}`);
 * ```
 */
export async function serveNode(
  handler: FetchHandler,
  options: { port?: number; host?: string } = {},
): Promise<NodeServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(createNodeListener(handler));
  server.listen(options.port ?? 0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
