import type { SyncReport } from './counterSessionTypes.js';
import { stateText } from './formatReceipt.js';

/**
 * Writes a sync report as the lines a clerk reads after reconnecting: how many commands were
 * applied or already there, and each refused command with its reason and the case's current state.
 *
 * @example
 * ```ts
 * console.log(syncReportText(await session.sync()));
 * ```
 */
export function syncReportText(report: SyncReport): string {
  const lines = [
    `Sync: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied, ${report.refused.length} refused, ${report.pending} still waiting`,
  ];
  for (const item of report.refused) {
    const { command } = item;
    const target =
      command.kind === 'send' ? `${command.ref} ${command.event.type}` : `open ${command.service}`;
    const now = item.state ? ` (case is now ${stateText(item.state.state.value)})` : '';
    lines.push(`  REFUSED ${target}: ${item.code} - ${item.reason}${now}`);
  }
  if (report.stoppedBy) lines.push(`  stopped: ${report.stoppedBy.message}`);
  return lines.join('\n');
}
