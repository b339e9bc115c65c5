import { createServer, type Server, type Socket } from 'node:net';
import { isCaseError } from '@onecase/core';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, uniqueSchema } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('connectPostgres', () => {
  const sockets: Socket[] = [];
  let silent: Server | undefined;
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent?.close();
  });

  it('names host and port when nothing listens there', async () => {
    const started = Date.now();
    const error = await failure(
      connectPostgres('postgres://postgres@127.0.0.1:1/test', { connectTimeoutMs: 2_000 }),
    );
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('127.0.0.1:1');
    expect((error as { details: object }).details).toMatchObject({ host: '127.0.0.1', port: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up within the timeout when the server accepts but never answers', async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent!.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const started = Date.now();
    const error = await failure(
      connectPostgres(`postgres://postgres@127.0.0.1:${port}/test`, { connectTimeoutMs: 500 }),
    );
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses a missing connection string and a schema that is not a plain identifier', async () => {
    expect(isCaseError(await failure(connectPostgres('')), 'INVALID_INPUT')).toBe(true);
    const bad = await failure(
      connectPostgres('postgres://postgres@127.0.0.1:1/test', { schema: 'public; drop table x' }),
    );
    expect(isCaseError(bad, 'INVALID_INPUT')).toBe(true);
    expect(() => postgresStore({ client: undefined as never })).toThrow(/client/);
  });

  it.runIf(DATABASE_URL)('opens a working store that owns its pool', async () => {
    const schema = uniqueSchema('connect');
    const store = await connectPostgres(DATABASE_URL!, { schema });
    try {
      expect(await store.load('nothing-here')).toBeUndefined();
    } finally {
      await store.close();
      await dropSchema(schema);
    }
    const closed = await failure(store.load('nothing-here'));
    expect(isCaseError(closed, 'STORE_UNAVAILABLE')).toBe(true);
  });
});
