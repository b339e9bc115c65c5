import type { CaseRecord, CaseStore, CommittedChange } from '../caseStore.js';
import type { RouterContext } from './routerContext.js';
import { recordProblem, tamperedError } from './recordSignature.js';

const unguarded = new WeakMap<CaseStore, { store: CaseStore; acceptUnsigned: boolean }>();

/** The store a guarded store reads from, for the audit that must see tampered records to report them. */
export function uncheckedStore(store: CaseStore): CaseStore {
  return unguarded.get(store)?.store ?? store;
}

/** Whether the router serves records without a signature (written before record signatures). */
export function acceptsUnsigned(store: CaseStore): boolean {
  return unguarded.get(store)?.acceptUnsigned ?? true;
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
  // A frozen record object this router already checked (or committed) cannot have changed: an
  // in-process store handing the same object back is not hashed again.
  const checked = new WeakSet<CaseRecord>();
  const remember = (record: CaseRecord) => {
    if (Object.isFrozen(record) && Object.isFrozen(record.snapshot)) checked.add(record);
  };
  const problemOf = (record: CaseRecord) =>
    checked.has(record) ? undefined : recordProblem(ctx.secret, record, options);
  const check = <T extends CaseRecord | undefined>(record: T): T => {
    if (record === undefined) return record;
    const problem = problemOf(record);
    if (problem !== undefined) throw reportTampered(ctx, record, problem);
    remember(record);
    return record;
  };
  const overrides: Partial<CaseStore> = {
    async commit(input) {
      const result = await store.commit(input);
      if (result.status === 'committed') remember(input.record);
      return result;
    },
    load: async (caseId) => check(await store.load(caseId)),
    // The optional fast reads hand records in too: checked like load, present only when the store has them.
    ...(store.loadByRef ? { loadByRef: async (ref: string) => check(await store.loadByRef!(ref)) } : {}),
    ...(store.loadMany ? { loadMany: async (ids: string[]) => (await store.loadMany!(ids)).map(check) } : {}),
    findByCitizenKeys: async (keys) => (await store.findByCitizenKeys(keys)).map(check),
    list: async (filter) => (await store.list(filter)).map(check),
    async readChanges(readOptions) {
      const read = await store.readChanges(readOptions);
      // A feed that threw here would stall on the bad change for ever: leave it out, loudly.
      const changes = read.changes.filter((change: CommittedChange) => {
        const problem = problemOf(change.record);
        if (problem !== undefined) reportTampered(ctx, change.record, problem);
        else remember(change.record);
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
  unguarded.set(guarded, { store, acceptUnsigned: options.acceptUnsigned });
  return guarded;
}
