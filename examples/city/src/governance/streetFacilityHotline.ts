import type { CallSlots, ServiceRule } from '@onecase/hotline';
import { streetFacility } from '../services/streetFacility.js';
import { CITY_ADDRESS_PATTERNS } from './cityAddressPatterns.js';

// The first category whose words the caller used; a report that names none is not guessed.
const FACILITY_WORDS = [
  ['facility.manhole', /井盖|窨井|下水道盖|篦子|manhole|drain cover|grate\b/i],
  [
    'lamp.broken',
    /路灯|灯不亮|灯坏|灯杆|灯都不亮|灯[^，。,]{0,8}(?:全黑|黑着|不亮|灭了)|黑灯瞎火|street ?lamp|street ?light|lamp post|flicker|lamps? (?:are|is|have gone|went) out|lights? (?:are|is|have gone|went) out|pitch (?:black|dark)/i,
  ],
  [
    'road.pothole',
    /坑|路面|塌陷|裂缝|破损的路|pothole|road surface|sinkhole|crack in the road|cracked pavement|broken paving/i,
  ],
  [
    'facility.sign',
    /标志|标牌|标识|指示牌|路牌|牌子|\b(?:traffic|road|street|give[- ]way|stop|yield|speed(?:[- ]limit)?|direction|warning) signs?\b|signpost/i,
  ],
  [
    'facility.other',
    /护栏|栏杆|扶手|长椅|座椅|候车亭|公共设施|railing|handrail|bench|bollard|bus shelter|shelter/i,
  ],
] as const;

function streetFacilityInput(slots: CallSlots) {
  const text = slots.description ?? '';
  const category = FACILITY_WORDS.find(([, words]) => words.test(text))?.[0];
  if (!category || !slots.address) return undefined;
  return { category, description: text, address: slots.address };
}

/**
 * How the 12345 hotline recognises a street-facility report (路灯, 坑, 井盖 …) and opens it as
 * a work order: the category from the caller's words, the street from the address. Meant for
 * `cityHotlineRules.services` once the service is registered.
 *
 * @example
 * ```ts
 * const rules = defineHotlineRules({ services: [streetFacilityHotline] });
 * ```
 */
export const streetFacilityHotline: ServiceRule = {
  service: streetFacility,
  cues: [
    {
      zh: [
        '路灯',
        '灯不亮',
        '井盖',
        '坑',
        '路面',
        '塌陷',
        '护栏',
        '栏杆',
        '扶手',
        '候车亭',
        '长椅',
        '座椅',
        '路牌',
        '标志牌',
      ],
      en: [
        'street lamp',
        'street lamps',
        'street light',
        'street lights',
        'pothole',
        'manhole',
        'road sign',
        'sinkhole',
        'railing',
        'handrail',
        'bus shelter',
        'bench',
        'benches',
        'bollard',
        'bollards',
      ],
      weight: 0.55,
    },
    // A sign by what it says: "the give-way sign at the junction has been knocked flat".
    {
      zh: ['指示牌', '标识牌', '交通标志', '让行标志', '停车让行'],
      patterns: [
        /\b(?:give[- ]way|stop|yield|traffic|street|speed(?:[- ]limit)?|direction|warning) signs?\b|\bsignpost\b/i,
      ],
      weight: 0.55,
    },
    // The lamp described by what it does not do: "all the lamps along there are out", "黑灯瞎火".
    {
      zh: ['黑灯瞎火', '灯都不亮', '灯灭了'],
      patterns: [
        /\b(?:lamps?|lights?) (?:along|on|in|by|outside)?[^.?!]{0,30}\b(?:are|is|have gone|went) out\b|\bpitch (?:black|dark)\b/i,
      ],
      weight: 0.4,
    },
  ],
  // A district, then its street or town, then whatever number follows: what the jurisdictions match on.
  slots: { address: CITY_ADDRESS_PATTERNS },
  input: streetFacilityInput,
};
