import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SignInConfig } from '../shared/readConfig.js';
import { createConsoleApi, type DirectoryJson } from './consoleApi.js';
import { useConsoleText } from './consoleText.js';
import { CITY_UNIT } from './queues.js';

const ROLES = ['centre-agent', 'department-handler', 'supervisor'] as const;
type Role = (typeof ROLES)[number];
const CENTRE_UNIT = 'centre';

const DEFAULT_COOKIE: SignInConfig = { kind: 'cookie', cookie: 'sim_staff', path: '/api/staff' };

/** Forgets the simulator's sign-in cookie (or goes to the identity provider) and starts again. */
export function signOut(signIn: SignInConfig | undefined): void {
  const config = signIn ?? DEFAULT_COOKIE;
  if (config.kind === 'cookie')
    // biome-ignore lint/suspicious/noDocumentCookie: the simulator's sign-in is a cookie the page sets itself; the Cookie Store API is not in every browser
    document.cookie = `${config.cookie}=; path=${config.path}; max-age=0; samesite=strict`;
  location.hash = '';
  location.reload();
}

/**
 * Signs a member of staff in with a role and a unit: the 12345 centre for an agent, a
 * department of the directory for a handler, a district or the whole city for a supervisor.
 * In a simulator that is a cookie `<role>:<unit>:<name>` the server reads; with a real
 * identity provider it is a link there.
 */
export function SignIn(props: { signIn: SignInConfig | undefined }) {
  const { ct, t, locale } = useConsoleText();
  const config = props.signIn ?? DEFAULT_COOKIE;
  const [directory, setDirectory] = useState<DirectoryJson>({ departments: [], units: [] });
  const [role, setRole] = useState<Role>('centre-agent');
  const [unit, setUnit] = useState(CENTRE_UNIT);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const path = config.kind === 'cookie' ? config.path : '/api/staff';
  useEffect(() => {
    void createConsoleApi(path)
      .directory()
      .then(setDirectory, () => {});
  }, [path]);

  const units = useMemo(() => {
    const named = (id: string, zh: string, en: string) => ({ id, name: locale === 'en' ? en : zh });
    if (role === 'centre-agent') return [{ id: CENTRE_UNIT, name: ct('unit.centre') }];
    if (role === 'department-handler')
      return directory.departments.map((department) => named(department.id, department.zh, department.en));
    return [
      { id: CITY_UNIT, name: ct('unit.city') },
      ...directory.units.filter((u) => u.level === 'district').map((u) => named(u.id, u.zh, u.en)),
    ];
  }, [role, directory, locale, ct]);

  if (config.kind === 'redirect') {
    return (
      <section class="panel">
        <h2>{ct('signIn.title')}</h2>
        <a href={config.url}>{t('signIn.redirect')}</a>
      </section>
    );
  }
  return (
    <section class="panel sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{ct('signIn.title')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') {
            setMissing(true);
            document.getElementById('sign-in-name')?.focus();
            return;
          }
          const value = encodeURIComponent(`${role}:${unit}:${name.trim()}`);
          // biome-ignore lint/suspicious/noDocumentCookie: the simulator's sign-in is a cookie the page sets itself; the Cookie Store API is not in every browser
          document.cookie = `${config.cookie}=${value}; path=${config.path}; samesite=strict`;
          location.hash = '';
          location.reload();
        }}
      >
        <div class="field">
          <label for="sign-in-role">{ct('signIn.role')}</label>
          <select
            id="sign-in-role"
            value={role}
            onChange={(event) => {
              const next = event.currentTarget.value as Role;
              setRole(next);
              setUnit(
                next === 'centre-agent'
                  ? CENTRE_UNIT
                  : next === 'supervisor'
                    ? CITY_UNIT
                    : (directory.departments[0]?.id ?? ''),
              );
            }}
          >
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {ct(`role.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="sign-in-unit">{ct('signIn.unit')}</label>
          <select id="sign-in-unit" value={unit} onChange={(event) => setUnit(event.currentTarget.value)}>
            {units.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${missing ? ' field-invalid' : ''}`}>
          <label for="sign-in-name">{ct('signIn.name')}</label>
          <input
            id="sign-in-name"
            value={name}
            autocomplete="name"
            aria-invalid={missing}
            aria-describedby={missing ? 'sign-in-name-hint sign-in-name-error' : 'sign-in-name-hint'}
            onInput={(event) => {
              setName(event.currentTarget.value);
              setMissing(false);
            }}
          />
          <p id="sign-in-name-hint" class="hint">
            {ct('signIn.nameHint')}
          </p>
          <p id="sign-in-name-error" class="field-error" aria-live="polite">
            {missing ? ct('signIn.nameMissing') : ''}
          </p>
        </div>
        <div class="form-actions">
          <button type="submit" class="primary">
            {ct('signIn.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
