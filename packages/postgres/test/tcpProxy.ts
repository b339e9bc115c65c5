import { connect, createServer, type Socket } from 'node:net';

/** A TCP proxy in front of PostgreSQL whose line the test can cut, black-hole and restore. */
export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones, like a database restart. */
  cut(): void;
  /**
   * Stops forwarding without closing anything (no RST, no FIN), like a network path that
   * silently drops packets: open connections go quiet for good (as after a NAT or firewall
   * loses their state), and connections opened meanwhile are accepted but never answered.
   */
  stall(): void;
  /** Lets new connections through again; connections black-holed by `stall()` stay silent. */
  restore(): void;
  /** How many client connections are open through the proxy now (silent ones included). */
  openConnections(): number;
  close(): Promise<void>;
}

/** Starts a proxy on a free local port forwarding to `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'open' | 'cut' | 'stalled' = 'open';
  const sockets = new Set<Socket>();
  const clients = new Set<Socket>();
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const track = (socket: Socket, onClose: () => void) => {
    sockets.add(socket);
    socket.on('error', onClose);
    socket.on('close', onClose);
  };
  const server = createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    clients.add(client);
    if (mode === 'stalled') {
      // Accepted by the kernel, never answered: reads are dropped on the floor.
      client.on('data', () => {});
      track(client, () => {
        clients.delete(client);
        sockets.delete(client);
        client.destroy();
      });
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    const close = () => {
      client.destroy();
      upstream.destroy();
      clients.delete(client);
      sockets.delete(client);
      sockets.delete(upstream);
      pairs.delete(pair);
    };
    track(client, close);
    track(upstream, close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const cut = () => {
    mode = 'cut';
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: (server.address() as { port: number }).port,
    cut,
    stall() {
      mode = 'stalled';
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        // Keep reading so neither side sees backpressure; what arrives is lost.
        client.on('data', () => {});
        upstream.on('data', () => {});
        client.resume();
        upstream.resume();
      }
      pairs.clear();
    },
    restore() {
      mode = 'open';
    },
    openConnections: () => clients.size,
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
