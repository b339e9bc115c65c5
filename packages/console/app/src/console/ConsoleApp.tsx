import { useEffect, useMemo, useState } from 'preact/hooks';
import { Dashboard } from '../dashboard/Dashboard.js';
import { createApiClient, errorText, isApiError, LanguageSwitch } from '../shared/index.js';
import type { ConsoleConfig } from '../shared/readConfig.js';
import { CasePage } from './CasePage.js';
import { createConsoleApi, type DirectoryJson, type StaffMe } from './consoleApi.js';
import { hasConsoleKey, useConsoleText } from './consoleText.js';
import { QueuesView } from './QueuesView.js';
import { SignIn, signOut } from './SignIn.js';
import { hrefOf, useHashRoute } from './useHashRoute.js';

/** The names of units and departments in the UI language, from the directory. */
export type NameOf = (id: string | null | undefined) => string;

/**
 * The governance-centre console: sign in with a role and a unit, then the role's work queues,
 * a case page per work order and the KPI dashboard, in zh-CN or English.
 */
export function ConsoleApp(props: { config: ConsoleConfig }) {
  const { ct, t, locale } = useConsoleText();
  const staffMount = props.config.apis.staff ?? { url: '/api/staff' };
  const [me, setMe] = useState<StaffMe | null | undefined>(undefined);
  const [unreachable, setUnreachable] = useState<unknown>(undefined);
  const [directory, setDirectory] = useState<DirectoryJson>({ departments: [], units: [] });
  const route = useHashRoute();
  const consoleApi = useMemo(() => createConsoleApi(staffMount.url), [staffMount.url]);
  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: staffMount.url,
        locale: () => document.documentElement.lang || 'zh-CN',
        channel: () => undefined,
      }),
    [staffMount.url],
  );

  useEffect(() => {
    consoleApi.me().then(
      (who) => {
        setMe(who);
        void consoleApi.directory().then(setDirectory);
      },
      (error) => {
        // Signed out is the sign-in form; anything else (the server down) is said in words.
        if (isApiError(error) && error.status === 401) setMe(null);
        else setUnreachable(error);
      },
    );
  }, [consoleApi]);

  const nameOf = useMemo<NameOf>(() => {
    const names = new Map<string, string>();
    for (const unit of directory.units) names.set(unit.id, locale === 'en' ? unit.en : unit.zh);
    for (const department of directory.departments)
      names.set(department.id, locale === 'en' ? department.en : department.zh);
    return (id) => {
      if (id === null || id === undefined) return '—';
      const key = `unit.${id}`;
      return names.get(id) ?? (hasConsoleKey(key) ? ct(key) : id);
    };
  }, [directory, locale, ct]);

  useEffect(() => {
    document.title = ct('console.title');
  }, [ct]);

  if (unreachable !== undefined) {
    return (
      <>
        <Header />
        <main id="main">
          <p role="alert">{errorText(unreachable, t)}</p>
        </main>
      </>
    );
  }
  if (me === undefined) return <main id="main" aria-busy="true" />;
  if (me === null) {
    return (
      <>
        <Header />
        <main id="main">
          <SignIn signIn={staffMount.signIn} />
        </main>
      </>
    );
  }
  const roleKey = `role.${me.role}`;
  return (
    <>
      <a class="skip-link" href="#main">
        {ct('console.title')}
      </a>
      <Header>
        <nav aria-label={ct('console.nav')}>
          <ul>
            <li>
              <a
                href={hrefOf({ page: 'queue', queue: undefined })}
                aria-current={route.page !== 'dashboard' ? 'page' : undefined}
              >
                {ct('console.queues')}
              </a>
            </li>
            <li>
              <a
                href={hrefOf({ page: 'dashboard' })}
                aria-current={route.page === 'dashboard' ? 'page' : undefined}
              >
                {ct('console.dashboard')}
              </a>
            </li>
          </ul>
        </nav>
        <p class="who" data-testid="signed-in">
          {ct('console.signedIn', {
            name: me.id,
            role: hasConsoleKey(roleKey) ? ct(roleKey) : me.role,
            unit: nameOf(me.unit),
          })}
        </p>
        <button type="button" class="link" onClick={() => signOut(staffMount.signIn)}>
          {ct('console.signOut')}
        </button>
      </Header>
      <main id="main">
        {route.page === 'dashboard' ? (
          <Dashboard api={consoleApi} directory={directory} />
        ) : route.page === 'case' ? (
          <CasePage
            api={api}
            consoleApi={consoleApi}
            me={me}
            caseRef={route.ref}
            nameOf={nameOf}
            directory={directory}
          />
        ) : (
          <QueuesView api={api} me={me} selected={route.queue} nameOf={nameOf} />
        )}
      </main>
    </>
  );
}

function Header(props: { children?: preact.ComponentChildren }) {
  const { ct } = useConsoleText();
  return (
    <header class="top">
      <h1>{ct('console.title')}</h1>
      {props.children}
      <LanguageSwitch />
    </header>
  );
}
