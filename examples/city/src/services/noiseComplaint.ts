import {
  chinaWorkCalendar,
  defineWorkOrder,
  WORK_ORDER_CHANNELS,
  WORK_ORDER_LABELS,
} from '@onecase/governance';
import { z } from 'zod';
import { CITY_CATEGORIES } from '../governance/cityCategories.js';
import { cityDirectory } from '../governance/cityDirectory.js';
import { cityJurisdictions } from '../governance/cityJurisdictions.js';

/** The noise sources a complaint is filed under; version 1 kept the same five as its `source` field. */
export const NOISE_SOURCES = ['neighbour', 'construction', 'business', 'traffic', 'other'] as const;
/** A noise source (`neighbour`, `construction` …). */
export type NoiseSource = (typeof NOISE_SOURCES)[number];

const NOISE_CODES = NOISE_SOURCES.map((source) => `noise.${source}` as const);
type NoiseCategory = Extract<(typeof CITY_CATEGORIES)[number], { code: `noise.${NoiseSource}` }>;
const noiseCategories = CITY_CATEGORIES.filter((category): category is NoiseCategory =>
  (NOISE_CODES as readonly string[]).includes(category.code),
);

/**
 * The category a noise source files under: `construction` → `noise.construction`, the way a
 * channel that asks for the source (a form's select, the hotline's words) builds the input.
 *
 * @example
 * ```ts
 * noiseCategory('business'); // 'noise.business'
 * ```
 */
export function noiseCategory(source: NoiseSource): NoiseCategory['code'] {
  return `noise.${source}`;
}

const fields = (locale: 'zh-CN' | 'en') => ({
  ...WORK_ORDER_LABELS[locale].fields,
  ...(locale === 'zh-CN'
    ? {
        category: { label: '噪声类型', hint: '邻里、施工、商业经营、交通或其他' },
        description: { label: '问题描述', hint: '噪声的来源和影响' },
        address: { label: '噪声发生地址', hint: '区、街道、小区、楼号' },
        when: { label: '发生时段', hint: '例如“每晚 23 点以后”' },
      }
    : {
        category: { label: 'Kind of noise', hint: 'Neighbours, construction, a business, traffic or other' },
        description: { label: 'What happens', hint: 'The source of the noise and how it affects you' },
        address: { label: 'Where the noise is', hint: 'District, street, estate, building' },
        when: { label: 'When it happens', hint: 'e.g. "every night after 23:00"' },
      }),
});

/**
 * The 12345 noise complaint, version 2: a work order filed by noise source. The address finds
 * the street, the directory the department (neighbour noise → the street office, construction →
 * the district's city administration, a bar → the ecology bureau, horns → the traffic police,
 * each falling back up to the district and the city), the China calendar the working-day
 * deadlines; citizens rate the reply online or in the return visit. Cases opened on version 1
 * (`noiseComplaintV1`) keep running on it.
 *
 * @example
 * ```ts
 * const view = await router.open({
 *   service: 'noise-complaint',
 *   input: { category: 'noise.construction', description: '夜间施工打桩', address: '朝阳区望京街道阜通东大街6号', when: '每晚 23 点以后' },
 *   via,
 * });
 * view.context.suggested; // { routed: true, lead: 'chaoyang.cityadmin', … }
 * ```
 */
export const noiseComplaint = defineWorkOrder({
  id: 'noise-complaint',
  version: 2,
  title: 'Noise complaint (12345)',
  description:
    'Report noise; the 12345 centre sends it to the office responsible for its source and calls you back.',
  refPrefix: 'NC',
  categories: noiseCategories.map(({ code, zh, en }) => ({ code, zh, en })),
  details: z.object({
    /** When the noise usually happens, in the citizen's words ("every night after 23:00"). */
    when: z.string().trim().min(1).max(200).optional(),
  }),
  jurisdictions: cityJurisdictions,
  directory: cityDirectory,
  // As for street facilities: 2027 deadlines count weekends only until a calendar release carries 2027.
  calendar: chinaWorkCalendar({ fallback: 'weekends' }),
  limits: {
    signFor: '1wd',
    visit: '2wd',
    resolve: Object.fromEntries(noiseCategories.map((category) => [category.code, category.limit])),
  },
  escalation: { remindBefore: '2wh', superviseAfter: '1wh', criticiseAfter: '5wd' },
  // Citizens read the reply on the portal and rate it there, as the return visit would.
  channels: { ...WORK_ORDER_CHANNELS, web: [...WORK_ORDER_CHANNELS.web, 'visit.rate'] },
  labels: {
    'zh-CN': {
      title: '噪声投诉（12345）',
      description: '反映噪声扰民问题；12345 按噪声来源派至责任单位办理，答复后可在线评价。',
      ...WORK_ORDER_LABELS['zh-CN'],
      fields: fields('zh-CN'),
    },
    en: {
      title: 'Noise complaint (12345)',
      description:
        'Report noise; the 12345 centre sends it to the office responsible for its source; rate the reply online.',
      ...WORK_ORDER_LABELS.en,
      fields: fields('en'),
    },
  },
});
