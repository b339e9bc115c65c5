import type { Notification, Pool, PoolClient } from 'pg';
import { type Deadlines, destroyConnection, withinDeadline } from './queryTimeout.js';
import type { SqlListener } from './sqlClient.js';

const MAX_RELISTEN_DELAY_MS = 5_000;

/**
 * Holds one pool connection for `LISTEN`, and takes a new one whenever it is lost — closed
 * by the server, or silent: a path that stops forwarding closes nothing, so the connection is
 * pinged every `healthCheckMs` and one that does not answer within the query timeout is destroyed
 * and replaced. Notifications sent while no connection listens are missed.
 *
 * @example
 * ```ts
 * const listener = listenOnPool(pool, 'onecase_changes', console.log, { deadlines: new Deadlines(5_000), healthCheckMs: 5_000 });
 * await listener.ready;
 * ```
 */
export function listenOnPool(
  pool: Pool,
  channel: string,
  onNotify: (payload: string) => void,
  { deadlines, healthCheckMs }: { deadlines: Deadlines; healthCheckMs: number },
): SqlListener {
  let stopped = false;
  let current: PoolClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = 100;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const onNotification = (message: Notification) => {
    if (message.channel === channel) onNotify(message.payload ?? '');
  };

  const schedule = (next: () => void, ms: number) => {
    timer = setTimeout(next, ms);
    timer.unref?.();
  };

  const retry = () => {
    if (stopped) return;
    schedule(connect, delay);
    delay = Math.min(delay * 2, MAX_RELISTEN_DELAY_MS);
  };

  const drop = (client: PoolClient) => {
    client.removeListener('notification', onNotification);
    if (current === client) current = undefined;
    destroyConnection(client);
    client.release(true);
  };

  const lost = (client: PoolClient) => {
    if (current !== client) return;
    if (timer) clearTimeout(timer);
    drop(client);
    retry();
  };

  const bounded = <T>(client: PoolClient, step: () => Promise<T>) =>
    withinDeadline(deadlines, step, () => destroyConnection(client));

  const healthCheck = (client: PoolClient) => {
    schedule(async () => {
      if (current !== client) return;
      try {
        await bounded(client, () => client.query('SELECT 1'));
        if (current === client) healthCheck(client);
      } catch {
        lost(client);
      }
    }, healthCheckMs);
  };

  async function connect(): Promise<void> {
    timer = undefined;
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      if (stopped) {
        client.release();
        return;
      }
      const held = client;
      held.on('error', () => lost(held));
      held.on('end', () => lost(held));
      held.on('notification', onNotification);
      await bounded(held, () => held.query(`LISTEN ${channel}`));
      if (stopped) {
        drop(held);
        return;
      }
      current = held;
      delay = 100;
      markReady();
      healthCheck(held);
    } catch {
      if (client) drop(client);
      retry();
    }
  }

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const client = current;
      current = undefined;
      if (!client) return;
      client.removeListener('notification', onNotification);
      try {
        await bounded(client, () => client.query(`UNLISTEN ${channel}`));
        client.release();
      } catch {
        client.release(true);
      }
    },
  };
}
