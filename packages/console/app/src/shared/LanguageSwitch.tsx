import { useI18n } from './i18n/I18nProvider.js';

/**
 * The button that switches between Chinese and English; its text is the other language's
 * name, in that language, marked with its `lang`.
 *
 * @example
 * ```tsx
 * <header><LanguageSwitch /></header>
 * ```
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      class="lang-switch"
      lang={other}
      data-testid="lang-switch"
      onClick={() => setLocale(other)}
    >
      {t('lang.switchTo')}
    </button>
  );
}
