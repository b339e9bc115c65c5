import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApiClient, CaseView, ServiceDescriptor } from '../shared/apiClient.js';
import { useAnnounce } from '../shared/Announcer.js';
import { labelledSchema } from '../shared/form/fieldModel.js';
import { SchemaForm } from '../shared/form/SchemaForm.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import { serviceText } from '../shared/i18n/serviceText.js';
import { hrefOf } from './useHashRoute.js';

/** Filing one service: its form generated from the input schema, then the case number. */
export function FileService(props: { api: ApiClient; service: ServiceDescriptor }) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const text = serviceText(props.service, locale);
  const schema = useMemo(
    () => labelledSchema(props.service.input, (name) => text.field(name)),
    [props.service, locale],
  );
  const [filed, setFiled] = useState<CaseView>();
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (filed) done.current?.focus();
  }, [filed]);
  return (
    <section class="panel" aria-labelledby="file-title">
      <p>
        <a href={hrefOf({ page: 'services' })}>← {t('file.back')}</a>
      </p>
      <h2 id="file-title">{t('file.title', { service: text.title })}</h2>
      {text.description && <p class="muted">{text.description}</p>}
      {filed ? (
        <div class="notice-ok" tabIndex={-1} ref={done} data-testid="filed">
          <p>
            {t('file.done', { ref: '' })}
            <strong data-testid="filed-ref">{filed.ref}</strong>
          </p>
          <p>
            <a href={hrefOf({ page: 'case', ref: filed.ref })} data-testid="filed-link">
              {t('file.view')}
            </a>
          </p>
        </div>
      ) : (
        <SchemaForm
          id="file"
          schema={schema}
          submitLabel={t('file.submit')}
          // The visitor's language for each choice, from the labels the catalogue sent in every locale.
          choiceLabel={(path, choice) => text.value(path, String(choice.value))}
          onSubmit={async (input) => {
            const view = await props.api.open(props.service.id, input);
            setFiled(view);
            announce(t('file.done', { ref: view.ref }));
          }}
        />
      )}
    </section>
  );
}
