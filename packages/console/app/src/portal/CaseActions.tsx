import { useState } from 'preact/hooks';
import type { ApiClient, CaseView, ServiceDescriptor } from '../shared/apiClient.js';
import { isApiError } from '../shared/apiError.js';
import { useAnnounce } from '../shared/Announcer.js';
import { labelledSchema } from '../shared/form/fieldModel.js';
import { SchemaForm } from '../shared/form/SchemaForm.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import type { ServiceText } from '../shared/i18n/serviceText.js';
import type { UiKey } from '../shared/i18n/strings.js';
import { isRatingSchema } from './payloadText.js';
import { SatisfactionScale } from './SatisfactionScale.js';

interface ActionsProps {
  api: ApiClient;
  view: CaseView;
  service: ServiceDescriptor;
  text: ServiceText;
  channel: string;
  /** Shows the case as the write answered it. */
  accept(view: CaseView): void;
  refresh(): Promise<void>;
}

const WIDGETS = { score: SatisfactionScale };

/**
 * What the citizen may do now — exactly the events the case's state allows on her channel
 * (`view.allowed`) — as buttons that open their generated forms; a rating is asked inline,
 * and the case page puts it under the department's reply.
 */
export function CaseActions(props: ActionsProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [open, setOpen] = useState<string>();
  const allowed = props.view.allowed[props.channel] ?? [];
  const rating = allowed.filter((type) => isRatingSchema(props.service.events[type]?.schema ?? {}));
  const others = allowed.filter((type) => !rating.includes(type));

  const formOf = (type: string, inline: boolean) => {
    // The service's own words for its payload fields first; the portal's only for a service without them.
    const schema = labelledSchema(props.service.events[type]?.schema ?? { type: 'object' }, (name) => {
      const own = props.text.payloadField(type, name);
      if (own) return own;
      const key = `field.${name}` as UiKey;
      return t(key) === key ? undefined : { label: t(key) };
    });
    return (
      <SchemaForm
        key={type}
        id={`event-${type.replace(/[^A-Za-z0-9]/g, '-')}`}
        schema={schema}
        submitLabel={inline ? props.text.event(type).label : t('action.send')}
        widgets={WIDGETS}
        {...(inline ? {} : { onCancel: () => setOpen(undefined) })}
        onSubmit={async (payload) => {
          try {
            const view = await props.api.send(
              props.view.ref,
              { ...payload, type },
              { expectedVersion: props.view.version },
            );
            props.accept(view);
            setOpen(undefined);
            announce(t('action.sent', { action: props.text.event(type).label }));
          } catch (error) {
            // The case moved on meanwhile: show it as it is now, then say why nothing was done.
            if (isApiError(error, 'EVENT_NOT_ALLOWED') || isApiError(error, 'VERSION_CONFLICT'))
              await props.refresh();
            throw error;
          }
        }}
      />
    );
  };

  return (
    <section class="panel" aria-labelledby="actions-title" data-testid="actions">
      <h3 id="actions-title">{t('case.actions')}</h3>
      {allowed.length === 0 && <p>{t('case.noActions')}</p>}
      {rating.map((type) => (
        <div key={type}>{formOf(type, true)}</div>
      ))}
      <div class="action-buttons">
        {others.map((type) => {
          const label = props.text.event(type);
          return (
            <div key={type} class="action">
              <button
                type="button"
                aria-expanded={open === type}
                aria-controls={open === type ? `action-${type}` : undefined}
                data-event={type}
                onClick={() => setOpen(open === type ? undefined : type)}
              >
                {label.label}
              </button>
              {label.hint && <span class="muted"> {label.hint}</span>}
              {open === type && (
                <div id={`action-${type}`} class="action-form">
                  {formOf(type, false)}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
