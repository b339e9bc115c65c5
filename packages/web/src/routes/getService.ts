import { CaseError, describeService } from '@onecase/core';
import type { Route } from '../handler/routeTable.js';
import { cachedJsonReply, catalogueLocale, rendered } from './catalogueReply.js';

/**
 * `GET /services/:id[?version=n]`: one service as clients render it, for anyone, in the
 * language `Accept-Language` asks for, with an `ETag` (304 on `If-None-Match`).
 */
export const getService: Route = {
  method: 'GET',
  path: '/services/:id',
  public: true,
  handle: async ({ call, params, url }, { router }) => {
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
    const locale = catalogueLocale(call, router.services);
    const cached = rendered(router.services, `one:${service.key}:${locale ?? ''}`, () =>
      describeService(service, locale !== undefined ? { locale } : {}),
    );
    return cachedJsonReply(call, cached, locale);
  },
};
