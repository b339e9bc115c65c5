import type { CaseRecord, TimerRecord } from '../caseStore.js';
import { uncheckedStore, reportTampered } from './recordGuard.js';
import { sameTimer } from './recordSignature.js';
import { type RouterContext, storeCall } from './routerContext.js';

/**
 * What the signed record says of a claimed timer before it fires: `armed` (fire it), `stale`
 * (decided on a cached record that may predate it: reload), `gone` (a commit removed it after
 * the claim: drop it) or `forged` (the timers table holds a timer, or a due time, that no
 * commit armed: reported, not fired, kept as evidence).
 */
export async function claimedTimerStatus(
  ctx: RouterContext,
  record: CaseRecord,
  timer: TimerRecord,
  fromCache: boolean,
): Promise<'armed' | 'stale' | 'gone' | 'forged'> {
  // A record written before signatures says nothing about its timers.
  if (record.armedTimers === undefined || record.signature === undefined) return 'armed';
  const listed = record.armedTimers.find((armed) => armed.id === timer.id);
  if (listed) {
    if (sameTimer(listed, timer)) return 'armed';
  } else {
    if (fromCache) return 'stale';
    // Every commit that drops a timer from the record deletes its row in the same transaction.
    const stored = await storeCall(() => uncheckedStore(ctx.store).timers(timer.caseId));
    if (!stored.some((candidate) => candidate.id === timer.id)) return 'gone';
  }
  reportTampered(ctx, record, `timer ${timer.id} was not armed by the case (or its due time was changed)`);
  return 'forged';
}
