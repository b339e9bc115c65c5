// The hotline's own words are data, one table per locale; splitting them by outcome would scatter what a translator reads together.
import type { ReviewReason } from './hotlineReview.js';
import type { CaseIntentKind, IntentKind } from './hotlineTypes.js';

/**
 * What the hotline says in one locale beside the services' own labels (their titles and state
 * labels). Templates name their values in braces: `{ref}` the case reference, `{spelled}` it
 * spelled out, `{title}` the service title, `{state}` the state sentence, `{intent}` the intent
 * name, `{refs}` a list of references, `{count}` how many, `{detail}` a refusal, `{score}`,
 * `{steps}` what the caller can still do, `{review}` the review item's reference.
 */
export interface HotlinePhrases {
  /** Each intent by name, as the reply speaks of it. */
  intents: Record<IntentKind, string>;
  /** What the caller can still do with a case, by intent. */
  nextSteps: Record<CaseIntentKind, string>;
  /** Each review reason as a supervisor reads it in the queue. */
  reasons: Record<ReviewReason, string>;
  /** Joins the items of a list ("、", ", "). */
  listSeparator: string;
  /** Joins the labels of a case's parallel states. */
  stateSeparator: string;
  /** A request of no named service, and a service without a title. */
  someRequest: string;
  someService: string;
  state: string;
  next: string;
  opened: string;
  addedInfo: string;
  urged: string;
  withdrawn: string;
  rated: string;
  alreadyApplied: string;
  read: string;
  notAllowedNew: string;
  notAllowedOnCase: string;
  noCaseForStatus: string;
  noCaseForAction: string;
  refused: string;
  notVerifiedStatus: string;
  notVerifiedAction: string;
  wrongReference: string;
  severalCases: string;
  severalReferences: string;
  unknownReference: string;
  missingSlots: string;
  unconfirmedReference: string;
  notConfirmed: string;
  nothingHeard: string;
  reviewFollowUp: string;
}

/** The locales the hotline speaks, and the one each transcript language is answered in. */
export type HotlineLocale = 'zh-CN' | 'en';

/**
 * The hotline's own phrases in zh-CN and en; the services' titles and state labels come from
 * their `labels` (`labelsFor`). `defineHotlineRules({ phrases })` rewords any of them.
 *
 * @example
 * ```ts
 * HOTLINE_PHRASES.en.urged; // "I've sent a reminder on case {ref}; …"
 * ```
 */
