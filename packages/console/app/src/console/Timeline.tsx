import type { CaseEvent, ServiceText } from '../shared/index.js';
import type { NameOf } from './ConsoleApp.js';
import { type ConsoleKey, hasConsoleKey, useConsoleText } from './consoleText.js';

// Payload fields worth reading in the timeline, in this order; ids and flags stay out.
const SHOWN = [
  'answer',
  'reason',
  'rule',
  'note',
  'by',
  'lead',
  'department',
  'score',
  'comment',
  'conclusion',
  'master',
  'duplicate',
];
const DEPARTMENT_FIELDS = new Set(['lead', 'department']);

/**
 * Every event of a case from every channel, oldest first: who (actor and role), on which
 * channel, when in local time, and what — the event's label and the fields that say something.
 */
export function Timeline(props: { history: CaseEvent[]; text: ServiceText | undefined; nameOf: NameOf }) {
  const { ct, time } = useConsoleText();
  const label = (key: string, fallback: string) => (hasConsoleKey(key) ? ct(key) : fallback);
  const what = (event: CaseEvent) => {
    if (event.type === 'case.open') return ct('timeline.opened');
    if (event.type.startsWith('xstate.after')) return ct('timeline.timer');
    return props.text?.event(event.type).label ?? event.type;
  };
  return (
    <ol class="timeline" data-testid="timeline">
      {props.history.map((event) => {
        const role = event.via.actor.role;
        const fields = SHOWN.filter((name) => {
          const value = event.payload?.[name];
          return value !== undefined && value !== null && value !== '';
        });
        return (
          <li key={event.seq} data-type={event.type}>
            <p>
              <strong>{what(event)}</strong>
              {' · '}
              <span>{label(`timeline.channel.${event.via.channel}`, event.via.channel)}</span>
              {' · '}
              <span>
                {role
                  ? ct('timeline.who', { actor: event.via.actor.id, role: label(`role.${role}`, role) })
                  : event.via.actor.id}
              </span>
            </p>
            <p class="when">
              <time dateTime={new Date(event.at).toISOString()}>{time(event.at)}</time>
            </p>
            {fields.length > 0 && (
              <dl>
                {fields.map((name) => {
                  const value = event.payload[name];
                  const shown = DEPARTMENT_FIELDS.has(name) ? props.nameOf(String(value)) : String(value);
                  return [
                    <dt key={`${name}-t`}>
                      {props.text?.payloadField(event.type, name)?.label ??
                        (label(`field.${name}`, name) as string)}
                    </dt>,
                    <dd key={`${name}-d`}>{shown}</dd>,
                  ];
                })}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export type { ConsoleKey };
