import type { CommitInput, CommitResult } from '@onecase/core';
import { CASE_COLUMNS, EVENT_COLUMNS, json, searchColumns, toPosition } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { explainRefusal } from './explainRefusal.js';

/** How often a commit refused without a lasting reason (the competing change is gone) is tried again. */
const MAX_COMMIT_ATTEMPTS = 3;

/** The values a commit statement takes, by the name its text refers to each with. */
type CommitValue =
  | 'caseId'
  | 'key'
  | 'ref'
  | 'serviceId'
  | 'serviceVersion'
  | 'snapshot'
  | 'version'
  | 'openedAt'
  | 'updatedAt'
  | 'openedVia'
  | 'citizenKeys'
  | 'lastHash'
  | 'states'
  | 'tags'
  | 'done'
  | 'index'
  | 'armedTimers'
  | 'signature'
  | 'origin'
  | 'expectedVersion'
  | 'seq'
  | 'type'
  | 'payload'
  | 'via'
  | 'at'
  | 'commandHash'
  | 'stateAfter'
  | 'effects'
  | 'prevHash'
  | 'hash'
  | 'replaced'
  | 'fired'
  | 'armed';

/** What decides a commit's statement text; each combination is built once per schema. */
interface CommitShape {
  opens: boolean;
  keyed: boolean;
  emits: boolean;
  replaces: boolean;
  fires: boolean;
  arms: boolean;
}

/** A commit statement's text and the order of the values it takes. */
interface CommitTemplate {
  text: string;
  names: readonly CommitValue[];
}

/**
 * Writes the statement of one commit shape. Each commit is a single statement — the case
 * row's compare-and-set, the event and the timer changes in data-modifying CTEs — so it is
 * one round trip and atomic: every part depends on the case row having been written, and a
 * failure anywhere rolls the whole statement back. It returns a row only if it committed.
 */
