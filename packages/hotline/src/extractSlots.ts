import type { CallSlots } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';
import { requiredLiterals } from './requiredLiterals.js';
import { scriptOf, type TextScript, turnHasScript } from './textScript.js';

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
      `(?:住在|就在|地址是?|位于|在|住|是)((?![在住是]|[那这哪](?:条|个))[\\u4e00-\\u9fff]{1,8}?(?:大道|路|街|巷|弄|胡同)(?:${ZH_NUMBER}号)?${ZH_UNIT})`,
    ),
    new RegExp(
      `(?:住在|就在|地址是?|位于|在|住|是)((?![在住是])[\\u4e00-\\u9fff]{2,10}?(?:小区|花园|家园|公寓|大厦|广场|市场|公园|学校|医院|新村|社区)${ZH_UNIT})`,
    ),
    new RegExp(`^([\\u4e00-\\u9fff]{2,8}?(?:大道|路|街)${ZH_NUMBER}号${ZH_UNIT})`),
    // A compound and its block, at the start of what is said: "望京花园西区112号楼", "安贞里三区14号楼".
    new RegExp(
      `(?:^|[，,。、\\s：:])((?![我你他她住在是就到]|地址)[\\u4e00-\\u9fff]{2,8}?(?:小区|花园|家园|公寓|大厦|新村|社区|里|苑|园|院)(?:[东西南北中一二三四五六七八九十]区)?${ZH_NUMBER}(?:号楼|栋|幢|号院|号)${ZH_UNIT})`,
    ),
    // A compound's gate, at the start of what is said: "北关小区南门口的路灯杆倾斜".
    /(?:^|[，,。、\s：:])((?![我你他她住在是就到]|地址)[\u4e00-\u9fff]{2,8}?(?:小区|花园|家园|公寓|大厦|新村|社区)[东西南北]?门口?)/,
    // A street and number after a pause: "我举报一下，滨江路18号那个工地…".
    new RegExp(
      `(?:^|[，,。、\\s])((?![我你他她住在是就到]|地址)[\\u4e00-\\u9fff]{2,10}?(?:大道|路|街|巷|弄|胡同|条)${ZH_NUMBER}号${ZH_UNIT})`,
    ),
    // A crossing of two streets: "德胜门外大街与北三环路口东南角", "荣华南路跟科创街交叉口".
    /((?![我你他她住在是就到]|地址)[\u4e00-\u9fff]{2,10}?(?:大道|路|街|巷|胡同|环)(?:与|和|跟)[\u4e00-\u9fff]{2,10}?(?:大道|路|街|巷|胡同|环)?(?:交叉口|十字路口|路口)(?:[东西南北]{1,2}(?:角|侧))?)/,
    /\b(\d{1,5}[a-z]?\s+(?:[a-z][a-z'’-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|place|square|close|crescent|terrace|court|gardens|mews|row|walk|hill|parade|grove|park|quay|wharf|yard|green|rise|vale|parkway|circus|broadway|embankment|estate|jie|lu|xiang|hutong|dajie|dadao)\b(?:,?\s*(?:apt|apartment|flat|unit)\.?\s*\d+[a-z]?)?)/i,
    // A corner of two streets: "the corner of Lantern Street and Bell Road".
    /\b((?:corner|junction) of (?:[a-z]+\s+){1,3}(?:street|road|avenue|lane|drive|way|place|square|close|crescent|terrace|mews|walk|row|parade|grove|hill|quay|gardens|court|jie|lu)\s+and\s+(?:[a-z]+\s+){1,3}?(?:street|road|avenue|lane|drive|way|place|square|close|crescent|terrace|mews|walk|row|parade|grove|hill|quay|gardens|court|jie|lu))\b/i,
    // A street named in pinyin, then its number, as an English call says it: "Chuanwu Jie number 27".
    /\b((?:(?!(?:on|at|in|is|it|near|by|the|of|to|from)\b)[a-z]+\s+){1,2}(?:jie|lu|xiang|hutong|dajie|dadao|street|road|lane|avenue)\s+(?:number|no\.?|#)\s*\d+[a-z]?)\b/i,
    // A house number in words, as speech recognition writes it ("nine elm street"), not "one of the street lamps".
    /\b((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?!(?:of|the|a|an|more|other|side|way|in|on|at|by|to)\b)[a-z]+\s+){1,2}(?:street|road|avenue|lane|drive|way|place|square|close|crescent|terrace|court|gardens|mews|row|walk|grove|parade|quay|wharf|yard|green|rise)\b)/i,
    /\b(?:at|on|near|outside|behind|in)\s+((?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Park|Square|Market|Estate|Gardens|Bridge|Drive|Way|Court|Close|Crescent|Terrace|Place)(?:,?\s+(?:number|no\.?|#)\s*\d+[a-z]?)?)\b/,
    /\b((?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Way|Court|Close|Crescent|Terrace|Place),?\s+(?:number|no\.?|#)\s*\d+[a-z]?)\b/,
    // A named street without a number, as speech recognition writes it: "racing up and down copperbeech
    // avenue", "the towpath at heron quay" — never "the road" or "my street".
    /\b(?:on|along|in|at|outside|by|near|off|down|up|of)\s+((?:(?!(?:the|a|an|this|that|my|our|your|their|his|her|main|same|whole|busy|big|next|other|every|each)\b)[a-z'-]+\s+){1,2}(?:street|road|avenue|lane|drive|close|crescent|terrace|mews|walk|row|parade|grove|hill|quay|wharf|yard|green|rise|gardens|boulevard|embankment))\b/i,
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

interface Candidate {
  value: string;
  turn: NormalizedTurn;
  at: number;
}

/** Units said on their own after the address ("3栋2单元501", "flat 4B"): the address given in pieces. */
const ZH_PIECE = new RegExp(`^(?:是|在|就是)?((?:${ZH_NUMBER}(?:栋|幢|号楼|单元|楼|层|室|号))+)`);
const EN_PIECE = /\b((?:flat|apartment|apt|unit|number|no\.?)\s*[0-9]+[a-z]?)\b/i;

interface Compiled {
  global: RegExp;
  script: TextScript | undefined;
  needs: string[] | undefined;
  folded: boolean;
}
const globals = new WeakMap<RegExp, Compiled>();

/** The global twin of a pattern and its script, compiled once: slots are read from every match, not the first. */
function compiled(pattern: RegExp): Compiled {
  let known = globals.get(pattern);
  if (!known) {
    const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
    known = {
      global: new RegExp(pattern.source, flags),
      script: scriptOf(pattern),
      needs: requiredLiterals(pattern),
      folded: pattern.flags.includes('i'),
    };
    globals.set(pattern, known);
  }
  return known;
}

// The agent asking for the value, not giving it: "您家住在哪个小区？", "which street is that on?".
const ASKED_FOR = /[哪啥]|什么|^几|\b(?:which|what|where)\b/i;

function candidatesOf(turns: readonly NormalizedTurn[], patterns: readonly RegExp[]): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of patterns) {
    const { global, script, needs, folded } = compiled(pattern);
    for (const turn of turns) {
      if (!turnHasScript(turn, script)) continue;
      const haystack = folded ? turn.lower : turn.text;
      if (needs !== undefined && !needs.some((literal) => haystack.includes(literal))) continue;
      for (const match of turn.text.matchAll(global)) {
        const value = (match[1] ?? match[0])?.trim();
        if (value && !ASKED_FOR.test(value)) found.push({ value, turn, at: match.index });
      }
    }
  }
  return found.sort((a, b) => a.turn.index - b.turn.index || a.at - b.at);
}

/**
 * The value a call settles on: what the agent read back and the caller confirmed, else what
 * the caller said last after correcting themselves ("不对，是…", "sorry, I mean…"), else what
 * the caller said first, else what the agent said.
 */
function settle(found: readonly Candidate[]): Candidate | undefined {
  const confirmed = found.filter((c) => c.turn.speaker === 'agent' && c.turn.answer === 'yes');
  if (confirmed.length > 0) return confirmed[confirmed.length - 1];
  const caller = found.filter((c) => c.turn.speaker === 'caller');
  const corrected = caller.filter((c, i) => i > 0 && (c.turn.corrects || c.turn.answer === 'no'));
  const correction = corrected[corrected.length - 1];
  // The agent restating the value after the caller corrected it ("抱歉，成府路43号门口，记下了") settles it.
  const lastFix = [...turnsOf(found)]
    .reverse()
    .find((t) => t.speaker === 'caller' && (t.corrects || t.answer === 'no'));
  const restated = found.filter(
    (c) =>
      c.turn.speaker === 'agent' &&
      lastFix !== undefined &&
      c.turn.index > lastFix.index &&
      c.turn.answer !== 'no',
  );
  if (restated.length > 0) return restated[restated.length - 1];
  if (correction) return correction;
  if (caller.length > 0) return caller[0];
  const denied = new Set(found.filter((c) => c.turn.answer === 'no').map((c) => c.value));
  return found.find((c) => !denied.has(c.value));
}

function turnsOf(found: readonly Candidate[]): NormalizedTurn[] {
  return [...new Set(found.map((c) => c.turn))].sort((a, b) => a.index - b.index);
}

/** Appends units the caller gave in a later turn to an address that has none. */
function withPieces(address: Candidate, turns: readonly NormalizedTurn[]): string {
  let value = address.value;
  if (/[栋幢单元楼层室]$|\b(?:flat|apartment|apt|unit)\b/i.test(value)) return value;
  for (const turn of turns) {
    if (turn.speaker !== 'caller' || turn.index <= address.turn.index) continue;
    const piece = (/[\u4e00-\u9fff]/.test(value) ? ZH_PIECE : EN_PIECE).exec(turn.text.trim());
    if (piece?.[1] && !value.includes(piece[1])) {
      value = /[\u4e00-\u9fff]/.test(value) ? `${value}${piece[1]}` : `${value}, ${piece[1]}`;
      break;
    }
  }
  return value;
}

/**
 * An agent's statement the caller took without a word against it ("…路面塌陷，我给您登记" — "好，谢谢"):
 * the read-back the request was registered with, so what it names belongs to the description.
 */
function acceptedAfter(turns: readonly NormalizedTurn[], turn: NormalizedTurn): boolean {
  const reply = turns[turn.index + 1];
  return (
    reply?.speaker === 'caller' && (reply.answer === 'yes' || reply.pleasantry === true) && !reply.corrects
  );
}

/**
 * Extracts slots from a call: each slot's patterns are tried on every turn, and the value the
 * call settles on wins — the agent's confirmed read-back, else the caller's latest correction,
 * else the caller's first statement, else the agent's; an address given in pieces is joined;
 * `description` is what the caller said with the agent's read-backs they confirmed.
 *
 * @example
 * ```ts
 * extractSlots(turns).address; // '人民路12号3栋'
 * ```
 */
export function extractSlots(
  turns: readonly NormalizedTurn[],
  own: Readonly<Record<string, readonly RegExp[]>> = {},
  strip: (text: string) => string = (text) => text,
): CallSlots {
  const slots: CallSlots = {};
  const names = new Set([...Object.keys(DEFAULT_SLOT_PATTERNS), ...Object.keys(own)]);
  for (const name of names) {
    // A service's own patterns win over the built-in ones wherever they match.
    const chosen =
      settle(candidatesOf(turns, own[name] ?? [])) ??
      settle(candidatesOf(turns, DEFAULT_SLOT_PATTERNS[name] ?? []));
    if (chosen) slots[name] = name === 'address' ? withPieces(chosen, turns) : chosen.value;
  }
  if (slots.description === undefined) {
    // What the caller said, and the agent's restatements the caller confirmed ("…路灯不亮，对吗？" — "对").
    const said = turns
      .filter(
        (turn) =>
          (turn.speaker === 'caller' && !turn.pleasantry) ||
          (turn.speaker === 'agent' &&
            (turn.asks === true
              ? turn.answer === 'yes' || turn.corrected === true
              : acceptedAfter(turns, turn)) &&
            turn.text.length >= 12),
      )
      .map((turn) => strip(turn.text))
      .filter(hasContent);
    if (said.length > 0) slots.description = said.join(' ').slice(0, 1000);
  }
  return slots;
}
