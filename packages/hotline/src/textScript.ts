import type { NormalizedTurn } from './readTurns.js';

/** The script a pattern's words are written in: Chinese characters or latin letters. */
export type TextScript = 'han' | 'latin';

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[a-z]{2}/i;

/**
 * Whether lower-cased text has Chinese characters and whether it has latin words (two letters in a row).
 *
 * @example
 * ```ts
 * scriptsIn('我要投诉 ktv'); // { han: true, latin: true }
 * ```
 */
export function scriptsIn(lower: string): { han: boolean; latin: boolean } {
  return { han: HAN.test(lower), latin: LATIN.test(lower) };
}

/**
 * The one script a pattern's words are in (escapes like `\b` and character classes aside), or
 * none when it has both or neither: a pattern of Chinese words cannot match a turn without Chinese.
 *
 * @example
 * ```ts
 * scriptOf(/施工|装修/); // 'han'
 * scriptOf(/\bdrilling\b/); // 'latin'
 * ```
 */
export function scriptOf(pattern: RegExp): TextScript | undefined {
  const source = pattern.source.replace(/\\[a-zA-Z]/g, '').replace(/\[\^?[^\]]*\]/g, '');
  const han = HAN.test(source);
  const latin = /[a-z]{2,}/i.test(source);
  return han && !latin ? 'han' : latin && !han ? 'latin' : undefined;
}

/**
 * Whether a turn has text in a script (`readTurns` tests it once per turn); a pattern with no
 * one script may match any turn.
 *
 * @example
 * ```ts
 * if (!turnHasScript(turn, scriptOf(pattern))) continue; // a Chinese pattern skips an English turn
 * ```
 */
export function turnHasScript(turn: NormalizedTurn, script: TextScript | undefined): boolean {
  if (script === 'han') return turn.han ?? HAN.test(turn.lower);
  if (script === 'latin') return turn.latin ?? LATIN.test(turn.lower);
  return true;
}
