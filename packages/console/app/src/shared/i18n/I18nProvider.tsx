import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { formatDateTime } from '../formatTime.js';
import { initialLocale, storeLocale, type Translate, translator } from './locale.js';
import type { UiLocale } from './strings.js';

/** What components read from the i18n context. */
export interface I18n {
  locale: UiLocale;
  setLocale(locale: UiLocale): void;
  t: Translate;
  timeZone: string;
  /** An epoch-ms time as local date and time in the configured zone. */
  time(ms: number): string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Provides the locale (zh-CN unless the browser or an earlier choice says otherwise), its
 * translate function and time formatting to the tree; keeps `<html lang>` in step.
 *
 * @example
 * ```tsx
 * render(<I18nProvider timeZone="Asia/Shanghai"><Portal /></I18nProvider>, root);
 * ```
 */
export function I18nProvider(props: { children: ComponentChildren; timeZone?: string; locale?: UiLocale }) {
  const [locale, setLocaleState] = useState<UiLocale>(() => props.locale ?? initialLocale());
  const timeZone = props.timeZone ?? 'Asia/Shanghai';
  const setLocale = useCallback((next: UiLocale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: translator(locale),
      timeZone,
      time: (ms: number) => formatDateTime(ms, locale, timeZone),
    }),
    [locale, setLocale, timeZone],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/**
 * The current locale, translate function and time formatting.
 *
 * @example
 * ```tsx
 * const { t, time } = useI18n();
 * return <p>{t('case.updatedAt')}: {time(view.updatedAt)}</p>;
 * ```
 */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
