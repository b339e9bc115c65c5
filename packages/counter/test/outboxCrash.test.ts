import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestRouter } from '@onecase/testing';
import { createWebHandler, serveNode } from '@onecase/web';
import { describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { createCounterSession, createOutbox } from '../src/index.js';
import { openRecordFile } from '../src/recordFile.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');
const web = { channel: 'web', actor: { id: 'citizen' } };
/** The secret the child process seals its outbox with (fixtures/counterProcess.ts). */
const SECRET = 'hall-secret';

function startCounter(args: string[]): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=onecase-source', join(here, 'fixtures/counterProcess.ts'), ...args],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Waits until the child exits; `killWhen` decides from its output when to SIGKILL it. */
function untilExit(child: ChildProcess, killWhen: (out: string) => boolean = () => false) {
  return new Promise<{ out: string; signal: NodeJS.Signals | null }>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killWhen(out)) child.kill('SIGKILL');
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`counter process failed (${code}): ${err}`));
      else resolve({ out, signal });
    });
  });
}

/** Idempotency keys of every command ever queued in an outbox journal. */
function queuedKeys(file: string): string[] {
  return openRecordFile<{ op: string; entry?: { command: { idempotencyKey: string } } }>(file)
    .read()
    .flatMap((line) => (line.op === 'queued' && line.entry ? [line.entry.command.idempotencyKey] : []));
}

describe('outbox across killed processes', () => {
  it('loses nothing when the counter is killed after queueing and again in the middle of a sync', {
    timeout: 60_000,
  }, async () => {
    const router = createTestRouter({ services: [noise] });
    const server = await serveNode(
      createWebHandler({
        router,
        authenticate: () => ({ kind: 'staff', id: 'clerk-17', role: 'clerk', channels: ['counter'] }),
      }),
    );
    try {
      const refs: string[] = [];
      for (let i = 0; i < 6; i++) {
        const view = await router.open({
          service: 'noise-complaint',
          input: { address: `No. ${i}`, description: 'Drums' },
          via: web,
        });
        for (let j = 0; j < 10; j++) refs.push(view.ref);
      }
      const file = join(mkdtempSync(join(tmpdir(), 'onecase-crash-')), 'outbox.jsonl');

      // 1. Queue 60 commands offline, then SIGKILL the terminal.
      const queueing = await untilExit(startCounter(['queue', file, JSON.stringify(refs)]), (out) =>
        /QUEUED \d+/.test(out),
      );
      expect(queueing.out).toContain('QUEUED 60');
      expect(queueing.signal).toBe('SIGKILL');
      const keys = queuedKeys(file);
      expect(keys).toHaveLength(60);
      expect(createOutbox({ file, secret: SECRET }).pending()).toHaveLength(60);

      // 2. Restart it online and SIGKILL it again once the router has taken a few of its commands.
      let delivered = 0;
      const syncing = startCounter(['sync', file, server.url]);
      const off = router.on('case.changed', ({ event }) => {
        if (event.via.channel === 'counter' && ++delivered === 5) syncing.kill('SIGKILL');
      });
      const killed = await untilExit(syncing);
      off();
      expect(killed.signal).toBe('SIGKILL');
      const left = createOutbox({ file, secret: SECRET }).pending();
      expect(left.length).toBeGreaterThan(0);
      expect(left.length).toBeLessThan(60);

      // 3. A third start finishes the job: every command is at the router exactly once.
      const session = createCounterSession({
        client: router,
        counter: '3',
        clerk: 'clerk-17',
        outbox: createOutbox({ file, secret: SECRET }),
      });
      const report = await session.sync();
      expect(report.refused).toEqual([]);
      expect(report.applied.length + report.alreadyApplied.length).toBe(left.length);
      expect(report.alreadyApplied.length).toBeLessThanOrEqual(1);
      const counts = new Map<string, number>();
      for (const ref of new Set(refs)) {
        for (const event of await router.history(ref)) {
          if (event.idempotencyKey)
            counts.set(event.idempotencyKey, (counts.get(event.idempotencyKey) ?? 0) + 1);
        }
      }
      for (const key of keys) expect(counts.get(key), key).toBe(1);
      expect((await session.sync()).applied).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
