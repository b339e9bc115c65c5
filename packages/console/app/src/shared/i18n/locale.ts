import { UI_LOCALES, UI_STRINGS, type UiKey, type UiLocale } from './strings.js';

const STORAGE_KEY = 'onecase.locale';

/** The UI locale closest to a BCP 47 tag (`zh-Hans-CN`, `zh` → `zh-CN`; `en-GB` → `en`), if any. */
export function uiLocaleOf(tag: string): UiLocale | undefined {
  const lower = tag.toLowerCase();
  return UI_LOCALES.find((locale) => {
    const want = locale.toLowerCase();
    return lower === want || lower.split('-')[0] === want.split('-')[0];
  });
}

/**
 * The locale to start in: the one the visitor chose before (kept in `localStorage`), else the
 * first of the browser's languages the UI is written in, else zh-CN.
 *
 * @example
 * ```ts
 * initialLocale(['en-GB', 'zh-CN'], null); // 'en'
 * ```
 */
export function initialLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
  stored: string | null = readStored(),
): UiLocale {
  if (stored !== null) {
    const chosen = uiLocaleOf(stored);
    if (chosen) return chosen;
  }
  for (const language of languages) {
    const locale = uiLocaleOf(language);
    if (locale) return locale;
  }
  return UI_LOCALES[0];
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the visitor's choice of language for the next visit. */
export function storeLocale(locale: UiLocale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** A translate function over one locale's table. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * The UI text of a key in a locale, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * translator('en')('catalogue.count', { count: 3 }); // '3 services'
 * ```
 */
export function translator(locale: UiLocale): Translate {
  const table = UI_STRINGS[locale];
  return (key, values) => {
    const text = table[key] ?? UI_STRINGS[UI_LOCALES[0]][key] ?? key;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      values[name] !== undefined ? String(values[name]) : whole,
    );
  };
}
