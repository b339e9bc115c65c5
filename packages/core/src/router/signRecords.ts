import { allHeads } from './auditCheckpoint.js';
import { uncheckedStore } from './recordGuard.js';
import { byDue, signRecord, UNSIGNED_PROBLEM } from './recordSignature.js';
import { verifyCase } from './readCase.js';
import { type RouterContext, storeCall } from './routerContext.js';

/**
 * What `signRecords` did: records it signed, found signed, and refused to sign because their audit failed.
 *
 * @example
 * ```ts
 * const { signed, refused }: SignRecordsReport = await router.signRecords();
 * ```
 */
export interface SignRecordsReport {
  signed: number;
  alreadySigned: number;
  /** Unsigned cases whose audit found more than the missing signature: left unsigned, so they stay refused. */
  refused: { caseId: string; problems: string[] }[];
}

/**
 * Signs, once, every record written before record signatures — but only a case whose audit
 * (event chain, replay against the stored snapshot, stored timers) finds nothing else wrong:
 * signing a tampered record would make the tampering look genuine.
 */
export async function signRecords(ctx: RouterContext): Promise<SignRecordsReport> {
  const store = uncheckedStore(ctx.store);
  const report: SignRecordsReport = { signed: 0, alreadySigned: 0, refused: [] };
  for await (const head of allHeads(store)) {
    const record = await storeCall(() => store.load(head.id));
    if (!record) continue;
    if (record.signature !== undefined) {
      report.alreadySigned += 1;
      continue;
    }
    const problems = (await verifyCase(ctx, head.id)).problems
      .map((found) => found.problem)
      .filter((problem) => problem !== UNSIGNED_PROBLEM);
    if (problems.length > 0) {
      report.refused.push({ caseId: head.id, problems });
      continue;
    }
    const armedTimers = (await storeCall(() => store.timers(head.id))).sort(byDue);
    const signature = signRecord(ctx.secret, { ...record, armedTimers });
    // False when a commit got there first: that commit signed it.
    if (await storeCall(() => store.signRecord(head.id, record.version, { armedTimers, signature }))) {
      report.signed += 1;
    } else report.alreadySigned += 1;
  }
  return report;
}
