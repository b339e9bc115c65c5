import type { CaseEffect, Router, Via } from '@onecase/core';
import { formatStateValue } from '@onecase/testing';

/** One line of the demo's timeline: an accepted command, a fired timer or a refusal. */
export interface TimelineEntry {
  at: number;
  channel: string;
  actor: string;
  event: string;
  /** The state after the event, or `REFUSED <code>`. */
  state: string;
  ref: string;
  /** Effects the machine emitted, or the refusal's reason. */
  notes: string[];
  refused: boolean;
  timer: boolean;
}

/** What a timeline collects while the city runs, and how it prints. */
export interface Timeline {
  readonly entries: readonly TimelineEntry[];
  /** Prints a scene heading between entries. */
  scene(title: string): void;
  /** Prints a remark under the current scene (what an agent reads, a receipt line). */
  say(text: string): void;
  /** Stops listening to the router. */
  stop(): void;
}

const TIME_ZONE = 'Asia/Shanghai';

/**
 * Formats a time the way the timeline shows it, in the city's time zone.
 *
 * @example
 * ```ts
 * formatCityTime(Date.UTC(2026, 2, 2, 1, 30)); // 'Mon 02 Mar 09:30'
 * ```
 */
export function formatCityTime(at: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: '2-digit',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.hour}:${parts.minute}`;
}

function describeEffect(effect: CaseEffect): string {
  const { type, ...fields } = effect;
  const details = Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `effect ${type}${details ? ` ${details}` : ''}`;
}

function actorOf(via: Via | undefined): string {
  return via?.actor.id ?? '?';
}

/**
 * Renders one entry as the fixed-width line the demo prints, with its notes indented below.
 *
 * @example
 * ```ts
 * console.log(formatEntry(timeline.entries[0]!));
 * ```
 */
export function formatEntry(entry: TimelineEntry): string {
  const line = [
    formatCityTime(entry.at).padEnd(16),
    entry.channel.padEnd(8),
    entry.actor.padEnd(20),
    entry.event.padEnd(22),
    entry.state.padEnd(26),
    entry.ref,
  ].join(' ');
  return [line, ...entry.notes.map((note) => `${' '.repeat(17)}↳ ${note}`)].join('\n');
}

/**
 * Listens to a router and prints every accepted command, fired timer and refusal as one
 * timeline line (time, channel, actor, event, new state, reference), whichever channel
 * adapter the command came through.
 *
 * @example
 * ```ts
 * const timeline = createTimeline(router, { now: () => clock.now(), write: console.log });
 * ```
 */
export function createTimeline(
  router: Router<any>,
  options: { now: () => number; write: (line: string) => void },
): Timeline {
  const entries: TimelineEntry[] = [];
  const refs = new Map<string, string>();
  const record = (entry: TimelineEntry) => {
    entries.push(entry);
    options.write(formatEntry(entry));
  };
  const stops = [
    router.on('case.changed', ({ case: view, event, remote }) => {
      if (remote) return;
      refs.set(view.id, view.ref);
      const timer = event.type.startsWith('xstate.after.');
      record({
        at: event.at,
        channel: event.via.channel,
        actor: actorOf(event.via),
        event: timer ? `timer ${event.type.split('.')[2] ?? ''}` : event.type,
        state: formatStateValue(event.stateAfter),
        ref: view.ref,
        notes: event.effects.map(describeEffect),
        refused: false,
        timer,
      });
    }),
    router.on('case.refused', ({ caseId, ref, command, error }) => {
      record({
        at: options.now(),
        channel: command.via?.channel ?? '?',
        actor: actorOf(command.via),
        event: command.type,
        state: `REFUSED ${error.code}`,
        ref: ref ?? (caseId ? (refs.get(caseId) ?? caseId) : '-'),
        notes: [error.message],
        refused: true,
        timer: false,
      });
    }),
  ];
  return {
    entries,
    scene(title) {
      options.write(`\n── ${formatCityTime(options.now())} · ${title}`);
    },
    say(text) {
      options.write(`${' '.repeat(17)}» ${text}`);
    },
    stop() {
      for (const stop of stops) stop();
    },
  };
}
