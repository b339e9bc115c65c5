const ZH_DIGITS: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  两: '2',
};
const EN_DIGITS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

const HAN_SPACE =
  /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g;
const ZH_FILLERS = /[嗯呃唔呣]+[，,、。…]*/g;
const EN_FILLERS = /\b(?:u+m+|u+h+m*|e+r+m+|e+r+|h+m+|m+h*m+|a+h+)\b[,.…]*\s*/gi;
// Runs of symbols that may be a number or a reference read out digit by digit.
const ZH_RUN = /[零〇一幺两二三四五六七八九0-9A-Za-z](?:[\s,，、-]*[零〇一幺两二三四五六七八九0-9A-Za-z])+/g;
const ZH_DIGIT = /[零〇一幺两二三四五六七八九0-9]/g;
const EN_TOKEN =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|dash|hyphen|[a-z0-9]{1,5})';
const EN_RUN = new RegExp(`\\b${EN_TOKEN}(?:[\\s,]+${EN_TOKEN}\\b)+`, 'gi');
const EN_NUMBER_ANYWHERE =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|dash|hyphen)\b/i;
const EN_NUMBER_WORD = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)$/i;
const DASH_WORD =
  /(?<=[0-9A-Za-z零〇一幺两二三四五六七八九]\s*)(?:横杠|杠|减号)(?=\s*[0-9A-Za-z零〇一幺两二三四五六七八九])/g;
const I_REPEAT = /\bI(?:[\s,]+I\b)+/g;
// Three or more digits read one by one are a number ("1 3 8 …"); references are joined by findCaseRefs.
const SPELLED_DIGITS = /(?<![0-9A-Za-z])[0-9](?:[ \t]+[0-9](?![0-9A-Za-z])){2,}/g;
const EN_REPEAT = /\b([a-z]{2,})(?:[\s,]+\1\b)+/gi;
const HAN_REPEAT = /([\u4e00-\u9fff]{2,4})\1+/g;
// Speech recognition writes 不 as 部 before a verb: "我部想撤回".
const ASR_BU = /(?<=[我你他她也都并就还])部(?=想|要|用|会|能|行|是|太|满意)/g;
// The hotline's own words as speech recognition mishears them: "我要头诉一下", "这不是绕民吗", "打装".
const ASR_WORDS: Readonly<Record<string, string>> = {
  头诉: '投诉',
  投述: '投诉',
  偷诉: '投诉',
  绕民: '扰民',
  饶民: '扰民',
  燥音: '噪音',
  造音: '噪音',
  崔办: '催办',
  吹办: '催办',
  催半: '催办',
  撤消: '撤销',
  打装: '打桩',
};
const ASR_WORD_HINT = new RegExp(Object.keys(ASR_WORDS).join('|'));
const ASR_WORD = new RegExp(ASR_WORD_HINT.source, 'g');
const HAN_STUTTER = /([\u4e00-\u9fff])\1{2,}|([我你他她就这那是])\2/g;

function spokenZhDigits(run: string): string {
  const digits = run.match(ZH_DIGIT)?.length ?? 0;
  const symbols = run.match(/[零〇一幺两二三四五六七八九0-9A-Za-z]/g)?.length ?? 0;
  // Three digits or more is a number read out ("幺三八…"), six symbols with letters a reference
  // ("N C 杠 Q 零 …"); less is ordinary speech ("一下", "三四个", "APP一直").
  const spelled = digits >= 3 || (symbols >= 6 && /[A-Za-z]/.test(run));
  if (!spelled || !/[零〇一幺两二三四五六七八九]/.test(run)) return run;
  return run.replace(/[零〇一幺两二三四五六七八九]/g, (d) => ZH_DIGITS[d]!).replace(/[,，、]/g, ' ');
}

const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// "twenty seven", "forty-two", "fourteen": a house number or a time said as a word, written as its digits.
const EN_TENS =
  /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b/gi;

function spokenEnTens(_all: string, tens?: string, unit?: string, teen?: string): string {
  if (teen !== undefined) return String(EN_TEENS[teen.toLowerCase()]);
  return String(
    EN_TEENS[tens!.toLowerCase()]! + Number(unit === undefined ? 0 : EN_DIGITS[unit.toLowerCase()]),
  );
}