export const HOTLINE_PHRASES: Readonly<Record<HotlineLocale, HotlinePhrases>> = {
  'zh-CN': {
    intents: {
      'new-request': '新诉求',
      status: '进度查询',
      'add-info': '补充信息',
      urge: '催办',
      withdraw: '撤回',
      rate: '满意度评价',
    },
    nextSteps: {
      'add-info': '补充情况',
      urge: '催办',
      withdraw: '撤回',
      rate: '评价办理结果',
    },
    reasons: {
      'low-confidence': '诉求不明确',
      'wrong-reference': '编号校验不通过',
      'unknown-reference': '编号查无工单',
      'several-references': '提到多个编号',
      'several-cases': '名下多件工单',
      'no-case': '找不到对应工单',
      'missing-slots': '缺少必要信息',
      refused: '办理被拒绝',
      'not-verified': '无法核实身份',
      'unconfirmed-reference': '编号未经市民确认',
      abuse: '辱骂',
      'no-request': '没有诉求',
    },
    listSeparator: '、',
    stateSeparator: '；',
    someRequest: '诉求',
    someService: '该业务',
    state: '目前状态：{state}。',
    next: '如需{steps}，可随时来电。',
    opened: '已为您登记{title}，受理编号 {ref}（{spelled}），请记好。{state}',
    addedInfo: '已将您补充的情况记入工单 {ref}。{state}',
    urged: '已为工单 {ref} 催办，承办单位会尽快处理。{state}',
    withdrawn: '工单 {ref} 已按您的要求撤回。{state}',
    rated: '感谢您的评价（{score} 分），已记录到工单 {ref}。',
    alreadyApplied: '工单 {ref} 已记录过本次来电的{intent}，无需重复操作。{state}',
    read: '工单 {ref}（{title}）{state}{next}',
    notAllowedNew: '{title}不能通过热线受理，请引导市民通过网上或窗口办理。',
    notAllowedOnCase: '工单 {ref} {state}暂时不能办理{intent}，请向市民说明。',
    noCaseForStatus: '该号码名下没有查到在办工单，请市民提供受理编号。',
    noCaseForAction: '该号码名下没有查到可办理的工单，请市民提供受理编号；已转人工复核。',
    refused: '工单 {ref} 未能办理{intent}：{detail}',
    notVerifiedStatus:
      '无法核实来电人身份（号码未显示或与工单登记的号码不符），不能在电话中告知工单状态。请市民提供受理编号，或登录“城市服务”App实名查询，或携带身份证到政务服务窗口查询。',
    notVerifiedAction:
      '无法核实来电人身份，本次{intent}未办理，已转人工复核。请市民提供受理编号，或通过App实名、到窗口核验身份后办理。',
    wrongReference: '编号 {refs} 校验不通过，可能听错或说错了，请与市民逐位核对编号后再办理。',
    severalCases: '该号码名下有 {count} 件工单（{refs}），请市民说明是哪一件；本次{intent}已转人工复核。',
    severalReferences: '本次{intent}提到了多个编号（{refs}），请市民说明是哪一件；已转人工复核。',
    unknownReference: '没有查到编号 {refs} 的工单，请核对编号。',
    missingSlots: '登记{title}还缺少信息（如地址），已转人工复核，工作人员会回电补全。',
    unconfirmedReference: '编号 {refs} 未经市民本人说出或确认，不能据此办理，已转人工复核。',
    notConfirmed: '本次{intent}未能确认，已转人工复核。',
    nothingHeard: '未识别到明确诉求，请坐席按咨询解答或人工登记。',
    reviewFollowUp: '已转人工复核（复核单 {review}），请告知市民工作人员会尽快回复。',
  },
  en: {
    intents: {
      'new-request': 'new request',
      status: 'status query',
      'add-info': 'additional information',
      urge: 'reminder to hurry',
      withdraw: 'withdrawal',
      rate: 'satisfaction rating',
    },
    nextSteps: {
      'add-info': 'add information',
      urge: 'ask us to hurry it',
      withdraw: 'withdraw it',
      rate: 'rate how it was handled',
    },
    reasons: {
      'low-confidence': 'Request unclear',
      'wrong-reference': 'Reference fails its check',
      'unknown-reference': 'No case with that reference',
      'several-references': 'Several references named',
      'several-cases': 'Several cases, none named',
      'no-case': 'No case found',
      'missing-slots': 'Details missing',
      refused: 'Refused by the case',
      'not-verified': 'Caller not verified',
      'unconfirmed-reference': 'Reference not confirmed by the caller',
      abuse: 'Abuse',
      'no-request': 'No request',
    },
    listSeparator: ', ',
    stateSeparator: '; ',
    someRequest: 'request',
    someService: 'request',
    state: ' Current status: {state}.',
    next: ' You can call us to {steps}.',
    opened: "I've registered your {title}. Your reference is {ref} ({spelled}).{state}",
    addedInfo: "I've added your information to case {ref}.{state}",
    urged: "I've sent a reminder on case {ref}; the department will deal with it as soon as possible.{state}",
    withdrawn: 'Case {ref} has been withdrawn as you asked.{state}',
    rated: 'Thank you for your rating ({score} out of 5); it is recorded on case {ref}.',
    alreadyApplied: 'Your {intent} is already recorded on case {ref}; nothing more to do.{state}',
    read: 'Case {ref} ({title}).{state}{next}',
    notAllowedNew:
      'A {title} cannot be opened by phone; please direct the caller online or to a service counter.',
    notAllowedOnCase:
      'Case {ref} cannot take a {intent} at the moment.{state} Please explain this to the caller.',
    noCaseForStatus:
      'There is no open case under this phone number; please ask the caller for the reference.',
    noCaseForAction:
      'There is no case under this phone number that can take this; please ask for the reference. Sent to review.',
    refused: 'Case {ref} could not take the {intent}: {detail}',
    notVerifiedStatus:
      "I can't confirm who is calling (the number is withheld or is not the one on the case), so I can't read the status over the phone. Please give the case reference, or check it in the city app after signing in, or at a service counter with your ID.",
    notVerifiedAction:
      "I can't confirm who is calling, so the {intent} was not applied; it was sent to review. Please give the case reference, or verify yourself in the city app or at a service counter.",
    wrongReference:
      'The reference {refs} fails its check character — it was probably misheard. Please read it back to the caller symbol by symbol before acting.',
    severalCases:
      'This number has {count} cases ({refs}); please ask which one is meant. The {intent} was sent to review.',
    severalReferences:
      'The {intent} names several references ({refs}); please ask which one is meant. Sent to review.',
    unknownReference: 'There is no case {refs}; please check the reference.',
    missingSlots:
      'The {title} lacks details (such as the address); it was sent to review and staff will call back.',
    unconfirmedReference:
      'The caller neither said nor confirmed {refs}, so nothing was done on it; sent to review.',
    notConfirmed: 'The {intent} could not be confirmed and was sent to review.',
    nothingHeard: 'No request was recognized; please answer as an enquiry or log it by hand.',
    reviewFollowUp: 'A colleague will review this call (review {review}) and get back to the caller.',
  },
};

/**
 * The locale a transcript language is answered in.
 *
 * @example
 * ```ts
 * localeOf('zh'); // 'zh-CN'
 * ```
 */
export function localeOf(language: 'zh' | 'en'): HotlineLocale {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Fills a template's `{name}` slots; a value that is absent leaves the slot empty.
 *
 * @example
 * ```ts
 * fillPhrase('Case {ref}.{state}', { ref: 'NC-1' }); // 'Case NC-1.'
 * ```
 */
export function fillPhrase(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
