// Over 350 lines: findTarget is one ordered list of the ways a request may name its case (reference, header, set-aside, service, words, replay), each returning early; their order is the safety contract, so they stay in one function.
import { type CaseView, isCaseError, isMisreadRef, type RouterClient } from '@onecase/core';
import { HOTLINE_REVIEW_SERVICE, type ReviewReason } from './hotlineReview.js';
import type { CaseIntentKind, HotlineRules } from './hotlineTypes.js';
import type { CallInterpretation, Intent } from './callReading.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import {
  addressNamesNoneOf,
  asideNamesNoneOf,
  asksForAll,
  caseTexts,
  describedCase,
  designates,
  leftAfterAside,
  namesNoneOf,
  namedTogether,
  pickByTopic,
  pickCase,
  pickRemaining,
  setAsideIn,
  singlesOutNoneOf,
  speaksOfOthersCase,
  unsureWhich,
  withoutSetAside,
} from './caseTopic.js';

/** Where an intent lands: a case (and whether the caller may act on it), several to read, a review, or nothing. */
export type Target =
  | {
      case: CaseView;
      authorized: boolean;
      /** Picked only as the one of the caller's several cases that can take the request now. */
      left?: { refs: string[] };
    }
  | { cases: CaseView[] }
  | { status: { view: CaseView; authorized: boolean }[] }
  | { review: ReviewReason; refs?: string[] }
  | { unverified: true }
  | { none: true };

// "两个都撤吧" … "工地那个先留着", "Chase both. Actually just the one.": not both after all.
const KEEPS_ONE =
  /留着|保留|先不(?:撤|催)|\bkeep\b|\bjust (?:the )?one\b|\b(?:just|only) the [a-z'-]+(?: [a-z'-]+)? one\b|只(?:撤|催)?一个|只(?:撤|催|要)?[\u4e00-\u9fff]{1,6}那(?:个|件)|其中一个|\bonly one\b/i;

/** What `findTarget` needs from the call beside the intent. */
export interface TargetContext {
  client: RouterClient;
  rules: HotlineRules;
  reading: CallInterpretation;
  channel: string;
  /** The case an outbound call is about (vouched for by the integrator). */
  regarding?: string;
  /** The idempotency key the intent's command carries. */
  keyOf(intent: Intent): string;
  /** The verified caller's cases (by the `Caller:` number), loaded once per call. */
  casesOfCaller(): Promise<CaseView[]>;
}

const OTHER_CASE =
  /\b(?:my |the )?(?:other|remaining) (?:one|complaint|case|report)\b|另一个|另外一个|另外那个|别的那个|另一件|剩下(?:的)?那(?:个|件)|剩下的/i;
// "一个是他们周六也轰；另一个我看清了，是辆白色的车", "one thing … the other thing": points of a note, no case.
const ENUMERATED =
  /(?:一个是|一是|第一)[^。？?！!]{0,60}?(?:另一个|另外一个)|另一个(?:是)?(?:情况|问题|事儿?|细节)|\bthe other (?:thing|point|detail)\b/gi;
const CAME_BACK =
  /又开始了|又来了|又响了|又出现了|又(?:吵|闹)起来|说(?:已经)?(?:处理好|解决|办好)了|\b(?:is|are|'s) back\b|\bstarted (?:up )?again\b|\bagain since\b|\b(?:told me|said) it was (?:sorted|fixed|resolved|dealt with)\b/i;
const PICKED_BY_TIME =
  /(?:[一二三四五六七八九十\d]+月份?|去年|前年|上个?月|上周|上星期|上礼拜|年初|年底|最早|早的|以前|最近|新的|旧的|老的|前一个|后一个|第一个|第二个|第一次|上一次)(?:报|投诉|反映|提|打|登记)?的?(?:那个|那件|那一个|那次)|\b(?:the one|the complaint|the case|the report)(?: i (?:made|filed|reported|lodged|put in))? (?:back )?(?:in|from|last) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|year|month|week)\b|\bthe (?:older|earlier|newer|later|first|second|previous|latest|most recent|old|new|recent) one\b/i;
