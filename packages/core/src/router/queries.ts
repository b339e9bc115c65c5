import { type AggregateQuery, type AggregateRow, toAggregateFilter } from '../caseAggregate.js';
import {
  type CasePage,
  type CaseQuery,
  type CaseQueryFilter,
  encodeCursor,
  matchesFilter,
  toQueryFilter,
} from '../caseQuery.js';
import type { CaseRecord, CommittedChange, QueryIndex } from '../caseStore.js';
import type { IndexType } from '../defineService.js';
import type { CaseView } from '../types.js';
import { viewOf } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** A change of a live queue: a case came in, changed while in it, or left it. */
export interface QueueChange {
  type: 'entered' | 'changed' | 'left';
  case: CaseView;
  /** The store position of the change. */
  position: string;
}

/** The index fields a query may name: those of the services it asks for (all services when none). */
function indexFieldsFor(ctx: RouterContext, query: Pick<CaseQuery, 'service'> | undefined): Set<string> {
  const ids = query?.service === undefined ? undefined : new Set([query.service].flat());
  const fields = new Set<string>();
  for (const service of ctx.registry.services) {
    if (ids && !ids.has(service.id)) continue;
    for (const name of Object.keys(service.index ?? {})) fields.add(name);
  }
  return fields;
}

export function queryFilter(ctx: RouterContext, query: CaseQuery | undefined): CaseQueryFilter {
  return toQueryFilter(query, indexFieldsFor(ctx, query));
}

/** One page of the cases matching a query; `next` is the cursor of the page after it. */
export async function listCases(
  ctx: RouterContext,
  query: CaseQuery | undefined,
): Promise<CasePage<CaseView>> {
  const filter = queryFilter(ctx, query);
  // One more than asked tells whether a next page exists without a count.
  const records = await storeCall(() => ctx.store.list({ ...filter, limit: filter.limit + 1 }));
  const page = records.slice(0, filter.limit);
  const views = page.map((record) => viewOf(ctx, record));
  return records.length > filter.limit
    ? { cases: views, next: encodeCursor(filter, page[page.length - 1]!) }
    : { cases: views };
}

export async function countCases(ctx: RouterContext, query: CaseQuery | undefined): Promise<number> {
  return storeCall(() => ctx.store.count(queryFilter(ctx, query)));
}

/** The types the queried services declare for their index fields (`indexTypes`), by field. */
function indexTypesFor(ctx: RouterContext, query: Pick<CaseQuery, 'service'>): Map<string, Set<IndexType>> {
  const ids = query.service === undefined ? undefined : new Set([query.service].flat());
  const types = new Map<string, Set<IndexType>>();
  for (const service of ctx.registry.services) {
    if (ids && !ids.has(service.id)) continue;
    for (const [name, type] of Object.entries(service.indexTypes ?? {})) {
      const set = types.get(name) ?? new Set<IndexType>();
      set.add(type);
      types.set(name, set);
    }
  }
  return types;
}

/** An aggregate over the cases matching a query, validated against the queried services' index fields. */
export async function aggregateCases(ctx: RouterContext, query: AggregateQuery): Promise<AggregateRow[]> {
  const filter = toAggregateFilter(query, indexFieldsFor(ctx, query), indexTypesFor(ctx, query ?? {}));
  return storeCall(() => ctx.store.aggregate(filter));
}

/**
 * Follows a query live: `entered`, `changed` and `left` as cases move in and out of it, from
 * this router's commits and, through the change feed, every other router's. Resolves once
 * the queue's current members are known, with the function that stops it.
 */
export async function watchQueue(
  ctx: RouterContext,
  query: CaseQuery | undefined,
  listener: (change: QueueChange) => void,
): Promise<() => void> {
  const filter = queryFilter(ctx, { ...query, limit: 1_000, sort: { by: 'openedAt' } });
  const members = new Set<string>();
  const versions = new Map<string, number>();
  const pending: [CaseRecord, CaseView, string][] = [];
  let loaded = false;
  const apply = (record: CaseRecord, view: CaseView, position: string) => {
    // A remote change can arrive after a newer local one: never step a case back.
    if ((versions.get(record.id) ?? 0) > record.version) return;
    versions.set(record.id, record.version);
    const inside = matchesFilter(filter, record);
    const was = members.has(record.id);
    if (!inside && !was) return;
    if (inside) members.add(record.id);
    else members.delete(record.id);
    try {
      listener({ type: inside ? (was ? 'changed' : 'entered') : 'left', case: view, position });
    } catch (error) {
      ctx.logger?.error({ err: error }, 'onecase: a queue listener threw');
      ctx.emitter.emit('error', { error, where: 'listener of a queue' });
    }
  };
  const onChange = (change: CommittedChange, view: CaseView) => {
    if (loaded) apply(change.record, view, change.position);
    else pending.push([change.record, view, change.position]);
  };
  ctx.published.add(onChange);
  const stop = () => {
    ctx.published.delete(onChange);
  };
  try {
    let after = filter.after;
    for (;;) {
      const page = await storeCall(() => ctx.store.list({ ...filter, ...(after ? { after } : {}) }));
      for (const record of page) {
        members.add(record.id);
        versions.set(record.id, Math.max(versions.get(record.id) ?? 0, record.version));
      }
      if (page.length < filter.limit) break;
      const last = page[page.length - 1]!;
      after = { value: last.openedAt, id: last.id };
    }
  } catch (error) {
    stop();
    throw error;
  }
  loaded = true;
  for (const [record, view, position] of pending.splice(0)) apply(record, view, position);
  return stop;
}

/**
 * Asks the store, once, for the indexes the services' queries need: one per index field name
 * (shared by every service that declares it) and one per declared queue, within its service.
 * A failure is logged, never fatal: queries still answer, only slower.
 */
export function prepareQueryIndexes(ctx: RouterContext): void {
  if (!ctx.store.prepareIndexes) return;
  const indexes: QueryIndex[] = [];
  const fields = new Set<string>();
  const queues = new Set<string>();
  for (const service of ctx.registry.services) {
    for (const name of Object.keys(service.index ?? {})) fields.add(name);
    for (const queue of service.queueIndexes ?? []) {
      const key = `${service.id}|${queue.join(',')}`;
      if (queues.has(key)) continue;
      queues.add(key);
      indexes.push({ service: service.id, fields: queue });
    }
  }
  for (const name of fields) indexes.push({ fields: [name] });
  if (indexes.length === 0) return;
  ctx.store.prepareIndexes(indexes).catch((error: unknown) => {
    ctx.logger?.warn(
      { err: error },
      'onecase: the store could not build the query indexes; queries still work, slower',
    );
  });
}
