import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** An append-only file of JSON values, one per line, written through to the disk. */
export interface JsonLinesFile<T> {
  readonly path: string;
  /** Every complete line, in order; a torn last line (a crash mid-write) is skipped. */
  read(): T[];
  /** Appends one value and, unless `fsync: false`, flushes it to the disk before returning. */
  append(value: T): void;
}

/**
 * Opens (or creates) a JSON-lines file for the ticket queue and the outbox: appends are
 * synchronous so a value is on the disk before the caller goes on, and a killed process
 * loses nothing it was told was written.
 *
 * @example
 * ```ts
 * const file = jsonLinesFile<{ n: number }>('/var/lib/counter/log.jsonl');
 * file.append({ n: 1 });
 * file.read(); // [{ n: 1 }]
 * ```
 */
export function jsonLinesFile<T>(path: string, options: { fsync?: boolean } = {}): JsonLinesFile<T> {
  const fsync = options.fsync ?? true;
  mkdirSync(dirname(path), { recursive: true });
  dropTornTail(path);
  return {
    path,
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const values: T[] = [];
      const lines = text.split('\n');
      // A line without its newline was torn by a crash mid-append and was never acknowledged.
      lines.pop();
      for (const [index, line] of lines.entries()) {
        if (line.trim().length === 0) continue;
        try {
          values.push(JSON.parse(line) as T);
        } catch (error) {
          throw new Error(`${path}: line ${index + 1} is not JSON`, { cause: error });
        }
      }
      return values;
    },
    append(value) {
      const fd = openSync(path, 'a');
      try {
        writeSync(fd, `${JSON.stringify(value)}\n`);
        if (fsync) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Cuts a torn last line so the next append starts on a fresh line instead of gluing onto it. */
function dropTornTail(path: string): void {
  if (!existsSync(path)) return;
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return;
  truncateSync(path, bytes.lastIndexOf(0x0a) + 1);
}
