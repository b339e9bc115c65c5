import { type Citizen, isRouterUnreachable, type RouterClient, type Via } from '@onecase/core';
import type { Identification } from './counterSessionTypes.js';

/** Links the identifiers a clerk saw proven together, once per identification. */
export interface CitizenLinker {
  /** Takes note of an identification; starts linking when it proves two or more identifiers. */
  identified(result: Identification): void;
  /**
   * Waits for the link of the current identification (retrying one that found the router
   * unreachable); rejects with the router's refusal once, then stops trying.
   */
  settle(): Promise<void>;
  /** Waits for the link in flight, if any, without reporting how it went. */
  idle(): Promise<void>;
  forget(): void;
}

/**
 * The identifiers an identification proves to be one person's: a checked resident ID and the
 * phone she gave with it in person, or every identifier a signed service code carries. A phone
 * alone, or another document, proves nothing to link.
 */
function proven(result: Identification): Citizen | undefined {
  if (!result.identified) return undefined;
  if (result.method !== 'resident-id' && result.method !== 'service-code') return undefined;
  const count = Object.values(result.citizen).filter((value) => value !== undefined).length;
  return count >= 2 ? result.citizen : undefined;
}

export function createCitizenLinker(client: RouterClient, via: Via, counter: string): CitizenLinker {
  let proof: { identifiers: Citizen; reason: string } | undefined;
  let inFlight: Promise<void> | undefined;
  /** A refusal not yet reported by settle(). */
  let refusal: { error: unknown } | undefined;

  function attempt(): Promise<void> {
    const current = proof;
    if (!current) return Promise.resolve();
    inFlight ??= client
      .linkCitizen(current.identifiers, { via, reason: current.reason })
      .then(
        () => {
          if (proof === current) proof = undefined;
        },
        (error: unknown) => {
          if (proof !== current) return;
          // Unreachable: tried again by the next settle(); a refusal is reported once, not retried.
          if (isRouterUnreachable(error)) throw error;
          proof = undefined;
          refusal = { error };
        },
      )
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    identified(result) {
      const identifiers = proven(result);
      const what = result.method === 'service-code' ? 'service code verified' : 'resident ID checked';
      proof = identifiers && { identifiers, reason: `${what} at counter ${counter}` };
      refusal = undefined;
      // Started now so other channels see the link soon; settle() reports how it went.
      attempt().catch(() => undefined);
    },
    async settle() {
      if (inFlight) await inFlight.catch(() => undefined);
      await attempt();
      const reported = refusal;
      refusal = undefined;
      if (reported) throw reported.error;
    },
    async idle() {
      await inFlight?.catch(() => undefined);
    },
    forget() {
      proof = undefined;
      refusal = undefined;
    },
  };
}
