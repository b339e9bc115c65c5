import type { CaseRecord, CaseStore, CommittedChange } from '../caseStore.js';
import type { RouterContext } from './routerContext.js';
import { recordProblem, tamperedError } from './recordSignature.js';

const unguarded = new WeakMap<CaseStore, CaseStore>();

/** The store a guarded store reads from, for the audit that must see tampered records to report them. */
export function uncheckedStore(store: CaseStore): CaseStore {
  return unguarded.get(store) ?? store;
}

/** Logs and publishes a refused record, so an operator hears of it even when no caller does. */
export function reportTampered(ctx: RouterContext, record: { id: string; ref?: string }, problem: string) {
  const error = tamperedError(record.id, record.ref, problem);
  ctx.logger?.error({ caseId: record.id, ref: record.ref, problem }, 'onecase: integrity check failed');
  ctx.emitter.emit('error', { error, where: 'integrity check' });
  return error;
}

/**
 * Wraps the router's store so that every case record entering the router — `load`, `find`,
 * `list` and the change feed — is checked against its signature first: a record that does
 * not match is refused (`STORE_UNAVAILABLE`, reason `tampered`) and logged, never decided on.
 * The cache only ever holds records that passed here or that the router itself committed.
 */
export function guardRecords(ctx: RouterContext, options: { acceptUnsigned: boolean }): CaseStore {
  const store = ctx.store;
  const check = <T extends CaseRecord | undefined>(record: T): T => {
    if (record === undefined) return record;
    const problem = recordProblem(ctx.secret, record, options);
    if (problem !== undefined) throw reportTampered(ctx, record, problem);
    return record;
  };
  const overrides: Partial<CaseStore> = {
    load: async (caseId) => check(await store.load(caseId)),
    findByCitizenKeys: async (keys) => (await store.findByCitizenKeys(keys)).map(check),
    list: async (filter) => (await store.list(filter)).map(check),
    async readChanges(readOptions) {
      const read = await store.readChanges(readOptions);
      // A feed that threw here would stall on the bad change for ever: leave it out, loudly.
      const changes = read.changes.filter((change: CommittedChange) => {
        const problem = recordProblem(ctx.secret, change.record, options);
        if (problem !== undefined) reportTampered(ctx, change.record, problem);
        return problem === undefined;
      });
      return changes.length === read.changes.length ? read : { ...read, changes };
    },
  };
  // Bound once per method, so a call through the proxy allocates nothing.
  const bound = new WeakMap<object, unknown>();
  const guarded = new Proxy(store, {
    get(target, property) {
      if (Object.hasOwn(overrides, property)) return overrides[property as keyof CaseStore];
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      let method = bound.get(value);
      if (method === undefined) {
        method = value.bind(target);
        bound.set(value, method);
      }
      return method;
    },
  });
  unguarded.set(guarded, store);
  return guarded;
}
