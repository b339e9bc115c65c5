/**
 * How a caller says an address the city's jurisdictions can match: a district, then its street
 * or town, then whatever number follows (`朝阳区望京街道阜通东大街6号`). Hotline rules put these
 * before the built-in address patterns, so a work order finds its street from the call.
 *
 * @example
 * ```ts
 * const rule = { ...noiseRule, slots: { address: CITY_ADDRESS_PATTERNS } };
 * ```
 */
export const CITY_ADDRESS_PATTERNS: readonly RegExp[] = [
  /([\u4e00-\u9fff]{1,4}区[\u4e00-\u9fff]{2,8}?(?:街道|镇)[\u4e00-\u9fff\d]*?\d+号)/,
  /([\u4e00-\u9fff]{1,4}区[\u4e00-\u9fff]{2,8}?(?:街道|镇))/,
  // A subdistrict, then its street, said with a pause and the district's 区 left out: "通州新华街道，新华南路".
  /((?:[\u4e00-\u9fff]{1,4}区)?[\u4e00-\u9fff]{2,6}?(?:街道|镇)[，,、\s]?[\u4e00-\u9fff]{2,8}?(?:大街|路|街|胡同|巷))/,
];
