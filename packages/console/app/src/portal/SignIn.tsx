import { useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import type { SignInConfig } from '../shared/readConfig.js';
import type { PortalSession } from './usePortalSession.js';

/** The sign-in panel: a link to the sign-in page, or (simulators) a mobile number to act as. */
export function SignIn(props: { session: PortalSession; signIn: SignInConfig | undefined }) {
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string>();
  if (props.signIn?.kind === 'redirect') {
    return (
      <section class="panel" aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('signIn.title')}</h2>
        <p>{t('signIn.needed')}</p>
        <a class="button" href={props.signIn.url}>
          {t('signIn.redirect')}
        </a>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('signIn.title')}</h2>
      <p>{t('signIn.needed')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = phone.replace(/\s+/g, '');
          if (!/^1\d{10}$/.test(value)) {
            setError(t('signIn.invalidPhone'));
            document.getElementById('sign-in-phone')?.focus();
            return;
          }
          setError(undefined);
          props.session.signIn(value);
        }}
      >
        <div class={`field${error ? ' field-invalid' : ''}`}>
          <label for="sign-in-phone">{t('signIn.phone')}</label>
          <p class="hint" id="sign-in-phone-hint">
            {t('signIn.phoneHint')}
          </p>
          {error && (
            <p class="field-error" id="sign-in-phone-error" role="alert">
              {error}
            </p>
          )}
          <input
            type="tel"
            id="sign-in-phone"
            autocomplete="tel"
            inputMode="tel"
            value={phone}
            onInput={(event) => setPhone((event.currentTarget as HTMLInputElement).value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'sign-in-phone-hint sign-in-phone-error' : 'sign-in-phone-hint'}
          />
        </div>
        <button type="submit" class="primary" data-testid="sign-in">
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
