/** The locales every lookup falls back to, in order, before the raw id. */
export const LABEL_FALLBACK_LOCALES = ['zh-CN', 'en'] as const;

/** The declared locale with the same tag, else the first with the same language (`en-US` → `en`). */
function matchLocale(declared: readonly string[], wanted: string): string | undefined {
  const tag = wanted.toLowerCase();
  const language = tag.split('-')[0];
  return (
    declared.find((locale) => locale.toLowerCase() === tag) ??
    declared.find((locale) => locale.toLowerCase().split('-')[0] === language)
  );
}

/**
 * The declared locale that serves a wanted one: the same tag, then the same language
 * (`en-US` → `en`, `zh` → `zh-CN`), then zh-CN, then en; `undefined` when none is declared.
 *
 * @example
 * ```ts
 * resolveLocale(['zh-CN', 'en'], 'en-GB'); // 'en'
 * ```
 */
export function resolveLocale(declared: readonly string[], wanted?: string): string | undefined {
  const matched = wanted ? matchLocale(declared, wanted) : undefined;
  if (matched !== undefined) return matched;
  for (const fallback of LABEL_FALLBACK_LOCALES) {
    const found = declared.find((locale) => locale.toLowerCase() === fallback.toLowerCase());
    if (found !== undefined) return found;
  }
  return declared[0];
}

/**
 * Picks the best of the declared locales for an `Accept-Language` header (quality values
 * honoured, `*` ignored); `undefined` when the header names none of them.
 *
 * @example
 * ```ts
 * negotiateLocale('en-US,en;q=0.9,zh;q=0.8', ['zh-CN', 'en']); // 'en'
 * ```
 */
export function negotiateLocale(
  header: string | null | undefined,
  declared: readonly string[],
): string | undefined {
  if (!header) return undefined;
  const wanted = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((item) => item.tag !== '' && item.tag !== '*' && item.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  for (const { tag } of wanted) {
    const found = matchLocale(declared, tag);
    if (found) return found;
  }
  return undefined;
}
