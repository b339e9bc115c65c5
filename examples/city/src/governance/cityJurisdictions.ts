import { defineJurisdictions, type JurisdictionUnitInput } from '@onecase/governance';

// The city's 16 districts, each with the streets (街道) and towns (镇) the example uses.
const DISTRICTS: readonly {
  id: string;
  zh: string;
  en: string;
  streets: readonly [string, string, string][];
}[] = [
  {
    id: 'dongcheng',
    zh: '东城区',
    en: 'Dongcheng District',
    streets: [
      ['donghuamen', '东华门街道', 'Donghuamen Subdistrict'],
      ['jingshan', '景山街道', 'Jingshan Subdistrict'],
      ['jiaodaokou', '交道口街道', 'Jiaodaokou Subdistrict'],
      ['andingmen', '安定门街道', 'Andingmen Subdistrict'],
      ['beixinqiao', '北新桥街道', 'Beixinqiao Subdistrict'],
      ['dongsi', '东四街道', 'Dongsi Subdistrict'],
    ],
  },
  {
    id: 'xicheng',
    zh: '西城区',
    en: 'Xicheng District',
    streets: [
      ['xichanganjie', '西长安街街道', "Xi Chang'an Jie Subdistrict"],
      ['xinjiekou', '新街口街道', 'Xinjiekou Subdistrict'],
      ['yuetan', '月坛街道', 'Yuetan Subdistrict'],
      ['zhanlanlu', '展览路街道', 'Zhanlanlu Subdistrict'],
      ['desheng', '德胜街道', 'Desheng Subdistrict'],
      ['jinrongjie', '金融街街道', 'Jinrongjie Subdistrict'],
    ],
  },
  {
    id: 'chaoyang',
    zh: '朝阳区',
    en: 'Chaoyang District',
    streets: [
      ['jianwai', '建国门外街道', 'Jianguomenwai Subdistrict'],
      ['chaowai', '朝外街道', 'Chaowai Subdistrict'],
      ['hujialou', '呼家楼街道', 'Hujialou Subdistrict'],
      ['sanlitun', '三里屯街道', 'Sanlitun Subdistrict'],
      ['wangjing', '望京街道', 'Wangjing Subdistrict'],
    ],
  },
  {
    id: 'haidian',
    zh: '海淀区',
    en: 'Haidian District',
    streets: [
      ['zhongguancun', '中关村街道', 'Zhongguancun Subdistrict'],
      ['haidianjie', '海淀街道', 'Haidian Subdistrict'],
      ['xueyuanlu', '学院路街道', 'Xueyuanlu Subdistrict'],
      ['wanshoulu', '万寿路街道', 'Wanshoulu Subdistrict'],
      ['qinghe', '清河街道', 'Qinghe Subdistrict'],
    ],
  },
  {
    id: 'fengtai',
    zh: '丰台区',
    en: 'Fengtai District',
    streets: [
      ['youanmen', '右安门街道', "You'anmen Subdistrict"],
      ['fangzhuang', '方庄街道', 'Fangzhuang Subdistrict'],
      ['lugouqiao', '卢沟桥街道', 'Lugouqiao Subdistrict'],
      ['fengtaijie', '丰台街道', 'Fengtai Subdistrict'],
    ],
  },
  {
    id: 'shijingshan',
    zh: '石景山区',
    en: 'Shijingshan District',
    streets: [
      ['babaoshan', '八宝山街道', 'Babaoshan Subdistrict'],
      ['gucheng', '古城街道', 'Gucheng Subdistrict'],
      ['lugu', '鲁谷街道', 'Lugu Subdistrict'],
    ],
  },
  {
    id: 'mentougou',
    zh: '门头沟区',
    en: 'Mentougou District',
    streets: [
      ['dayu', '大峪街道', 'Dayu Subdistrict'],
      ['chengzi', '城子街道', 'Chengzi Subdistrict'],
      ['yongding', '永定镇', 'Yongding Town'],
    ],
  },
  {
    id: 'fangshan',
    zh: '房山区',
    en: 'Fangshan District',
    streets: [
      ['chengguan', '城关街道', 'Chengguan Subdistrict'],
      ['liangxiang', '良乡镇', 'Liangxiang Town'],
      ['changyang', '长阳镇', 'Changyang Town'],
    ],
  },
  {
    id: 'tongzhou',
    zh: '通州区',
    en: 'Tongzhou District',
    streets: [
      ['zhongcang', '中仓街道', 'Zhongcang Subdistrict'],
      ['xinhua', '新华街道', 'Xinhua Subdistrict'],
      ['beiyuan', '北苑街道', 'Beiyuan Subdistrict'],
      ['yongshun', '永顺镇', 'Yongshun Town'],
    ],
  },
  {
    id: 'shunyi',
    zh: '顺义区',
    en: 'Shunyi District',
    streets: [
      ['shengli', '胜利街道', 'Shengli Subdistrict'],
      ['guangming', '光明街道', 'Guangming Subdistrict'],
      ['renhe', '仁和镇', 'Renhe Town'],
    ],
  },
  {
    id: 'changping',
    zh: '昌平区',
    en: 'Changping District',
    streets: [
      ['chengbei', '城北街道', 'Chengbei Subdistrict'],
      ['huilongguan', '回龙观街道', 'Huilongguan Subdistrict'],
      ['tiantongyuanbei', '天通苑北街道', 'Tiantongyuan North Subdistrict'],
      ['nankou', '南口镇', 'Nankou Town'],
    ],
  },
  {
    id: 'daxing',
    zh: '大兴区',
    en: 'Daxing District',
    streets: [
      ['xingfeng', '兴丰街道', 'Xingfeng Subdistrict'],
      ['qingyuan', '清源街道', 'Qingyuan Subdistrict'],
      ['yizhuang', '亦庄镇', 'Yizhuang Town'],
      ['huangcun', '黄村镇', 'Huangcun Town'],
    ],
  },
  {
    id: 'huairou',
    zh: '怀柔区',
    en: 'Huairou District',
    streets: [
      ['quanhe', '泉河街道', 'Quanhe Subdistrict'],
      ['longshan', '龙山街道', 'Longshan Subdistrict'],
      ['yanqi', '雁栖镇', 'Yanqi Town'],
    ],
  },
  {
    id: 'pinggu',
    zh: '平谷区',
    en: 'Pinggu District',
    streets: [
      ['binhe', '滨河街道', 'Binhe Subdistrict'],
      ['xinggu', '兴谷街道', 'Xinggu Subdistrict'],
      ['jinhaihu', '金海湖镇', 'Jinhaihu Town'],
    ],
  },
  {
    id: 'miyun',
    zh: '密云区',
    en: 'Miyun District',
    streets: [
      ['gulou', '鼓楼街道', 'Gulou Subdistrict'],
      ['guoyuan', '果园街道', 'Guoyuan Subdistrict'],
      ['xiwengzhuang', '溪翁庄镇', 'Xiwengzhuang Town'],
    ],
  },
  {
    id: 'yanqing',
    zh: '延庆区',
    en: 'Yanqing District',
    streets: [
      ['rulin', '儒林街道', 'Rulin Subdistrict'],
      ['baiquan', '百泉街道', 'Baiquan Subdistrict'],
      ['badaling', '八达岭镇', 'Badaling Town'],
    ],
  },
];