// The caller filed the case themselves, for the one it affects: it is theirs on record.
const FILED_IT_MYSELF =
  /\bi (?:just |only )?(?:reported|filed|logged|lodged|put in) (?:it|that|the complaint)(?: in)? for (?:her|him|them)\b|\bi (?:reported|filed|logged) it from my (?:own )?(?:phone|number)\b|我(?:帮|替|给)(?:我)?(?:妈|爸|母亲|父亲|老人|爷爷|奶奶|姥姥|姥爷)(?:报|反映|投诉)的|(?:用|拿)我(?:自己)?的?(?:手机|电话)(?:帮|替)?[\u4e00-\u9fff]{0,4}(?:报|反映|投诉|打)的/;
const NOT_MINE = /\bnot (?:mine|my (?:own )?\w+)\b|不是我的|不是我自己的/gi;
const OWN_CASE = /\bmine\b|\bmy (?:own )?(?:complaint|case|report|one)\b|我(?:自己)?的|我那个|我自己/i;
// "我自己也有一个投诉，那个先不用管", "mine can wait, I'm calling for her": the caller's own case set aside.
const LEAVES_ALONE =
  /(?:先|暂时)?(?:不用|不要|别)(?:管|动|催|撤)|先放着|留着|不动|\bleave (?:it|mine|that(?: one)?)(?: alone)?\b|\b(?:can|will) wait\b|\bfor now\b/i;

/** The topic without the phrases that speak of the caller's own case only to set it aside. */
function withoutOwnSetAside(topic: string): string {
  const parts = topic.split(/[，,。.;；!！?？]/);
  return parts
    .filter(
      (part, i) =>
        !(OWN_CASE.test(part) && (LEAVES_ALONE.test(part) || LEAVES_ALONE.test(parts[i + 1] ?? ''))),
    )
    .join(' ');
}

/**
 * Whether the caller may act on (or hear the state of) a case: it is theirs (filed under the
 * number the call came from), or they said its reference themselves, or the integrator named it.
 */
async function authorizedFor(
  view: CaseView,
  context: TargetContext,
  saidByCaller: boolean,
): Promise<boolean> {
  if (saidByCaller) return true;
  return (await context.casesOfCaller()).some((mine) => mine.id === view.id);
}

/**
 * Finds the case an intent is about under the safety contract: only references that count
 * (said by the caller, or confirmed by them, never denied) are looked up; a reference the
 * classifier names but the call does not vouch for goes to review; without a reference only
 * the verified caller's own cases are candidates; and every case found is marked authorized
 * only if it belongs to the verified caller or the caller said its reference.
 *
 * @example
 * ```ts
 * const target = await findTarget(intent, context);
 * if ('case' in target && !target.authorized) review('not-verified');
 * ```
 */
