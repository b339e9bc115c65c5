import { useEffect, useRef } from 'preact/hooks';
import type { ApiClient, ServiceDescriptor } from '../shared/apiClient.js';
import { useAnnounce } from '../shared/Announcer.js';
import { errorText } from '../shared/errorText.js';
import { useI18n } from '../shared/i18n/I18nProvider.js';
import { serviceText } from '../shared/i18n/serviceText.js';
import type { UiKey } from '../shared/i18n/strings.js';
import { useLiveCase } from '../shared/useLiveCase.js';
import { CaseActions } from './CaseActions.js';
import { payloadEntries, replyOf } from './payloadText.js';
import { Timeline } from './Timeline.js';
import { hrefOf } from './useHashRoute.js';

/**
 * One case, live: its state in words, what was filed, the department's reply (above the
 * rating it is asked about), what the citizen may do now, and the whole timeline.
 */
export function CaseDetail(props: {
  api: ApiClient;
  caseRef: string;
  services: Map<string, ServiceDescriptor>;
  channel: string;
}) {
  const { t, locale, time } = useI18n();
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const { view, history, status, error, refresh, accept } = useLiveCase(props.api, props.caseRef, (next) => {
    const service = props.services.get(next.service.id);
    const state = service ? serviceText(service, locale).state(next.state.value as never) : '';
    announce(t('live.updated', { state }));
  });
  useEffect(() => heading.current?.focus(), [props.caseRef]);

  const service = view ? props.services.get(view.service.id) : undefined;
  const text = service ? serviceText(service, locale) : undefined;
  const opened = history.find((event) => event.type === 'case.open');
  const reply = [...history]
    .reverse()
    .map((event) => ({ event, answer: replyOf(event.type, event.payload) }))
    .find((found) => found.answer !== undefined);
  const rating = view ? (view.context as { rating?: { score?: number } } | null)?.rating : undefined;

  return (
    <section class="panel" aria-labelledby="case-title">
      <p>
        <a href={hrefOf({ page: 'cases' })}>← {t('case.back')}</a>
      </p>
      <h2 id="case-title" tabIndex={-1} ref={heading}>
        {t('case.title', { ref: props.caseRef })}
      </h2>
      {error !== undefined && !view && <p class="notice-error">{errorText(error, t)}</p>}
      {!view && error === undefined && <p>{t('loading')}</p>}
      {view && (
        <>
          <p class="muted">{text?.title ?? view.service.id}</p>
          <dl class="facts">
            <dt>{t('case.state')}</dt>
            <dd>
              <span class={`badge${view.state.done ? ' badge-done' : ''}`} data-testid="case-state">
                {text ? text.state(view.state.value as never) : JSON.stringify(view.state.value)}
              </span>
            </dd>
            <dt>{t('case.openedAt')}</dt>
            <dd>{time(view.openedAt)}</dd>
            <dt>{t('case.updatedAt')}</dt>
            <dd data-testid="case-updated">{time(view.updatedAt)}</dd>
          </dl>
          <p class="live muted" data-testid="live-status" data-status={status}>
            {t(`live.${status}` as UiKey)}
          </p>
          {opened && (
            <>
              <h3>{t('case.details')}</h3>
              <dl class="facts">
                {payloadEntries('case.open', opened.payload, text, t).map(([label, value]) => (
                  <div key={label} class="fact">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          <h3>{t('case.reply')}</h3>
          {reply ? (
            <div class="reply" data-testid="reply">
              <p class="when muted">{time(reply.event.at)}</p>
              {reply.answer}
            </div>
          ) : (
            <p class="muted">{t('case.noReply')}</p>
          )}
          {typeof rating?.score === 'number' && (
            <p data-testid="rated">{t('case.rated', { level: t(`rate.${rating.score}` as UiKey) })}</p>
          )}
          {service && text && (
            <CaseActions
              api={props.api}
              view={view}
              service={service}
              text={text}
              channel={props.channel}
              accept={accept}
              refresh={refresh}
            />
          )}
          <h3>{t('case.timeline')}</h3>
          <Timeline history={history} text={text} />
        </>
      )}
    </section>
  );
}
