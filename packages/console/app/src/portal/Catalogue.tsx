import { useMemo, useState } from 'preact/hooks';
import type { ServiceDescriptor } from '../shared/apiClient.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import { serviceText } from '../shared/i18n/serviceText.js';
import { hrefOf } from './useHashRoute.js';

const PAGE = 30;

/** The service catalogue: a search over every service's title and description, then a link to file one. */
export function Catalogue(props: { services: ServiceDescriptor[]; citizenChannel: string }) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const texts = useMemo(
    () =>
      props.services
        // Only what a citizen can open from this channel: its channel policy lists the channel.
        .filter((service) => service.channels[props.citizenChannel] !== undefined)
        .map((service) => ({ service, text: serviceText(service, locale) })),
    [props.services, props.citizenChannel, locale],
  );
  const matches = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return texts;
    return texts.filter(({ service, text }) => {
      const haystack = `${text.title} ${text.description ?? ''} ${service.id}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [texts, query]);
  return (
    <section class="panel" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('catalogue.title')}</h2>
      <div class="field">
        <label for="catalogue-search">{t('catalogue.search')}</label>
        <p class="hint" id="catalogue-search-hint">
          {t('catalogue.searchHint')}
        </p>
        <input
          type="search"
          id="catalogue-search"
          value={query}
          aria-describedby="catalogue-search-hint"
          aria-controls="catalogue-list"
          data-testid="catalogue-search"
          onInput={(event) => {
            setQuery((event.currentTarget as HTMLInputElement).value);
            setShown(PAGE);
          }}
        />
      </div>
      <p role="status" class="muted" data-testid="catalogue-count">
        {matches.length === 0 ? t('catalogue.none') : t('catalogue.count', { count: matches.length })}
      </p>
      <ul class="service-list" id="catalogue-list">
        {matches.slice(0, shown).map(({ service, text }) => (
          <li key={service.id} class="service-item">
            <h3>
              <a href={hrefOf({ page: 'file', service: service.id })} data-service={service.id}>
                {text.title}
              </a>
            </h3>
            {text.description && <p class="muted">{text.description}</p>}
          </li>
        ))}
      </ul>
      {matches.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('catalogue.more', { count: matches.length - shown })}
        </button>
      )}
    </section>
  );
}
