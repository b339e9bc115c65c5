import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  type ApiClient,
  createApiClient,
  errorText,
  formatDuration,
  serviceText,
  statePaths,
  useLiveCase,
} from '../shared/index.js';
import { ActionPanel } from './ActionPanel.js';
import type { NameOf } from './ConsoleApp.js';
import type { ChartJson, ConsoleApi, DeadlineJson, DirectoryJson, StaffMe } from './consoleApi.js';
import { hasConsoleKey, useConsoleText } from './consoleText.js';
import { StateChartView } from './StateChartView.js';
import { Timeline } from './Timeline.js';
import { hrefOf } from './useHashRoute.js';
import { useDescriptor } from './useDescriptor.js';
import { workOrderOf } from './workOrderView.js';

/**
 * One work order as staff see it, live: what it is about and who has it, the running deadline
 * with the working time left, linked and merged cases, the state chart with the current state
 * highlighted, the whole timeline, and the actions the role may take now.
 */
export function CasePage(props: {
  api: ApiClient;
  consoleApi: ConsoleApi;
  me: StaffMe;
  caseRef: string;
  nameOf: NameOf;
  directory: DirectoryJson;
}) {
  const { ct, t, locale, time } = useConsoleText();
  const { view, history, error, accept } = useLiveCase(props.api, props.caseRef);
  const descriptor = useDescriptor(props.api, view?.service);
  const text = descriptor ? serviceText(descriptor, locale) : undefined;
  const [chart, setChart] = useState<ChartJson | undefined>(undefined);
  const [deadline, setDeadline] = useState<DeadlineJson | undefined>(undefined);
  const clients = useMemo(() => new Map<string, ApiClient>(), []);
  const clientOf = (channel: string) => {
    let client = clients.get(channel);
    if (!client) {
      client = createApiClient({ baseUrl: props.api.baseUrl, channel: () => channel });
      clients.set(channel, client);
    }
    return client;
  };
  const serviceKey = view ? `${view.service.id}@${view.service.version}` : undefined;
  useEffect(() => {
    if (!view) return;
    void props.consoleApi.chart(view.service.id, view.service.version).then(setChart, () => {});
  }, [serviceKey]);
  useEffect(() => {
    if (!view) return;
    void props.consoleApi.deadline(view.ref).then(setDeadline, () => {});
  }, [view?.version]);

  if (error && !view) return <p role="alert">{errorText(error, t)}</p>;
  if (!view) return <p aria-busy="true">{ct('dash.loading')}</p>;
  const order = workOrderOf(view);
  const state = statePaths(view.state.value as string)[0] ?? String(view.state.value);
  const running = deadline?.deadline;
  const stageKey = running ? `case.stage.${running.stage}` : '';
  const stage = running && hasConsoleKey(stageKey) ? ct(stageKey) : (running?.stage ?? '');
  return (
    <article class="case-page" aria-labelledby="case-title">
      <p>
        <a href={hrefOf({ page: 'queue', queue: undefined })}>{ct('case.back')}</a>
      </p>
      <h2 id="case-title">
        {text?.title ?? view.service.id} <span class="ref">{view.ref}</span>
      </h2>
      <p>
        <span class={view.state.done ? 'badge badge-done' : 'badge'} data-testid="case-state">
          {text ? text.state(view.state.value as string) : state}
        </span>
      </p>
      <div class="case-grid">
        <section aria-labelledby="details-title" class="panel">
          <h3 id="details-title">{ct('case.details')}</h3>
          <dl class="facts">
            {order.description && [
              <dt key="dt">{ct('case.description')}</dt>,
              <dd key="dd">{order.description}</dd>,
            ]}
            {order.address && [<dt key="at">{ct('case.address')}</dt>, <dd key="ad">{order.address}</dd>]}
            {order.category && [
              <dt key="ct">{ct('case.category')}</dt>,
              <dd key="cd">
                {text?.field('category').label ? categoryName(descriptor, order.category) : order.category}
              </dd>,
            ]}
            <dt>{ct('queue.district')}</dt>
            <dd>{props.nameOf(order.street ?? order.district)}</dd>
            <dt>{ct('case.department')}</dt>
            <dd data-testid="lead">{props.nameOf(order.lead)}</dd>
            {order.coHandlers &&
              order.coHandlers.length > 0 && [
                <dt key="ht">{ct('case.coHandlers')}</dt>,
                <dd key="hd">{order.coHandlers.map((id) => props.nameOf(id)).join('、')}</dd>,
              ]}
            <dt>{ct('queue.openedAt')}</dt>
            <dd>{time(view.openedAt)}</dd>
          </dl>
          {order.reply && (
            <div class="reply">
              <h4>{ct('case.reply')}</h4>
              <p>{order.reply.answer}</p>
              <p class="muted">
                {props.nameOf(order.reply.department)} · {time(order.reply.at)}
              </p>
            </div>
          )}
        </section>
        <section aria-labelledby="deadline-title" class="panel">
          <h3 id="deadline-title">{ct('case.deadline')}</h3>
          <p data-testid="deadline">
            {!running
              ? ct('case.deadlineNone')
              : ct(running.workingMsLeft >= 0 ? 'case.deadlineLeft' : 'case.deadlineMissed', {
                  stage,
                  due: time(running.dueAt),
                  left: formatDuration(running.workingMsLeft, locale),
                })}
          </p>
          <h3 id="links-title">{ct('case.linked')}</h3>
          {!order.mergedInto && (order.duplicates ?? []).length === 0 ? (
            <p>{ct('case.noLinks')}</p>
          ) : (
            <ul aria-labelledby="links-title">
              {order.mergedInto && (
                <li>
                  {ct('case.mergedInto')}{' '}
                  <a href={hrefOf({ page: 'case', ref: order.mergedInto })}>{order.mergedInto}</a>
                </li>
              )}
              {(order.duplicates ?? []).map((ref) => (
                <li key={ref}>
                  {ct('case.duplicates')} <a href={hrefOf({ page: 'case', ref })}>{ref}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="actions-title" class="panel">
        <h3 id="actions-title">{ct('case.actions')}</h3>
        {descriptor && text && (
          <ActionPanel
            view={view}
            me={props.me}
            descriptor={descriptor}
            text={text}
            directory={props.directory}
            nameOf={props.nameOf}
            clientOf={clientOf}
            onDone={accept}
            chart={chart}
            state={state}
          />
        )}
      </section>
      <section aria-labelledby="chart-title" class="panel">
        <h3 id="chart-title">{ct('case.chart')}</h3>
        {chart && <StateChartView chart={chart} current={state} text={text} />}
      </section>
      <section aria-labelledby="timeline-title" class="panel">
        <h3 id="timeline-title">{ct('case.timeline')}</h3>
        <Timeline history={history} text={text} nameOf={props.nameOf} />
      </section>
    </article>
  );
}

/** A category code in words, from the input schema's labelled enum when it has one. */
function categoryName(descriptor: { input: Record<string, any> } | undefined, code: string): string {
  const property = descriptor?.input.properties?.category;
  const branches = (property?.oneOf ?? property?.anyOf) as { const?: string; title?: string }[] | undefined;
  return branches?.find((branch) => branch.const === code)?.title ?? code;
}
