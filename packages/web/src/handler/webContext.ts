import type { Logger } from '@onecase/core';
import type { Authorize } from '../principal.js';
import type { CaseFeed } from '../stream/caseFeed.js';
import type { WebRouter } from '../webRouter.js';

/** What every route handler of one `createWebHandler` shares: the router and the options, resolved. */
export interface WebContext {
  router: WebRouter;
  /** `''` or a path starting with `/` and not ending with one. */
  basePath: string;
  bodyBytes: number;
  keepAliveMs: number;
  /** Largest number of bytes an event stream holds for a client that does not read. */
  streamBufferBytes: number;
  /** The channel citizens act on and staff act on by default. */
  channel: string;
  /** The one router subscription all of this handler's event streams share. */
  feed: CaseFeed;
  /** The integrator's check of each event sent, if any. */
  authorize: Authorize | undefined;
  logger: (Pick<Logger, 'error'> & Partial<Pick<Logger, 'warn'>>) | undefined;
}
