import { CaseError, describeService } from '@onecase/core';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';

/** `GET /services/:id[?version=n]`: one service as clients render it, for anyone. */
export const getService: Route = {
  method: 'GET',
  path: '/services/:id',
  public: true,
  handle: async ({ params, url }, { router }) => {
    const id = params.id!;
    const versionParam = url.searchParams.get('version');
    const version = versionParam === null ? undefined : Number(versionParam);
    if (version !== undefined && !Number.isInteger(version)) {
      throw new CaseError('INVALID_INPUT', 'version must be an integer', { version: versionParam });
    }
    const service = router.service(id, version);
    if (!service) {
      throw new CaseError('UNKNOWN_SERVICE', `No service '${id}'`, {
        service: id,
        ...(version !== undefined ? { version } : {}),
      });
    }
    return jsonReply(200, describeService(service));
  },
};
