import { useI18n } from './i18n/I18nProvider.js';

/**
 * The first control of a page: "skip to main content", which moves focus to `#main`
 * (by script, so the hash route is left as it is).
 *
 * @example
 * ```tsx
 * <><SkipLink /><header>…</header><main id="main" tabIndex={-1}>…</main></>
 * ```
 */
export function SkipLink() {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the script only spares the hash route
    <a
      class="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('app.skip')}
    </a>
  );
}
