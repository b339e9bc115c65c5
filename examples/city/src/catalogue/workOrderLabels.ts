import type { EventLabel, FieldLabel, Label, ServiceLabels } from '@onecase/core';
import {
  WORK_ORDER_LABELS as GOVERNANCE_LABELS,
  WORK_ORDER_STATE_LABELS,
  type workOrderEvents,
} from '@onecase/governance';
import { commonEventLabels } from '../services/commonEvents.js';

type WorkOrderEventType = keyof typeof workOrderEvents;
type Locale = 'zh-CN' | 'en';

const zh = commonEventLabels['zh-CN'];
const en = commonEventLabels.en;

const EVENTS: Record<Locale, Record<WorkOrderEventType, Label>> = {
  'zh-CN': {
    'info.add': zh['info.add'],
    'case.urge': zh['case.urge'],
    'case.withdraw': zh['case.withdraw'],
    'visit.rate': zh['visit.rate'],
    'order.dispatch': { label: '派单', hint: '派至承办单位（默认按派单目录）' },
    'order.answer': { label: '直接答复', hint: '中心可直接解答的诉求' },
    'order.redispatch': { label: '改派', hint: '退单成立后派至另一承办单位' },
    'order.insist': { label: '维持派单', hint: '退单理由不成立，退回原承办单位' },
    'order.approveExtension': '同意延期',
    'order.refuseExtension': '不同意延期',
    'order.merge': { label: '并单', hint: '并入反映同一问题的工单' },
    'order.attach': { label: '合并重复件', hint: '把反映同一问题的工单并入本单' },
    'visit.unreachable': { label: '回访未接通', hint: '多次联系不上诉求人' },
    'order.supervise': { label: '督办', hint: '对办理不力的工单进行督办' },
    'order.conclude': { label: '督办办结', hint: '督办后办结工单' },
    'order.signFor': { label: '签收', hint: '承办单位确认接收' },
    'order.return': { label: '退单', hint: '不属本单位职责，注明依据' },
    'order.extend': { label: '申请延期', hint: '说明理由和所需工作日' },
    'order.suspend': { label: '挂起', hint: '等待补充情况时暂停计时' },
    'order.resume': '恢复办理',
    'order.reply': { label: '答复', hint: '向诉求人答复办理结果' },
  },
  en: {
    'info.add': en['info.add'],
    'case.urge': en['case.urge'],
    'case.withdraw': en['case.withdraw'],
    'visit.rate': en['visit.rate'],
    'order.dispatch': {
      label: 'Dispatch',
      hint: 'Send to the department responsible (the directory’s by default)',
    },
    'order.answer': { label: 'Answer directly', hint: 'When the centre can answer it itself' },
    'order.redispatch': { label: 'Re-dispatch', hint: 'Send a justly returned order elsewhere' },
    'order.insist': { label: 'Insist', hint: 'The return is not justified: back to the same department' },
    'order.approveExtension': 'Approve the extension',
    'order.refuseExtension': 'Refuse the extension',
    'order.merge': { label: 'Merge', hint: 'Into an order about the same problem' },
    'order.attach': { label: 'Attach a duplicate', hint: 'An order about the same problem joins this one' },
    'visit.unreachable': { label: 'Caller unreachable', hint: 'The return visit could not reach the caller' },
    'order.supervise': { label: 'Supervise', hint: 'Put a poorly handled order under supervision' },
    'order.conclude': { label: 'Conclude', hint: 'Close an order under supervision' },
    'order.signFor': { label: 'Sign for', hint: 'The department confirms it has the order' },
    'order.return': { label: 'Send back', hint: 'Not this department’s responsibility; cite the rule' },
    'order.extend': { label: 'Ask for more time', hint: 'With the reason and the working days needed' },
    'order.suspend': { label: 'Put on hold', hint: 'Stops the clock while information is awaited' },
    'order.resume': 'Resume',
    'order.reply': { label: 'Reply', hint: 'Tell the citizen the outcome' },
  },
};

// The catalogue words its events its own way, but every work order's payload is the same: its
// fields are named as the governance package names them (the rating's `resolved` included).
const events = (locale: Locale): Record<string, EventLabel> =>
  Object.fromEntries(
    Object.entries(EVENTS[locale]).map(([type, own]) => {
      const text = typeof own === 'string' ? { label: own } : own;
      const given = (
        GOVERNANCE_LABELS[locale].events as Record<string, { fields?: Record<string, FieldLabel> }>
      )[type];
      return [type, given?.fields ? { ...text, fields: given.fields } : text];
    }),
  );

const STATE_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    received: '已受理',
    dispatched: '已派单',
    returned: '已退单',
    handling: '办理中',
    suspended: '已挂起',
    replied: '已答复',
    supervision: '督办中',
    closed: '已办结',
    merged: '已并单',
    withdrawn: '已撤回',
  },
  en: {
    received: 'Received',
    dispatched: 'Dispatched',
    returned: 'Returned',
    handling: 'Being handled',
    suspended: 'On hold',
    replied: 'Answered',
    supervision: 'Under supervision',
    closed: 'Closed',
    merged: 'Merged',
    withdrawn: 'Withdrawn',
  },
};

// The short name of each state, with the sentence the hotline reads back to a caller as its hint.
const states = (locale: Locale): Record<string, Label> =>
  Object.fromEntries(
    Object.entries(WORK_ORDER_STATE_LABELS).map(([state, said]) => [
      state,
      { label: STATE_NAMES[locale][state] ?? state, hint: locale === 'en' ? said.en : said.zh },
    ]),
  );

/**
 * The zh-CN and en labels of every work-order event (with its payload fields) and state, for a service made with
 * `defineWorkOrder` (spread into its `labels` beside its title and fields).
 *
 * @example
 * ```ts
 * WORK_ORDER_LABELS.en.events['order.signFor']; // { label: 'Sign for', hint: … }
 * ```
 */
export const WORK_ORDER_LABELS: Record<Locale, Pick<ServiceLabels, 'events' | 'states'>> = {
  'zh-CN': { events: events('zh-CN'), states: states('zh-CN') },
  en: { events: events('en'), states: states('en') },
};
