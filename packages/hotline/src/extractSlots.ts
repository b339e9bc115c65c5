import type { CallSlots } from './defineHotlineRules.js';

/** A turn as interpretation sees it: normalised text and who said it. */
export interface NormalisedTurn {
  index: number;
  speaker: 'agent' | 'caller';
  text: string;
  lower: string;
}

const ZH_NUMBER = '[0-9一二三四五六七八九十百零两]+';
const ZH_UNIT = `(?:${ZH_NUMBER}(?:栋|幢|号楼|单元|楼|层|室|号))*`;

/**
 * Built-in slot patterns (first capture group is the value) for the slots most services need:
 * where (`address`) and when (`time`), in Chinese and English. A service's own `slots` win.
 *
 * @example
 * ```ts
 * defineHotlineRules({ services: [{ ...noiseRule, slots: { address: [/门牌(\S+)/, ...DEFAULT_SLOT_PATTERNS.address] } }] });
 * ```
 */
export const DEFAULT_SLOT_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  address: [
    new RegExp(
      `(?:住在|就在|地址是?|位于|在|住|是)((?![在住是])[\\u4e00-\\u9fff]{1,8}?(?:大道|路|街|巷|弄)(?:${ZH_NUMBER}号)?${ZH_UNIT})`,
    ),
    new RegExp(
      `(?:住在|就在|地址是?|位于|在|住|是)((?![在住是])[\\u4e00-\\u9fff]{2,10}?(?:小区|花园|家园|公寓|大厦|广场|市场|公园|学校|医院|新村|社区)${ZH_UNIT})`,
    ),
    new RegExp(`^([\\u4e00-\\u9fff]{2,8}?(?:大道|路|街)${ZH_NUMBER}号${ZH_UNIT})`),
    /\b(\d{1,5}\s+(?:[a-z]+\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|place|square)\b(?:,?\s*(?:apt|apartment|flat|unit)\.?\s*\d+[a-z]?)?)/i,
    /\b(?:at|on|near|outside|behind)\s+((?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Park|Square|Market|Estate|Gardens|Bridge))\b/,
  ],
  time: [
    new RegExp(
      `((?:每天|每晚|天天|昨天|今天|前天|周末|最近|这几天)?(?:晚上|夜里|凌晨|半夜|早上|上午|中午|下午|傍晚)(?:${ZH_NUMBER}点(?:${ZH_NUMBER}分|半)?)?(?:以后|之后|左右|到${ZH_NUMBER}点)?)`,
    ),
    /\b((?:every|each|last|this|late at|at)\s+(?:night|morning|evening|weekend|day)s?(?:\s+(?:after|around|until|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?|(?:after|around|at|from|until)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:after|around|at)\s+midnight)/i,
  ],
};

const CONTENTLESS =
  /^(?:对|是|是的|好|好的|嗯|没有了|没了|谢谢|谢谢你|再见|喂|你好|您好|yes|yeah|no|ok|okay|thanks|thank you|bye|hello|hi)[\s,.!?。！？]*$/i;

/**
 * Tells whether a caller turn says something beyond yes, no, hello or thanks.
 *
 * @example
 * ```ts
 * hasContent('好的'); // false
 * ```
 */
export function hasContent(text: string): boolean {
  return text.length >= 2 && !CONTENTLESS.test(text);
}

/**
 * Extracts slots from a call: each slot's patterns are tried on the caller's turns, then on
 * the agent's (agents read addresses back); `description` is what the caller said.
 *
 * @example
 * ```ts
 * extractSlots(turns).address; // '人民路12号3栋'
 * ```
 */
export function extractSlots(
  turns: readonly NormalisedTurn[],
  own: Readonly<Record<string, readonly RegExp[]>> = {},
  strip: (text: string) => string = (text) => text,
): CallSlots {
  const slots: CallSlots = {};
  const names = new Set([...Object.keys(DEFAULT_SLOT_PATTERNS), ...Object.keys(own)]);
  const ordered = [
    ...turns.filter((t) => t.speaker === 'caller'),
    ...turns.filter((t) => t.speaker === 'agent'),
  ];
  for (const name of names) {
    const patterns = [...(own[name] ?? []), ...(DEFAULT_SLOT_PATTERNS[name] ?? [])];
    search: for (const turn of ordered) {
      for (const pattern of patterns) {
        const match = pattern.exec(turn.text);
        const value = (match?.[1] ?? match?.[0])?.trim();
        if (value) {
          slots[name] = value;
          break search;
        }
      }
    }
  }
  if (slots.description === undefined) {
    const said = turns
      .filter((turn) => turn.speaker === 'caller')
      .map((turn) => strip(turn.text))
      .filter(hasContent);
    if (said.length > 0) slots.description = said.join(' ').slice(0, 1000);
  }
  return slots;
}
