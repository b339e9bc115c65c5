import {
  chinaWorkCalendar,
  defineDirectory,
  defineJurisdictions,
  defineWorkOrder,
} from '@onecase/governance';

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
    { id: 'east-a-office', zh: '安定门街道办事处', en: 'Andingmen Office', unit: 'east-a', leads: ['lamp'] },
    {
      id: 'city-roads',
      zh: '市道路管理中心',
      en: 'City Roads Centre',
      unit: 'sh',
      leads: ['pothole', 'lamp'],
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
  ],
  jurisdictions,
  directory,
  calendar,
  limits: { signFor: '1wd', resolve: { pothole: '5wd', lamp: '3wd' } },
});

export const web = { channel: 'web', actor: { id: 'citizen-1' } };
export const hotline = { channel: 'hotline', actor: { id: 'agent-1' } };
export const centre = { channel: 'centre', actor: { id: 'agent-7', role: 'centre-agent' } };
export const dept = (id: string) => ({ channel: 'department', actor: { id: `${id}-staff` } });
