import type { CitizenLinkRecord } from '../citizenLink.js';
import { citizenKeys } from '../citizenKeys.js';
import type { CitizenLinkResult, CitizenQuery, LinkCitizenOptions } from '../types.js';
import { checkCitizen, checkStorableText, checkVia, invalidInput } from './checkCommand.js';
import { type RouterContext, storeCall } from './routerContext.js';

const MAX_REASON_LENGTH = 500;

function checkReason(reason: unknown): asserts reason is string {
  if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > MAX_REASON_LENGTH) {
    throw invalidInput(`reason must say what proof was seen, in 1 to ${MAX_REASON_LENGTH} characters`);
  }
  checkStorableText(reason, 'reason');
}

/** Links a person's identifiers as keyed hashes, with the actor, channel, time and reason of the proof. */
export async function linkCitizen(
  ctx: RouterContext,
  identifiers: CitizenQuery,
  options: LinkCitizenOptions,
): Promise<CitizenLinkResult> {
  checkCitizen(identifiers);
  if (identifiers === undefined) throw invalidInput('linkCitizen() needs identifiers');
  checkVia(options?.via);
  checkReason(options.reason);
  const keys = citizenKeys(ctx.secret, identifiers);
  if (keys.length < 2) {
    throw invalidInput('linkCitizen() needs at least two identifiers (phone, idNumber, accountId) to link', {
      given: keys.length,
    });
  }
  const { via, reason } = options;
  const result = await storeCall(() =>
    ctx.store.linkCitizenKeys(keys, {
      via: { channel: via.channel, actor: via.actor },
      reason,
      at: ctx.clock.now(),
    }),
  );
  // Which kinds were linked and by whom, never the identifiers themselves.
  ctx.logger?.info(
    {
      kinds: keys.map((key) => key.slice(0, key.indexOf(':'))),
      channel: via.channel,
      actor: via.actor.id,
      added: result.added,
    },
    'onecase: citizen identifiers linked',
  );
  return { added: result.added };
}

/** The audit of every link reaching these identifiers, oldest first. */
export async function citizenLinks(ctx: RouterContext, query: CitizenQuery): Promise<CitizenLinkRecord[]> {
  checkCitizen(query);
  const keys = citizenKeys(ctx.secret, query);
  if (keys.length === 0) throw invalidInput('citizenLinks() needs a phone, idNumber or accountId');
  return storeCall(() => ctx.store.citizenLinks(keys));
}
