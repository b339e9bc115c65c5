import { chinaWorkCalendar, defineDirectory, defineJurisdictions, defineWorkOrder } from '../src/index.js';

export const jurisdictions = defineJurisdictions({
  levels: [
    { id: 'city', zh: '市', en: 'City' },
    { id: 'district', zh: '区', en: 'District' },
    { id: 'street', zh: '街道', en: 'Street' },
  ],
  units: [
    { id: 'sh', zh: '示范市', en: 'Model City' },
    { id: 'east', parent: 'sh', zh: '东城区', en: 'East District' },
    { id: 'east-a', parent: 'east', zh: '安定门街道', en: 'Andingmen Subdistrict' },
    { id: 'west', parent: 'sh', zh: '西城区', en: 'West District' },
  ],
});

export const directory = defineDirectory({
  jurisdictions,
  departments: [
    { id: 'city-roads', zh: '市道路管理中心', en: 'City Roads Centre', unit: 'sh', leads: ['pothole'] },
    { id: 'east-a-office', zh: '安定门街道办事处', en: 'Andingmen Office', unit: 'east-a', leads: ['lamp'] },
    {
      id: 'east-roads',
      zh: '东城区道路所',
      en: 'East Roads Office',
      unit: 'east',
      leads: ['pothole'],
      assists: ['lamp'],
    },
    {
      id: 'east-power',
      zh: '东城供电所',
      en: 'East Power Office',
      unit: 'east-a',
      leads: [],
      assists: ['lamp'],
    },
  ],
});

export const calendar = chinaWorkCalendar();

export const order = defineWorkOrder({
  id: 'street-report',
  version: 1,
  title: 'Street report',
  refPrefix: 'SR',
  categories: [
    { code: 'pothole', zh: '道路坑洼', en: 'Pothole' },
    { code: 'lamp', zh: '路灯不亮', en: 'Broken street lamp' },
    { code: 'tax', zh: '税务咨询', en: 'Tax question' },
  ],
  jurisdictions,
  directory,
  calendar,
  limits: { signFor: '1wd', resolve: { pothole: '5wd', lamp: '3wd', '*': '2wd' } },
  escalation: { remindBefore: '2wh', superviseAfter: '1wh', criticiseAfter: '5wd' },
});

export const web = { channel: 'web', actor: { id: 'citizen-1' } };
export const centre = { channel: 'centre', actor: { id: 'agent-7', role: 'dispatcher' } };
export const dept = (id: string) => ({ channel: 'department', actor: { id: `${id}-staff` } });
export const cst = (local: string) => Date.parse(`${local}+08:00`);
export const iso = (ms: number | null | undefined) =>
  ms == null ? null : new Date(ms + 8 * 3_600_000).toISOString().replace('.000Z', '+08:00');
