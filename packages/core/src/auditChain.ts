import { createHmac } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';
import type { CaseEvent } from './types.js';

/** The `prevHash` of a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Keyed hash of one event over every field but its own hash: the link of the audit chain. */
export function hashEvent(secret: string, event: Omit<CaseEvent, 'hash'>): string {
  const { caseId, seq, type, payload, via, at, idempotencyKey, commandHash, stateAfter, effects, prevHash } =
    event;
  const body = canonicalJson({
    caseId,
    seq,
    type,
    payload,
    via,
    at,
    idempotencyKey,
    commandHash,
    stateAfter,
    effects,
  });
  return createHmac('sha256', secret).update(prevHash).update('\n').update(body).digest('hex');
}

/** Keyed hash of a command, to tell a retry (same key, same command) from a different command. */
export function hashCommand(secret: string, command: unknown): string {
  return createHmac('sha256', secret).update(canonicalJson(command)).digest('base64url');
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
