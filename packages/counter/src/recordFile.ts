import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { CounterError } from './counterError.js';

/**
 * An append-only file of JSON records, each framed as one line `R1 <bytes> <crc32> <json>`:
 * the length and checksum tell a torn or damaged record from a whole one, so a torn tail is
 * cut on open and a damaged record in the middle is set aside instead of stopping the load.
 */
export interface RecordFile<T> {
  readonly path: string;
  /** Where damaged records are copied to (`<path>.quarantine`). */
  readonly quarantinePath: string;
  /** Every whole record, in order (read when the file was opened, plus what was appended since). */
  read(): T[];
  /**
   * Appends one record and flushes it to the disk (`fsync`) before returning; on a full disk
   * (`ENOSPC`, `EFBIG`) nothing of it stays in the file and `CounterError('DISK_FULL')` is thrown.
   */
  append(value: T): void;
  /** Replaces the whole file with these records (written aside, flushed, then renamed over it). */
  rewrite(values: readonly T[]): void;
  /** Records that could not be read when the file was opened, now in the quarantine file. */
  readonly damaged: readonly DamagedRecord[];
}

/** A record that failed its length or checksum (or is no JSON) and was moved to the quarantine file. */
export interface DamagedRecord {
  /** 1-based line of the record in the file as it was opened. */
  line: number;
  /** The bytes of the record as text, for salvaging what can be read. */
  text: string;
}

/** The subset of `node:fs` the file uses; tests inject a failing `writeSync` to play a full disk. */
export type RecordFileFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'closeSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'fstatSync'
  | 'readFileSync'
  | 'mkdirSync'
  | 'renameSync'
  | 'appendFileSync'
>;

/** Options of `openRecordFile`. */
export interface RecordFileOptions {
  /** Flush every append to the disk (default true); only tests and benchmarks turn it off. */
  fsync?: boolean;
  /** Told about each damaged record set aside on open (default: a process warning). */
  onDamaged?: (error: CounterError) => void;
  fs?: RecordFileFs;
}

const MAGIC = 'R1';
const FULL_DISK = new Set(['ENOSPC', 'EFBIG', 'EDQUOT']);

function frame(value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const head = Buffer.from(`${MAGIC} ${json.length} ${crc32(json).toString(16).padStart(8, '0')} `);
  return Buffer.concat([head, json, Buffer.from('\n')]);
}

