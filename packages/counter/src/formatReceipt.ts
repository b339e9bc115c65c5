import { type CaseView, statePaths } from '@onecase/core';

type StateValue = CaseView['state']['value'];

/** Human names for states and events on receipts; the raw names are used where none is given. */
export interface ReceiptLabels {
  states?: Record<string, string>;
  events?: Record<string, string>;
  channels?: Record<string, string>;
}

/** Everything a receipt shows. */
export interface ReceiptInput {
  /** The case after the action (omit for a command queued offline). */
  case?: CaseView;
  ref: string;
  /** What the clerk did: an event type, or `case.open`. */
  action: string;
  at: number;
  counter: string;
  clerk: string;
  serviceTitle?: string;
  /** Soonest durable timer of the case (epoch ms), when the router exposes timers. */
  deadline?: number;
  /** Set when the command waits in the outbox instead of having been applied. */
  queued?: { position: number };
  hall?: string;
  timeZone?: string;
  labels?: ReceiptLabels;
  /**
   * The service's own labels from the catalogue (`labelsFor(descriptor, locale)`), shown beside
   * the ids (`review · Under review`) where `labels` gives no name.
   */
  serviceLabels?: { states: Record<string, { label: string }>; events: Record<string, { label: string }> };
}

type ServiceLabelTexts = NonNullable<ReceiptInput['serviceLabels']>;

/** The catalogue's label of an id, when it says more than the id. */
function labelOf(texts: Record<string, { label: string }> | undefined, id: string): string | undefined {
  const label = texts?.[id]?.label;
  return label !== undefined && label !== id ? label : undefined;
}

function eventName(event: string, labels?: ReceiptLabels, service?: ServiceLabelTexts): string {
  const label = labelOf(service?.events, event);
  return labels?.events?.[event] ?? (label !== undefined ? `${event} · ${label}` : event);
}

const WIDTH = 44;

/**
 * Formats epoch ms as `YYYY-MM-DD HH:mm` in a time zone (China by default), as counters print it.
 *
 * @example
 * ```ts
 * formatTime(Date.UTC(2026, 0, 5, 1, 0)); // '2026-01-05 09:00'
 * ```
 */
export function formatTime(at: number, timeZone = 'Asia/Shanghai'): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Building an Intl formatter costs far more than using one, and every receipt formats times. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Writes a (possibly nested) XState state value the way a receipt shows it: `a.b`, parallel
 * regions joined with `, `, with labels when given.
 *
 * @example
 * ```ts
 * stateText({ active: 'valid' }); // 'active.valid'
 * ```
 */
export function stateText(value: StateValue, labels?: ReceiptLabels, service?: ServiceLabelTexts): string {
  return statePaths(value)
    .map((path) => {
      const label = labelOf(service?.states, path);
      return labels?.states?.[path] ?? (label !== undefined ? `${path} · ${label}` : path);
    })
    .join(', ');
}

/** What can happen next: every event some channel may send now, with the channels that may send it. */
function nextSteps(view: CaseView, labels?: ReceiptLabels, service?: ServiceLabelTexts): string {
  if (view.state.done) return 'the case is closed; nothing further happens';
  const byEvent = new Map<string, string[]>();
  for (const [channel, events] of Object.entries(view.allowed)) {
    for (const event of events)
      byEvent.set(event, [...(byEvent.get(event) ?? []), labels?.channels?.[channel] ?? channel]);
  }
  if (byEvent.size === 0) return 'waiting for the service (no action is open to any channel)';
  return [...byEvent]
    .map(([event, channels]) => {
      const label = labels?.events?.[event] === undefined ? labelOf(service?.events, event) : undefined;
      const sent = `${labels?.events?.[event] ?? event} (${channels.join(', ')})`;
      return label !== undefined ? `${sent} · ${label}` : sent;
    })
    .join('; ');
}

function row(label: string, value: string): string {
  return `${`${label}:`.padEnd(12)}${value}`;
}

/**
 * Formats the plain-text receipt a counter prints after an action: reference, service, new
 * state, what can happen next and the deadline, or — for a command queued offline — that it
 * will be sent when the connection is back.
 *
 * @example
 * ```ts
 * console.log(formatReceipt({ case: view, ref: view.ref, action: 'documents.check', at: Date.now(), counter: '3', clerk: 'c-17' }));
 * ```
 */
export function formatReceipt(input: ReceiptInput): string {
  const labels = input.labels;
  const lines = [
    '='.repeat(WIDTH),
    `${input.hall ?? 'Service hall'} · counter ${input.counter} · clerk ${input.clerk}`,
    row('Time', formatTime(input.at, input.timeZone)),
    row('Reference', input.ref),
  ];
  const view = input.case;
  if (view) {
    lines.push(row('Service', input.serviceTitle ?? `${view.service.id} v${view.service.version}`));
  } else if (input.serviceTitle) {
    lines.push(row('Service', input.serviceTitle));
  }
  const service = input.serviceLabels;
  lines.push(row('Action', eventName(input.action, labels, service)));
  if (input.queued || !view) {
    lines.push(
      row('Status', 'QUEUED - the counter is offline'),
      row(
        'Next',
        `sent automatically when the connection is back (outbox #${input.queued?.position ?? '?'})`,
      ),
    );
  } else {
    lines.push(
      row('New state', stateText(view.state.value, labels, service)),
      row('Next', nextSteps(view, labels, service)),
    );
    if (input.deadline !== undefined) lines.push(row('Deadline', formatTime(input.deadline, input.timeZone)));
  }
  lines.push('='.repeat(WIDTH));
  return lines.join('\n');
}
