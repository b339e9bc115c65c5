import { randomUUID } from 'node:crypto';
import { CaseError, isCaseError } from '../caseError.js';
import type { CaseStore, CommittedChange } from '../caseStore.js';
import { createViewBuilder, type ToCaseView } from '../caseView.js';
import { type Emitter, createEmitter } from '../emitter.js';
import { createKeyedMutex, type KeyedMutex } from '../keyedMutex.js';
import type { CaseView, Clock, Logger } from '../types.js';
import type { RouterEvents } from '../createRouter.js';
import { type CaseCache, createCaseCache } from './caseCache.js';
import { createRefCache, type RefCache } from './refCache.js';
import type { RetryPolicy } from './retryPolicy.js';
import type { ServiceRegistry } from './serviceRegistry.js';

/** Everything the router's modules share; each module takes it as its first argument. */
export interface RouterContext {
  store: CaseStore;
  clock: Clock;
  secret: string;
  /** Identifies this router in the changes it commits, so it never re-reads its own. */
  nodeId: string;
  logger: Logger | undefined;
  emitter: Emitter<RouterEvents>;
  /** Serialises commands per case inside this process. */
  mutex: KeyedMutex;
  toCaseView: ToCaseView;
  registry: ServiceRegistry;
  cache: CaseCache;
  /** Reference (or id) as given → case id: a reference never changes its case. */
  refs: RefCache;
  retry: RetryPolicy;
  timerLeaseMs: number;
  /** Told of every change this router publishes, local or remote, with the view published (queues, the feed). */
  published: Set<(change: CommittedChange, view: CaseView) => void>;
}

export function createRouterContext(
  parts: Pick<RouterContext, 'store' | 'clock' | 'secret' | 'logger' | 'registry' | 'retry' | 'timerLeaseMs'>,
): RouterContext {
  const { logger } = parts;
  const emitter: Emitter<RouterEvents> = createEmitter<RouterEvents>((error, type) => {
    logger?.error({ err: error, event: type }, 'onecase: a subscriber threw');
    if (type !== 'error') emitter.emit('error', { error, where: `listener of ${String(type)}` });
  });
  return {
    ...parts,
    nodeId: randomUUID(),
    emitter,
    mutex: createKeyedMutex(),
    toCaseView: createViewBuilder(),
    cache: createCaseCache(),
    refs: createRefCache(),
    published: new Set(),
  };
}

/** Runs a store call; anything it throws that is not already a `CaseError` becomes `STORE_UNAVAILABLE`. */
export async function storeCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isCaseError(error)) throw error;
    throw new CaseError(
      'STORE_UNAVAILABLE',
      `The case store failed: ${(error as Error)?.message ?? error}`,
      {},
      { cause: error },
    );
  }
}