export async function findTarget(intent: Intent, context: TargetContext): Promise<Target> {
  const { client, rules, reading, channel } = context;
  // "I was the one complained about, it was my dog. I'd give it a one": the one complained about
  // neither acts on the case nor hears it, whatever number they call from (rule 7).
  if (
    reading.complainedAbout &&
    context.regarding === undefined &&
    CASE_INTENT_KINDS.includes(intent.kind as never)
  )
    return { review: 'no-case' };
  const counting = reading.references.filter((ref) => ref.counts);
  let named: { ref: string; valid: boolean; byCaller: boolean }[];
  if (context.regarding !== undefined) {
    named = [{ ref: context.regarding, valid: true, byCaller: true }];
  } else if (intent.ref !== undefined) {
    const heard = counting.find((ref) => ref.ref === intent.ref);
    if (!heard) return { review: 'unconfirmed-reference', refs: [intent.ref] };
    named = [
      {
        ref: heard.ref,
        valid: heard.valid,
        byCaller: heard.source === 'caller' && !reading.complainedAbout,
      },
    ];
  } else {
    named = counting.map((ref) => ({
      ref: ref.ref,
      valid: ref.valid,
      byCaller: ref.source === 'caller' && !reading.complainedAbout,
    }));
  }
  // "Withdraw NC-…, and chase up my other complaint"; "my neighbour's number is NC-… — withdraw my
  // complaint": the references said are not the case this request is about.
  const passedOver = new Set<string>();
  // "NC-… is my neighbour's… Withdraw mine please": the caller's own case is meant, said as theirs.
  let mineMeant = false;
  if (context.regarding === undefined && intent.ref === undefined && named.length > 0 && intent.topic) {
    const others = counting.filter((ref) => named.some((n) => n.ref === ref.ref));
    // "…my neighbour's complaint, not mine": a denied "mine" means nothing of the caller's.
    const ownMeant =
      OWN_CASE.test(withoutOwnSetAside(intent.topic.replace(NOT_MINE, ' '))) &&
      others.every((ref) => ref.othersCase);
    // "另外那个冰柜的我不问": the other case set aside is not the one asked about.
    mineMeant = ownMeant;
    if (OTHER_CASE.test(withoutSetAside(intent.topic.toLowerCase())) || ownMeant) {
      for (const ref of named) passedOver.add(ref.ref);
      named = [];
    }
  }
  // A return visit about one case (the integrator's or the `Case:` header's), the caller speaking of
  // another of theirs ("For the barking dog one, a 1"): which case the answer is for is for a person.
  const vouched = context.regarding ?? counting.find((ref) => ref.source === 'header')?.ref;
  // A return visit answered by someone who says the phone is not the citizen's ("我是他家保姆",
  // "I bought the number last month"): the visit is vouched for, the person answering is not.
  if (
    vouched !== undefined &&
    (reading.borrowedPhone || reading.forSomeoneElse) &&
    named.some((ref) => ref.ref === vouched)
  )
    return { unverified: true };
  if (
    vouched !== undefined &&
    intent.topic !== undefined &&
    named.length === 1 &&
    named[0]!.ref === vouched
  ) {
    const mine = await context.casesOfCaller();
    const spoken = mine.length > 1 ? await pickCase(client, intent.topic, mine) : undefined;
    if (spoken && spoken.ref !== vouched && spoken.id !== vouched)
      return { review: 'several-cases', refs: [vouched, spoken.ref] };
    if (designates(intent.topic)) {
      const visited = await client.get(vouched).catch(() => undefined);
      if (visited && namesNoneOf(intent.topic, await caseTexts(client, [visited])))
        return { review: 'several-cases', refs: [vouched] };
    }
  }
  // A reference no service has: nobody can find that case, so the caller's own cases are no fallback.
  const unknown = counting.filter((ref) => ref.known === false && named.some((n) => n.ref === ref.ref));
  if (unknown.length > 0) return { review: 'unknown-reference', refs: unknown.map((ref) => ref.ref) };
  const wrong = named.filter((ref) => !ref.valid);
  if (wrong.length > 0) return { review: 'wrong-reference', refs: wrong.map((ref) => ref.ref) };
  // Reading several named cases back is harmless; acting on one of several is a guess — unless the
  // caller asks for each ("第一个NC-…，第二个NC-…" … "对，两个都催"), each reference theirs to say.
  if (named.length > 1 && intent.kind !== 'status') {
    if (
      intent.kind !== 'rate' &&
      intent.topic !== undefined &&
      asksForAll(intent.topic) &&
      !KEEPS_ONE.test(intent.topic)
    ) {
      const views: CaseView[] = [];
      for (const ref of named) {
        const view = await client.get(ref.ref).catch(() => undefined);
        if (view && (await authorizedFor(view, context, ref.byCaller))) views.push(view);
      }
      if (views.length === named.length) return { cases: views };
    }
    return { review: 'several-references', refs: named.map((ref) => ref.ref) };
  }
  // "我的单号是NC-A。就是那个狗叫的投诉，帮我撤了吧" when NC-A is the caller's construction case and the
  // dog one is another of theirs: the reference and the words name two cases — a person decides.
  if (named.length === 1 && context.regarding === undefined && intent.topic !== undefined) {
    const mine = await context.casesOfCaller();
    const spoken = mine.length > 1 ? await pickCase(client, intent.topic, mine) : undefined;
    // …unless the words name the case whose reference the caller took back ("the rooster one").
    const takenBack = reading.references.some((ref) => ref.denied && ref.ref === spoken?.ref);
    if (
      spoken &&
      !takenBack &&
      spoken.ref !== named[0]!.ref &&
      mine.some((view) => view.ref === named[0]!.ref)
    )
      return { review: 'several-cases', refs: [named[0]!.ref, spoken.ref] };
  }
  if (named.length > 0) {
    const found: { view: CaseView; authorized: boolean }[] = [];
    for (const ref of named) {
      try {
        const view = await client.get(ref.ref);
        found.push({ view, authorized: await authorizedFor(view, context, ref.byCaller) });
      } catch (error) {
        if (isCaseError(error, 'UNKNOWN_CASE')) {
          return { review: isMisreadRef(error) ? 'wrong-reference' : 'unknown-reference', refs: [ref.ref] };
        }
        throw error;
      }
    }
    return found.length === 1
      ? { case: found[0]!.view, authorized: found[0]!.authorized }
      : { status: found };
  }
  // No reference: only the number the call came from finds cases; one read out (or denied) proves nothing.
  if (reading.caller === undefined)
    return reading.spokenPhone !== undefined || reading.references.length > 0 || reading.borrowedPhone
      ? { unverified: true }
      : { none: true };
  // "我的单号是NC-…" … "刚才那个号是我邻居的，我念错了。帮我撤回吧": the case meant is not known.
  const disowned = reading.references.filter((ref) => ref.disowned !== undefined);
  if (disowned.length > 0) return { review: 'wrong-reference', refs: disowned.map((ref) => ref.ref) };
  // "Is it NC-…?" — "Maybe": the call may be about that case, so none of the caller's stands in for it.
  const unresolved = reading.references.filter((ref) => ref.unresolved);
  if (unresolved.length > 0)
    return { review: 'unconfirmed-reference', refs: unresolved.map((ref) => ref.ref) };
  // "My neighbour's complaint", "I'm calling for my dad": someone else's case, which the caller's own cannot stand in for.
  // "Somebody complained about my dog, can you cancel it?": the complaint against the caller is not one of theirs.
  // (…unless the caller says they filed it themselves: "the one at my mum's — I reported it for her from my phone".)
  if (
    reading.forSomeoneElse ||
    reading.complainedAbout ||
    (intent.topic !== undefined &&
      speaksOfOthersCase(intent.topic) &&
      !mineMeant &&
      !FILED_IT_MYSELF.test(intent.topic.toLowerCase()))
  )
    return { review: 'no-case' };
  // A case the caller said is not theirs ("No, not that one") is no candidate either.
  const denied = new Set([
    ...passedOver,
    ...reading.references.filter((ref) => ref.denied).map((ref) => ref.ref),
  ]);
  // "…有一件是东四八条邻居装修的噪音投诉，是这件吗？" — "不是不是": the case the agent described, denied.
  const numbers = await context.casesOfCaller();
  if (reading.deniedDescriptions !== undefined && numbers.length > 0) {
    const texts = await caseTexts(client, numbers);
    for (const words of reading.deniedDescriptions) {
      const index = describedCase(words, texts);
      if (index !== undefined) denied.add(numbers[index]!.ref);
    }
  }
  const mine = numbers.filter((view) => !denied.has(view.ref));
  const open = mine.filter((view) => !view.state.done);
  // "狗叫那个现在到哪了？" … "也帮我把另一个催一下" from a caller whose one case is the dog's: the other
  // case is none of theirs (a neighbour's, or one never filed), so the one they have is not it.
  if (
    intent.kind !== 'status' &&
    intent.ref === undefined &&
    numbers.length === 1 &&
    intent.topic !== undefined &&
    OTHER_CASE.test(withoutSetAside(intent.topic.toLowerCase()).replace(ENUMERATED, ' '))
  )
    return { review: 'no-case' };
  // "The generator one" from a caller whose cases are none of it: not theirs to act on or read.
  if (intent.topic !== undefined && mine.length > 0 && designates(intent.topic)) {
    const texts = await caseTexts(client, mine);
    // …unless the rest of what was said, a read-back the caller confirmed, is one of theirs ("the engine
    // thing" — "is that the generator at the car wash?" — "yes that one").
    if (namesNoneOf(intent.topic, texts) && pickByTopic(intent.topic, texts) === undefined)
      return { review: 'no-case' };
  }
  // "楼上装修那个帮我催一下" from a caller whose one case is a barking dog: not theirs to change.
  if (
    intent.kind !== 'status' &&
    intent.kind !== 'rate' &&
    intent.ref === undefined &&
    mine.length > 0 &&
    intent.topic !== undefined
  ) {
    const said = withoutSetAside(intent.topic.toLowerCase());
    const texts = await caseTexts(client, mine);
    if (singlesOutNoneOf(said, texts) || addressNamesNoneOf(said, texts)) return { review: 'no-case' };
  }
  // "我们家门口路灯不亮那个报修怎么样了" from a caller with no street-light case: none of theirs is meant.
  const namesService =
    intent.kind !== 'rate' &&
    intent.service !== undefined &&
    rules.service(intent.service)?.takesQuestions !== true;
  if (namesService && !mine.some((view) => view.service.id === intent.service)) {
    // …unless the words that named it are a case's own (a consultation about a parking bay).
    const said = (reading.services.find((s) => s.service === intent.service)?.evidence ?? []).map((e) =>
      e.match.toLowerCase(),
    );
    const texts = await caseTexts(client, mine);
    if (!texts.some((text) => said.some((words) => text.includes(words)))) return { review: 'no-case' };
  }
  if (intent.kind === 'status') {
    const spoken = open.filter((view) => view.service.id === intent.service);
    const named = spoken.length > 0 ? spoken : open;
    // "狗叫那个到哪了？" when the dog case is closed or withdrawn: that case is read, never the open one instead.
    // (Only where one open case is left to stand in for it: "便利店那个我知道早弄好了，那另外俩呢" asks after the others.)
    const closedNamed =
      mine.length > named.length && named.length <= 1
        ? await pickCase(client, intent.topic, mine)
        : undefined;
    if (closedNamed && !named.includes(closedNamed))
      return { status: [{ view: closedNamed, authorized: true }] };
    // "我今天就问装修那个": the case the caller's words are about, when they pick one.
    const picked = await pickCase(client, intent.topic, named);
    const cases = picked ? [picked] : named;
    return cases.length > 0 ? { status: cases.map((view) => ({ view, authorized: true })) } : { none: true };
  }
  // Cases that can take this intent's event now; a closed case waiting for its return visit counts for a rating.
  const able = mine.filter((view) => {
    const event = rules.event(intent.kind as CaseIntentKind, view.service.id, intent.details);
    return event !== undefined && (view.allowed[channel] ?? []).includes(event.type);
  });
  // "The construction one can wait, chase the other one": cases set aside by words none of the caller's
  // cases has — which case is meant is for a person; and a service named only in the words set aside
  // ("路灯那个也先放着") is not the request's.
  const asides = intent.topic === undefined ? [] : setAsideIn(intent.topic.toLowerCase());
  const aside = asides.join(' ');
  if (asides.length > 0 && mine.length > 1 && asideNamesNoneOf(asides, await caseTexts(client, mine)))
    return { review: 'several-cases', refs: mine.map((view) => view.ref) };
  const serviceAside =
    asides.length > 0 &&
    (reading.services.find((s) => s.service === intent.service)?.evidence ?? [])
      .filter((e) => e.speaker === 'caller')
      .every((e) => aside.includes(e.match.toLowerCase()));
  const spoken = serviceAside ? [] : able.filter((view) => view.service.id === intent.service);
  const candidates = spoken.length > 0 ? spoken : able.length > 0 ? able : intent.kind === 'rate' ? [] : open;
  // "Is it NC-…?" — "No, that's not the one": the caller's other case is theirs to name, not left by
  // elimination — unless their words are that case's own ("not that one, the gym").
  const deniedMine = (await context.casesOfCaller()).filter((view) => denied.has(view.ref));
  if (deniedMine.length > 0 && candidates.length > 0) {
    // A rating once the caller said the visit was about another case: which one it rates is for a person.
    if (intent.kind === 'rate') return { review: 'several-cases', refs: candidates.map((view) => view.ref) };
    const topic = intent.topic ?? '';
    // "No, the other one": with one case left, that names it.
    if (candidates.length === 1 && OTHER_CASE.test(topic)) return { case: candidates[0]!, authorized: true };
    const index = pickRemaining(
      topic,
      await caseTexts(client, candidates),
      await caseTexts(client, deniedMine),
    );
    if (index !== undefined) return { case: candidates[index]!, authorized: true };
    return { review: 'several-cases', refs: candidates.map((view) => view.ref) };
  }
  // "我三月份报的那个", "不是最近那个，是早的那个", "the one from March": which case a date or an order
  // points at is for a person to check (the words of the case do not say when it was filed).
  if (mine.length > 1 && intent.topic !== undefined && PICKED_BY_TIME.test(intent.topic))
    return { review: 'several-cases', refs: mine.map((view) => view.ref) };
  // "The street light is out again, chase it up" from a caller whose street-light case is closed: the
  // service named is that case's, which answers not-allowed — their open noise complaint is not urged.
  if (intent.service !== undefined && !serviceAside && spoken.length === 0) {
    const ofService = mine.filter((view) => view.service.id === intent.service);
    if (ofService.length === 1) return { case: ofService[0]!, authorized: true };
    if (ofService.length > 1) return { review: 'several-cases', refs: ofService.map((view) => view.ref) };
  }
  // "The drilling is back… after they told me it was sorted", "上次说处理好了，结果又开始了": the problem
  // of a case that was closed came back — that case is meant, not the open one about something else.
  // (A rating's case is the closed one already: "这礼拜又开始了…两分吧" scores it, not the caller's open case.)
  if (intent.kind !== 'rate' && intent.topic !== undefined && CAME_BACK.test(intent.topic)) {
    const closed = mine.filter((view) => !candidates.includes(view));
    if (closed.length === 1) return { case: closed[0]!, authorized: true };
    if (closed.length > 1) return { review: 'several-cases', refs: closed.map((view) => view.ref) };
  }
  // "电钻又开始了，帮我催一下" when only the closed case is about drilling: its words name it.
  // (Not for a note: "now it's Sundays" is news for the open case, whatever the closed one's words.)
  if (mine.length > candidates.length && intent.topic !== undefined && intent.kind !== 'add-info') {
    const index = pickRemaining(intent.topic, await caseTexts(client, mine), []);
    const named = index === undefined ? undefined : mine[index];
    if (named && !candidates.includes(named)) return { case: named, authorized: true };
  }
  // "人民路那个先不用管，帮我催一下另外那个", "Forget the light and the dog. Just withdraw the other one.":
  // the cases set aside by their own words leave the one meant, when exactly one is left.
  if (asides.length > 0 && candidates.length > 1 && !unsureWhich(intent.topic!)) {
    const index = leftAfterAside(
      intent.topic!.toLowerCase(),
      await caseTexts(client, candidates),
      OTHER_CASE,
    );
    if (index !== undefined) return { case: candidates[index]!, authorized: true };
  }
  // "两个投诉都帮我催一下，狗叫那个和工地那个", "chase both of my complaints": each case the caller names.
  if (
    intent.kind !== 'rate' &&
    intent.topic !== undefined &&
    mine.length > 1 &&
    asides.length === 0 &&
    !KEEPS_ONE.test(intent.topic)
  ) {
    const together = namedTogether(intent.topic, await caseTexts(client, mine));
    if (together.length > 1) return { cases: together.map((index) => mine[index]!) };
  }
  // "施工那个投诉帮我撤回吧": the case the caller names, even one that cannot take the request now
  // (it then answers not-allowed) — never another that could.
  // (Never by the words that set a case aside: "除了狗叫那个，其他的都帮我催一下" names the dog case only to leave it.)
  // (A doubt which is meant still picks none: "…can wait, I'm not sure which".)
  const pickWords =
    asides.length > 0 && !unsureWhich(intent.topic!)
      ? withoutSetAside(intent.topic!.toLowerCase())
      : intent.topic;
  const named_ = await pickCase(client, pickWords, mine);
  // "The street light on Elm Avenue is fixed, withdraw that report" — "that's the construction noise on
  // Baker Street, right?" — "Yes": the service said and the case picked are two cases; a person decides.
  if (named_ && intent.service !== undefined && named_.service.id !== intent.service && spoken.length > 0)
    return { review: 'several-cases', refs: [named_.ref, ...spoken.map((view) => view.ref)] };
  if (named_) return { case: named_, authorized: true };
  if (candidates.length === 1)
    return {
      case: candidates[0]!,
      authorized: true,
      ...(mine.length > 1 ? { left: { refs: mine.map((view) => view.ref) } } : {}),
    };
  // Several, but the caller said which by what it is about ("the generator one, not the dog").
  const picked = await pickCase(client, pickWords, candidates);
  if (picked) return { case: picked, authorized: true };
  // A replay of this call finds the case it already acted on, even if that case has moved on since.
  const key = context.keyOf(intent);
  for (const view of mine) {
    if ((await client.appliedEvent(view.ref, key)) !== undefined) return { case: view, authorized: true };
  }
  // The caller's one case, which cannot take the request now (closed, replied to): it answers not-allowed.
  if (candidates.length === 0 && mine.length === 1) return { case: mine[0]!, authorized: true };
  if (candidates.length === 0) return { review: 'no-case' };
  return { review: 'several-cases', refs: candidates.map((view) => view.ref) };
}

/**
 * The verified caller's cases, without review items: what a call without a reference may act on.
 *
 * @example
 * ```ts
 * const mine = await casesOf(client, reading.caller);
 * ```
 */
export async function casesOf(client: RouterClient, caller: string | undefined): Promise<CaseView[]> {
  if (caller === undefined) return [];
  return (await client.find({ phone: caller })).filter((view) => view.service.id !== HOTLINE_REVIEW_SERVICE);
}
