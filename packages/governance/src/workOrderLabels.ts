/**
 * How each work-order state is told to a citizen, in Chinese and English (for hotline
 * read-backs, portals and receipts).
 *
 * @example
 * ```ts
 * WORK_ORDER_STATE_LABELS[String(view.state.value)]?.zh; // '已派单，等待承办单位签收'
 * ```
 */
export const WORK_ORDER_STATE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  received: { zh: '已受理，等待派单', en: 'received, waiting to be dispatched' },
  dispatched: { zh: '已派单，等待承办单位签收', en: 'sent to the department, waiting for it to sign for it' },
  returned: {
    zh: '承办单位已退单，中心正在重新派单',
    en: 'returned by the department; the centre is re-dispatching it',
  },
  handling: { zh: '承办单位办理中', en: 'being handled by the department' },
  suspended: { zh: '已挂起，等待补充情况', en: 'on hold, waiting for more information' },
  replied: { zh: '已答复，等待回访', en: 'answered, waiting for your feedback' },
  supervision: { zh: '中心督办中', en: 'under supervision by the centre' },
  closed: { zh: '已办结', en: 'closed' },
  merged: { zh: '已并入同一问题的工单', en: 'merged into another report of the same problem' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/**
 * The zh-CN and en labels of what every work order has — its own input fields, its events
 * (each with its payload fields) and its states — for a work order's `labels` to spread beside its title and its `details` fields.
 *
 * @example
 * ```ts
 * const labels = {
 *   'zh-CN': { title: '噪声投诉', ...WORK_ORDER_LABELS['zh-CN'], fields: { ...WORK_ORDER_LABELS['zh-CN'].fields, when: '发生时段' } },
 *   en: { title: 'Noise complaint', ...WORK_ORDER_LABELS.en, fields: { ...WORK_ORDER_LABELS.en.fields, when: 'When it happens' } },
 * };
 * ```
 */
export const WORK_ORDER_LABELS = {
  'zh-CN': {
    fields: {
      category: { label: '诉求类别', hint: '问题属于哪一类' },
      description: { label: '诉求内容', hint: '发生了什么，影响如何' },
      address: { label: '发生地址', hint: '区、街道、门牌号' },
      unit: { label: '所属街道（乡镇）', hint: '已知时直接选择' },
    },
    events: {
      'info.add': { label: '补充材料', hint: '为办理中的诉求补充说明或材料', fields: { note: '补充说明' } },
      'case.urge': { label: '催办', hint: '提醒承办单位尽快办理', fields: { note: '催办说明' } },
      'case.withdraw': { label: '撤回', hint: '撤回诉求，撤回后不再办理', fields: { reason: '撤回原因' } },
      'order.dispatch': {
        label: '派单',
        hint: '派至目录建议或指定的承办单位',
        fields: { lead: { label: '主办单位', hint: '不填时派至目录建议的单位' }, coHandlers: '协办单位' },
      },
      'order.answer': { label: '直接答复', hint: '中心当场答复并办结', fields: { answer: '答复内容' } },
      'order.redispatch': {
        label: '改派',
        hint: '退单后派至另一承办单位',
        fields: { lead: '主办单位', coHandlers: '协办单位' },
      },
      'order.insist': {
        label: '坚持原派',
        hint: '退单理由不成立，重新派回',
        fields: { note: '不成立的理由' },
      },
      'order.approveExtension': { label: '批准延期', fields: { note: '说明' } },
      'order.refuseExtension': { label: '不批准延期', fields: { reason: '不批准的原因' } },
      'order.merge': { label: '并单', hint: '并入同一问题的主工单', fields: { master: '主工单编号' } },
      'order.attach': { label: '关联重复工单', fields: { duplicate: '重复工单编号' } },
      'visit.rate': {
        label: '评价',
        hint: '对办理结果打分（1–5 分）',
        fields: {
          score: { label: '满意度', hint: '5 非常满意 … 1 非常不满意' },
          resolved: '问题是否已解决',
          comment: '市民意见',
        },
      },
      'visit.unreachable': { label: '回访未接通', hint: '联系不上诉求人', fields: { note: '说明' } },
      'order.supervise': { label: '督办', hint: '中心督促承办单位', fields: { reason: '督办原因' } },
      'order.conclude': { label: '督办办结', fields: { conclusion: '督办结论' } },
      'order.signFor': { label: '签收', hint: '承办单位接收工单', fields: { department: '本单位' } },
      'order.return': {
        label: '退单',
        hint: '不属本单位职责，说明依据',
        fields: { department: '本单位', reason: '退单原因', rule: '依据（三定方案、职责清单等）' },
      },
      'order.extend': {
        label: '申请延期',
        hint: '办理时限内申请',
        fields: {
          department: '本单位',
          by: { label: '延期时长', hint: '工作时间，如 3wd 为 3 个工作日，4wh 为 4 个工作小时' },
          reason: '延期原因',
        },
      },
      'order.suspend': {
        label: '挂起',
        hint: '等待外部条件，暂停计时',
        fields: { department: '本单位', reason: '挂起原因' },
      },
      'order.resume': { label: '恢复办理', fields: { department: '本单位' } },
      'order.reply': {
        label: '答复',
        hint: '向诉求人答复办理结果',
        fields: { department: '本单位', answer: '答复内容' },
      },
    },
    states: {
      received: '已受理',
      dispatched: '已派单',
      returned: '已退单',
      handling: '办理中',
      suspended: '已挂起',
      replied: '已答复，待回访',
      supervision: '督办中',
      closed: '已办结',
      merged: '已并单',
      withdrawn: '已撤回',
    },
  },
  en: {
    fields: {
      category: { label: 'Category', hint: 'What kind of problem it is' },
      description: { label: 'What happens', hint: 'What is wrong and how it affects you' },
      address: { label: 'Where', hint: 'District, street and number' },
      unit: { label: 'Subdistrict or town', hint: 'When it is already known' },
    },
    events: {
      'info.add': {
        label: 'Add information',
        hint: 'Add a note or documents to the open report',
        fields: { note: 'What to add' },
      },
      'case.urge': { label: 'Urge', hint: 'Ask the department to hurry', fields: { note: 'Note' } },
      'case.withdraw': {
        label: 'Withdraw',
        hint: 'Withdraw the report; it will not be handled further',
        fields: { reason: 'Why you withdraw it' },
      },
      'order.dispatch': {
        label: 'Dispatch',
        hint: 'Send to the department the directory proposes or one named',
        fields: {
          lead: { label: 'Lead department', hint: 'Empty: the one the directory proposes' },
          coHandlers: 'Co-handling departments',
        },
      },
      'order.answer': {
        label: 'Answer directly',
        hint: 'The centre answers and closes it',
        fields: { answer: 'Answer' },
      },
      'order.redispatch': {
        label: 'Re-dispatch',
        hint: 'Send a returned report to another department',
        fields: { lead: 'Lead department', coHandlers: 'Co-handling departments' },
      },
      'order.insist': {
        label: 'Send back again',
        hint: 'The return was not justified',
        fields: { note: 'Why the return does not hold' },
      },
      'order.approveExtension': { label: 'Approve the extension', fields: { note: 'Note' } },
      'order.refuseExtension': { label: 'Refuse the extension', fields: { reason: 'Reason' } },
      'order.merge': {
        label: 'Merge',
        hint: 'Into the master report of the same problem',
        fields: { master: 'Reference of the master work order' },
      },
      'order.attach': { label: 'Attach a duplicate', fields: { duplicate: 'Reference of the duplicate' } },
      'visit.rate': {
        label: 'Rate the reply',
        hint: 'Score the outcome from 1 to 5',
        fields: {
          score: { label: 'Satisfaction', hint: '5 very satisfied … 1 very dissatisfied' },
          resolved: 'Was the problem solved?',
          comment: "Citizen's comment",
        },
      },
      'visit.unreachable': {
        label: 'Citizen unreachable',
        hint: 'The return visit found nobody',
        fields: { note: 'Note' },
      },
      'order.supervise': {
        label: 'Supervise',
        hint: 'The centre presses the department',
        fields: { reason: 'Reason' },
      },
      'order.conclude': { label: 'Conclude the supervision', fields: { conclusion: 'Conclusion' } },
      'order.signFor': {
        label: 'Sign for',
        hint: 'The department takes the report on',
        fields: { department: 'Your department' },
      },
      'order.return': {
        label: 'Return',
        hint: 'Not this department’s remit; cite the rule',
        fields: { department: 'Your department', reason: 'Reason', rule: 'Rule (remit, list of duties)' },
      },
      'order.extend': {
        label: 'Ask for more time',
        hint: 'Before the deadline',
        fields: {
          department: 'Your department',
          by: { label: 'Extension', hint: 'Working time, e.g. 3wd = 3 working days, 4wh = 4 working hours' },
          reason: 'Reason',
        },
      },
      'order.suspend': {
        label: 'Put on hold',
        hint: 'Waiting on someone else; the clock stops',
        fields: { department: 'Your department', reason: 'Reason' },
      },
      'order.resume': { label: 'Resume', fields: { department: 'Your department' } },
      'order.reply': {
        label: 'Reply',
        hint: 'Tell the citizen what was done',
        fields: { department: 'Your department', answer: 'Answer' },
      },
    },
    states: {
      received: 'Received',
      dispatched: 'Dispatched',
      returned: 'Returned by the department',
      handling: 'Being handled',
      suspended: 'On hold',
      replied: 'Answered, awaiting the return visit',
      supervision: 'Under supervision',
      closed: 'Closed',
      merged: 'Merged',
      withdrawn: 'Withdrawn',
    },
  },
} as const;
