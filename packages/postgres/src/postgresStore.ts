import { CaseError, type CaseStore } from '@onecase/core';
import { createChangeFeed } from './changeFeed.js';
import { migrateSchema } from './migrations.js';
import { createNotifier } from './notifier.js';
import { aggregateCases } from './sql/aggregateCases.js';
import { caseHeads } from './sql/caseHeads.js';
import { commit } from './sql/commit.js';
import {
  caseEffects,
  claimEffects,
  completeEffect,
  deadEffects,
  failEffect,
  retryEffect,
} from './sql/effects.js';
import { countCases, listCases } from './sql/listCases.js';
import { prepareQueryIndexes } from './sql/queryIndexes.js';
import { headPosition, readChanges } from './sql/readChanges.js';
import { citizenLinks, linkCitizenKeys } from './sql/citizenLinks.js';
import { findByCitizenKeys } from './sql/findByCitizen.js';
import { loadCase, loadCaseByRef, loadCases, resolveRef } from './sql/loadCase.js';
import { eventByIdempotencyKey, readEvents } from './sql/readEvents.js';
import { signRecord } from './sql/signRecord.js';
import { caseTimers, claimDueTimers, deleteTimer } from './sql/timers.js';
import type { SqlClient } from './sqlClient.js';
import { storeError } from './storeError.js';

/**
 * How `postgresStore` reaches its database and names its tables.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = { client: pgliteClient(db), schema: 'city_cases', notify: false };
 * ```
 */
export interface PostgresStoreOptions {
  /** Where the store runs its SQL: `pgPoolClient(pool)` or `pgliteClient(db)`. */
  client: SqlClient;
  /** PostgreSQL schema holding the tables (lowercase identifier, default `onecase`), beside the app's own. */
  schema?: string;
  /**
   * Publish every commit with `NOTIFY` and offer `watch()`, so routers on other processes
   * see changes made here (default true). Without it each router only sees its own changes.
   */
  notify?: boolean;
}

/**
 * The SQL `CaseStore`, plus what an operator needs: explicit migration, a readiness check
 * and shutdown.
 *
 * @example
 * ```ts
 * const store: PostgresCaseStore = postgresStore({ client: pgPoolClient(pool) });
 * await store.ready();
 * ```
 */
export interface PostgresCaseStore extends CaseStore {
  /** The schema the tables live in. */
  readonly schema: string;
  /** Creates or upgrades the tables now (otherwise done on first use); safe from many nodes at once. */
  migrate(): Promise<void>;
  /** Resolves when the schema is migrated and, if anyone watches, the change feed is listening. */
  ready(): Promise<void>;
  /** Stops the change feed; later calls fail with `STORE_UNAVAILABLE`. Does not end a pool it was given. */
  close(): Promise<void>;
}

const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,54}$/;

