import { verifyEvents, type VerifyReport } from '../auditChain.js';
import { CaseError } from '../caseError.js';
import { citizenKeys } from '../citizenKeys.js';
import type { CaseEvent, CaseView, CitizenQuery } from '../types.js';
import { checkCitizen, checkIdempotencyKey, invalidInput, resolveCaseId } from './checkCommand.js';
import { loadRecord, viewOf } from './commit.js';
import { acceptsUnsigned, uncheckedStore } from './recordGuard.js';
import { recordProblem } from './recordSignature.js';
import { replayProblems } from './replayCase.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** The case as every channel sees it now. */
export async function getCase(ctx: RouterContext, caseIdOrRef: string): Promise<CaseView> {
  return viewOf(ctx, await loadRecord(ctx, await resolveCaseId(ctx, caseIdOrRef)));
}

export async function caseHistory(ctx: RouterContext, caseIdOrRef: string): Promise<CaseEvent[]> {
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  await loadRecord(ctx, caseId);
  return storeCall(() => ctx.store.events(caseId));
}

export async function findCases(ctx: RouterContext, query: CitizenQuery): Promise<CaseView[]> {
  checkCitizen(query);
  const keys = citizenKeys(ctx.secret, query);
  if (keys.length === 0) throw invalidInput('find() needs a phone, idNumber or accountId');
  const records = await storeCall(() => ctx.store.findByCitizenKeys(keys));
  return records.map((record) => viewOf(ctx, record));
}

export async function appliedEvent(
  ctx: RouterContext,
  caseIdOrRef: string,
  idempotencyKey: string,
): Promise<CaseEvent | undefined> {
  if (idempotencyKey === undefined) throw invalidInput('idempotencyKey must be a non-empty string');
  checkIdempotencyKey(idempotencyKey);
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  await loadRecord(ctx, caseId);
  return storeCall(() => ctx.store.eventByIdempotencyKey(caseId, idempotencyKey));
}

/**
 * Audits one case: its event chain, then (on the raw store, so a tampered record is reported
 * rather than refused) the record's signature, a replay of the events through the pinned
 * machine against the stored snapshot, and the timers those events armed against the stored ones.
 */
export async function verifyCase(ctx: RouterContext, caseIdOrRef: string): Promise<VerifyReport> {
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  const store = uncheckedStore(ctx.store);
  const record = await storeCall(() => store.load(caseId));
  if (!record) throw new CaseError('UNKNOWN_CASE', `No case ${caseId}`, { caseId });
  const [events, timers] = await storeCall(() => Promise.all([store.events(caseId), store.timers(caseId)]));
  const report = verifyEvents(ctx.secret, caseId, events, record);
  const chainIntact = report.problems.length === 0;
  const signed = recordProblem(ctx.secret, record, { acceptUnsigned: acceptsUnsigned(ctx.store) });
  if (signed !== undefined) report.problems.push({ seq: record.version, problem: signed });
  // A broken chain is reported as such; replaying events that were edited would only add noise.
  if (chainIntact) {
    const service = ctx.registry.get(record.serviceId, record.serviceVersion);
    if (service) report.problems.push(...replayProblems(service, record, events, timers));
    else
      report.problems.push({
        seq: record.version,
        problem: `service version ${record.serviceVersion} is not registered`,
      });
  }
  return { ...report, ok: report.problems.length === 0 };
}

export async function caseTimers(ctx: RouterContext, caseIdOrRef: string) {
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  return storeCall(() => ctx.store.timers(caseId));
}
