import type { Route } from '../handler/routeTable.js';
import { catalogueReply } from './catalogueReply.js';

/**
 * `GET /services[?page=&pageSize=]`: the newest version of every service, for anyone, in the
 * language `Accept-Language` asks for, with an `ETag` (304 on `If-None-Match`).
 */
export const listServices: Route = {
  method: 'GET',
  path: '/services',
  public: true,
  handle: async ({ call, url }, { router }) => catalogueReply(call, url, router.services),
};
