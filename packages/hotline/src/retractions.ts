import type { Evidence } from './callReading.js';
import type { IntentKind } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';

const RETRACTABLE: readonly IntentKind[] = ['status', 'add-info', 'urge', 'withdraw', 'new-request'];

/**
 * Later statements correct earlier ones: a request the caller takes back in the same turn ("撤回吧…
 * 算了，还是帮我催一下" — another request after the correction) and one the agent read back and
 * the caller denied ("So you want to withdraw it?" — "No, …") no longer count.
 *
 * @example
 * ```ts
 * dropRetracted(evidenceOf, turns, evidenceBy.get(DENIED) ?? []);
 * ```
 */
export function dropRetracted(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
  denied: readonly Evidence[],
): void {
  for (const turn of turns) {
    const from = turn.correctsAt;
    if (turn.speaker !== 'caller' || from === undefined) continue;
    const said = (e: Evidence) => e.turn === turn.index && e.speaker === 'caller' && e.at !== undefined;
    const after = new Set(
      RETRACTABLE.filter((kind) => evidenceOf[kind].some((e) => said(e) && e.at! >= from)),
    );
    if (after.size === 0) continue;
    for (const kind of RETRACTABLE) {
      if (after.has(kind)) continue;
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !(said(e) && e.at! < from));
    }
  }
  for (const read of denied) {
    const kind = read.rule as IntentKind;
    // Only what the caller said before the read-back: the denial settles it, later words may ask again.
    evidenceOf[kind] = evidenceOf[kind].filter((e) => e.speaker !== 'caller' || e.turn > read.turn);
  }
}
