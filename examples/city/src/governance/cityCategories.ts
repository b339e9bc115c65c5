import type { WorkOrderCategory } from '@onecase/governance';

/** What the city's 12345 centre files reports under, with the resolution limit of each. */
export const CITY_CATEGORIES = [
  { code: 'road.pothole', zh: '道路坑洼破损', en: 'Pothole or damaged road', limit: '5wd' },
  { code: 'lamp.broken', zh: '路灯不亮', en: 'Broken street lamp', limit: '3wd' },
  { code: 'facility.manhole', zh: '井盖缺失破损', en: 'Missing or broken manhole cover', limit: '1wd' },
  { code: 'facility.sign', zh: '交通标志损坏', en: 'Damaged traffic sign', limit: '5wd' },
  { code: 'facility.other', zh: '其他公共设施损坏', en: 'Other damaged street furniture', limit: '5wd' },
  { code: 'environment.noise', zh: '噪声扰民', en: 'Noise nuisance', limit: '5wd' },
  // The noise complaint files by source, because the source decides who acts: the street office
  // mediates between neighbours, 城管 stops night-time building work the same or next day, the
  // ecology bureau measures a bar's or a plant's noise, the traffic police deal with horns and exhausts.
  { code: 'noise.neighbour', zh: '邻里生活噪声', en: 'Noise from neighbours', limit: '5wd' },
  { code: 'noise.construction', zh: '建筑施工噪声', en: 'Construction noise', limit: '2wd' },
  { code: 'noise.business', zh: '商业经营噪声', en: 'Noise from shops, bars and restaurants', limit: '3wd' },
  { code: 'noise.traffic', zh: '交通噪声', en: 'Traffic noise', limit: '5wd' },
  { code: 'noise.other', zh: '其他噪声', en: 'Other noise', limit: '5wd' },
  { code: 'environment.litter', zh: '环境卫生', en: 'Litter and street cleaning', limit: '3wd' },
  { code: 'environment.water', zh: '水污染', en: 'Water pollution', limit: '13wd' },
  { code: 'traffic.parking', zh: '违章停车', en: 'Illegal parking', limit: '2wd' },
  { code: 'market.consumer', zh: '消费投诉', en: 'Consumer complaint', limit: '13wd' },
  { code: 'labour.wages', zh: '拖欠工资', en: 'Unpaid wages', limit: '13wd' },
  { code: 'market.price', zh: '价格投诉', en: 'Price complaint', limit: '13wd' },
  { code: 'housing.property', zh: '物业管理', en: 'Property management', limit: '13wd' },
  { code: 'traffic.taxi', zh: '出租汽车服务', en: 'Taxi service', limit: '13wd' },
  { code: 'environment.air', zh: '大气污染', en: 'Air pollution', limit: '5wd' },
  { code: 'construction.illegal', zh: '违法建设', en: 'Illegal construction', limit: '13wd' },
  { code: 'consultation.policy', zh: '政策咨询', en: 'Policy question', limit: '2wd' },
] as const satisfies readonly (WorkOrderCategory & { limit: string })[];

/** A category code of the city. */
export type CityCategory = (typeof CITY_CATEGORIES)[number]['code'];
