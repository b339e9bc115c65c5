import type { TestRouter } from '@onecase/testing';
import { createTestRouter } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import {
  createWebHandler,
  type NodeServer,
  type Principal,
  serveNode,
  type WebHandlerOptions,
  type WebRouter,
} from '../src/index.js';

export const ADDRESS = { address: 'Lane 5, No. 12', description: 'Drilling after midnight' };
export const CITIZEN_PHONE = '13800138000';
export const OTHER_PHONE = '13900139000';

/**
 * Test credentials: `Bearer citizen:<id>:<phone>` or `Bearer staff:<id>:<channel,channel>`.
 */
export function testAuthenticate(request: Request): Principal | null {
  const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!token) return null;
  const [kind, id, extra] = token.split(':');
  if (!id) return null;
  if (kind === 'citizen') return { kind: 'citizen', id, ...(extra ? { phone: extra } : {}) };
  if (kind === 'staff')
    return { kind: 'staff', id, role: 'clerk', ...(extra ? { channels: extra.split(',') } : {}) };
  return null;
}

export const citizen = (id = 'alice', phone = CITIZEN_PHONE) => ({
  authorization: `Bearer citizen:${id}:${phone}`,
});
export const staff = (id = 'clerk-1', channels = 'web,staff,counter') => ({
  authorization: `Bearer staff:${id}:${channels}`,
});

export interface WebFixture {
  router: TestRouter<readonly [typeof noise]>;
  server: NodeServer;
  /** Base URL of the API, basePath included. */
  api: string;
  close(): Promise<void>;
}

export async function startWeb(
  options: Partial<WebHandlerOptions> & { wrap?: (router: WebRouter) => WebRouter } = {},
): Promise<WebFixture> {
  const router = createTestRouter({ services: [noise] as const });
  const basePath = options.basePath ?? '/api';
  const { wrap, ...handlerOptions } = options;
  const handler = createWebHandler({
    authenticate: testAuthenticate,
    basePath,
    ...handlerOptions,
    router: wrap ? wrap(router) : router,
  });
  const server = await serveNode(handler);
  return {
    router,
    server,
    api: `${server.url}${basePath}`,
    async close() {
      await server.close();
      await router.close();
    },
  };
}

/** Sends a JSON request and returns status, headers and parsed body. */
export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Keep the raw text for assertions on non-JSON answers.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** Opens a noise case for the default citizen through the API and returns its view. */
export async function openAsCitizen(api: string, headers = citizen()): Promise<any> {
  const opened = await call(`${api}/cases`, {
    headers,
    body: { service: 'noise-complaint', input: ADDRESS },
  });
  if (opened.status !== 201) throw new Error(`open failed: ${opened.status} ${JSON.stringify(opened.body)}`);
  return opened.body;
}

/** Reads server-sent events from a streaming response, one parsed `{ event, data, id }` at a time. */
export async function* readEvents(
  response: Response,
): AsyncGenerator<{ event: string; data: string; id?: string }> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':') || !line.includes(':')) continue;
        const at = line.indexOf(':');
        fields[line.slice(0, at)] = line.slice(at + 1).trimStart();
      }
      if (fields.data !== undefined) {
        yield {
          event: fields.event ?? 'message',
          data: fields.data,
          ...(fields.id ? { id: fields.id } : {}),
        };
      }
    }
  }
}
