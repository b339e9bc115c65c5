import type { Via } from './types.js';

/**
 * Who linked citizen identifiers, through which channel, when and why: stored with every
 * link so an auditor can tell which proof joined two identifiers.
 *
 * @example
 * ```ts
 * const audit: CitizenLinkAudit = { via, reason: 'resident ID checked at counter 3', at: clock.now() };
 * ```
 */
export interface CitizenLinkAudit {
  via: Via;
  reason: string;
  at: number;
}

/**
 * One stored link between two identifiers of the same person, as keyed hashes only
 * (`phone:…`, `id:…`, `account:…`), with the audit of the first proof that joined them.
 *
 * @example
 * ```ts
 * const [first]: CitizenLinkRecord[] = await router.citizenLinks({ phone: '13800138000' });
 * console.log(first?.via.actor.id, first?.reason);
 * ```
 */
export interface CitizenLinkRecord extends CitizenLinkAudit {
  /** The two keys, in code-unit order (`keys[0] < keys[1]`). */
  keys: [string, string];
}
