/**
 * How a command is decided again after losing a version race to another router: how many
 * times, and how long to wait first so that two racing routers do not collide every time.
 */
export interface RetryPolicy {
  /** Decisions after the first (default 16). */
  maxRetries: number;
  /** Resolves after the wait before retry number `attempt` (0-based). */
  backoff(attempt: number): Promise<void>;
}

/** Waits a random 0 to 2^attempt ms (at most 64 ms): full jitter, as AWS's backoff study recommends. */
export function jitteredRetryPolicy(maxRetries = 16): RetryPolicy {
  return {
    maxRetries,
    backoff(attempt) {
      const ms = Math.random() * Math.min(64, 2 ** attempt);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}
