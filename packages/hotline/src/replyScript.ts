import type { CaseIntentKind, IntentKind } from './hotlineTypes.js';
import type { ReviewReason } from './hotlineReview.js';
import type { Language } from './parseTranscript.js';

/** What happened to one intent of a call. */
export type ActionOutcome =
  | 'opened'
  | 'applied'
  | 'already-applied'
  | 'read'
  | 'not-allowed'
  | 'no-case'
  | 'review'
  | 'refused';

/** One line of a call summary: an intent and what was done about it. */
export interface CallAction {
  intent: IntentKind;
  outcome: ActionOutcome;
  /** The case acted on or read. */
  ref?: string;
  /** The service of that case, and its title in the caller's language. */
  service?: string;
  title?: string;
  /** The event sent. */
  event?: string;
  /** The case's state after, as read to the caller. */
  state?: string;
  /** Why it went to review. */
  reason?: ReviewReason;
  /** The score of a rating. */
  score?: number;
  /** What the caller can still do on the phone with this case (its events the hotline may send now). */
  next?: CaseIntentKind[];
  /** Several cases, a wrong reference, a refusal message … */
  detail?: string;
  /** References the reason is about (the caller's cases, the misheard reference). */
  refs?: string[];
}

/**
 * Spells a reference symbol by symbol in groups, the way an agent reads it out.
 *
 * @example
 * ```ts
 * spellCaseRef('NC-7K4M9-QXH2T'); // 'N C, 7 K 4 M 9, Q X H 2 T'
 * ```
 */
export function spellCaseRef(ref: string): string {
  return ref
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
}

const INTENT_NAMES: Record<IntentKind, { zh: string; en: string }> = {
  'new-request': { zh: '新诉求', en: 'new request' },
  status: { zh: '进度查询', en: 'status query' },
  'add-info': { zh: '补充信息', en: 'additional information' },
  urge: { zh: '催办', en: 'reminder to hurry' },
  withdraw: { zh: '撤回', en: 'withdrawal' },
  rate: { zh: '满意度评价', en: 'satisfaction rating' },
};

const NEXT_STEPS: Record<CaseIntentKind, { zh: string; en: string }> = {
  'add-info': { zh: '补充情况', en: 'add information' },
  urge: { zh: '催办', en: 'ask us to hurry it' },
  withdraw: { zh: '撤回', en: 'withdraw it' },
  rate: { zh: '评价办理结果', en: 'rate how it was handled' },
};

function zhNext(action: CallAction): string {
  const steps = (action.next ?? []).map((kind) => NEXT_STEPS[kind].zh);
  return steps.length > 0 ? `如需${steps.join('、')}，可随时来电。` : '';
}

function enNext(action: CallAction): string {
  const steps = (action.next ?? []).map((kind) => NEXT_STEPS[kind].en);
  return steps.length > 0 ? ` You can call us to ${steps.join(', ')}.` : '';
}

function zhLine(action: CallAction): string {
  const ref = action.ref ?? '';
  const state = action.state ? `目前状态：${action.state}。` : '';
  switch (action.outcome) {
    case 'opened':
      return `已为您登记${action.title ?? '诉求'}，受理编号 ${ref}（${spellCaseRef(ref)}），请记好。${state}`;
    case 'applied':
      if (action.intent === 'add-info') return `已将您补充的情况记入工单 ${ref}。${state}`;
      if (action.intent === 'urge') return `已为工单 ${ref} 催办，承办单位会尽快处理。${state}`;
      if (action.intent === 'withdraw') return `工单 ${ref} 已按您的要求撤回。${state}`;
      return `感谢您的评价（${action.score ?? ''} 分），已记录到工单 ${ref}。`;
    case 'already-applied':
      return `工单 ${ref} 已记录过本次来电的${INTENT_NAMES[action.intent].zh}，无需重复操作。${state}`;
    case 'read':
      return `工单 ${ref}（${action.title ?? ''}）${state}${zhNext(action)}`;
    case 'not-allowed':
      if (action.intent === 'new-request')
        return `${action.title ?? '该业务'}不能通过热线受理，请引导市民通过网上或窗口办理。`;
      return `工单 ${ref} ${state}暂时不能办理${INTENT_NAMES[action.intent].zh}，请向市民说明。`;
    case 'no-case':
      return action.intent === 'status'
        ? '该号码名下没有查到在办工单，请市民提供受理编号。'
        : '该号码名下没有查到可办理的工单，请市民提供受理编号；已转人工复核。';
    case 'refused':
      return `工单 ${ref} 未能办理${INTENT_NAMES[action.intent].zh}：${action.detail ?? ''}`;
    case 'review':
      if (action.reason === 'not-verified')
        return action.intent === 'status'
          ? '无法核实来电人身份（号码未显示或与工单登记的号码不符），不能在电话中告知工单状态。请市民提供受理编号，或登录“城市服务”App实名查询，或携带身份证到政务服务窗口查询。'
          : `无法核实来电人身份，本次${INTENT_NAMES[action.intent].zh}未办理，已转人工复核。请市民提供受理编号，或通过App实名、到窗口核验身份后办理。`;
      if (action.reason === 'wrong-reference') {
        return `编号 ${action.refs?.join('、') ?? ''} 校验不通过，可能听错或说错了，请与市民逐位核对编号后再办理。`;
      }
      if (action.reason === 'several-cases') {
        return `该号码名下有 ${action.refs?.length ?? 0} 件工单（${action.refs?.join('、') ?? ''}），请市民说明是哪一件；本次${INTENT_NAMES[action.intent].zh}已转人工复核。`;
      }
      if (action.reason === 'unknown-reference')
        return `没有查到编号 ${action.refs?.join('、') ?? ''} 的工单，请核对编号。`;
      if (action.reason === 'missing-slots')
        return `登记${action.title ?? '诉求'}还缺少信息（如地址），已转人工复核，工作人员会回电补全。`;
      if (action.reason === 'unconfirmed-reference')
        return `编号 ${action.refs?.join('、') ?? ''} 未经市民本人说出或确认，不能据此办理，已转人工复核。`;
      return `本次${INTENT_NAMES[action.intent].zh}未能确认，已转人工复核。`;
  }
}

