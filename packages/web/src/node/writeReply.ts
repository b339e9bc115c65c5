import type { ServerResponse } from 'node:http';
import type { WebReply } from '../handler/webCall.js';

/** Bodies sent chunk by chunk as they are produced; every other body is sent in one piece. */
const STREAMED = /^(?:text\/event-stream|application\/(?:x-)?ndjson|application\/octet-stream)/i;

/** Waits until a congested response drains (true) or closes (false), leaving no listener behind. */
function drained(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (ok: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/** Sends a body stream as it is produced, pausing while the client does not read. */
async function pump(body: ReadableStream<Uint8Array>, res: ServerResponse): Promise<void> {
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  res.once('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value) && !(await drained(res))) return;
    }
    res.end();
  } finally {
    res.off('close', cancel);
  }
}

/** Sends a whole body with its head in one write: separate small writes can meet delayed ACKs. */
function writeWhole(res: ServerResponse, status: number, head: string[], body: string | Buffer): void {
  head.push('content-length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength));
  res.writeHead(status, head);
  res.end(body);
}

/** Status and headers through the progressive API, which can still size an empty body itself. */
function setHead(
  res: ServerResponse,
  status: number,
  headers: Iterable<[string, string]>,
  cookies: string[],
): void {
  res.statusCode = status;
  for (const [name, value] of headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
}

/**
 * Writes an answer of the onecase handler to node: JSON text with its head in one write,
 * an event stream chunk by chunk with backpressure, no Fetch `Response` in between.
 */
export async function writeReply(reply: WebReply, res: ServerResponse): Promise<void> {
  const { body } = reply;
  if (body === null) {
    setHead(res, reply.status, Object.entries(reply.headers), []);
    res.end();
  } else if (typeof body === 'string') {
    const head: string[] = [];
    for (const name in reply.headers) head.push(name, reply.headers[name]!);
    writeWhole(res, reply.status, head, body);
  } else {
    setHead(res, reply.status, Object.entries(reply.headers), []);
    await pump(body, res);
  }
}

/**
 * Writes any Fetch `Response` to node: streamed media types chunk by chunk, every other body
 * read whole and sent in one write, `Set-Cookie` headers kept apart.
 */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const cookies = response.headers.getSetCookie();
  if (!response.body) {
    setHead(res, response.status, response.headers, cookies);
    res.end();
    return;
  }
  if (STREAMED.test(response.headers.get('content-type') ?? '')) {
    setHead(res, response.status, response.headers, cookies);
    await pump(response.body, res);
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const head: string[] = [];
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && name !== 'content-length') head.push(name, value);
  }
  // Several Set-Cookie headers must stay apart, which only setHeader's list does.
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  writeWhole(res, response.status, head, body);
}
