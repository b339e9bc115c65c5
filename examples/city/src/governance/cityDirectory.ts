import { type DepartmentInput, defineDirectory } from '@onecase/governance';
import { CITY_DISTRICTS, cityJurisdictions } from './cityJurisdictions.js';

const cityLevel: DepartmentInput[] = [
  {
    id: 'city.transport',
    zh: '市交通委员会',
    en: 'Municipal Commission of Transport',
    unit: 'city',
    leads: ['road.pothole', 'facility.sign', 'traffic.taxi'],
  },
  {
    id: 'city.cityadmin',
    zh: '市城市管理委员会',
    en: 'Municipal Commission of City Administration',
    unit: 'city',
    leads: ['lamp.broken', 'facility.manhole', 'facility.other', 'environment.litter', 'noise.neighbour'],
  },
  {
    id: 'city.ecology',
    zh: '市生态环境局',
    en: 'Municipal Ecology and Environment Bureau',
    unit: 'city',
    leads: ['environment.noise', 'noise.business', 'noise.other', 'environment.air'],
  },
  {
    id: 'city.housing',
    zh: '市住房和城乡建设委员会',
    en: 'Municipal Commission of Housing and Urban-Rural Development',
    unit: 'city',
    leads: ['noise.construction', 'housing.property'],
  },
  {
    id: 'city.water',
    zh: '市水务局',
    en: 'Municipal Water Authority',
    unit: 'city',
    leads: ['environment.water'],
  },
  {
    id: 'city.traffic-police',
    zh: '市公安局公安交通管理局',
    en: 'Municipal Traffic Management Bureau',
    unit: 'city',
    leads: ['traffic.parking', 'noise.traffic'],
    assists: ['facility.sign'],
  },
  {
    id: 'city.market',
    zh: '市市场监督管理局',
    en: 'Municipal Administration for Market Regulation',
    unit: 'city',
    leads: ['market.consumer', 'market.price'],
    assists: ['noise.business'],
  },
  {
    id: 'city.enforcement',
    zh: '市城市管理综合行政执法局',
    en: 'Municipal Urban Management Law Enforcement Bureau',
    unit: 'city',
    leads: ['construction.illegal'],
  },
  {
    id: 'city.hrss',
    zh: '市人力资源和社会保障局',
    en: 'Municipal Human Resources and Social Security Bureau',
    unit: 'city',
    leads: ['labour.wages'],
  },
  {
    id: 'city.lighting',
    zh: '市城市照明管理中心',
    en: 'Municipal Street Lighting Centre',
    unit: 'city',
    leads: [],
    assists: ['lamp.broken'],
  },
];

// Every district's city-administration commission answers for the roads and lamps it manages, stops
// night-time building work (its law-enforcement teams act on construction noise) and takes the
// neighbour noise of streets that have no office of their own in the directory.
const districtAdmin: DepartmentInput[] = CITY_DISTRICTS.map((district) => {
  const unit = cityJurisdictions.get(district)!;
  return {
    id: `${district}.cityadmin`,
    zh: `${unit.zh}城市管理委员会`,
    en: `${unit.en.replace(' District', '')} District Commission of City Administration`,
    unit: district,
    leads: [
      'road.pothole',
      'lamp.broken',
      'facility.manhole',
      'facility.other',
      'noise.construction',
      'noise.neighbour',
    ],
  };
});

const districtOther: DepartmentInput[] = [
  {
    id: 'dongcheng.ecology',
    zh: '东城区生态环境局',
    en: 'Dongcheng Ecology Bureau',
    unit: 'dongcheng',
    leads: ['environment.noise', 'noise.business', 'noise.other'],
  },
  {
    id: 'chaoyang.ecology',
    zh: '朝阳区生态环境局',
    en: 'Chaoyang Ecology Bureau',
    unit: 'chaoyang',
    leads: ['environment.noise', 'noise.business', 'noise.other'],
  },
  {
    id: 'haidian.ecology',
    zh: '海淀区生态环境局',
    en: 'Haidian Ecology Bureau',
    unit: 'haidian',
    leads: ['environment.noise', 'noise.business', 'noise.other'],
  },
  {
    id: 'chaoyang.traffic-police',
    zh: '朝阳交通支队',
    en: 'Chaoyang Traffic Police Detachment',
    unit: 'chaoyang',
    leads: ['traffic.parking', 'noise.traffic'],
    assists: ['road.pothole'],
  },
  {
    id: 'haidian.traffic-police',
    zh: '海淀交通支队',
    en: 'Haidian Traffic Police Detachment',
    unit: 'haidian',
    leads: ['traffic.parking', 'noise.traffic'],
    assists: ['road.pothole'],
  },
  {
    id: 'xicheng.market',
    zh: '西城区市场监督管理局',
    en: 'Xicheng Market Regulation Bureau',
    unit: 'xicheng',
    leads: ['market.consumer'],
    // The premises' licence is its business: it co-handles noise from shops and bars.
    assists: ['noise.business'],
  },
  {
    id: 'xicheng.ecology',
    zh: '西城区生态环境局',
    en: 'Xicheng Ecology Bureau',
    unit: 'xicheng',
    leads: ['environment.noise', 'noise.business', 'noise.other'],
  },
];

// Street offices (街道办事处) in the old town look after their lanes' lamps and cleaning, and
// mediate between neighbours (邻里噪声 is settled by the street and its community workers first).
const streetOffices: DepartmentInput[] = [
  ['dongcheng.andingmen', '安定门街道办事处', 'Andingmen Subdistrict Office'],
  ['dongcheng.jiaodaokou', '交道口街道办事处', 'Jiaodaokou Subdistrict Office'],
  ['dongcheng.dongsi', '东四街道办事处', 'Dongsi Subdistrict Office'],
  ['xicheng.xinjiekou', '新街口街道办事处', 'Xinjiekou Subdistrict Office'],
  ['xicheng.desheng', '德胜街道办事处', 'Desheng Subdistrict Office'],
  ['chaoyang.sanlitun', '三里屯街道办事处', 'Sanlitun Subdistrict Office'],
  ['chaoyang.jianwai', '建国门外街道办事处', 'Jianguomenwai Subdistrict Office'],
  ['haidian.zhongguancun', '中关村街道办事处', 'Zhongguancun Subdistrict Office'],
  ['fengtai.fangzhuang', '方庄街道办事处', 'Fangzhuang Subdistrict Office'],
  ['tongzhou.zhongcang', '中仓街道办事处', 'Zhongcang Subdistrict Office'],
].map(([unit, zh, en]) => ({
  id: `${unit}.office`,
  zh: zh!,
  en: en!,
  unit: unit!,
  leads: ['lamp.broken', 'environment.litter', 'facility.other', 'noise.neighbour'],
}));

/**
 * The example city's dispatch directory: 43 departments at city, district and street
 * level. Street offices lead lamps, litter and neighbour noise in their lanes; district
 * city-administration commissions lead roads, lamps and construction noise elsewhere; ecology
 * bureaus take noise from businesses, traffic police traffic noise; city bureaus take what no
 * district leads.
 *
 * @example
 * ```ts
 * cityDirectory.route({ category: 'lamp.broken', unit: 'dongcheng.andingmen' }).routed; // true: the street office
 * ```
 */
export const cityDirectory = defineDirectory({
  jurisdictions: cityJurisdictions,
  departments: [...cityLevel, ...districtAdmin, ...districtOther, ...streetOffices],
});
