import { hotlineReview } from '@onecase/hotline';
import { businessLicence } from './businessLicence.js';
import { consultation } from './consultation.js';
import { noiseComplaint } from './noiseComplaint.js';
import { parkingPermit } from './parkingPermit.js';
import { streetFacility } from './streetFacility.js';

/**
 * Every service the example city offers — plus the hotline's review queue, where calls that
 * need a human land — typed as a tuple so a router built from it knows each service's events
 * and inputs.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: cityServices });
 * ```
 */
export const cityServices = [
  businessLicence,
  noiseComplaint,
  parkingPermit,
  consultation,
  streetFacility,
  hotlineReview,
] as const;
