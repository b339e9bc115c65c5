import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeListener, type FetchHandler } from './createNodeListener.js';

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
