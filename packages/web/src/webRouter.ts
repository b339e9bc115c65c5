import type { Router, RouterClient } from '@onecase/core';

/**
 * What the web handler needs of a router: the `RouterClient` commands, the service registry
 * for the catalogue and `on('case.changed')` for server-sent events. Any `Router` fits.
 */
export type WebRouter = RouterClient & Pick<Router, 'services' | 'service' | 'on'>;
