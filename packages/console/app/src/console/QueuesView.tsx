import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { type ApiClient, type CaseView, useLiveStream } from '../shared/index.js';
import type { NameOf } from './ConsoleApp.js';
import type { StaffMe } from './consoleApi.js';
import { useConsoleText } from './consoleText.js';
import { CaseRow } from './CaseRow.js';
import { queuesFor, scopeOf } from './queues.js';
import { hrefOf } from './useHashRoute.js';

/**
 * The role's work queues with their counts (`/cases/count`) and the chosen queue's cases
 * sorted by due time (`/cases`), all kept live over one stream of the role's scope
 * (`/cases/stream`): whatever enters, changes or leaves it, counts and list are read again.
 */
export function QueuesView(props: {
  api: ApiClient;
  me: StaffMe;
  selected: string | undefined;
  nameOf: NameOf;
}) {
  const { ct, t } = useConsoleText();
  const { api, me } = props;
  // "Due soon" is measured from when the page opened; a reload moves the window on.
  const [now] = useState(() => Date.now());
  const queues = useMemo(() => queuesFor(me, now), [me, now]);
  const queue = queues.find((candidate) => candidate.id === props.selected) ?? queues[0]!;
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [cases, setCases] = useState<CaseView[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [tick, setTick] = useState(0);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    Promise.all([
      Promise.all(queues.map(async (candidate) => [candidate.id, await api.count(candidate.query)] as const)),
      api.list({ ...queue.query, limit: 100 }),
    ]).then(
      ([counted, page]) => {
        if (!live) return;
        setFailed(false);
        setCounts(Object.fromEntries(counted));
        setCases(page.cases);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api, queues, queue, tick]);

  const scopeUrl = useMemo(() => api.queueStreamUrl(scopeOf(me)), [api, me]);
  const status = useLiveStream(scopeUrl, { entered: reload, changed: reload, left: reload, ready: reload });

  return (
    <div class="queues">
      <nav aria-labelledby="queues-title" class="queue-list">
        <h2 id="queues-title">{ct('console.queues')}</h2>
        <ul>
          {queues.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={hrefOf({ page: 'queue', queue: candidate.id })}
                aria-current={candidate.id === queue.id ? 'page' : undefined}
                data-queue={candidate.id}
              >
                <span>{ct(candidate.label)}</span>
                <span class="count" data-count={counts[candidate.id] ?? ''}>
                  {counts[candidate.id] === undefined
                    ? '…'
                    : ct('queue.count', { count: counts[candidate.id]! })}
                </span>
              </a>
            </li>
          ))}
        </ul>
        <p class="live" aria-live="polite">
          {status === 'live'
            ? ct('console.live')
            : status === 'reconnecting'
              ? ct('console.reconnecting')
              : ''}
        </p>
      </nav>
      <section aria-labelledby="queue-title" class="queue">
        <h2 id="queue-title">
          {ct(queue.label)}{' '}
          <span class="muted">{counts[queue.id] !== undefined ? `(${counts[queue.id]})` : ''}</span>
        </h2>
        {failed && <p role="alert">{t('error.network')}</p>}
        {cases && cases.length === 0 && <p>{ct('queue.empty')}</p>}
        {cases && cases.length > 0 && (
          <table data-queue-table={queue.id}>
            <thead>
              <tr>
                <th scope="col">{ct('queue.ref')}</th>
                <th scope="col">{ct('queue.summary')}</th>
                <th scope="col">{ct('queue.district')}</th>
                <th scope="col">{ct('queue.state')}</th>
                <th scope="col">{ct('queue.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((view) => (
                <CaseRow key={view.id} api={api} view={view} nameOf={props.nameOf} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
