import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnChild } from './spawnChild.js';

/** What a node answered: a result, or the error code a command failed with. */
export type NodeAnswer<T> = { ok: true; result: T } | { ok: false; code: string; message: string };

/** The parent's handle on a `routerNode.ts` child process. */
export interface NodeHandle {
  name: string;
  child: ChildProcess;
  call<T = unknown>(op: string, args?: Record<string, unknown>): Promise<NodeAnswer<T>>;
  /** Like `call`, but throws when the node answers with an error. */
  must<T = unknown>(op: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** Starts a router node on `schema` and resolves once it is migrated and listening. */
export function startNode(name: string, schema: string, startAt: number): Promise<NodeHandle> {
  const child = spawnChild('routerNode.ts', [schema, String(startAt)]);
  const pending = new Map<number, (answer: NodeAnswer<unknown>) => void>();
  let nextId = 0;
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`node ${name} did not start: ${stderr}`)), 40_000);
    child.on('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`node ${name} exited with ${code}: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { ready?: boolean; id?: number } & NodeAnswer<unknown>;
      if (message.ready) {
        clearTimeout(timeout);
        const handle: NodeHandle = {
          name,
          child,
          call(op, args = {}) {
            const id = nextId++;
            child.stdin!.write(`${JSON.stringify({ id, op, ...args })}\n`);
            return new Promise((done) => pending.set(id, done as (answer: NodeAnswer<unknown>) => void));
          },
          async must(op, args) {
            const answer = await handle.call(op, args);
            if (!answer.ok) throw new Error(`${name} ${op}: ${answer.code} ${answer.message}`);
            return answer.result as never;
          },
          async stop() {
            if (child.exitCode === null && child.signalCode === null) {
              child.stdin!.end();
              await exited;
            }
          },
        };
        resolve(handle);
        return;
      }
      if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
  });
}
