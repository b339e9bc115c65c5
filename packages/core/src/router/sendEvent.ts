import { hashCommand } from '../auditChain.js';
import { CaseError } from '../caseError.js';
import { decideEvent } from '../decide.js';
import { SYSTEM_CHANNEL, type CaseView, type SendOptions } from '../types.js';
import {
  checkExpectedVersion,
  checkIdempotencyKey,
  checkStorableText,
  checkVia,
  invalidInput,
  resolveCaseId,
} from './checkCommand.js';
import { commitDecision, conflictError, loadRecord, refuse, replay } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** Sends one event to a case: validates it, then decides → commits → retries on a lost race. */
export async function sendEvent(
  ctx: RouterContext,
  caseIdOrRef: string,
  event: { type: string },
  options: SendOptions,
): Promise<CaseView> {
  const type = typeof event?.type === 'string' ? event.type : '';
  let caseId: string | undefined;
  try {
    if (!event || typeof event !== 'object' || type.length === 0) {
      throw invalidInput('An event needs a string type: { type, ...payload }');
    }
    checkVia(options?.via);
    checkExpectedVersion(options.expectedVersion);
    checkIdempotencyKey(options.idempotencyKey);
    if (options.via.channel === SYSTEM_CHANNEL) {
      throw new CaseError(
        'CHANNEL_FORBIDDEN',
        `Channel '${SYSTEM_CHANNEL}' is reserved for the router's timers`,
        {
          channel: SYSTEM_CHANNEL,
        },
      );
    }
    const { type: _type, ...payload } = event as Record<string, unknown>;
    checkStorableText(type, 'type');
    checkStorableText(payload, 'payload');
    const id = await resolveCaseId(ctx, caseIdOrRef, { load: true });
    caseId = id;
    return await ctx.mutex.run(id, () => decideAndCommit(ctx, id, type, payload, options));
  } catch (error) {
    return refuse(ctx, error, { type, via: options?.via }, caseId);
  }
}

async function decideAndCommit(
  ctx: RouterContext,
  caseId: string,
  type: string,
  rawPayload: Record<string, unknown>,
  options: SendOptions,
): Promise<CaseView> {
  const { via, idempotencyKey: key, expectedVersion } = options;
  for (let attempt = 0; attempt <= ctx.retry.maxRetries; attempt++) {
    // First try on what this router last saw; anything refused on it is confirmed on a fresh read.
    const seen = attempt === 0 ? ctx.cache.record(caseId) : undefined;
    const record = seen ?? (await loadRecord(ctx, caseId));
    const service = ctx.registry.forRecord(record);
    // An own-property look-up: `__proto__` or `toString` is an unknown event, not a method of `{}`.
    const schema = Object.hasOwn(service.events, type) ? service.events[type] : undefined;
    if (!schema) {
      throw invalidInput(`Service '${service.id}' has no event '${type}'`, {
        event: type,
        events: Object.keys(service.events),
      });
    }
    if (!service.channelEvents(via.channel).has(type)) {
      throw new CaseError(
        'CHANNEL_FORBIDDEN',
        `Channel '${via.channel}' may not send '${type}' to ${record.ref}`,
        {
          channel: via.channel,
          event: type,
          channels: Object.keys(service.channels).filter((channel) =>
            service.channelEvents(channel).has(type),
          ),
        },
      );
    }
    const parsed = schema.safeParse(rawPayload);
    if (!parsed.success) {
      throw invalidInput(`Invalid payload for '${type}'`, { event: type, issues: parsed.error.issues });
    }
    const payload = parsed.data;
    const commandHash =
      key === undefined ? '' : hashCommand(ctx.secret, { type, payload, channel: via.channel });
    // A retried command is usually caught by the commit (its key is taken); a refusal is
    // checked against the stored outcome first, since the retry may find the case moved on.
    const storedOutcome = async () => {
      const stored =
        key === undefined ? undefined : await storeCall(() => ctx.store.eventByIdempotencyKey(caseId, key));
      return stored && replay(ctx, caseId, stored, commandHash, key!);
    };
    if (expectedVersion !== undefined && expectedVersion !== record.version) {
      if (seen) continue;
      const outcome = await storedOutcome();
      if (outcome) return outcome;
      throw conflictError(record, expectedVersion, record.version);
    }
    const snapshot = ctx.cache.snapshotOf(service, record);
    const at = ctx.clock.now();
    const decision = decideEvent(service, snapshot, { ...payload, type, at, via });
    if (!decision) {
      if (seen) continue;
      const outcome = await storedOutcome();
      if (outcome) return outcome;
      const current = ctx.toCaseView(service, record, snapshot, at);
      throw new CaseError(
        'EVENT_NOT_ALLOWED',
        `${record.ref} is in state ${JSON.stringify(current.state.value)} and cannot take '${type}' now`,
        { event: type, state: current.state.value, allowed: current.allowed[via.channel] ?? [] },
      );
    }
    const committed = await commitDecision(ctx, service, record, decision, {
      type,
      payload,
      via,
      at,
      idempotencyKey: key ?? null,
      commandHash,
    });
    if (committed.status === 'committed') return committed.view;
    if (committed.status === 'duplicate') return replay(ctx, caseId, committed.event, commandHash, key ?? '');
    if (committed.status === 'ref-taken') {
      throw new CaseError('STORE_UNAVAILABLE', `Unexpected commit result 'ref-taken' for an existing case`);
    }
    if (expectedVersion !== undefined) throw conflictError(record, expectedVersion, committed.actualVersion);
    // Lost a race with another router: a repeated instant retry could lose every time.
    if (!seen) await ctx.retry.backoff(attempt);
  }
  throw new CaseError(
    'VERSION_CONFLICT',
    `Gave up after ${ctx.retry.maxRetries + 1} version conflicts on case ${caseId}`,
    {
      retries: ctx.retry.maxRetries,
    },
  );
}
