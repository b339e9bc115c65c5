import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDRESS, startWeb, type WebFixture } from './helpers.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const CLIENTS = 100;
const CHANGES = 30;
const NOTE = 'n'.repeat(16 * 1024);
const MB = 1024 * 1024;

/** Live memory of this process after a full collection: the JS heap plus buffers outside it. */
function liveBytes(): number {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** A client that sends its request, waits for the answer to start, then never reads again. */
function stalledClient(port: number, path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: local\r\nAuthorization: Bearer staff:clerk-1:web,staff\r\n\r\n`,
      );
    });
    socket.once('data', (chunk) => {
      socket.pause();
      if (chunk.toString().startsWith('HTTP/1.1 200')) resolve(socket);
      else reject(new Error(chunk.toString()));
    });
    socket.once('error', reject);
  });
}

let web: WebFixture;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeAll(async () => {
  web = await startWeb();
  process.on('warning', onWarning);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await web.close();
});

describe('event streams under clients that do not read', () => {
  it('keeps memory flat, drops the slow clients with a final event and adds no listener per client', async () => {
    const view = await web.router.open({
      service: 'noise-complaint',
      input: ADDRESS,
      citizen: { phone: '13500135000' },
      via: { channel: 'staff', actor: { id: 'clerk-1' } },
    });
    const before = liveBytes();
    const sockets = await Promise.all(
      Array.from({ length: CLIENTS }, () => stalledClient(web.server.port, `/api/cases/${view.ref}/stream`)),
    );
    for (let i = 0; i < CHANGES; i++) {
      await web.router.send(
        view.ref,
        { type: 'info.add', note: NOTE },
        { via: { channel: 'staff', actor: { id: 'clerk-1' } } },
      );
      // Let the streams and sockets take what they will before the next change.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const grown = (liveBytes() - before) / MB;
    // Unbounded, each stream holds its own copy of every view it has not sent: ~390 MB measured here.
    expect(grown).toBeLessThan(64);
    expect(warnings.filter((warning) => warning.includes('MaxListeners'))).toEqual([]);

    // A stalled client that reads again finds the end of its stream: dropped, not silently cut.
    const reader = sockets[0]!;
    let tail = '';
    const ended = new Promise<void>((resolve) => {
      reader.on('data', (chunk: Buffer) => {
        tail = (tail + chunk.toString('latin1')).slice(-4096);
        if (tail.includes('event: dropped')) resolve();
      });
    });
    reader.resume();
    await ended;
    expect(tail).toContain('"reason":"slow-client"');
    for (const socket of sockets) socket.destroy();
  }, 60_000);
});