function enLine(action: CallAction): string {
  const ref = action.ref ?? '';
  const state = action.state ? ` Current status: ${action.state}.` : '';
  const intent = INTENT_NAMES[action.intent].en;
  switch (action.outcome) {
    case 'opened':
      return `I've registered your ${action.title ?? 'request'}. Your reference is ${ref} (${spellCaseRef(ref)}).${state}`;
    case 'applied':
      if (action.intent === 'add-info') return `I've added your information to case ${ref}.${state}`;
      if (action.intent === 'urge')
        return `I've sent a reminder on case ${ref}; the department will deal with it as soon as possible.${state}`;
      if (action.intent === 'withdraw') return `Case ${ref} has been withdrawn as you asked.${state}`;
      return `Thank you for your rating (${action.score ?? ''} out of 5); it is recorded on case ${ref}.`;
    case 'already-applied':
      return `Your ${intent} is already recorded on case ${ref}; nothing more to do.${state}`;
    case 'read':
      return `Case ${ref} (${action.title ?? ''}).${state}${enNext(action)}`;
    case 'not-allowed':
      if (action.intent === 'new-request')
        return `A ${action.title ?? 'request'} cannot be opened by phone; please direct the caller online or to a service counter.`;
      return `Case ${ref} cannot take a ${intent} at the moment.${state} Please explain this to the caller.`;
    case 'no-case':
      return action.intent === 'status'
        ? 'There is no open case under this phone number; please ask the caller for the reference.'
        : 'There is no case under this phone number that can take this; please ask for the reference. Sent to review.';
    case 'refused':
      return `Case ${ref} could not take the ${intent}: ${action.detail ?? ''}`;
    case 'review':
      if (action.reason === 'not-verified')
        return action.intent === 'status'
          ? "I can't confirm who is calling (the number is withheld or is not the one on the case), so I can't read the status over the phone. Please give the case reference, or check it in the city app after signing in, or at a service counter with your ID."
          : `I can't confirm who is calling, so the ${intent} was not applied; it was sent to review. Please give the case reference, or verify yourself in the city app or at a service counter.`;
      if (action.reason === 'wrong-reference') {
        return `The reference ${action.refs?.join(', ') ?? ''} fails its check character — it was probably misheard. Please read it back to the caller symbol by symbol before acting.`;
      }
      if (action.reason === 'several-cases') {
        return `This number has ${action.refs?.length ?? 0} cases (${action.refs?.join(', ') ?? ''}); please ask which one is meant. The ${intent} was sent to review.`;
      }
      if (action.reason === 'unknown-reference')
        return `There is no case ${action.refs?.join(', ') ?? ''}; please check the reference.`;
      if (action.reason === 'missing-slots')
        return `The ${action.title ?? 'request'} lacks details (such as the address); it was sent to review and staff will call back.`;
      if (action.reason === 'unconfirmed-reference')
        return `The caller neither said nor confirmed ${action.refs?.join(', ') ?? ''}, so nothing was done on it; sent to review.`;
      return `The ${intent} could not be confirmed and was sent to review.`;
  }
}

/**
 * Writes what the agent reads to the caller, in the caller's language: each action with the
 * case reference (spelled out for new cases) and its state, then how a review item will be followed up.
 *
 * @example
 * ```ts
 * replyScript('en', [{ intent: 'urge', outcome: 'applied', ref: 'NC-7K4M9-QXH2T', state: 'being handled' }]);
 * // ["I've sent a reminder on case NC-7K4M9-QXH2T; … Current status: being handled."]
 * ```
 */
export function replyScript(
  language: Language,
  actions: readonly CallAction[],
  reviewRef?: string,
): string[] {
  const lines: string[] = [];
  const said = new Set<string>();
  for (const action of actions) {
    const line = language === 'zh' ? zhLine(action) : enLine(action);
    if (!said.has(line)) lines.push(line);
    said.add(line);
  }
  if (actions.length === 0) {
    lines.push(
      language === 'zh'
        ? '未识别到明确诉求，请坐席按咨询解答或人工登记。'
        : 'No request was recognized; please answer as an enquiry or log it by hand.',
    );
  }
  if (reviewRef !== undefined) {
    lines.push(
      language === 'zh'
        ? `已转人工复核（复核单 ${reviewRef}），请告知市民工作人员会尽快回复。`
        : `A colleague will review this call (review ${reviewRef}) and get back to the caller.`,
    );
  }
  return lines;
}