/** Reads one line as a framed record; a line starting with `{` is an unframed record of an older file. */
function unframe(line: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    if (line[0] === 0x7b) return { ok: true, value: JSON.parse(line.toString('utf8')) };
    const text = line.toString('latin1');
    const match = /^R1 (\d+) ([0-9a-f]{8}) /.exec(text);
    if (!match) return { ok: false };
    const body = line.subarray(match[0].length);
    if (body.length !== Number(match[1])) return { ok: false };
    if (crc32(body).toString(16).padStart(8, '0') !== match[2]) return { ok: false };
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

/**
 * Opens (or creates) a framed record file for the outbox and the ticket queue: a record is
 * acknowledged only once it is on the disk, a torn tail (a crash or a full disk mid-write,
 * never acknowledged) is cut on open, and a damaged record elsewhere is copied to
 * `<path>.quarantine` with a `CORRUPT_RECORD` error naming it while the rest loads.
 *
 * @example
 * ```ts
 * const file = openRecordFile<{ n: number }>('/var/lib/counter/log.records');
 * file.append({ n: 1 });
 * file.read(); // [{ n: 1 }]
 * ```
 */
export function openRecordFile<T>(path: string, options: RecordFileOptions = {}): RecordFile<T> {
  const fs = options.fs ?? nodeFs;
  const fsync = options.fsync ?? true;
  const quarantinePath = `${path}.quarantine`;
  const onDamaged = options.onDamaged ?? ((error) => process.emitWarning(error.message, 'CounterWarning'));
  fs.mkdirSync(dirname(path), { recursive: true });

  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    bytes = Buffer.alloc(0);
  }
  const lines: { start: number; end: number; line: number; value?: unknown }[] = [];
  for (let start = 0, line = 1; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const body = bytes.subarray(start, newline < 0 ? bytes.length : newline);
    const parsed = newline < 0 ? { ok: false as const } : unframe(body);
    if (body.length > 0) lines.push({ start, end, line, ...(parsed.ok ? { value: parsed.value } : {}) });
    start = end;
  }
  // Everything after the last whole record is a torn tail: it was never acknowledged.
  let lastWhole = lines.length - 1;
  while (lastWhole >= 0 && !('value' in lines[lastWhole]!)) lastWhole--;
  const keepBytes = lastWhole < 0 ? 0 : lines[lastWhole]!.end;
  const values: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const entry of lines.slice(0, lastWhole + 1)) {
    if ('value' in entry) values.push(entry.value as T);
    else damaged.push({ line: entry.line, text: bytes.subarray(entry.start, entry.end).toString('utf8') });
  }

  const handle = {
    path,
    quarantinePath,
    damaged,
    read: () => [...values],
    append(value: T) {
      const record = frame(value);
      const fd = fs.openSync(path, 'a');
      let size: number | undefined;
      try {
        if (tornAt !== undefined) {
          // A failed append could not be cut back: drop its bytes before anything is written after them.
          fs.ftruncateSync(fd, tornAt);
          tornAt = undefined;
        }
        size = fs.fstatSync(fd).size;
        let done = 0;
        while (done < record.length) done += fs.writeSync(fd, record, done, record.length - done);
        if (fsync) fs.fsyncSync(fd);
        values.push(value);
      } catch (error) {
        if (size !== undefined) {
          // Never leave half a record for the next append to glue onto.
          try {
            fs.ftruncateSync(fd, size);
            if (fsync) fs.fsyncSync(fd);
          } catch {
            tornAt = size;
          }
        }
        throw writeError(path, error);
      } finally {
        fs.closeSync(fd);
      }
    },
    rewrite(next: readonly T[]) {
      const aside = `${path}.rewrite`;
      const content = Buffer.concat(next.map(frame));
      const fd = fs.openSync(aside, 'w');
      try {
        let done = 0;
        while (done < content.length) done += fs.writeSync(fd, content, done, content.length - done);
        if (fsync) fs.fsyncSync(fd);
      } catch (error) {
        throw writeError(aside, error);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(aside, path);
      syncDirectory(fs, path, fsync);
      values.splice(0, values.length, ...next);
      tornAt = undefined;
    },
  };

  /** Where a failed append began, when cutting its bytes off failed too. */
  let tornAt: number | undefined;
  if (damaged.length > 0) {
    for (const record of damaged) fs.appendFileSync(quarantinePath, record.text);
    // The whole records are written back without the damaged ones, so the file reads clean next time.
    handle.rewrite(values);
    for (const record of damaged) {
      onDamaged(
        new CounterError(
          'CORRUPT_RECORD',
          `${path}: record on line ${record.line} is damaged; it was moved to ${quarantinePath} and the other records were loaded`,
          { file: path, line: record.line, quarantine: quarantinePath },
        ),
      );
    }
  } else if (keepBytes < bytes.length) {
    const fd = fs.openSync(path, 'r+');
    try {
      fs.ftruncateSync(fd, keepBytes);
      if (fsync) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } else if (bytes.length === 0) {
    fs.closeSync(fs.openSync(path, 'a'));
    syncDirectory(fs, path, fsync);
  }
  return handle;
}

function writeError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code !== undefined && FULL_DISK.has(code)) {
    return new CounterError('DISK_FULL', `Not written: the disk holding ${path} is full (${code})`, {
      file: path,
      errno: code,
    });
  }
  return new CounterError('WRITE_FAILED', `Not written to ${path}: ${(error as Error)?.message ?? error}`, {
    file: path,
    ...(code !== undefined ? { errno: code } : {}),
  });
}

/** A new or renamed file is only durable once its directory entry is flushed too. */
function syncDirectory(fs: RecordFileFs, path: string, fsync: boolean): void {
  if (!fsync || process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dirname(path), 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse to fsync a directory; the file's own fsync is what matters most.
  }
}
