import type { CaseView } from '@onecase/core';
import { formatStateValue } from '@onecase/testing';
import type { TimelineEntry } from './createTimeline.js';

function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

function row(label: string, counts: Map<string, number>): string {
  return `  ${label.padEnd(26)} ${[...counts].map(([k, n]) => `${k} ${n}`).join(' · ') || '-'}`;
}

/**
 * Writes the closing summary of a demo day: cases per channel (opened and touched), cases per
 * state, timers fired and commands refused.
 *
 * @example
 * ```ts
 * console.log(summarizeDay(result.cases, timeline.entries));
 * ```
 */
export function summarizeDay(cases: readonly CaseView[], entries: readonly TimelineEntry[]): string {
  const accepted = entries.filter((entry) => !entry.refused);
  const touchedPerChannel = countBy(
    [...new Set(accepted.map((entry) => `${entry.channel}\u0000${entry.ref}`))],
    (key) => key.split('\u0000')[0],
  );
  const channelsPerCase = countBy(accepted, (entry) => entry.ref);
  const crossChannel = [...channelsPerCase.keys()].filter(
    (ref) =>
      new Set(
        accepted
          .filter((e) => e.ref === ref && e.channel !== 'system' && e.channel !== 'staff')
          .map((e) => e.channel),
      ).size >= 2,
  );
  return [
    '',
    'Summary',
    row(
      'cases opened per channel',
      countBy(cases, (view) => view.openedVia.channel),
    ),
    row('cases touched per channel', touchedPerChannel),
    row(
      'cases per service',
      countBy(cases, (view) => view.service.id),
    ),
    row(
      'cases per state',
      countBy(cases, (view) => formatStateValue(view.state.value)),
    ),
    `  ${'cross-channel cases'.padEnd(26)} ${crossChannel.join(', ') || '-'}`,
    `  ${'timers fired'.padEnd(26)} ${entries.filter((entry) => entry.timer).length}`,
    `  ${'commands refused'.padEnd(26)} ${entries.filter((entry) => entry.refused).length}`,
  ].join('\n');
}
