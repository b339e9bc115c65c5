import { verifyEvents, type VerifyReport } from '../auditChain.js';
import { citizenKeys } from '../citizenKeys.js';
import type { CaseEvent, CaseView, CitizenQuery } from '../types.js';
import { checkCitizen, checkIdempotencyKey, invalidInput, resolveCaseId } from './checkCommand.js';
import { loadRecord, viewOf } from './commit.js';
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

export async function verifyCase(ctx: RouterContext, caseIdOrRef: string): Promise<VerifyReport> {
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  const record = await loadRecord(ctx, caseId);
  const events = await storeCall(() => ctx.store.events(caseId));
  return verifyEvents(ctx.secret, caseId, events, record);
}

export async function caseTimers(ctx: RouterContext, caseIdOrRef: string) {
  const caseId = await resolveCaseId(ctx, caseIdOrRef);
  return storeCall(() => ctx.store.timers(caseId));
}
