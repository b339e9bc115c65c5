import { createHash, randomUUID } from 'node:crypto';
import { CaseError, defineService, isCaseError, type RouterClient, type Via } from '@onecase/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * Remembers the codes already accepted, so a screenshot or a second scan of the same code is
 * refused as `replayed` — also after the code expired, for as long as it is retained. The
 * in-memory ledger answers at once; a ledger shared through the router answers with promises.
 */
export interface ServiceCodeLedger {
  /** Records a code as used; false when it was used before. */
  use(nonce: string, expiresAt: number, now: number): boolean | Promise<boolean>;
  /** Whether a code was used (and is still retained). */
  has(nonce: string): boolean | Promise<boolean>;
}

/**
 * Creates the in-memory ledger of used service codes one terminal process checks against; a
 * used code is remembered until `retainMs` after its expiry, so replaying it later is still
 * told apart from an ordinary expired code. A hall of several terminals shares
 * `routerServiceCodeLedger` instead.
 *
 * @example
 * ```ts
 * const ledger = createServiceCodeLedger({ retainMs: 86_400_000 });
 * verifyServiceCode(code, { secret, now, ledger });
 * ```
 */
export function createServiceCodeLedger(options: { retainMs?: number } = {}): {
  use(nonce: string, expiresAt: number, now: number): boolean;
  has(nonce: string): boolean;
} {
  const retainMs = options.retainMs ?? 24 * 3_600_000;
  const used = new Map<string, number>();
  // Insertion order is nearly expiry order, so pruning from the front stays O(1) per use; an entry
  // stuck behind a later one is only remembered a little longer, which errs on the safe side.
  const prune = (now: number) => {
    for (const [nonce, forgetAt] of used) {
      if (forgetAt > now) return;
      used.delete(nonce);
    }
  };
  return {
    use(nonce, expiresAt, now) {
      prune(now);
      if (used.has(nonce)) return false;
      used.set(nonce, expiresAt + retainMs);
      return true;
    },
    has: (nonce) => used.has(nonce),
  };
}

// The count is what makes `code.use` a real transition (a targetless one without actions is
// not taken); the codes themselves are the events, found by their keys.
const ledgerMachine = setup({ types: { context: {} as { used: number } } }).createMachine({
  id: 'service-code-ledger',
  context: { used: 0 },
  initial: 'open',
  states: {
    open: { on: { 'code.use': { actions: assign({ used: ({ context }) => context.used + 1 }) } } },
  },
});

/**
 * The service behind `routerServiceCodeLedger`: one case per hall whose events are the used
 * service codes (each keyed by its code, so the router's idempotency tells a second use apart).
 * Register it with the hall's router next to the city's services.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: [...cityServices, serviceCodeLedgerService], secret });
 * ```
 */
export const serviceCodeLedgerService = defineService({
  id: 'service-code-ledger',
  version: 1,
  title: 'Used service codes',
  description: 'The personal service codes the counters of a hall have accepted, one event per code.',
  refPrefix: 'SCL',
  machine: ledgerMachine,
  input: z.object({ hall: z.string().min(1).max(200) }),
  events: { 'code.use': z.object({ claim: z.string().min(1), expiresAt: z.number() }) },
  channels: { counter: ['code.use'] },
});

/**
 * A used-code ledger shared by every terminal of a hall through any `RouterClient` (the
 * in-process router or the HTTP client): each accepted code is recorded as a `code.use` event on
 * the hall's ledger case with an idempotency key derived from the code, so when a second
 * terminal claims the same code the router refuses it (`IDEMPOTENCY_MISMATCH`) and the code is
 * `replayed`. The router must have `serviceCodeLedgerService` registered.
 *
 * @example
 * ```ts
 * const ledger = routerServiceCodeLedger({ client, hall: 'suihaoban' });
 * const session = createCounterSession({ client, counter: '3', clerk: 'c-17', secret, ledger });
 * await session.scan(scanned);
 * ```
 */
export function routerServiceCodeLedger(options: {
  client: RouterClient;
  /** Names the ledger: every terminal of the hall gives the same name. */
  hall: string;
  /** Recorded on each use (default: the counter channel, actor `ledger`). */
  via?: Via;
}): ServiceCodeLedger {
  const { client, hall } = options;
  const via = options.via ?? { channel: 'counter', actor: { id: 'ledger' } };
  let ref: Promise<string> | undefined;

  function ledgerRef(): Promise<string> {
    // Every terminal opens the same case: same key, same command, so the router returns the one it has.
    ref ??= client
      .open({
        service: serviceCodeLedgerService.id,
        input: { hall },
        via,
        idempotencyKey: `service-code-ledger:${hall}`,
      })
      .then(
        (view) => view.ref,
        (error: unknown) => {
          ref = undefined;
          if (isCaseError(error, 'UNKNOWN_SERVICE')) {
            throw new CaseError(
              'UNKNOWN_SERVICE',
              "The router has no used-code ledger: register serviceCodeLedgerService from '@onecase/counter' with it",
            );
          }
          throw error;
        },
      );
    return ref;
  }

  const keyOf = (nonce: string) =>
    `service-code:${createHash('sha256').update(nonce).digest('base64url').slice(0, 32)}`;

  return {
    async use(nonce, expiresAt) {
      const caseRef = await ledgerRef();
      try {
        await client.send(
          caseRef,
          { type: 'code.use', claim: randomUUID(), expiresAt },
          { via, idempotencyKey: keyOf(nonce) },
        );
        return true;
      } catch (error) {
        // Another terminal's claim holds this code's key: the same key for a different command.
        if (isCaseError(error, 'IDEMPOTENCY_MISMATCH')) return false;
        throw error;
      }
    },
    async has(nonce) {
      return (await client.appliedEvent(await ledgerRef(), keyOf(nonce))) !== undefined;
    },
  };
}
