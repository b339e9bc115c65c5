import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaseRef, type RouterClient } from '@onecase/core';
import { createFakeClock, unreachableClient } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import {
  type CounterError,
  createCounterSession,
  createOutbox,
  createTicketQueue,
  isCounterError,
  jsonLinesQueueStore,
} from '../src/index.js';
import { openRecordFile, type RecordFileFs } from '../src/recordFile.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');
const SECRET = 'hall-secret';
const REF = createCaseRef('NC');

const offline: RouterClient = unreachableClient();

function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'onecase-durable-')), name);
}

/** `node:fs` whose writes, once `full` is set, write part of the buffer and then fail with ENOSPC. */
function fillingDisk(): { fs: RecordFileFs; full: boolean; calls: string[] } {
  const disk = {
    full: false,
    calls: [] as string[],
    fs: {
      ...fs,
      writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
        disk.calls.push('write');
        if (!disk.full) return fs.writeSync(fd, buffer, offset, length);
        fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }) as RecordFileFs['writeSync'],
      fsyncSync: (fd: number) => {
        disk.calls.push('fsync');
        fs.fsyncSync(fd);
      },
    } as RecordFileFs,
  };
  return disk;
}

describe('outbox on a full disk', () => {
  it('says NOT queued when a write only partly fits, keeps every acknowledged command and opens cleanly later', async () => {
    const file = tempFile('outbox.records');
    const disk = fillingDisk();
    const session = createCounterSession({
      client: offline,
      counter: '3',
      clerk: 'clerk-17',
      outbox: createOutbox({ file, secret: SECRET, fs: disk.fs }),
    });
    for (let i = 0; i < 3; i++) {
      disk.calls.length = 0;
      expect((await session.act(REF, { type: 'info.add', note: `note ${i}` })).status).toBe('queued');
      // Acknowledged only after the record reached the disk.
      expect(disk.calls.at(-1)).toBe('fsync');
    }
    disk.full = true;
    const refusal = await session
      .act(REF, { type: 'info.add', note: 'does not fit' })
      .catch((e: unknown) => e);
    expect(isCounterError(refusal, 'DISK_FULL')).toBe(true);
    expect((refusal as CounterError).message).toMatch(/^NOT queued: .*full \(ENOSPC\)/);
    expect(session.pending()).toHaveLength(3);
    // Nothing of the torn record is left for the next write to glue onto.
    const restarted = createOutbox({ file, secret: SECRET });
    expect(restarted.pending().map((entry) => entry.command.kind === 'send' && entry.command.event)).toEqual([
      { type: 'info.add', note: 'note 0' },
      { type: 'info.add', note: 'note 1' },
      { type: 'info.add', note: 'note 2' },
    ]);

    disk.full = false;
    expect((await session.act(REF, { type: 'info.add', note: 'space freed' })).status).toBe('queued');
    expect(createOutbox({ file, secret: SECRET }).pending()).toHaveLength(4);
  });

  it('under `ulimit -f` acknowledges only what was written whole (EFBIG is DISK_FULL)', {
    timeout: 30_000,
  }, async () => {
    const file = tempFile('outbox.records');
    const out = await new Promise<string>((resolve, reject) => {
      const script = join(here, 'fixtures/fillOutbox.ts');
      const child = spawn(
        'sh',
        [
          '-c',
          `ulimit -f 8 && exec "${process.execPath}" --import tsx --conditions=onecase-source "${script}" "${file}" ${REF}`,
        ],
        { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}: ${err}`))));
    });
    const queued = [...out.matchAll(/QUEUED (\d+)/g)].length;
    expect(queued).toBeGreaterThan(0);
    expect(out).toMatch(/NOT DISK_FULL: NOT queued: .*EFBIG/);
    // The file stopped at the limit, and after a restart exactly the acknowledged commands wait.
    expect(statSync(file).size).toBeLessThanOrEqual(8 * 512);
    expect(createOutbox({ file, secret: SECRET }).pending()).toHaveLength(queued);
  });
});

describe('record files', () => {
  it('cuts a torn tail on open, so only the unacknowledged record is lost', () => {
    const file = tempFile('log.records');
    const log = openRecordFile<{ n: number }>(file);
    for (let n = 1; n <= 3; n++) log.append({ n });
    const whole = readFileSync(file);
    // A crash mid-append: half of record 4, without its newline.
    const fourth = readFileSync(file, 'utf8').split('\n')[2]!.replace('"n":3', '"n":4');
    appendFileSync(file, fourth.slice(0, 9));
    const reopened = openRecordFile<{ n: number }>(file);
    expect(reopened.read()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(readFileSync(file)).toEqual(whole);
    reopened.append({ n: 5 });
    expect(openRecordFile<{ n: number }>(file).read()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 5 }]);
  });

  it('cuts a half-written record before the next append even when cutting it right away failed', () => {
    const file = tempFile('log.records');
    let failWrite = false;
    let failTruncate = false;
    const flaky = {
      ...fs,
      writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
        if (!failWrite) return fs.writeSync(fd, buffer, offset, length);
        failWrite = false;
        fs.writeSync(fd, buffer, offset, 5);
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
      }) as RecordFileFs['writeSync'],
      ftruncateSync: ((fd: number, len?: number) => {
        if (failTruncate) {
          failTruncate = false;
          throw Object.assign(new Error('EIO'), { code: 'EIO' });
        }
        fs.ftruncateSync(fd, len);
      }) as RecordFileFs['ftruncateSync'],
    } as RecordFileFs;
    const log = openRecordFile<{ n: number }>(file, { fs: flaky });
    log.append({ n: 1 });
    failWrite = true;
    failTruncate = true;
    expect(() => log.append({ n: 2 })).toThrow(expect.objectContaining({ code: 'WRITE_FAILED' }));
    log.append({ n: 3 });
    expect(openRecordFile<{ n: number }>(file).read()).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('cuts a torn last record even when its newline made it to the disk (length and checksum)', () => {
    const file = tempFile('log.records');
    const log = openRecordFile<{ note: string }>(file);
    log.append({ note: 'kept' });
    log.append({ note: 'torn' });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.slice(0, text.length - 6)}\n`);
    expect(openRecordFile<{ note: string }>(file).read()).toEqual([{ note: 'kept' }]);
    expect(existsSync(`${file}.quarantine`)).toBe(false);
  });
});

describe('ticket queue with a damaged record', () => {
  const groups = { permits: { prefix: 'P' }, complaints: { prefix: 'C' } };

  it('moves the damaged record aside with an error naming it, loads the rest and never reissues a number that day', async () => {
    const file = tempFile('queue.records');
    const clock = createFakeClock('2026-01-05T09:00:00+08:00');
    const first = createTicketQueue({ clock, groups, store: jsonLinesQueueStore(file) });
    for (const group of ['permits', 'permits', 'permits', 'complaints']) {
      await first.take({ group });
      clock.advance('1m');
    }
    await first.callNext('1');
    // Damage P003's record (a flipped byte in the middle of the file) and C001's beyond reading.
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"status":"waiting"', '"status":"waitinG"');
    lines[3] = 'R1 12 00000000 {"garbage":';
    writeFileSync(file, lines.join('\n'));

    const problems: CounterError[] = [];
    const second = createTicketQueue({
      clock,
      groups,
      store: jsonLinesQueueStore(file, { onDamaged: (error) => problems.push(error) }),
    });
    expect((await second.list()).map((ticket) => ticket.number).sort()).toEqual(['P001', 'P002']);
    expect(problems.map((problem) => [problem.code, problem.details.line])).toEqual([
      ['CORRUPT_RECORD', 3],
      ['CORRUPT_RECORD', 4],
    ]);
    expect(problems[0]!.message).toContain(
      `${file}: record on line 3 is damaged; it was moved to ${file}.quarantine`,
    );
    expect(readFileSync(`${file}.quarantine`, 'utf8')).toContain('waitinG');
    expect((await second.current('1'))?.number).toBe('P001');
    // P003's number can still be read; C001's record cannot, so it may have held any group's next
    // number: every group skips one. Gaps, but no number handed out twice.
    expect((await second.take({ group: 'permits' })).number).toBe('P005');
    expect((await second.take({ group: 'complaints' })).number).toBe('C002');
    // The file reads clean now.
    const third = createTicketQueue({
      clock,
      groups,
      store: jsonLinesQueueStore(file, { onDamaged: () => {} }),
    });
    expect((await third.list()).map((ticket) => ticket.number).sort()).toEqual([
      'C002',
      'P001',
      'P002',
      'P005',
    ]);
  });
});

describe('outbox at rest', () => {
  it('holds no phone or ID number in clear, and reads back with the secret only', async () => {
    const file = tempFile('outbox.records');
    const idNumber = '11010519491231002X';
    const phone = '13800138000';
    const session = createCounterSession({
      client: offline,
      counter: '3',
      clerk: 'clerk-17',
      outbox: createOutbox({ file, secret: SECRET }),
    });
    session.identify(idNumber);
    await session.open('noise-complaint', { address: 'Lane 12', description: `call me on ${phone}` });
    session.identify(phone);
    await session.open('noise-complaint', { address: 'Lane 12', description: 'Drums' });
    await session.act(REF, { type: 'info.add', note: `Neighbour ${idNumber} confirms, phone 138 0013 8000` });

    const stored = readFileSync(file, 'utf8');
    for (const secretText of [idNumber, phone, '138 0013 8000', idNumber.slice(0, 17)]) {
      expect(stored).not.toContain(secretText);
    }
    const reopened = createOutbox({ file, secret: SECRET }).pending();
    expect(reopened.map((entry) => entry.command.kind === 'open' && entry.command.citizen)).toEqual([
      { idNumber },
      { phone },
      false,
    ]);
    expect(() => createOutbox({ file, secret: 'another-hall' })).toThrow(/sealed under another secret/);
    expect(() => createOutbox({ file })).toThrow(/give createOutbox a secret/);
  });
});
