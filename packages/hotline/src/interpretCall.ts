// Over 350 lines: readCall is one pass over a call (turns → evidence → references → services → intents → slots) whose steps share the same locals; the steps that stand alone already live in their own modules (readTurns, collectEvidence, hearReferences, extractSlots, splitRequests, intentTopic, retractions). Splitting readCall further is owed (see the closing note).
import type {
  CallSlots,
  CompiledServiceRule,
  HotlineRules,
  IntentDetails,
  IntentKind,
} from './hotlineTypes.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import { assignReferences, clauseOf, serviceSpokenIn } from './assignReferences.js';
import { designates, resolvedNamed } from './caseTopic.js';
import { scoreTopic, topicOf } from './intentTopic.js';
import type { CallFlag, CallInterpretation, Evidence, Intent } from './callReading.js';
import { collectEvidence, combine, DENIED } from './collectEvidence.js';
import { extractSlots, hasContent } from './extractSlots.js';
import { hearReferences } from './hearReferences.js';
import type { Transcript } from './parseTranscript.js';
import { readRating } from './readRating.js';
import { dropRetracted, dropTakenBack } from './retractions.js';
import { complainsOfWait, dropWaitWords, hurriesCallback } from './waitWords.js';
import { splitNewRequests, WHICH_CASE } from './splitRequests.js';
import { type NormalizedTurn, readTurns } from './readTurns.js';
export type { CallReference } from './hearReferences.js';
export type { CallFlag, CallInterpretation, Evidence, Intent } from './callReading.js';

const FLOOR = 0.25;
const SERVICE_FLOOR = 0.3;
const MOBILE = /(?<![0-9])(1[3-9][0-9](?:[\s-]?[0-9]){8})(?![0-9])/;

