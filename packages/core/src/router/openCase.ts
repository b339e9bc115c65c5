import { createHmac, randomUUID } from 'node:crypto';
import { hashCommand } from '../auditChain.js';
import { CaseError } from '../caseError.js';
import { createCaseRef } from '../caseRef.js';
import type { CaseRecord } from '../caseStore.js';
import { citizenKeys } from '../citizenKeys.js';
import { decideOpen } from '../decide.js';
import type { CaseView, OpenCommand } from '../types.js';
import {
  checkCitizen,
  checkIdempotencyKey,
  checkStorableText,
  checkVia,
  invalidInput,
} from './checkCommand.js';
import { commitDecision, refuse, replay } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** A case id that a keyed open always maps to, so every node retrying it meets at one case. */
function deterministicUuid(secret: string, seed: string): string {
  const hex = createHmac('sha256', secret).update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Opens a case: validates the command, decides the initial state, allocates a reference and commits. */
export async function openCase(ctx: RouterContext, command: OpenCommand): Promise<CaseView> {
  const commandInfo = { type: 'case.open', via: command?.via };
  try {
    if (!command || typeof command !== 'object') throw invalidInput('open() needs { service, input, via }');
    checkVia(command.via);
    const wanted = command.version;
    if (wanted !== undefined && !(Number.isInteger(wanted) && wanted >= 1)) {
      throw invalidInput(`version must be a positive integer, got ${String(wanted)}`, { version: wanted });
    }
    const service =
      typeof command.service === 'string' ? ctx.registry.get(command.service, wanted) : undefined;
    if (!service) {
      const known =
        typeof command.service === 'string' ? ctx.registry.latest.get(command.service) : undefined;
      throw new CaseError(
        'UNKNOWN_SERVICE',
        known
          ? `Service '${known.id}' has no registered version ${String(wanted)}`
          : `No service '${String(command.service)}'`,
        known
          ? {
              service: known.id,
              version: wanted,
              versions: ctx.registry.services.filter((s) => s.id === known.id).map((s) => s.version),
            }
          : { service: command.service, known: [...ctx.registry.latest.keys()] },
      );
    }
    // An open on an older version than the newest is a different command than the same open on
    // the newest; the hash of an ordinary open stays what it always was.
    const pinned = service !== ctx.registry.latest.get(service.id) ? { version: service.version } : {};
    const via = command.via;
    if (!service.canOpen(via.channel)) {
      throw new CaseError(
        'CHANNEL_FORBIDDEN',
        `Service '${service.id}' cannot be opened from channel '${via.channel}'`,
        {
          channel: via.channel,
          service: service.id,
          channels: service.open ?? Object.keys(service.channels),
        },
      );
    }
    checkStorableText(command.input, 'input');
    const parsed = service.input.safeParse(command.input);
    if (!parsed.success) {
      throw invalidInput(`Invalid input for service '${service.id}'`, { issues: parsed.error.issues });
    }
    checkCitizen(command.citizen);
    const keys = citizenKeys(ctx.secret, command.citizen);
    const key = command.idempotencyKey;
    checkIdempotencyKey(key);
    // Only a retry can be compared with its first attempt, and only a keyed command can be retried.
    const commandHash =
      key === undefined
        ? ''
        : hashCommand(ctx.secret, {
            service: service.id,
            ...pinned,
            input: parsed.data,
            citizenKeys: keys,
            channel: via.channel,
          });
    const caseId = key === undefined ? randomUUID() : deterministicUuid(ctx.secret, `open:${key}`);
    const payload = parsed.data as Record<string, unknown>;

    return await ctx.mutex.run(caseId, async () => {
      for (let attempt = 0; attempt <= ctx.retry.maxRetries; attempt++) {
        if (key !== undefined) {
          const existing = await storeCall(() => ctx.store.eventByIdempotencyKey(caseId, key));
          if (existing) return replay(ctx, caseId, existing, commandHash, key);
        }
        const at = ctx.clock.now();
        const decision = decideOpen(service, { ...payload, at, via });
        // A keyed open draws its reference from the key, so a retry on another node picks the same one.
        const refSeed =
          key === undefined
            ? undefined
            : createHmac('sha256', ctx.secret).update(`ref:${key}:${attempt}`).digest();
        const opening: CaseRecord = {
          id: caseId,
          ref: createCaseRef(service.refPrefix, refSeed),
          serviceId: service.id,
          serviceVersion: service.version,
          snapshot: null,
          version: 0,
          openedAt: at,
          updatedAt: at,
          openedVia: via,
          citizenKeys: keys,
          lastHash: '',
        };
        const outcome = await commitDecision(
          ctx,
          service,
          undefined,
          decision,
          { type: 'case.open', payload, via, at, idempotencyKey: key ?? null, commandHash },
          { opening },
        );
        if (outcome.status === 'committed') {
          // The channel that opened it usually comes back by this reference.
          ctx.refs.remember(outcome.view.ref, caseId);
          return outcome.view;
        }
        if (outcome.status === 'duplicate') return replay(ctx, caseId, outcome.event, commandHash, key ?? '');
        if (outcome.status === 'conflict' && key === undefined) {
          throw new CaseError('STORE_UNAVAILABLE', `Case id ${caseId} already exists in the store`);
        }
        // ref-taken: another case holds this reference; try the next one.
      }
      throw new CaseError('STORE_UNAVAILABLE', 'Could not allocate a free case reference');
    });
  } catch (error) {
    return refuse(ctx, error, commandInfo);
  }
}