function buildTemplate(schema: string, shape: CommitShape): CommitTemplate {
  const names: CommitValue[] = [];
  // Placeholders numbered in the order they are first written, so text and values line up.
  const $ = (name: CommitValue, type: string): string => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}::${type}`;
  };
  const caseId = $('caseId', 'text');
  const key = shape.keyed ? $('key', 'text') : 'NULL::text';
  const head = shape.opens
    ? `INSERT INTO ${schema}.cases (${CASE_COLUMNS})
         VALUES (${caseId}, ${$('ref', 'text')}, ${$('serviceId', 'text')},
           ${$('serviceVersion', 'int')}, ${$('snapshot', 'jsonb')}, ${$('version', 'int')},
           ${$('openedAt', 'bigint')}, ${$('updatedAt', 'bigint')}, ${$('openedVia', 'jsonb')},
           ARRAY(SELECT jsonb_array_elements_text(${$('citizenKeys', 'jsonb')})), ${$('lastHash', 'text')},
           ARRAY(SELECT jsonb_array_elements_text(${$('states', 'jsonb')})),
           ARRAY(SELECT jsonb_array_elements_text(${$('tags', 'jsonb')})),
           ${$('done', 'boolean')}, ${$('index', 'jsonb')}, ${$('armedTimers', 'jsonb')}, ${$('signature', 'text')})
         ON CONFLICT DO NOTHING
         RETURNING id`
    : `UPDATE ${schema}.cases
         SET snapshot = ${$('snapshot', 'jsonb')}, version = ${$('version', 'int')},
           updated_at = ${$('updatedAt', 'bigint')}, last_hash = ${$('lastHash', 'text')},
           state_paths = ARRAY(SELECT jsonb_array_elements_text(${$('states', 'jsonb')})),
           tags = ARRAY(SELECT jsonb_array_elements_text(${$('tags', 'jsonb')})),
           done = ${$('done', 'boolean')}, index_values = ${$('index', 'jsonb')},
           armed_timers = ${$('armedTimers', 'jsonb')}, signature = ${$('signature', 'text')}
         WHERE id = ${caseId} AND version = ${$('expectedVersion', 'int')}${
           shape.keyed
             ? ` AND NOT EXISTS (SELECT 1 FROM ${schema}.events WHERE case_id = ${caseId} AND idempotency_key = ${key})`
             : ''
         }
         RETURNING id`;
  const ctes = [
    `head AS (${head})`,
    `event AS (
      INSERT INTO ${schema}.events (${EVENT_COLUMNS}, origin)
      SELECT id, ${$('seq', 'int')}, ${$('type', 'text')}, ${$('payload', 'jsonb')},
        ${$('via', 'jsonb')}, ${$('at', 'bigint')}, ${key}, ${$('commandHash', 'text')},
        ${$('stateAfter', 'jsonb')}, ${$('effects', 'jsonb')}, ${$('prevHash', 'text')},
        ${$('hash', 'text')}, ${$('origin', 'text')}
      FROM head
      RETURNING tx::text AS tx, position)`,
  ];
  if (shape.emits) {
    // The outbox: each effect stored with its event, delivered later by handleEffects.
    const seq = $('seq', 'int');
    const at = $('at', 'bigint');
    ctes.push(`outbox AS (
      INSERT INTO ${schema}.effects (id, case_id, seq, n, type, effect, available_at, created_at)
      SELECT head.id || ':' || ${seq} || ':' || (e.ord - 1), head.id, ${seq}, e.ord - 1, e.value->>'type', e.value, ${at}, ${at}
      FROM head, jsonb_array_elements(${$('effects', 'jsonb')}) WITH ORDINALITY AS e(value, ord))`);
  }
  const removals: string[] = [];
  if (shape.replaces) {
    removals.push(
      `(case_id = ${caseId} AND send_id = ANY (ARRAY(SELECT jsonb_array_elements_text(${$('replaced', 'jsonb')}))))`,
    );
  }
  if (shape.fires) removals.push(`id = ${$('fired', 'text')}`);
  if (removals.length > 0) {
    ctes.push(`dropped AS (
      DELETE FROM ${schema}.timers WHERE EXISTS (SELECT 1 FROM head) AND (${removals.join(' OR ')}))`);
  }
  if (shape.arms) {
    ctes.push(`armed AS (
      INSERT INTO ${schema}.timers (id, case_id, send_id, event, due_at)
      SELECT a.id, head.id, a."sendId", a.event, a."dueAt"
      FROM head, jsonb_to_recordset(${$('armed', 'jsonb')}) AS a(id text, "sendId" text, event jsonb, "dueAt" bigint)
      ON CONFLICT (id) DO UPDATE
      SET send_id = excluded.send_id, event = excluded.event, due_at = excluded.due_at, leased_until = 0)`);
  }
  return { text: `WITH ${ctes.join(',\n')}\nSELECT tx, position FROM event`, names };
}

/** At most 64 shapes per schema, so the cache stays small. */
const templates = new Map<string, CommitTemplate>();

/**
 * Gives the statement of one commit: its text comes from a cache keyed by schema and shape
 * (new case or not, idempotency key or not, effects or not, which timer changes), so a command does not
 * rebuild it and the driver finds its prepared statement by the same string; only the
 * values are computed per call.
 *
 * @example
 * ```ts
 * const { text, values } = commitStatement('onecase', input);
 * const committed = (await client.query(text, values)).length > 0;
 * ```
 */
export function commitStatement(schema: string, input: CommitInput): { text: string; values: unknown[] } {
  const { event, timers } = input;
  // Arming a send id replaces its timer; the DELETE sees the table as it was before this
  // statement, so it never removes what the INSERT arms (cancel applies before arm).
  const replaced =
    timers.arm.length === 0 && timers.cancel.length === 0
      ? []
      : [...new Set([...timers.cancel, ...timers.arm.map((timer) => timer.sendId)])];
  const shape: CommitShape = {
    opens: input.expectedVersion === 0,
    keyed: event.idempotencyKey !== null,
    emits: event.effects.length > 0,
    replaces: replaced.length > 0,
    fires: timers.fired !== undefined,
    arms: timers.arm.length > 0,
  };
  const cacheKey = `${schema}:${+shape.opens}${+shape.keyed}${+shape.emits}${+shape.replaces}${+shape.fires}${+shape.arms}`;
  let template = templates.get(cacheKey);
  if (template === undefined) {
    template = buildTemplate(schema, shape);
    templates.set(cacheKey, template);
  }
  const search = searchColumns(input.record);
  return {
    text: template.text,
    values: template.names.map((name) => commitValue(name, input, replaced, search)),
  };
}

/** One value of a commit, serialised as its placeholder's type expects. */
function commitValue(
  name: CommitValue,
  input: CommitInput,
  replaced: readonly string[],
  search: ReturnType<typeof searchColumns>,
): unknown {
  const { record, event, timers } = input;
  switch (name) {
    case 'caseId':
      return record.id;
    case 'key':
      return event.idempotencyKey;
    case 'ref':
      return record.ref;
    case 'serviceId':
      return record.serviceId;
    case 'serviceVersion':
      return record.serviceVersion;
    case 'snapshot':
      return json(record.snapshot);
    case 'version':
      return record.version;
    case 'openedAt':
      return record.openedAt;
    case 'updatedAt':
      return record.updatedAt;
    case 'openedVia':
      return json(record.openedVia);
    case 'citizenKeys':
      return json(record.citizenKeys);
    case 'lastHash':
      return record.lastHash;
    case 'states':
      return search.states;
    case 'tags':
      return search.tags;
    case 'done':
      return search.done;
    case 'index':
      return search.index;
    // NULL for a record without them (a store written to by a router from before signatures).
    case 'armedTimers':
      return record.armedTimers === undefined ? null : json(record.armedTimers);
    case 'signature':
      return record.signature ?? null;
    case 'origin':
      return input.origin;
    case 'expectedVersion':
      return input.expectedVersion;
    case 'seq':
      return event.seq;
    case 'type':
      return event.type;
    case 'payload':
      return json(event.payload);
    case 'via':
      return json(event.via);
    case 'at':
      return event.at;
    case 'commandHash':
      return event.commandHash;
    case 'stateAfter':
      return json(event.stateAfter);
    case 'effects':
      return json(event.effects);
    case 'prevHash':
      return event.prevHash;
    case 'hash':
      return event.hash;
    case 'replaced':
      return json(replaced);
    case 'fired':
      return timers.fired;
    case 'armed':
      return json(
        timers.arm.map(({ id, sendId, event: timerEvent, dueAt }) => ({
          id,
          sendId,
          event: timerEvent,
          dueAt,
        })),
      );
  }
}

/**
 * Commits one command: runs its statement and, when it wrote nothing, asks the database
 * why (duplicate idempotency key, version conflict, reference taken), trying again a
 * bounded number of times when the reason has gone away meanwhile.
 *
 * @example
 * ```ts
 * const result = await commit(client, 'onecase', input);
 * if (result.status === 'committed') notifier.publish(change);
 * ```
 */
export async function commit(
  client: SqlQueryable,
  schema: string,
  input: CommitInput,
): Promise<CommitResult> {
  const statement = commitStatement(schema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      const [row] = await client.query<{ tx: string; position: string }>(statement.text, statement.values);
      if (row) return { status: 'committed', position: toPosition(row.tx, row.position) };
    } catch (error) {
      // 23505: a unique index caught a racing duplicate (idempotency key, sequence number).
      if ((error as { code?: unknown })?.code !== '23505') throw error;
    }
    const refusal = await explainRefusal(client, schema, input);
    if (refusal) return refusal;
    if (attempt >= MAX_COMMIT_ATTEMPTS) {
      return { status: 'conflict', actualVersion: input.expectedVersion };
    }
  }
}
