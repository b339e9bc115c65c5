import { CaseError, defineService, type ServiceLabelSet } from '@onecase/core';
import { WORK_ORDER_INDEX_TYPES, workOrderIndex } from './workOrderIndex.js';
import { z } from 'zod';
import { parseWorkingDuration, type WorkingDuration } from './addWorkingTime.js';
import { ladderOf } from './workOrderClock.js';
import { WORK_ORDER_CHANNELS, workOrderEvents, workOrderInput } from './workOrderEvents.js';
import { createWorkOrderMachine } from './workOrderMachine.js';
import type { WorkOrderCategory, WorkOrderConfig } from './workOrderTypes.js';

/**
 * The labels with the category field's choices named in each locale from the categories' own
 * `zh` / `en` names (a Chinese locale takes `zh`, any other `en`), unless the service names them.
 */
function withCategoryValues(
  labels: ServiceLabelSet,
  categories: readonly WorkOrderCategory[],
): ServiceLabelSet {
  return Object.fromEntries(
    Object.entries(labels).map(([locale, set]) => {
      const own = set.fields?.category;
      // A missing category label stays missing, for defineService to name.
      if (own === undefined || (typeof own === 'object' && own.values !== undefined)) return [locale, set];
      const chinese = locale.toLowerCase().split('-')[0] === 'zh';
      const values = Object.fromEntries(categories.map((c) => [c.code, chinese ? c.zh : c.en]));
      const text = typeof own === 'string' ? { label: own } : own;
      return [locale, { ...set, fields: { ...set.fields, category: { ...text, values } } }];
    }),
  );
}

function invalid(id: string, message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_DEFINITION', `Work order '${id}': ${message}`, { service: id, ...details });
}

function checkDuration(id: string, what: string, duration: WorkingDuration): void {
  try {
    parseWorkingDuration(duration);
  } catch {
    throw invalid(id, `${what} '${String(duration)}' is not a working duration ('5wd', '4wh', '30wm')`, {
      [what]: duration,
    });
  }
}

/**
 * Declares a 12345 work order as an ordinary service: the closed loop of 国办发〔2020〕53号
 * 受理 → 派单 → 签收 → 办理 → 答复 → 回访 → 评价 → 办结 with 退单/改派, 延期, 挂起, 并单, the
 * 催办/督办/通报 ladder on working time and one 重办 after a dissatisfied rating. Its machine
 * is a decider (JSON context, effects by `emit()`, time from `event.at`); routing comes from
 * the directory, deadlines from the calendar. Bad configuration throws `INVALID_DEFINITION`.
 *
 * @example
 * ```ts
 * const streetFacility = defineWorkOrder({
 *   id: 'street-facility', version: 1, title: 'Street facility report', refPrefix: 'SF',
 *   categories: [{ code: 'pothole', zh: '道路坑洼', en: 'Pothole' }],
 *   jurisdictions, directory, calendar: chinaWorkCalendar(),
 *   limits: { signFor: '1wd', resolve: { pothole: '5wd' } },
 * });
 * ```
 */
export function defineWorkOrder<
  const TId extends string,
  const TCategory extends string,
  TDetails extends z.ZodRawShape = Record<never, never>,
>(config: WorkOrderConfig<TId, TCategory, TDetails>) {
  const id = String(config?.id ?? '');
  const codes = (config.categories ?? []).map((category) => category.code);
  if (codes.length === 0) throw invalid(id, 'categories must list at least one category');
  const duplicate = codes.find((code, index) => codes.indexOf(code) !== index);
  if (duplicate) throw invalid(id, `category '${duplicate}' is listed twice`, { category: duplicate });
  if (!config.jurisdictions?.get || !config.directory?.route || !config.calendar?.worksOn) {
    throw invalid(
      id,
      'jurisdictions, directory and calendar are required (defineJurisdictions, defineDirectory, createWorkCalendar)',
    );
  }
  if (config.directory.jurisdictions !== config.jurisdictions) {
    throw invalid(id, 'the directory was defined over other jurisdictions than the work order');
  }
  const resolve = config.limits?.resolve ?? {};
  for (const code of codes) {
    const limit = resolve[code] ?? resolve['*'];
    if (limit === undefined) {
      throw invalid(id, `category '${code}' has no resolution limit (limits.resolve['${code}'] or ['*'])`, {
        category: code,
      });
    }
    checkDuration(id, `limits.resolve.${code}`, limit);
  }
  for (const code of Object.keys(resolve)) {
    if (code !== '*' && !codes.includes(code as TCategory)) {
      throw invalid(id, `limits.resolve names unknown category '${code}'`, { category: code });
    }
  }
  const signFor = config.limits.signFor ?? '1wd';
  const visit = config.limits.visit ?? '1wd';
  checkDuration(id, 'limits.signFor', signFor);
  checkDuration(id, 'limits.visit', visit);
  let ladder: ReturnType<typeof ladderOf>;
  try {
    ladder = ladderOf(config.escalation);
    checkDuration(id, 'escalation.superviseAfter', ladder.superviseAfter);
    checkDuration(id, 'escalation.criticiseAfter', ladder.criticiseAfter);
  } catch (error) {
    if (error instanceof CaseError) throw error;
    throw invalid(
      id,
      `escalation.remindBefore must be working hours or minutes ('2wh'), got '${String(config.escalation?.remindBefore)}'`,
    );
  }

  const base = workOrderInput(codes as [TCategory, ...TCategory[]]);
  if (config.details !== undefined && !(config.details instanceof z.ZodObject)) {
    throw invalid(id, 'details must be a zod object of extra input fields');
  }
  const detailKeys = Object.keys(config.details?.shape ?? {});
  const clash = detailKeys.find((key) => key in base.shape);
  if (clash)
    throw invalid(id, `details field '${clash}' clashes with the work order's own input`, { field: clash });
  const input = base.extend((config.details?.shape ?? {}) as TDetails);

  const machine = createWorkOrderMachine(
    {
      jurisdictions: config.jurisdictions,
      directory: config.directory,
      calendar: config.calendar,
      ladder,
      signFor,
      visit,
      resolveLimit: (category) => resolve[category] ?? resolve['*']!,
      detailKeys,
    },
    id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) || 'workOrder',
  );
  return defineService({
    id: config.id,
    version: config.version,
    title: config.title,
    ...(config.description !== undefined ? { description: config.description } : {}),
    refPrefix: config.refPrefix ?? 'WO',
    machine,
    input,
    events: workOrderEvents,
    channels: config.channels ?? WORK_ORDER_CHANNELS,
    open: config.open ?? ['web', 'counter', 'hotline'],
    ...(config.labels !== undefined ? { labels: withCategoryValues(config.labels, config.categories) } : {}),
    // The queues of a governance centre: by district, department, state group, due time, overdue.
    index: workOrderIndex(config.calendar),
    indexTypes: WORK_ORDER_INDEX_TYPES,
    // A department's queue and a district supervisor's, due soonest first; KPIs by receipt time.
    queueIndexes: [
      ['department', 'dueAt'],
      ['district', 'dueAt'],
      ['stateGroup', 'dueAt'],
    ],
  });
}
