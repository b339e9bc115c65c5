/**
 * A request as the onecase handler reads it, without a Fetch `Request` having to be built:
 * a server bridge (`serveNode`) fills it from its own request object, the Fetch handler from
 * a `Request`.
 */
export interface WebCall {
  readonly method: string;
  /** Path and query (`/api/cases?phone=…`) or an absolute URL. */
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  /** The body: bytes the bridge already read, a stream, or `null` for none. */
  readonly body: Uint8Array | ReadableStream<Uint8Array> | null;
  /** Aborted when the client goes away; a bridge may create it on first read. */
  readonly signal: AbortSignal;
  /** The call as a Fetch `Request`, for `authenticate`; built on first use. */
  request(): Request;
}

/**
 * An answer of the onecase handler: status, headers and a body that is JSON text, an event
 * stream or nothing, which a server bridge writes without building a Fetch `Response`.
 */
export interface WebReply {
  status: number;
  headers: Record<string, string>;
  body: string | ReadableStream<Uint8Array> | null;
}

/** Reads a Fetch `Request` as a `WebCall`. */
export function callOfRequest(request: Request): WebCall {
  return {
    method: request.method,
    url: request.url,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    request: () => request,
  };
}

/** Turns a `WebReply` into a Fetch `Response`. */
export function responseOfReply(reply: WebReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

/** A JSON answer that no cache keeps. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string> = {}): WebReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}
