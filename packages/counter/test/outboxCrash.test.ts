import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { noise } from '../../core/test/fixtures.js';
import { createCounterSession, createOutbox } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');

/** Runs the child until it reports what it queued, then kills it with SIGKILL (no chance to clean up). */
function queueInChildAndKill(
  file: string,
  refs: string[],
): Promise<{ queued: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=onecase-source',
        join(here, 'fixtures/queueWhileOffline.ts'),
        file,
        JSON.stringify(refs),
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let queued = -1;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not report in time: ${out} ${err}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /QUEUED (\d+)/.exec(out);
      if (match && queued < 0) {
        queued = Number(match[1]);
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (queued < 0) reject(new Error(`child exited before queueing: ${err}`));
      else resolve({ queued, signal });
    });
  });
}

describe('outbox across a killed process', () => {
  it('loses nothing queued before SIGKILL and applies it exactly once after restart', {
    timeout: 30_000,
  }, async () => {
    const router = createTestRouter({ services: [noise] });
    const web = { channel: 'web', actor: { id: 'citizen' } };
    const refs = [];
    for (let i = 0; i < 5; i++) {
      const view = await router.open({
        service: 'noise-complaint',
        input: { address: `No. ${i}`, description: 'Drums' },
        via: web,
      });
      refs.push(view.ref, view.ref);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'onecase-crash-')), 'outbox.jsonl');

    const child = await queueInChildAndKill(file, refs);
    expect(child).toEqual({ queued: 10, signal: 'SIGKILL' });

    const outbox = createOutbox({ file });
    expect(outbox.pending()).toHaveLength(10);
    const session = createCounterSession({ client: router, counter: '3', clerk: 'clerk-17', outbox });
    const report = await session.sync();
    expect(report.applied).toHaveLength(10);
    for (const ref of new Set(refs)) {
      const notes = (await router.history(ref)).filter((event) => event.type === 'info.add');
      expect(notes).toHaveLength(2);
    }
    expect(createOutbox({ file }).pending()).toEqual([]);
    expect(
      (
        await createCounterSession({
          client: router,
          counter: '3',
          clerk: 'x',
          outbox: createOutbox({ file }),
        }).sync()
      ).applied,
    ).toEqual([]);
  });
});
