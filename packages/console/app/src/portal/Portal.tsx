import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApiClient, type ServiceDescriptor } from '../shared/apiClient.js';
import { errorText } from '../shared/errorText.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import { LanguageSwitch } from '../shared/LanguageSwitch.js';
import { SkipLink } from '../shared/SkipLink.js';
import type { ConsoleConfig } from '../shared/readConfig.js';
import { CaseDetail } from './CaseDetail.js';
import { Catalogue } from './Catalogue.js';
import { FileService } from './FileService.js';
import { MyCases } from './MyCases.js';
import { SignIn } from './SignIn.js';
import { hrefOf, useHashRoute } from './useHashRoute.js';
import { usePortalSession } from './usePortalSession.js';

/** The citizen portal: the catalogue, filing, my cases and each case live, in zh-CN or English. */
export function Portal(props: { config: ConsoleConfig }) {
  const { t, locale } = useI18n();
  const mount = props.config.apis.citizen ?? { url: '/api/citizen' };
  const channel = mount.channel ?? 'web';
  const localeRef = useMemo(() => ({ current: locale }), []);
  localeRef.current = locale;
  const api = useMemo(
    () => createApiClient({ baseUrl: mount.url, locale: () => localeRef.current }),
    [mount.url],
  );
  const session = usePortalSession(api, mount.signIn);
  const route = useHashRoute();
  const [services, setServices] = useState<ServiceDescriptor[]>();
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(() => {
    api.services().then(setServices, setLoadError);
  }, [api]);
  const byId = useMemo(() => new Map((services ?? []).map((service) => [service.id, service])), [services]);
  useEffect(() => {
    document.title = t('app.portal');
  }, [locale]);

  const needsSignIn = route.page !== 'services' && session.state === 'signedOut';
  let page = <p>{t('loading')}</p>;
  if (loadError !== undefined) page = <p class="notice-error">{errorText(loadError, t)}</p>;
  else if (needsSignIn) page = <SignIn session={session} signIn={mount.signIn} />;
  else if (services && session.state !== 'checking') {
    if (route.page === 'services') page = <Catalogue services={services} citizenChannel={channel} />;
    else if (route.page === 'file') {
      const service = byId.get(route.service);
      page = service ? (
        <FileService key={service.id} api={api} service={service} />
      ) : (
        <p class="notice-error">{t('catalogue.none')}</p>
      );
    } else if (route.page === 'cases') page = <MyCases api={api} services={byId} />;
    else
      page = <CaseDetail key={route.ref} api={api} caseRef={route.ref} services={byId} channel={channel} />;
  }
  const current = route.page === 'cases' || route.page === 'case' ? 'cases' : 'services';

  return (
    <>
      <SkipLink />
      <header class="top">
        <h1>{t('app.portal')}</h1>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <a
                href={hrefOf({ page: 'services' })}
                aria-current={current === 'services' ? 'page' : undefined}
              >
                {t('nav.services')}
              </a>
            </li>
            <li>
              <a
                href={hrefOf({ page: 'cases' })}
                aria-current={current === 'cases' ? 'page' : undefined}
                data-testid="nav-cases"
              >
                {t('nav.myCases')}
              </a>
            </li>
          </ul>
        </nav>
        <div class="session">
          {session.state === 'signedIn' && session.name && (
            <>
              <span>{t('signIn.signedInAs', { name: session.name })}</span>{' '}
              <button type="button" class="link" onClick={session.signOut}>
                {t('signIn.signOut')}
              </button>{' '}
            </>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