/** The ids of the city's 16 districts, in the order above. */
export const CITY_DISTRICTS: readonly string[] = DISTRICTS.map((district) => district.id);

const units: JurisdictionUnitInput[] = [
  { id: 'city', zh: '北京市', en: 'Beijing', aliases: ['本市'] },
  ...DISTRICTS.flatMap((district): JurisdictionUnitInput[] => [
    {
      id: district.id,
      parent: 'city',
      zh: district.zh,
      en: district.en,
      aliases: [district.zh.replace(/区$/, '')],
    },
    ...district.streets.map(([id, zh, en]) => ({ id: `${district.id}.${id}`, parent: district.id, zh, en })),
  ]),
];

/**
 * The example city's jurisdictions: 市 → 区 → 街道/镇, 16 districts with 3 to 6 streets each,
 * matched from addresses such as `东城区安定门街道…`.
 *
 * @example
 * ```ts
 * cityJurisdictions.match('朝阳区望京街道阜通东大街6号')?.id; // 'chaoyang.wangjing'
 * ```
 */
export const cityJurisdictions = defineJurisdictions({
  levels: [
    { id: 'city', zh: '市', en: 'City' },
    { id: 'district', zh: '区', en: 'District' },
    { id: 'street', zh: '街道（镇）', en: 'Subdistrict or town' },
  ],
  units,
});
