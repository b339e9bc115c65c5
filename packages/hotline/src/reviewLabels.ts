import type { ServiceLabelSet } from '@onecase/core';

/**
 * The review queue's labels in zh-CN and en: its title, every field of a review item, both
 * events and every state, so a supervisor's screen (and the catalogue) speaks either language.
 *
 * @example
 * ```ts
 * labelsFor(hotlineReview, 'zh-CN').states.pending.label; // '待复核'
 * ```
 */
export const HOTLINE_REVIEW_LABELS = {
  'zh-CN': {
    title: '热线来电复核',
    description: '热线未能自动办理的来电，由人工复核后办理或驳回。',
    fields: {
      callId: { label: '通话编号' },
      language: { label: '通话语言', hint: '中文或英文' },
      callback: { label: '回拨号码', hint: '已加密，凭城市密钥查看' },
      callbackVerified: { label: '回拨号码已核实', hint: '是否为来电号码本身' },
      callerKey: { label: '来电人标识', hint: '号码的加密散列，用于查找名下工单' },
      agentId: { label: '坐席工号' },
      items: { label: '待复核事项', hint: '每项诉求及转人工的原因' },
      heardRefs: { label: '听到的编号', hint: '通话中提到的受理编号及其校验结果' },
      excerpt: { label: '通话摘录', hint: '来电人所说内容，已隐去证件号和电话号码' },
    },
    events: {
      'review.resolve': { label: '复核办结', hint: '写明处理结果及所办理的工单' },
      'review.dismiss': { label: '驳回', hint: '写明无需办理的原因' },
    },
    states: { pending: '待复核', resolved: '已办结', dismissed: '已驳回' },
  },
  en: {
    title: 'Hotline call review',
    description: 'Calls the hotline could not act on by itself, for a person to act on or dismiss.',
    fields: {
      callId: { label: 'Call id' },
      language: { label: 'Language of the call', hint: 'Chinese or English' },
      callback: { label: 'Callback number', hint: 'Sealed; opened with the city secret' },
      callbackVerified: {
        label: 'Callback number verified',
        hint: 'Whether it is the number the call came from',
      },
      callerKey: { label: 'Caller key', hint: 'Keyed hash of the number, to find the caller’s cases' },
      agentId: { label: 'Agent' },
      items: { label: 'What to review', hint: 'Each request and why it came to a person' },
      heardRefs: {
        label: 'References heard',
        hint: 'Case references said in the call and whether they check out',
      },
      excerpt: { label: 'What the caller said', hint: 'ID and phone numbers removed' },
    },
    events: {
      'review.resolve': { label: 'Resolve', hint: 'Say what was done and on which case' },
      'review.dismiss': { label: 'Dismiss', hint: 'Say why nothing needs doing' },
    },
    states: { pending: 'Waiting for review', resolved: 'Resolved', dismissed: 'Dismissed' },
  },
} satisfies ServiceLabelSet;