function spokenEnDigits(run: string): string {
  const tokens = run.split(/[\s,]+/);
  const numberWords = tokens.filter((token) => EN_NUMBER_WORD.test(token)).length;
  const symbols = tokens.filter(
    (token) => token.length === 1 || EN_NUMBER_WORD.test(token) || /^(?:dash|hyphen)$/i.test(token),
  );
  // "one three eight …" or "N C dash 7 K …" is read out symbol by symbol; "I give it a five" is not.
  if (
    symbols.length < 4 ||
    symbols.length * 2 < tokens.length ||
    (numberWords < 2 && !/\b(?:dash|hyphen)\b/i.test(run))
  ) {
    return run;
  }
  const out: string[] = [];
  let repeat = 1;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (lower === 'double' || lower === 'triple') {
      repeat = lower === 'double' ? 2 : 3;
      continue;
    }
    const symbol = lower === 'dash' || lower === 'hyphen' ? '-' : (EN_DIGITS[lower] ?? token);
    for (let i = 0; i < (symbol.length === 1 ? repeat : 1); i++) out.push(symbol);
    repeat = 1;
  }
  return out.join(' ');
}

/**
 * Cleans speech-recognition text so rules see what was meant: full-width forms folded,
 * fillers (嗯, 呃, um, uh) and stutters dropped, numbers read out digit by digit
 * ("幺三八…", "one three eight…", "double five") and English tens ("twenty seven") turned into digits and spoken dashes
 * ("杠", "dash") into dashes, so `findCaseRefs` can join a reference read out symbol by symbol.
 *
 * @example
 * ```ts
 * normalizeSpoken('嗯 我的电话是 幺三八 零零幺三 八零零零'); // '我的电话是 138 0013 8000'
 * ```
 */
export function normalizeSpoken(text: string): string {
  // Each pass runs only when its trigger characters occur: most turns need three or four of them.
  // ASCII is its own NFKC form: English turns skip the normalisation.
  let out = NOT_PRINTABLE_ASCII.test(text) ? text.normalize('NFKC') : text;
  const latin = /[A-Za-z]/.test(out);
  if (/\s/.test(out)) out = out.replace(HAN_SPACE, '');
  if (/[嗯呃唔呣]/.test(out)) out = out.replace(ZH_FILLERS, '');
  if (latin) out = out.replace(EN_FILLERS, '');
  if (/杠|减号/.test(out)) out = out.replace(DASH_WORD, '-');
  if (/[零〇一幺两二三四五六七八九]/.test(out)) out = out.replace(ZH_RUN, spokenZhDigits);
  if (latin && /(?:ty|teen|ten|eleven|twelve)\b/i.test(out)) out = out.replace(EN_TENS, spokenEnTens);
  if (latin && EN_NUMBER_ANYWHERE.test(out)) out = out.replace(EN_RUN, spokenEnDigits);
  if (latin) out = out.replace(I_REPEAT, 'I').replace(EN_REPEAT, '$1');
  if (/[0-9][ \t]+[0-9]/.test(out)) out = out.replace(SPELLED_DIGITS, (run) => run.replace(/[ \t]+/g, ''));
  if (out.includes('部')) out = out.replace(ASR_BU, '不');
  if (ASR_WORD_HINT.test(out)) out = out.replace(ASR_WORD, (word) => ASR_WORDS[word] ?? word);
  if (repeats(out) && /[\u4e00-\u9fff]/.test(out)) {
    out = out
      .replace(HAN_REPEAT, '$1')
      .replace(
        HAN_STUTTER,
        (_all, long: string | undefined, short: string | undefined) => long ?? short ?? '',
      );
  }
  return LOOSE_SPACE.test(out) ? out.replace(/\s+/g, ' ').trim() : out;
}

// Printable ASCII only (a tab or a newline takes the full path, which is just as right).
const NOT_PRINTABLE_ASCII = /[^ -~]/;
/**
 * Whether a character repeats at once or a pair of characters within four ("我我", "好好好", "拖家具拖家具"):
 * without one, the stutter and repeat passes have nothing to drop and are skipped.
 */
function repeats(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00) continue;
    if (text.charCodeAt(i + 1) === code) return true;
    const next = text.charCodeAt(i + 1);
    for (let k = 2; k <= 4; k++)
      if (text.charCodeAt(i + k) === code && text.charCodeAt(i + k + 1) === next) return true;
  }
  return false;
}
// Whitespace other than single spaces between words.
const LOOSE_SPACE = /\s\s|[^\S ]|^\s|\s$/;
