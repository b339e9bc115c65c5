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
