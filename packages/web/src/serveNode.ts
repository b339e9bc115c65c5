import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type JsonReply, knownResponseBody, replyHandlerOf } from './createWebHandler.js';
import { rememberBody } from './readJsonBody.js';

/** A Fetch-API handler, such as the one `createWebHandler` returns. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A node:http (or Express/Connect) request listener. */
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Bodies sent chunk by chunk as they are produced; every other body is sent in one piece. */
const STREAMED = /^(?:text\/event-stream|application\/(?:x-)?ndjson|application\/octet-stream)/i;

/** Bodies up to this size that declare their length are read before the handler runs. */
const BUFFERED_BODY_BYTES = 64 * 1024;

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

/**
 * Whether to read the body before calling the handler: only a small one that declares its
 * length, since node's parser then stops at that length and buffering stays bounded. A
 * larger or unsized body is streamed, so a handler's limit can refuse it without reading it.
 */
function buffersBody(req: IncomingMessage, method: string): boolean {
  if (method === 'GET' || method === 'HEAD' || req.readableEnded) return false;
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) <= BUFFERED_BODY_BYTES;
}

function toRequest(req: IncomingMessage, signal: AbortSignal, body: Buffer | undefined): Request {
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
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, signal });
  if (body === undefined) {
    return new Request(url, {
      method,
      headers,
      signal,
      body: bodyStream(req),
      duplex: 'half',
    } as RequestInit);
  }
  const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
  const request = new Request(url, { method, headers, signal, body: bytes });
  rememberBody(request, bytes);
  return request;
}

const PROBLEM_500 = { 'content-type': 'application/problem+json' };

function internalError(error: unknown): Response {
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Internal error',
    status: 500,
    detail: String(error),
  });
  return new Response(body, { status: 500, headers: PROBLEM_500 });
}

/** Status and headers through the progressive API, which can still size an empty body itself. */
function setHead(response: Response, res: ServerResponse): void {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
}

/** Sends a whole body with its head in one write: separate small writes can meet delayed ACKs. */
function writeWhole(res: ServerResponse, status: number, head: string[], body: string | Buffer): void {
  head.push('content-length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength));
  res.writeHead(status, head);
  res.end(body);
}

function writeReply(reply: JsonReply, res: ServerResponse): void {
  const head: string[] = [];
  for (const name in reply.headers) head.push(name, reply.headers[name]!);
  writeWhole(res, reply.status, head, reply.text);
}

async function writeBuffered(response: Response, res: ServerResponse): Promise<void> {
  const known = response.bodyUsed ? undefined : knownResponseBody(response);
  const body = known ?? Buffer.from(await response.arrayBuffer());
  const head: string[] = [];
  let cookies = false;
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') cookies = true;
    else if (name !== 'content-length') head.push(name, value);
  }
  // Several Set-Cookie headers must stay apart, which only setHeader's list does.
  if (cookies) res.setHeader('set-cookie', response.headers.getSetCookie());
  writeWhole(res, response.status, head, body);
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  if (!response.body) {
    setHead(response, res);
    res.end();
    return;
  }
  if (!STREAMED.test(response.headers.get('content-type') ?? '')) {
    await writeBuffered(response, res);
    return;
  }
  setHead(response, res);
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

async function respond(
  handler: (request: Request) => Response | JsonReply | Promise<Response | JsonReply>,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | undefined,
): Promise<void> {
  const aborted = new AbortController();
  // Aborting builds a DOMException; only a client that left before the end needs one.
  res.once('close', () => {
    if (!res.writableFinished) aborted.abort();
  });
  let answer: Response | JsonReply;
  try {
    answer = await handler(toRequest(req, aborted.signal, body));
  } catch (error) {
    answer = internalError(error);
  }
  if (answer instanceof Response) await writeResponse(answer, res);
  else writeReply(answer, res);
}

/**
 * Adapts a Fetch-API handler to a node:http request listener (also an Express or Connect
 * middleware): reads a small request body whole (up to 64 KiB with a `Content-Length`) and
 * streams a larger one, streams event-stream responses and sends others in one write, keeps
 * `Set-Cookie` headers apart and aborts `request.signal` when the client disconnects, which
 * ends event streams.
 *
 * @example
 * ```ts
 * const listener = createNodeListener(createWebHandler({ router, authenticate }));
 * createServer(listener).listen(8080);
 * ```
 */
export function createNodeListener(handler: FetchHandler): NodeListener {
  // The onecase handler's core answers JSON as text, which spares building a Response to read back.
  const answer = replyHandlerOf(handler) ?? handler;
  const fail = (res: ServerResponse) => () => res.destroy();
  return (req, res) => {
    if (!buffersBody(req, req.method ?? 'GET')) {
      respond(answer, req, res, undefined).catch(fail(res));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A client that leaves mid-upload never gets here: there is nobody left to answer.
    req.once('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      respond(answer, req, res, body).catch(fail(res));
    });
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
