import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebCall } from '../handler/webCall.js';
import { lazyRequest } from './lazyRequest.js';

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

function urlOf(req: IncomingMessage): string {
  // Express strips its mount path from `url`; `originalUrl` keeps the full path basePath expects.
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  // A path is joined to the origin as text: resolved against it, "//" or "//evil.example/x" would be read
  // as a host ("//" throws), so a request for it failed with a 500.
  if (!path.startsWith('/')) {
    try {
      return new URL(path).href;
    } catch {
      return 'http://localhost/';
    }
  }
  try {
    return new URL(`http://${req.headers.host ?? 'localhost'}${path}`).href;
  } catch {
    return new URL(`http://localhost${path}`).href;
  }
}

function fetchHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    // HTTP/2 pseudo-headers (`:path`) are not valid Fetch header names.
    if (!name.startsWith(':')) headers.append(name, req.rawHeaders[i + 1]!);
  }
  return headers;
}

/**
 * Reads a node request as a `WebCall` without building a Fetch `Request`: headers are read
 * from node's parsed headers, the body is the bytes already read (`bytes`) or a stream, the
 * abort signal and the `Request` (for `authenticate` or a foreign handler) are made on first
 * use. The `Request` carries the signal only when asked for one (`withSignal`), since
 * following a signal costs more than the rest of the `Request`; without one (the onecase
 * handler's own path) it is a `lazyRequest`, built only when more than its method, URL and
 * headers is read.
 */
export function nodeCall(
  req: IncomingMessage,
  res: ServerResponse,
  bytes: Uint8Array | undefined,
  withSignal: boolean,
): WebCall {
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = !hasBody ? null : (bytes ?? bodyStream(req));
  let controller: AbortController | undefined;
  let left = false;
  // Aborting builds a DOMException; only a client that left before the end needs one.
  res.once('close', () => {
    left = !res.writableFinished;
    if (left) controller?.abort();
  });
  let url: string | undefined;
  let request: Request | undefined;
  const call: WebCall = {
    method,
    get url() {
      url ??= urlOf(req);
      return url;
    },
    headers: {
      get(name) {
        const value = req.headers[name.toLowerCase()];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body,
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (left) controller.abort();
      }
      return controller.signal;
    },
    request() {
      if (request) return request;
      const build = (headers: Headers) =>
        new Request(call.url, {
          method,
          headers,
          ...(withSignal ? { signal: call.signal } : {}),
          ...(body !== null ? { body, duplex: 'half' } : {}),
        } as RequestInit);
      // A foreign handler reads the whole request; `authenticate` mostly a header or two.
      request = withSignal
        ? build(fetchHeaders(req))
        : lazyRequest({ method, url: () => call.url, headers: () => fetchHeaders(req), build });
      return request;
    },
  };
  return call;
}
