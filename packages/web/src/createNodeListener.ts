import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebHandler } from './createWebHandler.js';
import { nodeCall } from './node/nodeCall.js';
import { writeReply, writeResponse } from './node/writeReply.js';

/** A Fetch-API handler, such as the one `createWebHandler` returns. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A node:http (or Express/Connect) request listener. */
export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/** Bodies up to this size that declare their length are read before the handler runs. */
const BUFFERED_BODY_BYTES = 64 * 1024;

/**
 * Whether to read the body before calling the handler: only a small one that declares its
 * length, since node's parser then stops at that length and buffering stays bounded. A
 * larger or unsized body is streamed, so a handler's limit can refuse it without reading it.
 */
function buffersBody(req: IncomingMessage): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || req.readableEnded) return false;
  const declared = req.headers['content-length'];
  return declared !== undefined && Number(declared) <= BUFFERED_BODY_BYTES;
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

function isWebHandler(handler: FetchHandler): handler is FetchHandler & Pick<WebHandler, 'answer'> {
  return typeof (handler as Partial<WebHandler>).answer === 'function';
}

/**
 * Adapts a Fetch-API handler to a node:http request listener (also an Express or Connect
 * middleware): reads a small request body whole (up to 64 KiB with a `Content-Length`) and
 * streams a larger one, streams event-stream responses with backpressure and sends others in
 * one write, keeps `Set-Cookie` headers apart and aborts `request.signal` when the client
 * disconnects, which ends event streams. The handler of `createWebHandler` is called through
 * its `answer`, with no Fetch `Request` or `Response` built but the one `authenticate` reads.
 *
 * @example
 * ```ts
 * const listener = createNodeListener(createWebHandler({ router, authenticate }));
 * createServer(listener).listen(8080);
 * ```
 */
export function createNodeListener(handler: FetchHandler): NodeListener {
  const respond = isWebHandler(handler)
    ? async (req: IncomingMessage, res: ServerResponse, bytes: Uint8Array | undefined) =>
        writeReply(await handler.answer(nodeCall(req, res, bytes, false)), res)
    : async (req: IncomingMessage, res: ServerResponse, bytes: Uint8Array | undefined) => {
        let response: Response;
        try {
          response = await handler(nodeCall(req, res, bytes, true).request());
        } catch (error) {
          response = internalError(error);
        }
        await writeResponse(response, res);
      };
  return (req, res) => {
    const fail = () => res.destroy();
    if (!buffersBody(req)) {
      respond(req, res, undefined).catch(fail);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A client that leaves mid-upload never gets here: there is nobody left to answer.
    req.once('end', () => {
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      respond(req, res, new Uint8Array(body.buffer, body.byteOffset, body.byteLength)).catch(fail);
    });
  };
}
