import type { Router, RouterClient } from '@onecase/core';

/**
 * What the web handler needs of a router: the `RouterClient` commands, the service registry
 * for the catalogue, `on('case.changed')` for case streams and `watch` for live queues. Any `Router` fits.
 */
export type WebRouter = RouterClient & Pick<Router, 'services' | 'service' | 'on' | 'watch'>;
