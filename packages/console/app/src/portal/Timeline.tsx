import { Fragment } from 'preact';
import type { CaseEvent } from '../shared/apiClient.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import type { ServiceText } from '../shared/i18n/serviceText.js';
import type { UiKey } from '../shared/i18n/strings.js';
import { payloadEntries } from './payloadText.js';

/** Every event of a case, from every channel: what, who and through which channel, when (local time), the state after. */
export function Timeline(props: { history: CaseEvent[]; text: ServiceText | undefined }) {
  const { t, time } = useI18n();
  const channel = (id: string) => {
    const key = `channel.${id}` as UiKey;
    return t(key) === key ? id : t(key);
  };
  return (
    <ol class="timeline" data-testid="timeline">
      {props.history.map((event) => {
        const what =
          event.type === 'case.open'
            ? t('timeline.opened')
            : event.type.startsWith('xstate.after')
              ? t('timeline.system')
              : (props.text?.event(event.type).label ?? event.type);
        const actor = event.via.actor.role === 'citizen' ? t('role.citizen') : event.via.actor.id;
        const state = props.text
          ? props.text.state(event.stateAfter as never)
          : JSON.stringify(event.stateAfter);
        const entries = payloadEntries(event.type, event.payload, props.text, t);
        return (
          <li key={event.seq} data-event-type={event.type}>
            <strong>{what}</strong> <span class="badge">{state}</span>
            <div class="when">
              <time dateTime={new Date(event.at).toISOString()}>{time(event.at)}</time> ·{' '}
              {t('timeline.by', { actor, channel: channel(event.via.channel) })}
            </div>
            {entries.length > 0 && (
              <dl>
                {entries.map(([label, value]) => (
                  <Fragment key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </Fragment>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
