import { useEffect, useState } from 'preact/hooks';
import type { ApiClient, CaseView, ServiceDescriptor } from '../shared/apiClient.js';
import { errorText } from '../shared/errorText.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import { serviceText } from '../shared/i18n/serviceText.js';
import { hrefOf } from './useHashRoute.js';

/** The citizen's cases, newest change first, each with its state in words. */
export function MyCases(props: { api: ApiClient; services: Map<string, ServiceDescriptor> }) {
  const { t, locale, time } = useI18n();
  const [cases, setCases] = useState<CaseView[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    props.api.mine().then(
      (views) => setCases([...views].sort((a, b) => b.updatedAt - a.updatedAt)),
      (failure) => setError(errorText(failure, t)),
    );
  }, [props.api]);
  return (
    <section class="panel" aria-labelledby="cases-title">
      <h2 id="cases-title">{t('cases.title')}</h2>
      {error && <p class="notice-error">{error}</p>}
      {!cases && !error && <p>{t('loading')}</p>}
      {cases?.length === 0 && <p>{t('cases.none')}</p>}
      {cases && cases.length > 0 && (
        <table data-testid="my-cases">
          <thead>
            <tr>
              <th scope="col">{t('cases.ref')}</th>
              <th scope="col">{t('cases.service')}</th>
              <th scope="col">{t('cases.state')}</th>
              <th scope="col">{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((view) => {
              const service = props.services.get(view.service.id);
              const text = service ? serviceText(service, locale) : undefined;
              return (
                <tr key={view.id}>
                  <td>
                    <a href={hrefOf({ page: 'case', ref: view.ref })} data-case-ref={view.ref}>
                      {view.ref}
                    </a>
                  </td>
                  <td>{text?.title ?? view.service.id}</td>
                  <td>
                    <span class={`badge${view.state.done ? ' badge-done' : ''}`}>
                      {text ? text.state(view.state.value as never) : JSON.stringify(view.state.value)}
                    </span>
                  </td>
                  <td>{time(view.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
