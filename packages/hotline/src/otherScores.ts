// Scores and verdicts heard in a rating turn that are not the case's own: a verdict word denied or hedged
// around it, and a score said for someone or something else (the agent, the hotline, another service,
// another person).

const HEDGE_BEFORE_ZH = /(?:不(?!干|吵|响|叫|闹|来|错)|没(?!得说|话说|问题|毛病)|难|假)[^，。,.!！?？]{0,3}$/;
const HEDGE_AFTER_ZH = /^[^，。,.!！?？]{0,3}(?:不|假话)/;
const HEDGE_BEFORE_EN =
  /\b(?:not|never|hardly|anything but|less than|far from|isn'?t|wasn'?t|can'?t say|wouldn'?t say)(?: \w+)?\s*$/;
const HEDGE_AFTER_EN = /^\W*(?:\w+\W+){0,2}(?:is not|isn'?t|was not|wasn'?t)\b|^\W*(?:\w+\W+){0,3}the word\b/;
/**
 * Whether a verdict word is denied or hedged right around it ("满意是不可能满意的", "很难满意", "满意不起来",
 * "要说满意那是假话", "没有不满意的", "I'm anything but satisfied", "Satisfied is not the word", "Not
 * unsatisfied, I suppose", "满不满意的，就那样吧"): for a person to hear, not a score.
 */
export function hedgedVerdict(lower: string, hit: { index: number; match: string; score: number }): boolean {
  if (/满不满意|\bsatisfied or not\b/.test(lower)) return true;
  const before = lower.slice(Math.max(0, hit.index - 24), hit.index);
  // A low verdict is hedged only by a denial right before it ("没有不满意的", "Not unsatisfied").
  if (hit.score <= 2) return /(?:没有|没|不是|并非)\s*$|\b(?:not|never|hardly)\s+$/.test(before);
  const after = lower.slice(hit.index + hit.match.length, hit.index + hit.match.length + 24);
  return /[\u4e00-\u9fff]/.test(hit.match)
    ? HEDGE_BEFORE_ZH.test(before) || HEDGE_AFTER_ZH.test(after)
    : HEDGE_BEFORE_EN.test(before) || HEDGE_AFTER_EN.test(after);
}

// Just before a score, who it is for when not the case: the agent, the hotline, another service, another person.
const FOR_ANOTHER_BEFORE =
  /(?:给你(?!们)打?|给您(?!们)打?|给(?:他|她)(?!们)|畀佢(?!哋)|給佢|给(?:施工队|施工方|工地|物业|商家|店家|老板|邻居|那家|他家|司机|师傅|工人)(?:打|评)|你(?:这个)?(?:小姑娘|小伙子|同志)?(?:的)?(?:服务|态度)[^，。]{0,6}|服务态度[^，。]{0,6}|坐席[^，。]{0,6}|热线[^，。]{0,4}|邻居(?:估计|可能|肯定|应该)?(?:会|要|说)?给(?:个)?|(?:师傅|工人|施工队|物业|客服|坐席|热线)[^。]{0,12}?(?:那个|这个)(?:我)?(?:给|打)(?:个)?|(?:另外那个|另一个|那个)(?:报修|投诉|工单)[^。]{0,12}?(?:给|打)(?:个)?|路灯[^。]{0,16}?(?:给|打)(?:个)?|(?:他|她|老伴|老公|老婆|爱人)(?:说)?(?:给|打)(?:个)?|给(?!你们|您们|这|此|处理|结果|办理|问题|工单|投诉|它)[\u4e00-\u9fff]{1,6}打|(?:他|她|邻居|他们|人家)(?:觉得|认为|说)[^，。]{0,4})$|\b(?:(?<!thank )you(?: personally)?,?|you get(?: a| an)?|give (?:him|her|you)(?: a| an)?|(?:you guys|you lot)(?: on the phone)?[?,.]?|for you,?(?: a| an)?|\b(?:the )?(?:workers|crew|repair(?:ers| team| crew| people)|engineers?|contractors?|council|you lot|you guys|hotline)(?: at the hotline| on the phone)?,?(?: get| gets)?(?: a| an)?|\b(?:and )?(?:the )?(?:street ?light|lamp|other one|other complaint|other case)[^.]{0,36}?,?(?: a| an)?|the hotline,?|the agent,?|people,? though,?|neighbou?r would(?: \w+){0,4})\s*$/;
const ANY_SCORE = /(?:[1-5一二两俩三四五])\s*(?:分|颗星|星)|\b(?:[1-5]|one|two|three|four|five)\b/g;
/** The turn with the scores said for someone or something else blanked out. */
// Just after a score, that it is not the case's: "a five would be a lie", "five stars for effort",
// "Five stars to my neighbour for finally training that dog".
const NOT_THE_CASES_AFTER =
  /^\s*(?:stars?\s+|points?\s+)?(?:would be (?:a lie|generous|too (?:much|generous)|a stretch)|for (?:effort|trying|the (?:guy|agent|call|phone|effort)|manners|politeness)|(?:to|for) (?:my|our|his|her|their|the|that) (?!(?:outcome|result|fix|job|work|repair|response|handling|way|case|complaint|council|department)\b)[a-z'-]+)/;
export function withoutOthersScores(text: string): string {
  let out = text;
  // (Returned unchanged when no score is someone else's, so a caller can tell.)
  for (const score of text.matchAll(ANY_SCORE)) {
    const after = text.slice(score.index + score[0].length, score.index + score[0].length + 30);
    if (
      !FOR_ANOTHER_BEFORE.test(text.slice(Math.max(0, score.index - 60), score.index)) &&
      !NOT_THE_CASES_AFTER.test(after)
    )
      continue;
    out = out.slice(0, score.index) + ' '.repeat(score[0].length) + out.slice(score.index + score[0].length);
  }
  return out;
}
