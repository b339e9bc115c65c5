import { AsyncLocalStorage } from 'node:async_hooks';
import type { CaseStore, CommitInput } from '@onecase/core';
import type { SqlClient } from '@onecase/postgres';

/** What a raw loop must say for one command: the case, its version before and after, and the hash chain. */
export interface RawCommand {
  caseId: string;
  expectedVersion: number;
  at: number;
  prevHash: string;
  hash: string;
  /** The timer this command fires (timer commits only). */
  timerId?: string;
}

/** The exact statement the store issued for one commit, with a way to fill in another command's values. */
export interface CapturedCommit {
  /** The statement text, with the store's schema replaced by the target schema. */
  textFor(schema: string): string;
  /** The values of the captured commit with the per-command ones replaced. */
  values(command: RawCommand): unknown[];
  /** The per-command roles found among the values, for the report. */
  roles: string[];
  /** The persisted snapshot the captured commit wrote (a raw row of the same size). */
  snapshot: string;
  hash: string;
}

/**
 * A store whose `commit` records the statements the store sends to its client while it
 * commits, so a raw loop can replay the very SQL the store issues — whichever file builds it
 * — rather than a hand-written copy that could drift from it.
 */
export function captureCommits(
  client: SqlClient,
  makeStore: (client: SqlClient) => CaseStore,
): { store: CaseStore; last(): { input: CommitInput; statements: { text: string; values: unknown[] }[] } } {
  // Commits run concurrently (a batch of timers fires at once): each records the statements
  // issued in its own async context, never those of a commit running beside it.
  const recording = new AsyncLocalStorage<{ text: string; values: unknown[] }[]>();
  let last: { input: CommitInput; statements: { text: string; values: unknown[] }[] } | undefined;
  const spy: SqlClient = {
    ...client,
    query: (text, params) => {
      recording.getStore()?.push({ text, values: [...(params ?? [])] });
      return client.query(text, params);
    },
  };
  const inner = makeStore(spy);
  const store: CaseStore = {
    ...inner,
    async commit(input) {
      const statements: { text: string; values: unknown[] }[] = [];
      try {
        return await recording.run(statements, () => inner.commit(input));
      } finally {
        last = { input, statements };
      }
    },
  };
  return {
    store,
    last() {
      if (!last) throw new Error('no commit was captured');
      return last;
    },
  };
}

/**
 * Maps each value of a captured single-statement commit to its role in `input`, so the
 * statement can be replayed for other commands. Values that are the same for every command
 * (type, via, state after, command hash, snapshot, payload) stay as captured: a raw row is
 * then the same size as the router's.
 */
export function replayable(
  schema: string,
  captured: { input: CommitInput; statements: { text: string; values: unknown[] }[] },
): CapturedCommit {
  const { input, statements } = captured;
  if (statements.length !== 1) {
    throw new Error(
      `the store's commit issued ${statements.length} statements; the raw loop replays exactly one`,
    );
  }
  const { text, values } = statements[0]!;
  if (!text.includes(`${schema}.`)) throw new Error(`the captured commit does not name schema ${schema}`);
  const candidates: [keyof RawCommand | 'nextVersion', unknown][] = [
    ['caseId', input.record.id],
    ['expectedVersion', input.expectedVersion],
    ['nextVersion', input.record.version],
    ['nextVersion', input.event.seq],
    ['at', input.record.updatedAt],
    ['at', input.event.at],
    ['hash', input.record.lastHash],
    ['hash', input.event.hash],
    ['prevHash', input.event.prevHash],
  ];
  if (input.timers.fired !== undefined) candidates.push(['timerId', input.timers.fired]);
  const roles = values.map((value) => candidates.find(([, known]) => known === value)?.[0]);
  const needed = ['caseId', 'expectedVersion', 'nextVersion'] as const;
  // A timer commit that replayed the captured timer's id would delete nothing: less work than the router's.
  for (const role of input.timers.fired === undefined ? needed : [...needed, 'timerId' as const]) {
    if (!roles.includes(role)) throw new Error(`cannot find the ${role} among the captured commit's values`);
  }
  if (input.expectedVersion === input.record.version)
    throw new Error('capture a commit that changes the version');
  return {
    textFor: (target) => text.split(`${schema}.`).join(`${target}.`),
    values(command) {
      return values.map((value, i) => {
        const role = roles[i];
        if (role === undefined) return value;
        if (role === 'nextVersion') return command.expectedVersion + 1;
        return command[role] ?? value;
      });
    },
    roles: roles.filter((role): role is NonNullable<typeof role> => role !== undefined),
    snapshot: JSON.stringify(input.record.snapshot),
    hash: input.record.lastHash,
  };
}
