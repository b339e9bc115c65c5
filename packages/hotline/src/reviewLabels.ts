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
      language: { label: '通话语言', hint: '中文或英文', values: { zh: '中文', en: '英文' } },
      callback: { label: '回拨号码', hint: '已加密，凭城市密钥查看' },
      callbackVerified: { label: '回拨号码已核实', hint: '是否为来电号码本身' },
      callerKey: { label: '来电人标识', hint: '号码的加密散列，用于查找名下工单' },
      agentId: { label: '坐席工号' },
      items: { label: '待复核事项', hint: '每项诉求及转人工的原因' },
      'items.reason': {
        label: '转人工原因',
        values: {
          'low-confidence': '无法确定诉求',
          'wrong-reference': '受理编号有误',
          'unknown-reference': '受理编号不存在',
          'several-references': '提到多个受理编号',
          'several-cases': '名下有多件工单，无法确定',
          'no-case': '无法确定工单',
          'missing-slots': '缺少必要信息',
          refused: '该事项不能经热线办理',
          'not-verified': '来电人身份未核实',
          'unconfirmed-reference': '编号未经来电人确认',
          abuse: '辱骂或骚扰来电',
          'no-request': '来电无诉求',
        },
      },
      heardRefs: { label: '听到的编号', hint: '通话中提到的受理编号及其校验结果' },
      excerpt: { label: '通话摘录', hint: '来电人所说内容，已隐去证件号和电话号码' },
    },
    events: {
      'review.resolve': {
        label: '复核办结',
        hint: '写明处理结果及所办理的工单',
        fields: {
          resolution: '处理结果',
          caseRef: { label: '所办理的工单编号', hint: '已为来电人办理时填写' },
        },
      },
      'review.dismiss': { label: '驳回', hint: '写明无需办理的原因', fields: { reason: '驳回原因' } },
    },
    states: { pending: '待复核', resolved: '已办结', dismissed: '已驳回' },
  },
  en: {
    title: 'Hotline call review',
    description: 'Calls the hotline could not act on by itself, for a person to act on or dismiss.',
    fields: {
      callId: { label: 'Call id' },
      language: {
        label: 'Language of the call',
        hint: 'Chinese or English',
        values: { zh: 'Chinese', en: 'English' },
      },
      callback: { label: 'Callback number', hint: 'Sealed; opened with the city secret' },
      callbackVerified: {
        label: 'Callback number verified',
        hint: 'Whether it is the number the call came from',
      },
      callerKey: { label: 'Caller key', hint: 'Keyed hash of the number, to find the caller’s cases' },
      agentId: { label: 'Agent' },
      items: { label: 'What to review', hint: 'Each request and why it came to a person' },
      'items.reason': {
        label: 'Why it came to a person',
        values: {
          'low-confidence': 'The request is unclear',
          'wrong-reference': 'The reference is wrong',
          'unknown-reference': 'No case has that reference',
          'several-references': 'Several references were said',
          'several-cases': 'The caller has several cases and named none',
          'no-case': 'No case can safely be identified',
          'missing-slots': 'Something the request needs is missing',
          refused: 'The hotline may not do this',
          'not-verified': 'The caller is not verified',
          'unconfirmed-reference': 'The caller did not confirm the reference',
          abuse: 'Abusive or nuisance call',
          'no-request': 'The call asks for nothing',
        },
      },
      heardRefs: {
        label: 'References heard',
        hint: 'Case references said in the call and whether they check out',
      },
      excerpt: { label: 'What the caller said', hint: 'ID and phone numbers removed' },
    },
    events: {
      'review.resolve': {
        label: 'Resolve',
        hint: 'Say what was done and on which case',
        fields: {
          resolution: 'What was done',
          caseRef: { label: 'Reference of the case acted on', hint: 'When one was acted on for the caller' },
        },
      },
      'review.dismiss': {
        label: 'Dismiss',
        hint: 'Say why nothing needs doing',
        fields: { reason: 'Why nothing needs doing' },
      },
    },
    states: { pending: 'Waiting for review', resolved: 'Resolved', dismissed: 'Dismissed' },
  },
} satisfies ServiceLabelSet;
