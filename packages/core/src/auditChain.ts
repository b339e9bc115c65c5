import { canonicalJson } from './canonicalJson.js';
import { keyedHmac } from './keyedHmac.js';
import type { CaseEvent } from './types.js';

/** The `prevHash` of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Keyed hash of one event over every field but its own hash: the link of the audit chain. */
export function hashEvent(secret: string, event: Omit<CaseEvent, 'hash'>): string {
  return keyedHmac(secret)
    .update(`${event.prevHash}\n${eventBody(event)}`)
    .digest('hex');
}

/**
 * The canonical JSON of an event's hashed fields. The top level is written in its sorted
 * order by hand (the same text `canonicalJson` gives), which halves the cost of the hash;
 * an event missing a field (an old row) takes the general path, which leaves it out.
 */
function eventBody(event: Omit<CaseEvent, 'hash'>): string {
  const { caseId, seq, type, payload, via, at, idempotencyKey, commandHash, stateAfter, effects } = event;
  const fields = [at, caseId, commandHash, effects, idempotencyKey, payload, seq, stateAfter, type, via];
  if ((fields as unknown[]).includes(undefined)) {
    return canonicalJson({
      at,
      caseId,
      commandHash,
      effects,
      idempotencyKey,
      payload,
      seq,
      stateAfter,
      type,
      via,
    });
  }
  let out = '';
  for (let i = 0; i < fields.length; i++) out += `${EVENT_KEYS[i]}${canonicalJson(fields[i])}`;
  return `${out}}`;
}

/** The hashed fields' keys in sorted order, each with what precedes its value. */
const EVENT_KEYS = [
  'at',
  'caseId',
  'commandHash',
  'effects',
  'idempotencyKey',
  'payload',
  'seq',
  'stateAfter',
  'type',
  'via',
].map((key, i) => `${i === 0 ? '{' : ','}"${key}":`);

/** Keyed hash of a command, to tell a retry (same key, same command) from a different command. */
export function hashCommand(secret: string, command: unknown): string {
  return keyedHmac(secret).update(canonicalJson(command)).digest('base64url');
}

/** What `router.verify` found. */
export interface VerifyReport {
  ok: boolean;
  caseId: string;
  events: number;
  problems: { seq: number; problem: string }[];
}

/**
 * Re-walks a case's events: each must follow its predecessor (sequence and `prevHash`),
 * hash to its stored `hash`, and the last one must match the case's version and last hash.
 */
export function verifyEvents(
  secret: string,
  caseId: string,
  events: CaseEvent[],
  head: { version: number; lastHash: string },
): VerifyReport {
  const problems: VerifyReport['problems'] = [];
  let prevHash = GENESIS_HASH;
  events.forEach((event, index) => {
    const expectedSeq = index + 1;
    if (event.seq !== expectedSeq) {
      problems.push({ seq: event.seq, problem: `expected event ${expectedSeq} here: an event was removed` });
    }
    if (event.prevHash !== prevHash) {
      problems.push({ seq: event.seq, problem: 'does not link to the previous event' });
    }
    if (hashEvent(secret, event) !== event.hash) {
      problems.push({ seq: event.seq, problem: 'content does not match its hash: the event was edited' });
    }
    prevHash = event.hash;
  });
  if (events.length !== head.version) {
    problems.push({
      seq: head.version,
      problem: `case is at version ${head.version} but ${events.length} events are stored`,
    });
  } else if (prevHash !== head.lastHash) {
    problems.push({ seq: head.version, problem: 'last event does not match the case head' });
  }
  return { ok: problems.length === 0, caseId, events: events.length, problems };
}
