import { defineWorkOrder, WORK_ORDER_CHANNELS, WORK_ORDER_LABELS } from '@onecase/governance';
import { CITY_CATEGORIES } from '../governance/cityCategories.js';
import { cityDirectory } from '../governance/cityDirectory.js';
import { cityJurisdictions } from '../governance/cityJurisdictions.js';
import { cityWorkCalendar } from '../governance/cityWorkCalendar.js';

const FACILITY_CODES = [
  'road.pothole',
  'lamp.broken',
  'facility.manhole',
  'facility.sign',
  'facility.other',
] as const;
type FacilityCategory = Extract<(typeof CITY_CATEGORIES)[number], { code: (typeof FACILITY_CODES)[number] }>;
const facilityCategories = CITY_CATEGORIES.filter((category): category is FacilityCategory =>
  (FACILITY_CODES as readonly string[]).includes(category.code),
);

/**
 * The street-facility report (potholes, broken street lamps, manhole covers, signs) as a 12345
 * work order: the address finds the street, the directory the department, the China calendar
 * the working-day deadlines (a manhole in 1 working day, a lamp in 3, a pothole in 5).
 *
 * @example
 * ```ts
 * const view = await router.open({ service: 'street-facility', input: { category: 'lamp.broken', description: '路灯不亮', address: '东城区安定门街道外馆斜街3号' }, via });
 * ```
 */
export const streetFacility = defineWorkOrder({
  id: 'street-facility',
  version: 1,
  title: 'Street facility report (12345)',
  description:
    'Report a pothole, a broken street lamp or other damaged street furniture; the 12345 centre sends it to the office responsible.',
  refPrefix: 'SF',
  categories: facilityCategories.map(({ code, zh, en }) => ({ code, zh, en })),
  jurisdictions: cityJurisdictions,
  directory: cityDirectory,
  calendar: cityWorkCalendar,
  limits: {
    signFor: '1wd',
    visit: '1wd',
    resolve: Object.fromEntries(facilityCategories.map((category) => [category.code, category.limit])),
  },
  escalation: { remindBefore: '2wh', superviseAfter: '1wh', criticiseAfter: '5wd' },
  // Citizens rate the reply themselves on the portal (the machine takes a rating only once replied).
  channels: { ...WORK_ORDER_CHANNELS, web: [...WORK_ORDER_CHANNELS.web, 'visit.rate'] },
  // The category's choices are named from the categories' own zh / en names by defineWorkOrder.
  labels: {
    'zh-CN': {
      title: '街道设施报修（12345）',
      description: '反映道路坑洼、路灯损坏、井盖、标识牌等街道设施问题；12345 派至责任单位办理。',
      ...WORK_ORDER_LABELS['zh-CN'],
      fields: {
        ...WORK_ORDER_LABELS['zh-CN'].fields,
        category: { label: '设施问题类别', hint: '道路坑洼、路灯、井盖、标识牌或其他' },
      },
    },
    en: {
      title: 'Street facility report (12345)',
      description:
        'Report a pothole, a broken street lamp, a manhole cover, a sign or other street furniture; the 12345 centre sends it to the office responsible.',
      ...WORK_ORDER_LABELS.en,
      fields: {
        ...WORK_ORDER_LABELS.en.fields,
        category: { label: 'Kind of problem', hint: 'A pothole, a street lamp, a manhole, a sign or other' },
      },
    },
  },
});