const NOT_MY_PHONE =
  /(?:手机|电话)(?:是)?(?:借的|借来的|别人的|不是我的)|借(?:了)?(?:他|她|别人|朋友|邻居|家人)?(?:的)?(?:手机|电话)|(?:用|拿)(?:的是)?(?:他|她|别人|朋友|邻居|家人|同事|我(?:老公|老婆|爱人|妈|爸|儿子|女儿))的?(?:手机|电话)|机主的(?:邻居|朋友|亲戚)|(?:前台|单位|公司|办公室)的?座机|公用电话|捡(?:到|来)的(?:手机|电话)|我是(?:他|她|这|东)们?(?:家)?的?(?:保姆|阿姨|钟点工|亲戚|邻居|同事|租客)|(?:手机|电话)是(?:我)?(?:同事|朋友|邻居|闺女|女儿|儿子|老公|老婆|爱人|妈|爸|家人|别人|他|她|孩子|亲戚)的|用(?:的是)?(?:我)?(?:闺女|孩子|同事|亲戚|朋友|女儿|儿子)的?(?:手机|电话)|投诉是我[^，。,.]{0,6}(?:打|报|投诉)的|我说了也不算|\bthis is (?:my )?[\w-]+'s (?:phone|mobile|number)\b|\bthis phone belongs to\b|\bbelongs to my\b|\bi didn'?t file (?:anything|it|a complaint)\b|\bused my phone\b|(?:才|刚)换的|之前是别人用的|\bused to be (?:my )?[\w-]+'s (?:phone|mobile|number)\b|\bnew owner of (?:this|the) (?:number|phone|sim)\b|\bgot the sim\b|(?:这个)?号(?:码)?(?:是)?我刚(?:办|买|换)的|(?:刚|新)办的(?:号|卡)|\bi'?m the (?:cleaner|nanny|carer|lodger|tenant|housekeeper|babysitter|au pair)\b|\bsim (?:card )?(?:secondhand|second-hand)\b|\bgot this (?:sim|phone|number)\b|\bsecond-?hand (?:sim|phone|number)\b|\b(?:this|it)(?: is|'s) not (?:my|his|her) (?:phone|number)\b|\b(?:this|it) isn't (?:my|his|her) (?:phone|number)\b|\bborrowed (?:\w+ )?(?:phone|mobile)\b|\b(?:on|using|from) (?:my |the |a )?(?:[\w-]+ ){0,2}(?:[\w-]+'s|her|his|their) (?:phone|mobile|landline)\b|我不是投诉人|不是我投诉的|是我(?:老公|老婆|爱人|丈夫|妻子|儿子|女儿|爸|妈)(?:打的电话|投诉的|报的)|\bi didn'?t make (?:the|that|this) complaint\b|\bi never complained\b|\bwhat complaint\?|\bgot this number\b|\bnot the (?:one|person) who (?:complained|called|reported)\b|\bfound this (?:phone|mobile)\b|\bbought (?:the|this) number\b|\b(?:office|reception|work|public) (?:phone|landline)\b|号(?:码)?[^，。,.]{0,8}(?:刚|才)(?:办|买|换|开)的|号(?:码)?(?:是)?新(?:办|买|开)的|(?:从|是)别人(?:那|那儿|那里)?(?:转|过户|买)(?:过来|来)?的|\bnumber (?:was|got) (?:transferred|passed on|given) to me\b|\bi only (?:got|have had) (?:this|the) number\b|\bthis number (?:is|was) new\b/;
// (The person on the line says the phone, or the case on it, is not theirs: the number verifies nobody.)
// Every NOT_MY_PHONE wording has one of these (the long pattern runs only on such turns).
const PHONE_HINT =
  /手机|电话|座机|号|机主|邻居|同事|投诉|保姆|阿姨|钟点工|亲戚|租客|不算|换的|别人用|complain|phone|mobile|number|sim\b|landline|cleaner|nanny|carer|lodger|tenant|housekeeper|babysitter|au pair|file|belongs/;
// Someone in the household answers for the citizen: "I'm his son, he's asleep", "我是她女儿",
// "my husband dealt with all that", "she'd probably say a three" — the number verifies nobody on the line.
const NOT_THE_CITIZEN_HINT =
  /\b(?:son|daughter|husband|wife|partner|mother|father|mum|mom|dad|carer|neighbou?r|friend)\b|女儿|儿子|老婆|爱人|老公|家人|孙|闺女|旁边说|'d (?:probably )?say/;
const NOT_THE_CITIZEN =
  /\bi'?m (?:his|her|their) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|carer|neighbou?r|friend)\b|\bthis is (?:his|her|their) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|carer)\b|\bmy (?:husband|wife|partner|son|daughter|dad|father|mum|mom|mother) (?:dealt with|handled|made|filed|lodged|did|sorted) (?:all )?(?:that|it|the complaint|this)\b|我是(?:他|她)(?:的)?(?:女儿|儿子|老婆|爱人|老公|家人|妈|爸|孙子|孙女|闺女)|\b(?:she|he)'?d (?:probably )?say\b|(?:他|她)在旁边说/;
// The caller is the one complained about: every wording says one of these.
const COMPLAINED_HINT = /complain|report|filed|against|投诉|举报|告/;
// The caller speaks for someone else, whose case the number's own cases cannot stand in for.
const FOR_SOMEONE_ELSE =
  /\bcalling (?:for|on behalf of) (?:my|a|an|the|our) (?!own\b)|\bon (?:his|her|their|my \w+'s) behalf\b|\bon behalf of\b|\basked me to (?:call|ring|phone|cancel|withdraw|chase|add|get|let)\b|\b(?:he|she|they) (?:wants?|would like|'d like)(?: me)? to (?:withdraw|cancel|add|chase|hurry|drop|close|know)\b|\bthat my (?:[a-z-]+ ){1,2}(?:made|filed|lodged|put in)\b|\b(?:her|his|their) (?:own )?(?:[a-z-]+ ){0,2}(?:complaint|case|report|application)\b|替(?:我)?[\u4e00-\u9fff]{1,5}打(?:的|电话)|帮(?:我)?(?:的)?[\u4e00-\u9fff]{1,5}打(?:的|嘅|嚟|来问|过来|电话)|(?:他|她)(?:想|要)(?:把)?[^，。,.]{0,8}(?:撤|催|补充|取消)|(?:那位|那个|刚才)(?:市民|来电人|居民)的|替(?:我)?[\u4e00-\u9fff]{1,4}(?:回答|说|打分)|(?:替|帮)(?:我)?[\u4e00-\u9fff]{1,6}问(?:一下|问)|(?:他|她)让我打(?:过来|电话)|我是(?:你们的)?(?:坐席|话务员|客服)/i;
// The caller is the one complained about ("the one my neighbour filed about me", "有人投诉我们KTV").
const COMPLAINED_ABOUT =
  /\bbeing complained about\b|我是被投诉|被投诉的[^，。,.]{0,10}(?:老板|店主|负责人|经营者|房东|业主)|被投诉的[^，。,.]{0,10}是我(?:们)?(?:开|经营|管|家)的|\b(?:complained|complaint) about (?:the )?[a-z ]{0,24}?(?:from|at|in|of|outside) (?:my|our) (?:bar|shop|business|site|restaurant|pub|club|cafe|garage|premises|workshop|factory|house|flat)\b|被投诉(?:的)?(?:那一方|一方|人|方|那家|那个|那位)|\b(?:neighbou?rs?|someone|somebody|they|people|a neighbou?r) (?:has |have |had )?(?:complained about|reported|filed (?:a complaint )?(?:about|against)) (?:me|us|(?:my|our) (?:dog|dogs|bar|shop|business|site|building site|restaurant|music|party|parties|tenants?|kids?|children|car|band|club|pub|premises|workshop|factory|karaoke|ktv|cafe|garage|house|flat|family))\b|(?:人家|别人|有人|邻居)投诉的是(?:我|我们)|被投诉的是(?:我|我们)|\bthe one (?:they|people|someone|somebody|the neighbou?rs?) (?:complained|reported|rang) about\b|\bi(?:'?m| am| was) the one (?:being |who was |that was )?complained about\b|(?:别人|人家)(?:投诉|举报|告)(?:了)?(?:我|我们)|\b(?:i run|i own|i manage|i'?m the (?:owner|landlord|manager|boss) of) the [a-z ]{0,30}?(?:that was reported|that (?:was|got) complained about|(?:your|the) caller complained about|they complained about)\b|\bagainst our\b|\bthe (?:bar|shop|restaurant|business|place|club) (?:that was|which was) reported\b|\b(?:filed|made|lodged|put in) (?:about|against) (?:me|us)\b|\bagainst (?:me|us|my (?:business|shop|bar|restaurant|company))\b|\b(?:somebody|someone|my neighbou?r|they) complained about (?:me|us|my)\b|\bcomplaint (?:about|against) (?:me|us|(?:my|our) (?:dog|dogs|bar|shop|business|site|building site|restaurant|music|party|parties|tenants?|kids?|children|car|band|club|pub|premises|workshop|factory|karaoke|ktv|cafe|garage|house|flat|family))\b|(?:有人|邻居|他们)(?:投诉|举报|告)(?:了)?(?:我|我们)|投诉我(?:们)?的|\b(?:filed|made|lodged|put in|sent in)\b[^.?!]{0,40}\b(?:about|against) (?:me|us)\b|\b(?:complaint|report)\b[^.?!]{0,40}\b(?:about|against) (?:our|my) (?:music|noise|pub|bar|shop|business|site|restaurant|club|dog|dogs|party|karaoke|cafe|premises)\b/;
// "帮我查一下13900000002这个号码下面的投诉": the cases of another number than the one calling.
const ANOTHER_NUMBERS_CASES =
  /(?:这个|那个)?(?:号码|手机号|电话|[0-9]{7,}\s*)(?:下面|名下|底下|下)的|另(?:一|外一?)个(?:号码|手机号?|电话)|用[0-9\s]{7,}(?:这个号(?:码)?)?(?:报|打|投诉)(?:的|过)|[0-9]{7,}\s*(?:这个|那个)?(?:号码|号|手机)?(?:报|打|投诉)(?:的|过)|\b(?:filed|reported|made|lodged|complained|rang|called)\b[^.?!]{0,30}\b(?:from|on|with|under) (?:my other |another |a different |the other )?(?:number |phone |mobile )?[0-9+]|\bmy other (?:number|phone|mobile)\b|\b(?:under|on|for|filed under) (?:the|that|this) (?:number|phone number|mobile)\b/;
const FIRST_REPORT =
  /第一次(?:打|反映|投诉|来电|报)|(?:我|自己)(?:还|都)?没(?:有)?(?:打过|反映过|投诉过|报过)|还没(?:有)?(?:投|报|打)|没投过|\bfirst time (?:i'm |i am |i've |i have )?(?:calling|called|reporting|reported|ringing|rung)\b|\b(?:haven't|have not|never|not) (?:reported|called about|rung about|complained about) (?:it|this|that)\b|\bhaven'?t (?:filed|made|lodged) (?:it|one|the \w+(?: \w+)? (?:complaint|report)) yet\b/;
// A caller asking how, where or whether — an enquiry — rather than asking for something to be done.
const ASKS =
  /怎么|如何|怎样|哪里|在哪|哪些|哪个部门|找谁|需要[^，。,]{0,4}什么|要带什么|什么(?:手续|材料|证件|条件|流程|时候可以)|流程是|多少钱|收费|要多久|多长时间|几点|能不能|可不可以|能否|可以[^，。]{0,12}吗|是否|想问一下|问一下|想了解|了解一下|咨询|\b(?:how (?:do|can|long|much|does|to)|where (?:do|can|should)|what(?:'s| is) the|what (?:do|documents|are|does it take)|what (?:\w+ ){1,2}(?:do|does|should|must|would) (?:i|we|one)|who (?:do|should) i|which (?:office|department|form)|can i|can we|do i (?:need|have)|is it possible|is there a way|am i allowed|when (?:can|do|is|are)|quick question|what time (?:are|is|do|does|can|should)|until what time|how late (?:can|are|is|do)|(?:are|is) (?:they|it|we|i|people) allowed|(?:like|want) to know (?:how|what|whether|if|when|where|which)|(?:just )?(?:wanted|want|wanna) to ask (?:(?:you )?something|a question|first)|wondering (?:how|what|whether|if|when|where))\b/;
// Said while searching for words or in dismay, not asking anything: "那个怎么说呢", "how do I put it", "这要是掉下去可怎么得了", "不是咨询".
const TALK_FILLERS =
  /怎么说呢|怎么说|怎么讲呢|怎么讲|你知道吧|(?:可|那可|这可)?怎么得了|怎么搞的|不是(?:来)?咨询|\bnot (?:an? )?(?:question|enquiry)\b|\bhow (?:do|should|can|shall) i (?:put|say) (?:it|this)\b|\bwhat do you call it\b|\byou know what i mean\b/g;
const THANKS_ONLY =
  /\bnothing to report\b|\bjust (?:wanted|calling|ringing|rang) to (?:say )?thank(?:s| you)?\b|\bonly calling to thank\b|没什么要反映的|就是想(?:说声谢谢|感谢|谢谢)|专门打(?:电话)?(?:来)?(?:感谢|谢谢)/;
const NO_BUSINESS_HINT = /错|试|wrong|misdial|test|real|prank|恶作剧|占用/;
const NO_BUSINESS =
  /打错了|打错电话|拨错了|打错号|拨错号|wrong number|\b(?:dialled|dialed|pressed|rang|called|hit|phoned|rung) the wrong\b|misdial|试试能不能打(?:出去|通)|测试一下(?:电话|线路)?|\b(?:just testing|test call|testing (?:the|my) (?:line|phone))\b|\bthis line is (?:only )?for real (?:enquiries|calls|requests)\b|\bprank call\b|恶作剧|请不要占用热线/;
// The caller giving up on the call: "那算了算了，我先问问我老公", "never mind, I'll ring back".
const GIVES_UP = /算了|先问问|回头再打|\bnever ?mind\b|\bforget it\b|\bi'?ll (?:call|ring) (?:you )?back\b/;
const NO_CALLBACK =
  /不用回电|不用回复|不用给我回|\bno need to (?:call|ring) (?:me )?back\b|\bdon'?t (?:call|ring) me back\b/;
// "现在几点了？" — "现在是上午十点二十": the clock time asked and told, no business of the city's.
const TIME_ASKED = /现在几点|几点钟了|\bwhat time is it\b|\bwhat'?s the time\b|\bhave you got the time\b/;
const TIME_TOLD =
  /现在是?[^，。,.]{0,4}[0-9一二三四五六七八九十两]+点|\b(?:it'?s|it is) (?:just )?(?:gone |about |nearly )?(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm)?|[a-z]+ (?:o'?clock|past|to))\b/;
function asksTheTime(turns: readonly NormalizedTurn[]): boolean {
  return turns.some(
    (t) =>
      t.speaker === 'caller' &&
      TIME_ASKED.test(t.lower) &&
      turns[t.index + 1]?.speaker === 'agent' &&
      TIME_TOLD.test(turns[t.index + 1]!.lower),
  );
}
// The caller says what the call is about: "I'm calling about my complaint", "我打电话是问我那个投诉".
const CALLING_ABOUT =
  /\b(?:calling|ringing|phoning|rang|called|here) (?:you )?(?:about|regarding|re|for) (?:my|the|our)\b|(?:打电话|来电)(?:是|就是)?(?:想)?(?:问|为了|关于)/;
const THIRD_PERSON =
  /\b(?:her|his|their|she|he|they|them|him)\b|她|他(?!们)|邻居|我妈|我爸|老人|\b(?:mum|mom|dad|mother|father|neighbou?r)\b/i;
// "喂 能听见吗 我就试试这个号能不能打通", "Can you hear me?": the line tested, nothing asked.
const LINE_CHECK =
  /能听(?:见|到)|听得(?:见|到)吗|打(?:得)?通|试试(?:这个)?(?:号|电话)|\bcan you hear me\b|\b(?:just )?(?:checking|testing) (?:the|this) (?:line|number)\b/;
// The caller moves on to a further request ("还有顺便问一下…", "while I've got you").
const ANOTHER_REQUEST =
  /还有|另外|顺便|再问|\balso\b|\banother thing\b|\bby the way\b|\bwhile i'?ve got you\b|\bone more thing\b|\bseparately\b/;
// "…but actually I'll get some video first and call back": nothing now.
const PUTS_OFF = /\b(?:call|ring|phone) (?:you )?back\b|\bcall again\b|再打过来|再打给你|回头再(?:打|说)/;
const DESCRIBED = { speaker: 'caller' as const, rule: 'new-request:described', weight: 0.5 };
const WANTS_ACTION =
  /管一管|管管|管不管|有没有人管|处理一下|派人|来人|查处|制止|让他们|叫他们|make them|get them to|do something|can you (?:send|get|stop|make)|sort it out|send someone|deal with it|stop them|make them stop/;
// A request put as a question: "你们这边能不能直接帮我申请一下？", "能不能在电话里直接给我申请了", "could
// you apply for it for me?" — asked to be done, not asked about.
const ASKED_TO_DO =
  /(?:能不能|可不可以|能否|可以|能)[^，。？?]{0,8}(?:帮|给|替)(?:我|咱)[^，。？?]{0,4}(?:申请|办理|办|登记|提交|报)|(?:想|要)让你们[^，。？?]{0,6}(?:帮|给|替)我[^，。？?]{0,10}(?:办|申请|登记)|\b(?:can|could|would) you (?:please |just )?(?:apply|file|submit|register|process|sort)\b[^.?!]{0,30}\bfor (?:me|us)\b/;
// The request is new: said by the agent registering it, or by the caller as another problem.
// Another matter begins inside a turn: "今天是另外一个事", "现在报个新的", "there's something else".
const NEW_MATTER_INSIDE =
  /(?:^|[。.!！?？]\s*)(?:另外|\balso\b|\band also\b)(?![一二两三几个件那这]|\s*(?:[,，]\s*)?(?:my|the other|我的|我那))|另外一?(?:个|件)事|还有(?:个|一个|件|一件)事|顺便(?:说|反映|报)|正好(?:你|您)(?:们)?(?:打|来)(?:过来|电话|了)|\bwhile i(?:'ve| have) got you\b|另一(?:个|件)事|(?:报|说|反映)(?:个|一个)新的|新的(?:问题|情况|事)|新事|别的事|\b(?:something else|another (?:thing|problem|issue|matter)|an? (?:new|different|separate) (?:problem|issue|one|report|thing|matter)|different (?:thing|problem|issue)|the (?:last|final|third|second|other) thing)\b/;
const SAYS_NEW =
  /登记|register|log (?:that|it|this)|report (?:that|it|this) for (?:repair|you)|open(?:ing)? a new|new (?:noise )?complaint|\bnew one\b|(?:new|another|different|separate) (?:problem|issue|thing)|新的问题|新的投诉|新的工单|新的事|单独登记|新事|新登记|另外一个问题|另一个(?:事|问题)|另外一件事|另外一个事|别的事|报个新的|再报一个/;
// A request of its own after the score: "另外…", "also…", "and another thing…".
const ANOTHER_CLAUSE = /另外|还有|顺便|\b(?:also|another thing|and another|by the way)\b/i;
// The caller turns to another matter: "While I've got you —", "顺便问一下", "还有个事".
const ANOTHER_MATTER =
  /^(?:(?:oh|and|also|ok|okay),?\s*)?(?:while i(?:'ve| have) got you|while i have you|one more thing|another thing|(?:and )?by the way|separately|on another note|and second(?:ly)?)\b|^(?:哦|哎|诶|唉|啊|还有|另外|对了)?[，,]?\s*(?:顺便|还有(?:个|一个|件|一件)事|另外(?:还有)?(?:个|一个|件|一件)?事|对了)/;
const ANOTHER_MATTER_ZH =
  /(?:说|讲|反映|问|报)(?:个|一个|一件|件|一下)?(?:别的|另外的?|其他的?)(?:事|问题|情况)|还有(?:个|一个|件|一件)事|顺便(?:说|问|反映|报)|正好(?:你|您)(?:们)?(?:打|来)(?:过来|电话|了)/;
// "Two things, if that's okay. First, the street lamp…": the caller announces requests of their own.
const TWO_THINGS = /\b(?:two|a couple of|several) (?:things|matters|issues)\b|两件事|两个事|几件事/;
function anchorTurn(evidence: readonly Evidence[]): number {
  const caller = evidence.filter((e) => e.speaker === 'caller');
  return Math.min(...(caller.length > 0 ? caller : evidence).map((e) => e.turn));
}

/**
 * The caller's answer to the agent's which-case question names the case of each request asked before
 * it (a `pick`, weighing nothing): "我想撤个投诉" — "您要撤哪一件？" — "服装店那个……对了狗那个现在到哪一步了"
 * picks the shop for the withdrawal, and the status question after "对了" keeps its own clause.
 */
function answerPicks(
  evidenceOf: Record<IntentKind, Evidence[]>,
  confidence: Record<IntentKind, number>,
  turns: readonly NormalizedTurn[],
  threshold: number,
): void {
  for (const turn of turns) {
    const question = turns[turn.index - 1];
    if (turn.speaker !== 'caller' || question?.speaker !== 'agent') continue;
    if (!WHICH_CASE.test(question.lower)) continue;
    for (const kind of [...CASE_INTENT_KINDS, 'status'] as const) {
      const said = evidenceOf[kind].filter((e) => e.speaker === 'caller');
      if (confidence[kind] < threshold || said.length === 0 || said.some((e) => e.turn >= question.index))
        continue;
      evidenceOf[kind].push({
        turn: turn.index,
        speaker: 'caller',
        rule: `${kind}:pick`,
        match: '',
        weight: 0,
        at: 0,
      });
    }
  }
}

/** The agent registered the request ("给您登记", "I'll log that") and the caller took it ("好", "thanks"). */
function registeredWithCaller(evidence: readonly Evidence[], turns: readonly NormalizedTurn[]): boolean {
  return evidence.some((e) => {
    const reply = turns[e.turn + 1];
    return (
      e.speaker === 'agent' &&
      e.weight >= 0.45 &&
      reply?.speaker === 'caller' &&
      (reply.answer === 'yes' || reply.pleasantry === true)
    );
  });
}

/** The pieces of evidence the caller said. */
function callerEvidence(evidence: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence) if (e.speaker === 'caller') out.push(e);
  return out;
}

function cap(value: number, limit: number): number {
  return Math.min(value, Math.round(limit * 1000) / 1000);
}

/** A mobile number the caller reads out: a contact, never an identity. */
function spokenPhone(turns: readonly NormalizedTurn[]): string | undefined {
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    const match = MOBILE.exec(turn.text);
    if (match) return match[1]!.replace(/[\s-]/g, '');
  }
  return undefined;
}

/**
 * Reads what a call is about — intents with their confidence and the words that matched,
 * the case references heard (with their check character verified and whether they count),
 * the service spoken of and its slots, and flags (abuse, urgency) — without touching any case, so rules can be unit-tested on transcripts alone.
 *
 * @example
 * ```ts
 * const reading = interpretCall(parseTranscript(text), rules);
 * reading.intents[0]; // { kind: 'urge', confidence: 0.96, evidence: [{ rule: 'urge:催一下', … }], … }
 * ```
 */
export function interpretCall(transcript: Transcript, rules: HotlineRules): CallInterpretation {
  return readCall(transcript, rules, true);
}

function readCall(transcript: Transcript, rules: HotlineRules, whole: boolean): CallInterpretation {
  const turns = readTurns(transcript);
  const evidenceBy = collectEvidence(turns, rules);
  const flags = new Set<CallFlag>();
  if (turns.some((turn) => turn.speaker === 'caller' && turn.abuse)) flags.add('abuse');

  const references = hearReferences(turns, transcript, rules.prefixes);
  const counting = references.filter((ref) => ref.counts);
  const refTexts = references.map((r) => r.heard);
  // Turn texts are normalized already (single spaces, trimmed): only cutting a reference out needs tidying.
  const strip = (text: string) => {
    let out = text;
    for (const heard of refTexts)
      if (out.includes(heard)) out = out.split(heard).join(' ').replace(/\s+/g, ' ').trim();
    return out;
  };

  const services = rules.services
    .map((rule) => {
      const evidence = evidenceBy.get(rule.service) ?? [];
      return { service: rule.service, confidence: combine(evidence), evidence };
    })
    .filter((s) => s.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  let best = services[0] && services[0].confidence >= SERVICE_FLOOR ? services[0] : undefined;
  let bestRule: CompiledServiceRule | undefined = best ? rules.service(best.service) : undefined;

  const evidenceOf = {} as Record<IntentKind, Evidence[]>;
  for (const kind of Object.keys(rules.intents) as IntentKind[]) {
    evidenceOf[kind] = evidenceBy.get(kind)?.slice() ?? [];
  }
  // "NC-…这个帮我撤回" … "哦，NC-…不是我的": what was asked with a reference the caller disowned later goes with it.
  const disownedTurns = new Set(
    references.filter((ref) => ref.disowned !== undefined && ref.disowned > ref.turn).map((ref) => ref.turn),
  );
  for (const ref of counting) disownedTurns.delete(ref.turn);
  if (disownedTurns.size > 0)
    for (const kind of CASE_INTENT_KINDS)
      evidenceOf[kind] = evidenceOf[kind].filter(
        (e) => !(e.speaker === 'caller' && disownedTurns.has(e.turn)),
      );
  // Take-backs first ("Please urge it. Actually forget it"), then corrections (what follows replaces what came before).
  dropTakenBack(evidenceOf, turns);
  dropRetracted(evidenceOf, turns, evidenceBy.get(DENIED) ?? []);
  dropWaitWords(evidenceOf, turns);
  const rating = readRating(turns);
  if (rating) {
    const at = turns[rating.turn]?.lower.lastIndexOf(rating.match.toLowerCase()) ?? -1;
    evidenceOf.rate.push({
      turn: rating.turn,
      speaker: 'caller',
      rule: 'rate:score',
      match: rating.match,
      weight: 0.8,
      ...(at >= 0 ? { at } : {}),
    });
  }
  // Complaints said with the score ("One. Nothing has changed") are the rating's comment, not an urge —
  // unless another request begins between them ("满意。另外广场舞那个帮我催一下").
  if (rating) {
    const text = turns[rating.turn]?.text ?? '';
    const scoreAt = text.toLowerCase().lastIndexOf(rating.match.toLowerCase());
    const ratingClause = clauseOf(text, Math.max(0, scoreAt));
    evidenceOf.urge = evidenceOf.urge.filter(
      (e) =>
        e.turn !== rating.turn ||
        (e.at !== undefined && clauseOf(text, e.at) > ratingClause && ANOTHER_CLAUSE.test(text)),
    );
  }
  dropTakenBack(evidenceOf, turns);
  // "No, this is the first time I'm calling", "我自己没打过": what the caller spoke of until then was
  // never filed, so it is nothing to chase, withdraw or add to — and no filed case of theirs.
  const firstReport = counting.some((ref) => ref.speaker === 'caller')
    ? undefined
    : turns.find((t) => t.speaker === 'caller' && FIRST_REPORT.test(t.lower));
  const sinceFirst = (e: Evidence) => firstReport === undefined || e.turn > firstReport.index;
  if (firstReport)
    for (const kind of ['urge', 'withdraw', 'add-info', 'status'] as const)
      evidenceOf[kind] = evidenceOf[kind].filter(sinceFirst);
  // A filed case the caller spoke of (or confirmed): the agent's "I've reported it" is about this call.
  const existing = (evidenceBy.get('existing') ?? []).filter(
    (e) => (e.speaker === 'caller' || turns[e.turn]?.answer === 'yes') && sinceFirst(e),
  );
  const callerTurns = turns.filter((t) => t.speaker === 'caller' && !t.pleasantry);
  // A caller correcting what they said about a case they filed before is adding information to it.
  if (existing.length > 0 || counting.length > 0) {
    // A correction inside another request ("我是说…帮我催一下") corrects the request, not the case.
    const asksOther = (index: number) =>
      (['urge', 'withdraw', 'status'] as const).some((kind) =>
        evidenceOf[kind].some((e) => e.turn === index),
      );
    for (const turn of callerTurns.filter(
      (t) => t.corrects && !asksOther(t.index) && !PUTS_OFF.test(t.lower),
    )) {
      evidenceOf['add-info'].push({
        turn: turn.index,
        speaker: 'caller',
        rule: 'add-info:correction',
        match: turn.text.slice(0, 40),
        weight: 0.5,
      });
    }
  }
  // A plea for action about a case filed before ("I reported it… please do something") urges it.
  if (existing.length > 0 || counting.length > 0) {
    for (const turn of callerTurns.filter((t) => WANTS_ACTION.test(t.lower))) {
      evidenceOf.urge.push({
        turn: turn.index,
        speaker: 'caller',
        rule: 'urge:plea',
        match: turn.text.slice(0, 40),
        weight: 0.5,
      });
    }
  }
  // An enquiry service takes the call when the caller asks rather than asks for something to be done.
  const enquiries = rules.services.find((rule) => rule.takesQuestions);
  // Whether each caller turn asks a question, tested once (the pattern is long).
  const askedIn = new Map<number, boolean>();
  const asks = (turn: number) => {
    const known = askedIn.get(turn);
    if (known !== undefined) return known;
    const lower = turns[turn]?.lower ?? '';
    const found = ASKS.test(lower.replace(TALK_FILLERS, ' ')) && !ASKED_TO_DO.test(lower);
    askedIn.set(turn, found);
    return found;
  };
  // "都一个星期了，怎么还没人管？" chases a filed case: a question in form, not an enquiry.
  const chasesIn = (index: number) =>
    (['urge', 'withdraw'] as const).some((kind) =>
      evidenceOf[kind].some((e) => e.turn === index && e.speaker === 'caller' && e.weight >= 0.8),
    );
  const asking = callerTurns.find(
    (t) => asks(t.index) && !WANTS_ACTION.test(t.lower) && !chasesIn(t.index) && !LINE_CHECK.test(t.lower),
  );
  const complains = evidenceOf['new-request'].some(
    (e) => e.speaker === 'caller' && e.weight >= 0.8 && !asks(e.turn),
  );
  // "我就问问现在到哪一步了" asks after a filed case: a status question, not an enquiry.
  const asksStatus = combine(evidenceOf.status.filter((e) => e.speaker === 'caller')) >= rules.threshold;
  // A question the caller turns to beside a filed case ("还有啊，我顺便问一句，晚上几点以后算扰民？"),
  // in a turn that asks nothing of the case, is an enquiry of its own.
  const aside =
    asking !== undefined &&
    ANOTHER_REQUEST.test(asking.lower) &&
    !CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].some((e) => e.turn === asking.index)) &&
    !evidenceOf.status.some((e) => e.turn === asking.index);
  if (
    enquiries &&
    asking &&
    !complains &&
    !asksStatus &&
    ((existing.length === 0 && counting.length === 0) || aside)
  ) {
    const question = {
      turn: asking.index,
      speaker: 'caller' as const,
      rule: `${enquiries.service}:question`,
      match: asking.text.slice(0, 40),
      weight: 0.8,
    };
    best = { service: enquiries.service, confidence: 0.8, evidence: [question] };
    bestRule = enquiries;
    // The question is the request.
    evidenceOf['new-request'].push(question);
  }
  // About a filed case, a question-shaped "new request" ("我想了解一下我上周反映的…") asks after it.
  const filed = existing.length > 0 || counting.length > 0;
  const strongNew = evidenceOf['new-request'].some(
    (e) => e.speaker === 'caller' && e.weight >= 0.8 && !(filed && asks(e.turn)),
  );
  // "对对，让他们赶紧来给弄结实了", "有没有证你们给查查", "我再补充一句" after reporting something new, in
  // a call that speaks of no filed case: about the new report, not an urge, status question or note
  // for some other case.
  // A report is new when the caller says so, or confirms the agent's "给您报修" / "I'll log that for you".
  const reports = evidenceOf['new-request'].filter((e) =>
    e.speaker === 'caller' ? e.weight >= 0.8 : turns[e.turn]?.answer === 'yes' && e.weight >= 0.6,
  );
  if (!filed && reports.length > 0) {
    const reported = Math.min(...reports.map((e) => e.turn));
    // "还有顺便问一下我那个停车证…", "while I've got you…": a further request of its own.
    // The agent's "处理结果会给您回复" closing the report is about it too.
    const later = (e: Evidence) =>
      e.turn >= reported && (e.speaker === 'agent' || !ANOTHER_REQUEST.test(turns[e.turn]?.lower ?? ''));
    if (evidenceOf.urge.some((e) => e.speaker === 'caller' && later(e))) flags.add('urgency');
    for (const kind of ['urge', 'status', 'add-info'] as const)
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !later(e));
  }
  // "If there's a specific problem, I'm happy to register it." — "Forget it.": the offer declined in a
  // call about no filed case, nothing withdrawn.
  if (!filed) {
    const offeredNew = new Set(
      evidenceOf['new-request'].filter((e) => e.speaker === 'agent').map((e) => e.turn + 1),
    );
    // "No. Forget it. I just wanted it on record": the report given up, no case withdrawn; "我不留名字，
    // 也不用回电话": a report without a callback.
    evidenceOf.withdraw = evidenceOf.withdraw.filter(
      (e) =>
        e.speaker !== 'caller' ||
        (!offeredNew.has(e.turn) &&
          !GIVES_UP.test(e.match.toLowerCase()) &&
          !NO_CALLBACK.test(e.match.toLowerCase())),
    );
  }
  // "It's still waiting for an answer." said by the agent and never taken up: the state told, no urge.
  if (!evidenceOf.urge.some((e) => e.speaker === 'caller' || turns[e.turn]?.answer === 'yes'))
    evidenceOf.urge = evidenceOf.urge.filter(
      (e) => !/^(?:still|still waiting|waiting|还在|仍在)/i.test(e.match),
    );
  const chases = evidenceOf.urge.length > 0;
  // Urgency words urge a case only in a call about one; beside a new report they say how pressing it is.
  // Urgency said with a status question ("it's urgent for me to know…") or in a return visit
  // ("they came quickly") is not an urge; nor is any once the caller declined the agent's offer to urge,
  // nor one hurrying the agent's promised callback.
  const declinedUrge = (evidenceBy.get(DENIED) ?? []).some((e) => e.rule === 'urge');
  const requestOf = (e: Evidence) => `${e.turn}:${clauseOf(turns[e.turn]?.text ?? '', e.at ?? 0)}`;
  const said = evidenceBy.get('urgency') ?? [];
  let urgency = said;
  if (said.length > 0) {
    const statusRequests = new Set(evidenceOf.status.filter((e) => e.speaker === 'caller').map(requestOf));
    urgency = said.filter(
      (e) => !rating && !declinedUrge && !statusRequests.has(requestOf(e)) && !hurriesCallback(e, turns),
    );
    if (urgency.length < said.length) flags.add('urgency');
  }
  if (urgency.length > 0) {
    const aboutOld = counting.length > 0 || existing.length > 0 || chases;
    const reportsNew = strongNew || (best !== undefined && !aboutOld);
    if (aboutOld || !reportsNew) evidenceOf.urge.push(...urgency);
    else flags.add('urgency');
  }

  let slots: CallSlots = {};
  const confidence = {} as Record<IntentKind, number>;
  for (const kind of Object.keys(evidenceOf) as IntentKind[]) confidence[kind] = combine(evidenceOf[kind]);
  // A caller who gives a case's reference and asks nothing else wants to hear how it stands.
  const own = counting.find((ref) => ref.speaker === 'caller' && !ref.partial);
  const asksOfCase = [...CASE_INTENT_KINDS, 'status' as const].some(
    (kind) => confidence[kind] >= rules.threshold,
  );
  // "…我先问问我老公，不好意思啊" after saying the reference: the caller gives up, asking nothing.
  // Only in the turn of the reference itself: "算了" later in the call may drop anything else.
  const givesUp = own !== undefined && GIVES_UP.test(turns[own.turn]?.lower ?? '');
  if (own && !asksOfCase && !givesUp) {
    evidenceOf.status.push({
      turn: own.turn,
      speaker: 'caller',
      rule: 'status:reference',
      match: own.heard,
      weight: 0.65,
    });
    confidence.status = combine(evidenceOf.status);
  }
  // "I'm calling about my complaint. The tyre place." — "Is it NC-…?" — "Yep"; "I've got a few things
  // in with you… I want to know about the rooster": a call about a filed case that asks nothing
  // else asks how it stands.
  const aboutFiled =
    existing.some((e) => e.speaker === 'caller') ||
    counting.some((ref) => ref.source === 'agent-confirmed' && !ref.partial);
  if (!own && aboutFiled && !asksOfCase) {
    const asking = callerTurns.find(
      (t) =>
        CALLING_ABOUT.test(t.lower) ||
        evidenceOf.status.some((e) => e.turn === t.index && e.speaker === 'caller'),
    );
    if (asking) {
      evidenceOf.status.push({
        turn: asking.index,
        speaker: 'caller',
        rule: 'status:about-filed',
        match: asking.text.slice(0, 40),
        weight: 0.65,
      });
      confidence.status = combine(evidenceOf.status);
    }
  }
  const threshold = rules.threshold;
  // Adding to a case needs a case: without one spoken of, "还有就是…" beside the agent's "给您记上" adds to nothing.
  const callerAdds = combine(evidenceOf['add-info'].filter((e) => e.speaker === 'caller'));
  if (existing.length === 0 && counting.length === 0 && callerAdds < 0.5)
    confidence['add-info'] = cap(confidence['add-info'], threshold * 0.75);
  // A rating without a score cannot be recorded: a human has to listen to it.
  if (!rating) confidence.rate = cap(confidence.rate, threshold * 0.75);

  const onCaseKinds = CASE_INTENT_KINDS.filter((kind) => confidence[kind] >= threshold);
  const onCase = onCaseKinds.length > 0;
  const aboutOldCase = counting.length > 0 || existing.length > 0 || onCase || confidence.status >= threshold;
  // The caller turns that speak of an old case, and those that describe something to report.
  const oldTurns = new Set<number>();
  for (const ref of references) if (ref.counts && ref.speaker === 'caller') oldTurns.add(ref.turn);
  for (const e of callerEvidence(existing)) oldTurns.add(e.turn);
  for (const kind of onCaseKinds) for (const e of callerEvidence(evidenceOf[kind])) oldTurns.add(e.turn);
  if (confidence.status >= threshold) for (const e of callerEvidence(evidenceOf.status)) oldTurns.add(e.turn);
  const newTurns: number[] = [];
  for (const e of evidenceOf['new-request']) if (e.speaker === 'caller') newTurns.push(e.turn);
  for (const e of best?.evidence ?? []) if (e.speaker === 'caller') newTurns.push(e.turn);
  const saysNew =
    evidenceOf['new-request'].some((e) => SAYS_NEW.test(e.match)) ||
    newTurns.some((turn) => {
      const lower = turns[turn]?.lower ?? '';
      return (
        !oldTurns.has(turn) &&
        (ANOTHER_MATTER.test(lower) || ANOTHER_MATTER_ZH.test(lower) || TWO_THINGS.test(lower))
      );
    });
  // A new problem told apart from the old case ("the dog's gone, close that — but now there's drilling").
  // "我之前投诉过…那个还在等。今天是另外一个事，中山路8号的路灯坏了": in one turn, the old case first,
  // then another matter and what it is about.
  const apartInTurn = (best?.evidence ?? []).some((e) => {
    if (e.speaker !== 'caller' || e.at === undefined) return false;
    const marker = NEW_MATTER_INSIDE.exec(turns[e.turn]?.lower ?? '');
    if (!marker || e.at < marker.index) return false;
    // A weak word after it ("这个你也给我记一下") is the new matter's, not the old case's.
    const oldAfter = (old: Evidence) =>
      old.speaker === 'caller' && old.turn === e.turn && (old.at ?? 0) > marker.index && old.weight >= 0.5;
    return !existing.some(oldAfter) && !CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].some(oldAfter));
  });
  const apart = apartInTurn || ((strongNew || saysNew) && newTurns.some((turn) => !oldTurns.has(turn)));
  // "我之前投诉的噪音…进度" names a service but asks about an old case: only an explicit "I want to report" opens one.
  if (!apart && (counting.length > 0 || (aboutOldCase && !strongNew))) {
    confidence['new-request'] = cap(confidence['new-request'], FLOOR * 0.9);
  } else if (best) {
    const fromService = best.evidence.map((e) => ({ ...e, weight: e.weight * 0.6 }));
    evidenceOf['new-request'].push(...fromService);
    // A problem described with where it is, or with a plea for action, is a report even without "I want to report".
    if ((!aboutOldCase || apartInTurn) && combine(evidenceOf['new-request']) < threshold) {
      slots = extractSlots(turns, bestRule?.slots, strip);
      const where = slots.address;
      const plea = callerTurns.find((t) => WANTS_ACTION.test(t.lower));
      if (where !== undefined)
        evidenceOf['new-request'].push({ ...DESCRIBED, turn: newTurns[0] ?? 0, match: where });
      if (plea)
        evidenceOf['new-request'].push({ ...DESCRIBED, turn: plea.index, match: plea.text.slice(0, 40) });
    }
    confidence['new-request'] = combine(evidenceOf['new-request']);
  } else if (!registeredWithCaller(evidenceOf['new-request'], turns)) {
    // A complaint about something no service covers: an agent decides where it goes. One the agent
    // registered and the caller accepted is a request all the same; without a service it goes to review.
    confidence['new-request'] = cap(confidence['new-request'], threshold * 0.75);
  }
  // A status question inside the same request as an action is that action's read-back; asked apart, it is its own request.
  if (onCase) {
    const actionRequests = new Set<string>();
    for (const kind of onCaseKinds)
      for (const e of callerEvidence(evidenceOf[kind])) actionRequests.add(requestOf(e));
    // "I've heard nothing at all. Can you hurry it up?": a complaint of the wait, said for the urge.
    const chased = confidence.urge >= threshold;
    const asked = evidenceOf.status.filter(
      (e) =>
        e.speaker === 'caller' && !actionRequests.has(requestOf(e)) && !(chased && complainsOfWait(e.match)),
    );
    if (asked.length === 0) confidence.status = cap(confidence.status, FLOOR * 0.9);
  }

  const asksOnly = (id: string) => rules.service(id)?.takesQuestions === true;
  // A request that names no service of its own is about the one service the call names, if only one.
  const namedServices = services.filter((s) => !asksOnly(s.service) && s.confidence >= SERVICE_FLOOR);
  const onlyNamed = namedServices.length === 1 ? namedServices[0]!.service : undefined;
  const textOf = (index: number) => strip(turns[index]?.text ?? '');
  const intents: Intent[] = [];
  answerPicks(evidenceOf, confidence, turns, threshold);
  // The caller's turns that carry a request about a filed case, for each intent's topic.
  const caseTurns: Evidence[] = [];
  // Only requests made: a weak word of another kind ("另外一个" for add-info) takes no clause away.
  for (const kind of [...CASE_INTENT_KINDS, 'status'] as const)
    if (confidence[kind] >= threshold) caseTurns.push(...callerEvidence(evidenceOf[kind]));
  // A new report in the same turn ("撤了吧。另外人民路20号的路灯坏了") is another request's words too.
  if (confidence['new-request'] >= threshold)
    caseTurns.push(...callerEvidence([...evidenceOf['new-request'], ...(best?.evidence ?? [])]));
  // "I want to report a street light that's out… Oh, and separately, my old construction noise
  // complaint, please withdraw that one": the service of the new report is named outside the
  // clauses of the requests about a filed case.
  const reportedService = (): string | undefined => {
    const cased = caseTurns.filter((e) => CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].includes(e)));
    if (best === undefined || cased.length === 0 || asksOnly(best.service)) return best?.service;
    const theirs = new Set(cased.map(requestOf));
    let found: { service: string; weight: number } | undefined;
    for (const candidate of services) {
      if (asksOnly(candidate.service)) continue;
      const weight = combine(
        candidate.evidence.filter((e) => e.speaker === 'caller' && !theirs.has(requestOf(e))),
      );
      if (weight >= SERVICE_FLOOR && (!found || weight > found.weight))
        found = { service: candidate.service, weight };
    }
    return found?.service ?? best.service;
  };
  for (const kind of Object.keys(confidence) as IntentKind[]) {
    if (confidence[kind] < FLOOR || evidenceOf[kind].length === 0) continue;
    const evidence = evidenceOf[kind];
    const turn = kind === 'rate' && rating ? rating.turn : anchorTurn(evidence);
    const details: IntentDetails = { slots: {} };
    if (kind === 'new-request') {
      // Read once per call: the report's where was already read above when it decided the request.
      if (Object.keys(slots).length === 0) slots = extractSlots(turns, bestRule?.slots, strip);
      details.slots = slots;
    } else if (kind === 'add-info') {
      // The information runs from its request to the next request of another kind (each request its own intent).
      const others = (Object.keys(confidence) as IntentKind[])
        .filter((other) => other !== kind && confidence[other] >= threshold && evidenceOf[other].length > 0)
        .map((other) => anchorTurn(evidenceOf[other]))
        .filter((other) => other > turn);
      const until = Math.min(...others, Number.POSITIVE_INFINITY);
      const from = callerTurns
        .filter((t) => t.index >= turn && t.index < until)
        .map((t) => strip(t.text))
        .filter(hasContent);
      const note = from.slice(0, 3).join(' ').slice(0, 1000);
      if (note.length > 0) details.note = note;
    } else if (kind === 'urge') {
      const note = textOf(turn).slice(0, 500);
      if (hasContent(note)) details.note = note;
    } else if (kind === 'withdraw') {
      const reason = textOf(turn).slice(0, 500);
      if (hasContent(reason)) details.reason = reason;
    } else if (kind === 'rate' && rating) {
      details.score = rating.score;
      if (rating.comment !== undefined) details.comment = strip(rating.comment);
    }
    // The one service the call names is not a case request's when it is the new report's of the same call.
    const reportsOnlyNamed =
      kind !== 'new-request' && confidence['new-request'] >= threshold && best?.service === onlyNamed;
    const othersTurns = new Set(caseTurns.filter((e) => !evidence.includes(e)).map((e) => e.turn));
    // …nor when only another request's turns name it ("给四分吧" … "我还报过一个路灯…到哪一步了？").
    const namedByOthers =
      onlyNamed !== undefined &&
      othersTurns.size > 0 &&
      (services.find((s) => s.service === onlyNamed)?.evidence ?? [])
        .filter((e) => e.speaker === 'caller')
        .every((e) => othersTurns.has(e.turn) && !evidence.some((own) => own.turn === e.turn));
    const service =
      kind === 'new-request'
        ? reportedService()
        : (serviceSpokenIn(evidence, services, asksOnly, (at) => turns[at]?.text ?? '', othersTurns) ??
          (reportsOnlyNamed || namedByOthers ? undefined : onlyNamed));
    // Only a request acted on needs to say which case it is about.
    // A score names its case in its own sentence ("施工那个还行吧。不过狗叫那个…我给一分"), if anywhere.
    const scored =
      kind === 'rate' && rating ? scoreTopic(turns[rating.turn]?.lower ?? '', rating.match) : undefined;
    let topic =
      kind === 'new-request' || confidence[kind] < threshold
        ? ''
        : (scored ?? topicOf(evidence, existing, caseTurns, turns, strip));
    // "The dog one is sorted now, so you can cancel it": the case done with is the one withdrawn;
    // "…is sorted now, but it's not! Chase it": the case said to be done and denied is the one chased.
    if (topic.length > 0) topic = resolvedNamed(topic, kind !== 'withdraw');
    const intent: Intent = { kind, confidence: confidence[kind], evidence, turn, details };
    if (service !== undefined) intent.service = service;
    if (topic.length > 0) intent.topic = topic;
    intents.push(intent);
  }
  if (whole)
    splitNewRequests(intents, transcript, turns, rules, counting.length > 0 || existing.length > 0, (part) =>
      readCall(part, rules, false),
    );
  intents.sort((a, b) => b.confidence - a.confidence);
  // "I want to report loud construction at 8 Elm Street. Actually no, withdraw it.", "我要投诉…。算了，
  // 帮我撤了吧": a report made and dropped in one breath, then an action that may be about it — with no
  // reference and no case named, no filed case is meant for certain: a person decides.
  const reportedAt = new Map<number, number>();
  for (const e of evidenceBy.get('new-request') ?? [])
    if (e.speaker === 'caller' && e.weight >= 0.8 && e.at !== undefined && !reportedAt.has(e.turn))
      reportedAt.set(e.turn, e.at);
  const reportStands = intents.some((i) => i.kind === 'new-request' && i.confidence >= threshold);
  if (!reportStands && counting.length === 0 && reportedAt.size > 0)
    for (const intent of intents) {
      if (!CASE_INTENT_KINDS.includes(intent.kind as never) || intent.confidence < threshold) continue;
      if (intent.topic !== undefined && designates(intent.topic)) continue;
      const after = intent.evidence.some(
        (e) => e.speaker === 'caller' && (reportedAt.get(e.turn) ?? Number.POSITIVE_INFINITY) < (e.at ?? -1),
      );
      if (after) intent.confidence = cap(intent.confidence, threshold * 0.75);
    }
  // "她的单号是NC-…，她说一直没人管" … "反正你帮我催一下吧，我这边也太吵了": a reference said as someone
  // else's, with no request in its turn, while every request turn speaks of no one else — told as
  // news, not the case the requests are about.
  const requestTurns = new Set(
    intents
      .filter((intent) => intent.confidence >= threshold && CASE_INTENT_KINDS.includes(intent.kind as never))
      .flatMap((intent) => intent.evidence.filter((e) => e.speaker === 'caller').map((e) => e.turn)),
  );
  const speaksOfSomeone = [...requestTurns].some((turn) => THIRD_PERSON.test(turns[turn]?.lower ?? ''));
  for (const ref of references) {
    if (!ref.counts || !ref.othersCase) continue;
    if (requestTurns.size === 0 || requestTurns.has(ref.turn) || speaksOfSomeone) continue;
    ref.counts = false;
    ref.aside = true;
    const index = counting.indexOf(ref);
    if (index >= 0) counting.splice(index, 1);
  }
  // Only several requests can share out several references; one request with two references is a guess.
  if (counting.length > 1)
    assignReferences(
      intents.filter((i) => i.confidence >= threshold),
      counting,
      turns,
    );
  // A wrong number, a test call or the time asked asks for nothing, whatever words it has ("我订的饺子怎么还没到").
  const noBusiness =
    counting.length === 0 &&
    existing.length === 0 &&
    (turns.some((t) => NO_BUSINESS_HINT.test(t.lower) && NO_BUSINESS.test(t.lower)) || asksTheTime(turns));
  if (noBusiness) intents.splice(0, intents.length);
  // "Nothing to report, I just wanted to say thank you. The pothole… was filled yesterday": no new report.
  else if (counting.length === 0 && turns.some((t) => t.speaker === 'caller' && THANKS_ONLY.test(t.lower))) {
    const index = intents.findIndex((intent) => intent.kind === 'new-request');
    if (index >= 0) intents.splice(index, 1);
  }
  const reading: CallInterpretation = {
    callId: transcript.callId,
    language: transcript.language,
    intents,
    references,
    services,
    slots,
    flags: [...flags],
  };
  const spoken = spokenPhone(turns);
  if (spoken !== undefined) reading.spokenPhone = spoken;
  // "我是机主的邻居，手机是借的": the number is not the caller's, so it verifies nobody on the line;
  // nor does it for a caller asking after the cases of another number they read out.
  const borrowed = turns.some(
    (t) =>
      t.speaker === 'caller' &&
      ((PHONE_HINT.test(t.lower) && NOT_MY_PHONE.test(t.lower)) ||
        (NOT_THE_CITIZEN_HINT.test(t.lower) && NOT_THE_CITIZEN.test(t.lower))),
  );
  const asksAnotherNumber =
    spoken !== undefined &&
    spoken !== transcript.caller &&
    turns.some((t) => t.speaker === 'caller' && ANOTHER_NUMBERS_CASES.test(t.lower));
  if (transcript.caller !== undefined && !borrowed && !asksAnotherNumber) reading.caller = transcript.caller;
  if (borrowed) reading.borrowedPhone = true;
  if (turns.some((t) => t.speaker === 'caller' && FOR_SOMEONE_ELSE.test(t.lower)))
    reading.forSomeoneElse = true;
  if (
    turns.some(
      (t) => t.speaker === 'caller' && COMPLAINED_HINT.test(t.lower) && COMPLAINED_ABOUT.test(t.lower),
    )
  )
    reading.complainedAbout = true;
  return reading;
}