/**
 * Creates the SQL `CaseStore` for PostgreSQL and PGlite: one transaction (one statement)
 * per command with compare-and-set on the case version, idempotency keys unique per case,
 * durable timers claimed with `FOR UPDATE SKIP LOCKED`, and a change feed over
 * `LISTEN`/`NOTIFY` so routers on several processes see each other's changes.
 *
 * @example
 * ```ts
 * const store = postgresStore({ client: pgPoolClient(pool), schema: 'onecase' });
 * await store.migrate();
 * const router = createRouter({ services: [noise], store, secret });
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): PostgresCaseStore {
  const { client } = options;
  const schema = options.schema ?? 'onecase';
  if (!client || typeof client.query !== 'function' || typeof client.transaction !== 'function') {
    throw new CaseError(
      'INVALID_INPUT',
      'postgresStore needs { client: pgPoolClient(pool) | pgliteClient(db) }',
    );
  }
  if (!SCHEMA_PATTERN.test(schema)) {
    throw new CaseError(
      'INVALID_INPUT',
      `postgresStore: schema '${schema}' must be a lowercase identifier (letters, digits, _; at most 55 characters)`,
      { schema },
    );
  }
  const listen = options.notify !== false ? client.listen?.bind(client) : undefined;
  const channel = `${schema}_changes`;
  const notifier = listen ? createNotifier(client, channel) : undefined;
  const feed = listen ? createChangeFeed(listen, channel) : undefined;
  let closed = false;
  let migration: Promise<void> | undefined;

  const migrate = (): Promise<void> => {
    migration ??= migrateSchema(client, schema).catch((error: unknown) => {
      migration = undefined;
      throw error;
    });
    return migration;
  };

  async function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      if (closed)
        throw new CaseError('STORE_UNAVAILABLE', `The case store on ${client.target} is closed`, {
          operation,
        });
      await migrate();
      return await work();
    } catch (error) {
      throw storeError(error, operation, client.target);
    }
  }

  const store: PostgresCaseStore = {
    schema,
    migrate: () => run('migrate the schema', async () => {}),
    async ready() {
      await run('migrate the schema', async () => {});
      await feed?.ready();
    },
    load: (caseId) => run('load a case', () => loadCase(client, schema, caseId)),
    resolveRef: (ref) => run('resolve a case reference', () => resolveRef(client, schema, ref)),
    loadByRef: (ref) => run('load a case by reference', () => loadCaseByRef(client, schema, ref)),
    loadMany: (caseIds) => run('load cases', () => loadCases(client, schema, caseIds)),
    commit: (input) =>
      run('commit a command', async () => {
        const result = await commit(client, schema, input);
        if (result.status === 'committed') {
          notifier?.publish({ caseId: input.record.id, version: input.record.version, origin: input.origin });
        }
        return result;
      }),
    events: (caseId, eventOptions) =>
      run('read events', () => readEvents(client, schema, caseId, eventOptions?.fromSeq)),
    eventByIdempotencyKey: (caseId, key) =>
      run('read an event by idempotency key', () => eventByIdempotencyKey(client, schema, caseId, key)),
    findByCitizenKeys: (keys) => run('find cases by citizen', () => findByCitizenKeys(client, schema, keys)),
    linkCitizenKeys: (keys, audit) =>
      run('link citizen identifiers', () => linkCitizenKeys(client, schema, keys, audit)),
    citizenLinks: (keys) => run('read citizen links', () => citizenLinks(client, schema, keys)),
    claimDueTimers: (now, claim) => run('claim due timers', () => claimDueTimers(client, schema, now, claim)),
    deleteTimer: (timerId) => run('delete a timer', () => deleteTimer(client, schema, timerId)),
    timers: (caseId) => run('read timers', () => caseTimers(client, schema, caseId)),
    readChanges: (feedOptions) => run('read the change feed', () => readChanges(client, schema, feedOptions)),
    headPosition: () => run('read the change feed head', () => headPosition(client, schema)),
    caseHeads: (page) => run('read case heads', () => caseHeads(client, schema, page)),
    signRecord: (caseId, version, signed) =>
      run('sign a case record', () => signRecord(client, schema, caseId, version, signed)),
    list: (filter) => run('list cases', () => listCases(client, schema, filter)),
    count: (filter) => run('count cases', () => countCases(client, schema, filter)),
    aggregate: (filter) => run('aggregate cases', () => aggregateCases(client, schema, filter)),
    claimEffects: (now, claim) => run('claim effects', () => claimEffects(client, schema, now, claim)),
    completeEffect: (id) => run('complete an effect', () => completeEffect(client, schema, id)),
    failEffect: (id, failure) => run('record a failed effect', () => failEffect(client, schema, id, failure)),
    effects: (caseId) => run('read effects', () => caseEffects(client, schema, caseId)),
    deadEffects: (query) => run('read dead effects', () => deadEffects(client, schema, query)),
    retryEffect: (id, now) => run('retry an effect', () => retryEffect(client, schema, id, now)),
    prepareIndexes: (indexes) =>
      run('build the query indexes', () => prepareQueryIndexes(client, schema, indexes)),
    async flush() {
      await notifier?.flushed();
    },
    async close() {
      closed = true;
      const feedClosed = feed?.close();
      await notifier?.flushed();
      await feedClosed;
    },
  };
  if (feed) store.watch = (watcher, watchOptions) => (closed ? () => {} : feed.watch(watcher, watchOptions));
  return store;
}
