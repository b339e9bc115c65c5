import { isCaseError } from '@onecase/core';
import { isCounterError } from './counterError.js';

/**
 * Turns a refusal into the sentence a clerk (or a citizen on the web) reads: for a
 * channel-forbidden event it names where the action can be done instead, e.g. "only in person
 * at a counter".
 *
 * @example
 * ```ts
 * try { await router.send(ref, { type: 'documents.check', ok: true }, { via: webVia }); }
 * catch (e) { console.log(refusalText(e)); } // "Not possible online: 'documents.check' can only be done in person at a counter."
 * ```
 */
export function refusalText(error: unknown): string {
  if (isCaseError(error)) {
    const details = error.details;
    switch (error.code) {
      case 'CHANNEL_FORBIDDEN': {
        const channels = Array.isArray(details.channels) ? (details.channels as string[]) : [];
        const where = channelPlace(String(details.channel ?? ''));
        if (channels.length === 1 && channels[0] === 'counter') {
          return `Not possible ${where}: '${String(details.event)}' can only be done in person at a counter.`;
        }
        const elsewhere = channels.length > 0 ? ` It can be done via: ${channels.join(', ')}.` : '';
        return `Not possible ${where}: '${String(details.event ?? 'this action')}' is not allowed here.${elsewhere}`;
      }
      case 'EVENT_NOT_ALLOWED': {
        const allowed = Array.isArray(details.allowed) ? (details.allowed as string[]) : [];
        return `Refused: ${error.message}. Possible now: ${allowed.length > 0 ? allowed.join(', ') : 'nothing'}.`;
      }
      case 'INVALID_INPUT': {
        const issues = Array.isArray(details.issues)
          ? (details.issues as { path?: unknown[]; message?: string }[])
          : [];
        const listed = issues.map(
          (issue) => `${(issue.path ?? []).join('.') || 'input'}: ${issue.message ?? 'invalid'}`,
        );
        return `Refused: ${error.message}${listed.length > 0 ? ` (${listed.join('; ')})` : ''}.`;
      }
      case 'STORE_UNAVAILABLE':
        return `The case system cannot be reached: ${error.message}`;
      default:
        return `Refused (${error.code}): ${error.message}`;
    }
  }
  if (isCounterError(error)) return `${error.message}`;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function channelPlace(channel: string): string {
  switch (channel) {
    case 'web':
      return 'online';
    case 'hotline':
      return 'by phone';
    case 'counter':
      return 'at the counter';
    default:
      return `via ${channel}`;
  }
}
